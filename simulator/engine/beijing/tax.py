"""6. 纳税: 2 points for each of the years Y-3..Y-1 with personal income tax of at least 100,000 yuan (max 6);
minus 12 for each tax violation in the 5 natural years before the declaration."""

from __future__ import annotations

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.decimals import ZERO, fmt
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import ApplicantProfile

NAME = Text("纳税", "Tax")
CITY = "beijing"


def score(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    t = rules.pack.tax
    result = IndicatorResult("tax", NAME, ZERO, rules=rules.rules["tax"])
    first, last = year - t.window_years.value, year - 1
    result.inputs.append(InputUsed(Text("计算年度", "years counted"), f"{first}–{last}"))
    if t.mode == "per_year":
        minimum, rate = t.min_yuan.value, t.points_per_year.value
        qualifying = []
        for entry in sorted(profile.income_tax, key=lambda e: e.year):
            if entry.city != CITY:
                continue
            if first <= entry.year <= last:
                result.inputs.append(InputUsed(Text(f"{entry.year}年个人所得税（元）", f"income tax {entry.year} (yuan)"), fmt(entry.amount_yuan)))
                if entry.amount_yuan >= minimum:
                    qualifying.append(entry.year)
            else:
                result.events.append(
                    Event("exclusion", Text(f"{entry.year}年不在计算年度{first}–{last}内，不计。", f"{entry.year} is outside the years counted ({first}–{last})."))
                )
        earned = len(qualifying) * rate
        result.steps.append(
            Text(
                f"纳税不少于{fmt(minimum)}元的年度数 {len(qualifying)} × {fmt(rate)} = {fmt(earned)}",
                f"years with at least {fmt(minimum)} yuan: {len(qualifying)} × {fmt(rate)} = {fmt(earned)}",
            )
        )
    else:
        earned = t.flat_points.value if profile.meets_trial_tax_condition else ZERO
        result.inputs.append(InputUsed(Text("符合纳税条件（申请人确认）", "meets the tax condition (applicant says)"), "是 / yes" if profile.meets_trial_tax_condition else "否 / no"))
        result.steps.append(Text(f"纳税分值 {fmt(earned)}", f"tax points {fmt(earned)}"))
    cap = t.max_points.value
    if earned > cap:
        result.events.append(Event("cap", Text(f"纳税加分最高{fmt(cap)}分。", f"Tax points are capped at {fmt(cap)}.")))
        result.steps.append(Text(f"封顶：{fmt(cap)}", f"capped: {fmt(cap)}"))
        earned = cap

    v_first = year - t.violation_window_years.value
    violations = 0
    for event in profile.tax_violations:
        if v_first <= event.date.year <= last:
            violations += 1
        else:
            where = "之前" if event.date.year < v_first else "之后"
            where_en = "before" if event.date.year < v_first else "after"
            result.events.append(
                Event("exclusion", Text(f"{event.date.isoformat()}的涉税违法记录在{v_first}–{last}{where}，不扣分。", f"The tax violation of {event.date.isoformat()} is {where_en} {v_first}–{last}: not deducted."))
            )
    penalty = violations * t.violation_points.value
    result.inputs.append(InputUsed(Text(f"{v_first}–{last}涉税违法次数", f"tax violations {v_first}–{last}"), str(violations)))
    if violations:
        result.steps.append(
            Text(f"{fmt(earned)} + {violations} × ({fmt(t.violation_points.value)}) = {fmt(earned + penalty)}", f"{fmt(earned)} + {violations} × ({fmt(t.violation_points.value)}) = {fmt(earned + penalty)}")
        )
    result.points = earned + penalty
    return result
