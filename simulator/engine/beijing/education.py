"""3. 教育背景 and the study-period deduction.

The highest single qualification scores; only the diploma or only the degree counts one level lower where the
edition says so. Points for insurance and residence earned while studying for it are taken back at 3.5/12 a
month of overlap, capped by the level (official worked example: 15 − 3.5/12 × 8 = 12.67).
"""

from __future__ import annotations

from decimal import Decimal

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import YearFacts
from simulator.engine.decimals import TWELVE, ZERO, fmt, round_points
from simulator.months import format_month, overlap
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import Education

NAME = Text("教育背景", "Education")
DEDUCTION_NAME = Text("取得学历期间扣减", "Study-period deduction")

LEVELS = {
    "junior_college": Text("大学专科（含高职）", "junior college (incl. higher vocational)"),
    "bachelor": Text("大学本科", "bachelor"),
    "master": Text("硕士研究生", "master"),
    "doctor": Text("博士研究生", "doctor"),
}


def _held(education: Education) -> Text:
    parts_zh = [p for p, held in (("学历", education.diploma), ("学位", education.degree)) if held]
    parts_en = [p for p, held in (("diploma", education.diploma), ("degree", education.degree)) if held]
    return Text("、".join(parts_zh), " and ".join(parts_en))


def score(rules: CompiledRules, education: Education | None) -> IndicatorResult:
    result = IndicatorResult("education", NAME, ZERO, rules=rules.rules["education"])
    if education is None:
        result.inputs.append(InputUsed(Text("最高学历", "highest qualification"), "—"))
        result.steps.append(Text("未填写大专及以上学历：0分", "no qualification of junior college or above: 0"))
        return result
    level = rules.pack.education.levels.get(education.level)
    level_name = LEVELS[education.level]
    held = _held(education)
    result.inputs.append(InputUsed(Text("最高学历", "highest qualification"), f"{level_name.zh} / {level_name.en}"))
    result.inputs.append(InputUsed(Text("已取得", "held"), f"{held.zh} / {held.en}"))
    if level is None:
        result.events.append(Event("note", Text("本版本规则未规定该学历的分值。", "This edition gives no points for this level.")))
        result.steps.append(Text("0分", "0 points"))
        return result
    complete = education.diploma and (education.degree or not level.needs_degree)
    if complete:
        result.points = level.full.value
        result.steps.append(Text(f"{level_name.zh}（学历和学位）= {fmt(result.points)}", f"{level_name.en} (diploma and degree) = {fmt(result.points)}"))
    elif level.partial is not None:
        result.points = level.partial.value
        result.steps.append(
            Text(
                f"{level_name.zh}仅有{held.zh}：按低一档计 {fmt(result.points)}",
                f"{level_name.en} with only the {held.en}: one level lower, {fmt(result.points)}",
            )
        )
        result.events.append(Event("note", Text("只有学历或只有学位，按低一档计分。", "Only the diploma or only the degree: scored one level lower.")))
    else:
        result.steps.append(Text(f"{level_name.zh}须同时取得学历和学位：0分", f"{level_name.en} needs both diploma and degree under this edition: 0"))
        result.events.append(Event("exclusion", Text("本版本规则不设“低一档”计分。", "This edition has no one-level-lower rule.")))
    result.points = round_points(result.points)
    return result


def deduction(rules: CompiledRules, facts: YearFacts, education: Education | None, education_points: Decimal) -> IndicatorResult:
    d = rules.pack.study_deduction
    result = IndicatorResult("study_deduction", DEDUCTION_NAME, ZERO, rules=rules.rules["study_deduction"])
    if education is None or education_points == ZERO:
        result.steps.append(Text("无计分学历：不扣减", "no qualification scored: nothing to deduct"))
        return result
    if education.study_start is None:
        result.inputs.append(InputUsed(Text("学习期间", "study period"), "—"))
        result.steps.append(Text("未填写学习期间：不扣减", "no study period given: nothing deducted"))
        result.events.append(
            Event(
                "note",
                Text(
                    "若在缴纳社保期间取得该学历，请填写学习起止月份，否则扣减无法计算。",
                    "If you studied for it while insured, enter the study months: otherwise the deduction cannot be computed.",
                ),
            )
        )
        return result
    start, end = education.study_start, min(education.study_end, facts.cutoff_month)
    months = sum(overlap(s, e, start, end) for s, e in facts.paid)
    cap = rules.education_caps.get(education_points)
    counted = months if cap is None or months <= cap else cap
    rate = d.points_per_year.value
    amount = round_points(counted * rate / TWELVE)
    result.points = -amount + ZERO
    result.inputs.append(
        InputUsed(Text("学习期间", "study period"), f"{format_month(education.study_start)} – {format_month(education.study_end)}")
    )
    result.inputs.append(InputUsed(Text("学习期间同时缴纳社保的月数", "insured months during study"), str(months)))
    if cap is not None and months > cap:
        result.events.append(
            Event("cap", Text(f"扣减以{cap}个月为限（{months}个月中{months - cap}个月不扣）。", f"The deduction is capped at {cap} months ({months - cap} of {months} not deducted)."))
        )
    result.steps.append(Text(f"−{fmt(rate)}/12 × {counted}个月 = {fmt(result.points)}", f"−{fmt(rate)}/12 × {counted} months = {fmt(result.points)}"))
    return result
