"""The four conditions of the Beijing measures. All are required; otherwise no score is valid."""

from __future__ import annotations

from datetime import date

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import YearFacts
from simulator.months import format_month, merge_spans, month_of_date, overlap, parse_month
from simulator.engine.result import QualificationCheck, Text
from simulator.profile.model import ApplicantProfile

NAMES = {
    "residence_permit": Text("持有本市居住证", "Holds a Beijing residence permit"),
    "retirement_age": Text("不超过法定退休年龄", "Not over the statutory retirement age"),
    "continuous_insurance": Text("连续缴纳社会保险满7年", "7 years of continuous Beijing social insurance"),
    "no_criminal_record": Text("无刑事犯罪记录", "No criminal record"),
}

CATEGORY = {
    "male": Text("男", "men"),
    "female_cadre": Text("女（原55周岁退休）", "women (formerly retiring at 55)"),
    "female_worker": Text("女（原50周岁退休）", "women (formerly retiring at 50)"),
}


def retirement_date(profile: ApplicantProfile, rules: CompiledRules) -> tuple[date, int, int]:
    """(date the statutory retirement age is reached, base years, months of delay under the reform)."""
    rule = rules.pack.qualification.retirement[profile.retirement_category]
    birth_month = month_of_date(profile.birth_date)
    reform_from = parse_month(rule.reform_from.value)
    delay = 0
    if birth_month >= reform_from:
        delay = min(rule.max_delay_months.value, (birth_month - reform_from) // rule.months_per_step.value + 1)
    months = rule.base_years.value * 12 + delay
    target = birth_month + months
    year, month = target // 12, target % 12 + 1
    day = min(profile.birth_date.day, _days_in_month(year, month))
    return date(year, month, day), rule.base_years.value, delay


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def continuous_run(facts: YearFacts) -> tuple[int, int]:
    """(months of unbroken insurance, paid or back-paid, ending at the cut-off month; its first month)."""
    spans = merge_spans(facts.paid + facts.back_paid)
    if not spans or spans[-1][1] != facts.cutoff_month:
        return 0, facts.cutoff_month + 1
    start, end = spans[-1]
    return end - start + 1, start


def check(profile: ApplicantProfile, rules: CompiledRules, facts: YearFacts) -> list[QualificationCheck]:
    q = rules.pack.qualification
    cutoff_text = facts.cutoff.isoformat()
    checks = []

    if profile.has_residence_permit:
        reason = Text("已持有本市居住证。", "Holds a Beijing residence permit.")
    else:
        reason = Text("未持有本市居住证：须先办理居住证。", "No Beijing residence permit: one is required before applying.")
    checks.append(QualificationCheck("residence_permit", NAMES["residence_permit"], profile.has_residence_permit, reason))

    retire_on, base, delay = retirement_date(profile, rules)
    met = facts.cutoff < retire_on
    cat = CATEGORY[profile.retirement_category]
    delay_zh = f"，延迟{delay}个月" if delay else ""
    delay_en = f" plus {delay} months under the 2025 reform" if delay else ""
    if met:
        reason = Text(
            f"法定退休年龄（{cat.zh}{base}周岁{delay_zh}）于{retire_on.isoformat()}到达，晚于截止日{cutoff_text}。",
            f"The statutory retirement age ({cat.en}: {base}{delay_en}) is reached on {retire_on.isoformat()}, "
            f"after the cut-off {cutoff_text}.",
        )
    else:
        reason = Text(
            f"已于{retire_on.isoformat()}达到法定退休年龄（{cat.zh}{base}周岁{delay_zh}），不早于截止日{cutoff_text}。",
            f"The statutory retirement age ({cat.en}: {base}{delay_en}) was reached on {retire_on.isoformat()}, "
            f"by the cut-off {cutoff_text}.",
        )
    checks.append(QualificationCheck("retirement_age", NAMES["retirement_age"], met, reason, rules.rules["retirement"]))

    need = q.continuous_insurance_months.value
    max_back = q.max_back_paid_months.value
    run, run_start = continuous_run(facts)
    window_start = facts.cutoff_month - need + 1
    back_in_window = sum(overlap(s, e, window_start, facts.cutoff_month) for s, e in facts.back_paid)
    cutoff_m = format_month(facts.cutoff_month)
    if run == 0:
        met = False
        reason = Text(
            f"截止月{cutoff_m}没有本市社会保险缴费：连续缴费须持续到截止月。",
            f"No Beijing social insurance in the cut-off month {cutoff_m}: the continuous run must reach it.",
        )
    elif run < need:
        met = False
        reason = Text(
            f"自{format_month(run_start)}起连续缴费{run}个月，不足{need}个月（中断且未补缴的月份使连续中断）。",
            f"Continuous insurance since {format_month(run_start)} is {run} months, short of {need} "
            f"(a gap never back-paid breaks continuity).",
        )
    elif back_in_window > max_back:
        met = False
        reason = Text(
            f"连续缴费{run}个月，但最近{need}个月中补缴{back_in_window}个月，超过{max_back}个月。",
            f"{run} continuous months, but {back_in_window} of the last {need} months were back-paid; "
            f"at most {max_back} may be.",
        )
    else:
        met = True
        back_zh = f"，其中补缴{back_in_window}个月（不超过{max_back}个月）" if back_in_window else ""
        back_en = f", {back_in_window} of them back-paid (at most {max_back} allowed)" if back_in_window else ""
        reason = Text(
            f"自{format_month(run_start)}至{cutoff_m}连续缴费{run}个月{back_zh}，满{need}个月。",
            f"{run} continuous months from {format_month(run_start)} to {cutoff_m}{back_en}: at least {need}.",
        )
    checks.append(QualificationCheck("continuous_insurance", NAMES["continuous_insurance"], met, reason, rules.rules["continuity"]))

    if profile.has_criminal_record:
        reason = Text("有刑事犯罪记录：不能申请积分落户。", "Has a criminal record: cannot apply.")
    else:
        reason = Text("无刑事犯罪记录。", "No criminal record.")
    checks.append(QualificationCheck("no_criminal_record", NAMES["no_criminal_record"], not profile.has_criminal_record, reason))
    return checks
