"""1. 合法稳定就业: 3 points a year of Beijing social insurance, counted per month; back-paid months earn none."""

from __future__ import annotations

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import TWELVE, round_points
from simulator.core.months import format_month
from simulator.core.result import Event, IndicatorResult, InputUsed, Text

NAME = NAMES["employment"]
MONTHS_COUNTED = ("计分的社保月数（截至{0}）", "insured months counted (to {0})")
STEP = ("{0}个月 × {1}/12 = {2}", "{0} months × {1}/12 = {2}")
BACK_PAID = Text("补缴月数（不计分）", "back-paid months (no points)")
BACK_PAID_EXCLUDED = ("补缴的{0}个月不计分。", "{0} back-paid months earn no points.")
AFTER_CUTOFF = ("截止月{1}之后的{0}个月不计入。", "{0} months after the cut-off {1} are not counted.")


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    rate = rules.pack.employment.points_per_year.value
    back_paid_scores = rules.pack.employment.back_paid_scores.value
    months = facts.paid_months + (facts.back_paid_months if back_paid_scores else 0)
    points = round_points(months * rate / TWELVE, rules.rounding)
    cutoff = format_month(facts.cutoff_month)
    result = IndicatorResult(
        "employment",
        NAME,
        points,
        inputs=[InputUsed(Text.of(MONTHS_COUNTED, cutoff), str(months))],
        rules=rules.rules["employment"],
        steps=[Text.of(STEP, months, rate, points)],
    )
    if facts.back_paid_months and not back_paid_scores:
        result.inputs.append(InputUsed(BACK_PAID, str(facts.back_paid_months)))
        result.events.append(Event("exclusion", Text.of(BACK_PAID_EXCLUDED, facts.back_paid_months)))
    if facts.insured_after_cutoff:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, facts.insured_after_cutoff, cutoff)))
    return result
