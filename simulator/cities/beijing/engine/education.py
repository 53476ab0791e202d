"""3. 教育背景 and the study-period deduction.

The highest single qualification scores; only the diploma or only the degree counts one level lower where the
edition says so. Points for insurance and residence earned while studying for it are taken back at 3.5/12 a
month of overlap, capped by the level (official worked example: 15 − 3.5/12 × 8 = 12.67).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import TWELVE, ZERO, round_points
from simulator.core.months import format_month, overlap
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import Education, EducationLevel

NAME = NAMES["education"]
DEDUCTION_NAME = NAMES["study_deduction"]

LEVELS = {
    "high_school": Text("高中", "high school"),  # scored by other cities' rules; Beijing gives it no points
    "junior_college": Text("大学专科（含高职）", "junior college (incl. higher vocational)"),
    "bachelor": Text("大学本科", "bachelor"),
    "master": Text("硕士研究生", "master"),
    "doctor": Text("博士研究生", "doctor"),
}
HELD = {
    (True, True): Text("学历和学位", "diploma and degree"),
    (True, False): Text("学历", "diploma"),
    (False, True): Text("学位", "degree"),
}
HIGHEST = Text("最高学历", "highest qualification")
HELD_LABEL = Text("已取得", "held")
NONE_STEP = Text("未填写大专及以上学历：0分", "no qualification of junior college or above: 0")
NO_POINTS_FOR_LEVEL = Text("本版本规则未规定该学历的分值。", "This edition gives no points for this level.")
ZERO_STEP = Text("0分", "0 points")
FULL_STEP = ("{0}（学历和学位）= {2}", "{1} (diploma and degree) = {2}")
DIPLOMA_STEP = ("{0}（学历）= {2}", "{1} (diploma) = {2}")  # a level scored by its diploma: no degree to speak of
PARTIAL_STEP = ("{0}仅有{1}：按低一档计 {4}", "{2} with only the {3}: one level lower, {4}")
PARTIAL_NOTE = Text("只有学历或只有学位，按低一档计分。", "Only the diploma or only the degree: scored one level lower.")
BOTH_NEEDED_STEP = ("{0}须同时取得学历和学位：0分", "{1} needs both diploma and degree under this edition: 0")
NO_LEVEL_DOWN = Text("本版本规则不设“低一档”计分。", "This edition has no one-level-lower rule.")

STUDY_PERIOD = Text("学习期间", "study period")
INSURED_WHILE_STUDYING = Text("学习期间同时缴纳社保的月数", "insured months during study")
NOTHING_TO_DEDUCT = Text("无计分学历：不扣减", "no qualification scored: nothing to deduct")
NO_STUDY_PERIOD = Text("未填写学习期间：不扣减", "no study period given: nothing deducted")
ENTER_STUDY_PERIOD = Text(
    "若在缴纳社保期间取得该学历，请填写学习起止月份，否则扣减无法计算。",
    "If you studied for it while insured, enter the study months: otherwise the deduction cannot be computed.",
)
DEDUCTION_CAP = (
    "扣减以{0}个月为限（{1}个月中{2}个月不扣）。",
    "The deduction is capped at {0} months ({2} of {1} not deducted).",
)
DEDUCTION_STEP = ("−{0}/12 × {1}个月 = {2}", "−{0}/12 × {1} months = {2}")


def _both(text: Text) -> str:
    return f"{text.zh} / {text.en}"


def score(rules: CompiledRules, education: Education | None) -> IndicatorResult:
    if education is None:
        return _score(rules, None, False, False)
    return _score(rules, education.level, education.diploma, education.degree)


@lru_cache(maxsize=1024)
def _score(rules: CompiledRules, level_id: EducationLevel | None, diploma: bool, degree: bool) -> IndicatorResult:
    # The same for everyone who holds the same qualification: built once (results are read-only).
    result = IndicatorResult("education", NAME, ZERO, rules=rules.rules["education"])
    if level_id is None:
        result.inputs.append(InputUsed(HIGHEST, "—"))
        result.steps.append(NONE_STEP)
        return result
    level = rules.pack.education.levels.get(level_id)  # type: ignore[arg-type]  # high school: none
    name = LEVELS[level_id]
    held = HELD[(diploma, degree)]
    by_diploma = level is not None and not level.needs_degree and diploma
    if by_diploma:
        held = HELD[(True, False)]
    result.inputs.append(InputUsed(HIGHEST, _both(name), name))
    result.inputs.append(InputUsed(HELD_LABEL, _both(held), held))
    if level is None:
        result.events.append(Event("note", NO_POINTS_FOR_LEVEL))
        result.steps.append(ZERO_STEP)
        return result
    if diploma and (degree or not level.needs_degree):
        result.points = level.full.value
        result.steps.append(Text.of(DIPLOMA_STEP if by_diploma else FULL_STEP, name.zh, name.en, result.points))
    elif level.partial is not None:
        result.points = level.partial.value
        result.steps.append(Text.of(PARTIAL_STEP, name.zh, held.zh, name.en, held.en, result.points))
        result.events.append(Event("note", PARTIAL_NOTE))
    else:
        result.steps.append(Text.of(BOTH_NEEDED_STEP, name.zh, name.en))
        result.events.append(Event("exclusion", NO_LEVEL_DOWN))
    return result


def deduction(rules: CompiledRules, facts: YearFacts, education: Education | None, education_points: Decimal) -> IndicatorResult:
    result = IndicatorResult("study_deduction", DEDUCTION_NAME, ZERO, rules=rules.rules["study_deduction"])
    if education is None or education_points == ZERO:
        result.steps.append(NOTHING_TO_DEDUCT)
        return result
    if education.study_start is None:
        result.inputs.append(InputUsed(STUDY_PERIOD, "—"))
        result.steps.append(NO_STUDY_PERIOD)
        result.events.append(Event("note", ENTER_STUDY_PERIOD))
        return result
    start, end = education.study_start, min(education.study_end, facts.cutoff_month)
    months = sum(overlap(s, e, start, end) for s, e in facts.paid)
    cap = rules.education_caps.get(education_points)
    counted = months if cap is None or months <= cap else cap
    rate = rules.pack.study_deduction.points_per_year.value
    result.points = -round_points(counted * rate / TWELVE, rules.rounding) + ZERO
    result.inputs.append(InputUsed(STUDY_PERIOD, f"{format_month(education.study_start)} – {format_month(education.study_end)}"))
    result.inputs.append(InputUsed(INSURED_WHILE_STUDYING, str(months)))
    if counted < months:
        result.events.append(Event("cap", Text.of(DEDUCTION_CAP, cap, months, months - cap)))
    result.steps.append(Text.of(DEDUCTION_STEP, rate, counted, result.points))
    return result
