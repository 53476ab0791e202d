"""The four conditions of the Beijing measures. All are required; otherwise no score is valid."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.core.months import format_month, merge_spans, overlap
from simulator.core.result import QualificationCheck, Text
from simulator.core.retirement import retirement_on as _retirement
from simulator.engine.retirement_check import retirement_check
from simulator.profile.model import ApplicantProfile

NAMES = {
    "residence_permit": Text("持有本市居住证", "Holds a Beijing residence permit"),
    "retirement_age": Text("不超过法定退休年龄", "Not over the statutory retirement age"),
    "continuous_insurance": Text("连续缴纳社会保险满7年", "7 years of continuous Beijing social insurance"),
    "no_criminal_record": Text("无刑事犯罪记录", "No criminal record"),
}


def retirement_date(profile: ApplicantProfile, rules: CompiledRules) -> tuple[date, int, int]:
    """(date the statutory retirement age is reached, base years, months of delay under the reform)."""
    rule = rules.pack.qualification.retirement[profile.retirement_category]
    return _retirement(
        profile.birth_date,
        rule.base_years.value,
        rules.reform_from[profile.retirement_category],
        rule.months_per_step.value,
        rule.max_delay_months.value,
    )


def continuous_run(facts: YearFacts) -> tuple[int, int]:
    """(months of unbroken insurance, paid or back-paid, ending at the cut-off month; its first month)."""
    spans = merge_spans(facts.paid + facts.back_paid)
    if not spans or spans[-1][1] != facts.cutoff_month:
        return 0, facts.cutoff_month + 1
    start, end = spans[-1]
    return end - start + 1, start


RESIDENCE_PERMIT_MET = Text("已持有本市居住证。", "Holds a Beijing residence permit.")
PERMIT_BY_CUTOFF_MET = (
    "已持有本市居住证（须于{0}前申领）。",
    "Holds a Beijing residence permit (it must have been applied for by {0}).",
)
RESIDENCE_PERMIT_UNMET = Text(
    "未持有本市居住证：须先办理居住证。", "No Beijing residence permit: one is required before applying."
)
WORK_PERMIT_MET = (
    "未申领居住证，但持有有效的北京市工作居住证：自{0}年申报起也可申报。",
    "No residence permit, but a valid Beijing work-residence permit: from the {0} round that qualifies too.",
)
PERMIT_OR_WORK_PERMIT = (
    "未持有本市居住证：须先办理居住证（自{0}年申报起，持有有效工作居住证也可）。",
    "No Beijing residence permit: one is required (from the {0} round a valid work-residence permit also qualifies).",
)
NO_INSURANCE_AT_CUTOFF = (
    "截止月{0}没有本市社会保险缴费：连续缴费须持续到截止月。",
    "No Beijing social insurance in the cut-off month {0}: the continuous run must reach it.",
)
RUN_TOO_SHORT = (
    "自{0}起连续缴费{1}个月，不足{2}个月（中断且未补缴的月份使连续中断）。",
    "Continuous insurance since {0} is {1} months, short of {2} (a gap never back-paid breaks continuity).",
)
TOO_MUCH_BACK_PAID = (
    "连续缴费{0}个月，但最近{1}个月中补缴{2}个月，超过{3}个月。",
    "{0} continuous months, but {2} of the last {1} months were back-paid; at most {3} may be.",
)
CONTINUITY_MET = ("自{0}至{1}连续缴费{2}个月，满{3}个月。", "{2} continuous months from {0} to {1}: at least {3}.")
CONTINUITY_MET_BACK_PAID = (
    "自{0}至{1}连续缴费{2}个月，其中补缴{4}个月（不超过{5}个月），满{3}个月。",
    "{2} continuous months from {0} to {1}, {4} of them back-paid (at most {5} allowed): at least {3}.",
)
CRIMINAL_RECORD = Text("有刑事犯罪记录：不能申请积分落户。", "Has a criminal record: cannot apply.")
NO_CRIMINAL_RECORD = Text("无刑事犯罪记录。", "No criminal record.")


@lru_cache(maxsize=65536)
def _retirement_check(rules: CompiledRules, birth: date, category, cutoff: date) -> QualificationCheck:
    # The same for everyone born that day in that category: built once (results treat checks as read-only).
    rule = rules.pack.qualification.retirement[category]
    return retirement_check(
        birth, category, rule, cutoff, rules.rules[f"retirement.{category}"], reform_from=rules.reform_from[category]
    )


@lru_cache(maxsize=64)
def _permit_by(cutoff: date) -> Text:
    return Text.of(PERMIT_BY_CUTOFF_MET, cutoff.isoformat())  # one a round: a batch asks once a row


def check(profile: ApplicantProfile, rules: CompiledRules, facts: YearFacts) -> list[QualificationCheck]:
    q = rules.pack.qualification
    permit = profile.has_residence_permit
    reason = RESIDENCE_PERMIT_MET if permit else RESIDENCE_PERMIT_UNMET
    if permit and q.residence_permit_by_cutoff is not None and q.residence_permit_by_cutoff.value:
        reason = _permit_by(facts.cutoff)
    alternative = q.work_residence_permit_from
    if not permit and alternative is not None and facts.year >= alternative.value:
        if profile.facts_of("beijing").get("work_residence_permit"):
            permit, reason = True, Text.of(WORK_PERMIT_MET, alternative.value)
        else:
            reason = Text.of(PERMIT_OR_WORK_PERMIT, alternative.value)
    checks = [QualificationCheck("residence_permit", NAMES["residence_permit"], permit, reason, rules.rules["residence_permit"])]

    checks.append(_retirement_check(rules, profile.birth_date, profile.retirement_category, facts.cutoff))

    need = q.continuous_insurance_months.value
    max_back = q.max_back_paid_months.value
    run, run_start = continuous_run(facts)
    window_start = facts.cutoff_month - need + 1
    back_in_window = sum(overlap(s, e, window_start, facts.cutoff_month) for s, e in facts.back_paid)
    cutoff_m = format_month(facts.cutoff_month)
    met = False
    if run == 0:
        reason = Text.of(NO_INSURANCE_AT_CUTOFF, cutoff_m)
    elif run < need:
        reason = Text.of(RUN_TOO_SHORT, format_month(run_start), run, need)
    elif back_in_window > max_back:
        reason = Text.of(TOO_MUCH_BACK_PAID, run, need, back_in_window, max_back)
    else:
        met = True
        template = CONTINUITY_MET_BACK_PAID if back_in_window else CONTINUITY_MET
        reason = Text.of(template, format_month(run_start), cutoff_m, run, need, back_in_window, max_back)
    checks.append(
        QualificationCheck("continuous_insurance", NAMES["continuous_insurance"], met, reason, rules.rules["continuity"])
    )

    record = profile.has_criminal_record
    checks.append(
        QualificationCheck(
            "no_criminal_record", NAMES["no_criminal_record"], not record, CRIMINAL_RECORD if record else NO_CRIMINAL_RECORD
        )
    )
    return checks
