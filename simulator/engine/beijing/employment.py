"""1. 合法稳定就业: 3 points a year of Beijing social insurance, counted per month; back-paid months earn none."""

from __future__ import annotations

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import YearFacts
from simulator.engine.decimals import TWELVE, fmt, round_points
from simulator.months import format_month
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text

NAME = Text("合法稳定就业", "Legal stable employment")


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    rate = rules.pack.employment.points_per_year.value
    months = facts.paid_months
    if rules.pack.employment.back_paid_scores.value:
        months += facts.back_paid_months
    points = round_points(months * rate / TWELVE)
    cutoff = format_month(facts.cutoff_month)
    result = IndicatorResult(
        "employment",
        NAME,
        points,
        inputs=[InputUsed(Text(f"计分的社保月数（截至{cutoff}）", f"insured months counted (to {cutoff})"), str(months))],
        rules=rules.rules["employment"],
        steps=[Text(f"{months}个月 × {fmt(rate)}/12 = {fmt(points)}", f"{months} months × {fmt(rate)}/12 = {fmt(points)}")],
    )
    if facts.back_paid_months and not rules.pack.employment.back_paid_scores.value:
        n = facts.back_paid_months
        result.inputs.append(InputUsed(Text("补缴月数（不计分）", "back-paid months (no points)"), str(n)))
        result.events.append(Event("exclusion", Text(f"补缴的{n}个月不计分。", f"{n} back-paid months earn no points.")))
    if facts.insured_after_cutoff:
        n = facts.insured_after_cutoff
        result.events.append(
            Event("exclusion", Text(f"截止月{cutoff}之后的{n}个月不计入。", f"{n} months after the cut-off {cutoff} are not counted."))
        )
    return result
