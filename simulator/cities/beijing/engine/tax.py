"""6. 纳税: 2 points for each of the years Y-3..Y-1 with personal income tax of at least 100,000 yuan (max 6);
minus 12 for each tax violation in the 5 natural years before the declaration."""

from __future__ import annotations

from functools import lru_cache

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import CITY
from simulator.cities.beijing.engine.personal import window_label
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import ZERO
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.engine.citations import NO, YES, show_value
from simulator.profile.model import ApplicantProfile, TaxYear

NAME = NAMES["tax"]
YEARS_COUNTED = Text("计算年度", "years counted")
TAX_OF_YEAR = ("{0}年个人所得税（元）", "income tax {0} (yuan)")
OUTSIDE_WINDOW = ("{0}年不在计算年度{1}–{2}内，不计。", "{0} is outside the years counted ({1}–{2}).")
YEARS_STEP = ("纳税不少于{0}元的年度数 {1} × {2} = {3}", "years with at least {0} yuan: {1} × {2} = {3}")
CONDITION = Text("符合纳税条件（申请人确认）", "meets the tax condition (applicant says)")
FLAT_STEP = ("纳税分值 {0}", "tax points {0}")
CAP = ("纳税加分最高{0}分。", "Tax points are capped at {0}.")
CAPPED_STEP = ("封顶：{0}", "capped: {0}")
VIOLATION_OUTSIDE = (
    "{0}的涉税违法记录在{1}–{2}{3}，不扣分。",
    "The tax violation of {0} is {4} {1}–{2}: not deducted.",
)
VIOLATIONS = ("{0}–{1}涉税违法次数", "tax violations {0}–{1}")
NOT_CONTINUOUS = (
    "{0}年没有缴纳个人所得税：本规则包采用“{1}–{2}年每年均须纳税（大于零）”的解读，本项计0分（另一种解读——各年分别计算——将得{3}分）。",
    "No income tax in {0}: this pack reads the rules as requiring tax (more than zero) in each year {1}–{2}, so the "
    "indicator scores 0 (the other reading, each year on its own, would give {3}).",
)
NOT_CONTINUOUS_STEP = ("{0} → 0（未连续纳税）", "{0} → 0 (tax not paid every year)")
VIOLATIONS_STEP = ("{0} + {1} × ({2}) = {3}", "{0} + {1} × ({2}) = {3}")


@lru_cache(maxsize=256)
def _years(first: int, last: int) -> str:
    return f"{first}–{last}"


def _year(entry: TaxYear) -> int:
    return entry.year


def score(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    t = rules.pack.tax
    result = IndicatorResult("tax", NAME, ZERO, rules=rules.rules["tax"])
    first, last = year - t.window_years.value, year - 1
    result.inputs.append(InputUsed(YEARS_COUNTED, _years(first, last)))
    if t.mode == "per_year":
        minimum, rate = t.min_yuan.value, t.points_per_year.value
        qualifying = 0
        entries = profile.income_tax
        if len(entries) > 1:
            entries = sorted(entries, key=_year)
        for entry in entries:
            if entry.city != CITY:
                continue
            if first <= entry.year <= last:
                result.inputs.append(InputUsed(Text.of(TAX_OF_YEAR, entry.year), f"{entry.amount_yuan:,}"))
                if entry.amount_yuan >= minimum:
                    qualifying += 1
            else:
                result.events.append(Event("exclusion", Text.of(OUTSIDE_WINDOW, entry.year, first, last)))
        earned = qualifying * rate
        result.steps.append(Text.of(YEARS_STEP, rules.tax_minimum_shown, qualifying, rate, earned))
        if t.continuity_required is not None and t.continuity_required.value and earned > ZERO:
            paid = {e.year for e in profile.income_tax if e.city == CITY and first <= e.year <= last and e.amount_yuan > 0}
            gaps = [y for y in range(first, last + 1) if y not in paid]
            if gaps:  # the reading this pack uses; the other reading would keep the points
                result.events.append(Event("exclusion", Text.of(NOT_CONTINUOUS, ", ".join(map(str, gaps)), first, last, earned)))
                result.steps.append(Text.of(NOT_CONTINUOUS_STEP, earned))
                earned = ZERO
    else:
        earned = t.flat_points.value if profile.meets_trial_tax_condition else ZERO
        met = profile.meets_trial_tax_condition
        result.inputs.append(InputUsed(CONDITION, show_value(met), YES if met else NO))
        result.steps.append(Text.of(FLAT_STEP, earned))
    cap = t.max_points.value
    if earned > cap:
        earned = cap
        result.events.append(Event("cap", Text.of(CAP, cap)))
        result.steps.append(Text.of(CAPPED_STEP, cap))

    v_first = year - t.violation_window_years.value
    violations = 0
    for event in profile.tax_violations:
        if v_first <= event.date.year <= last:
            violations += 1
        else:
            before = event.date.year < v_first
            result.events.append(
                Event(
                    "exclusion",
                    Text.of(
                        VIOLATION_OUTSIDE,
                        event.date,
                        v_first,
                        last,
                        "之前" if before else "之后",
                        "before" if before else "after",
                    ),
                )
            )
    result.inputs.append(InputUsed(window_label(VIOLATIONS, v_first, last), str(violations)))
    penalty = violations * t.violation_points.value
    if violations:
        result.steps.append(Text.of(VIOLATIONS_STEP, earned, violations, t.violation_points.value, earned + penalty))
    result.points = earned + penalty
    return result
