"""The conditions of the Xiong'an measures (Art. 5, all required): a residence permit applied for by Dec 31 of the
year before, 3 consecutive years of Xiong'an social insurance with at most 5 back-paid months (Beijing years added
for the relief-transfer staff), not over the retirement age (women: 55, workers and cadres alike), introduced
high-end talent or a person the area needs, no criminal record."""

from __future__ import annotations

from datetime import date

from simulator.cities.xiongan.engine.channels import is_relief_transfer
from simulator.cities.xiongan.labels import LABELS
from simulator.cities.xiongan.pack import XionganPack
from simulator.core.months import format_month
from simulator.core.periods import month_spans, run_reaching
from simulator.core.result import QualificationCheck, Text
from simulator.core.rounds import counting_date
from simulator.engine.cite import cite
from simulator.engine.permits import holds_permit
from simulator.engine.retirement_check import retirement_check
from simulator.profile.model import ApplicantProfile

CITY = "xiongan"

NAMES = {
    "residence_permit": Text("持有雄安新区居住证", "Holds a Xiong'an residence permit"),
    "continuous_insurance": Text("在雄安新区连续缴纳社会保险满3年", "3 consecutive years of Xiong'an social insurance"),
    "retirement_age": Text("不超过法定退休年龄", "Not over the statutory retirement age"),
    "no_criminal_record": Text("无刑事犯罪记录", "No criminal record"),
    "needed_person": Text("属于新区引进高端人才或工作需要的人员", "Introduced high-end talent or a person the area needs"),
}
ART5 = "第五条"
CATEGORY = {
    "male": Text("男", "men"),
    "female_cadre": Text("女", "women"),
    "female_worker": Text("女（含原50周岁退休的女职工）", "women (women workers formerly retiring at 50 included)"),
}
PERMIT_DATE_MET = (
    "居住证于{0}签发，不晚于{1}（须在{1}前申领）。",
    "The permit was issued on {0}, by {1} (it must be applied for by {1}).",
)
PERMIT_LATE = (
    "居住证于{0}签发，晚于{1}：须在{1}前申领；如申领早于签发日，请向受理部门核实。",
    "The permit was issued on {0}, after {1}: it must have been applied for by {1}; if it was applied for before it "
    "was issued, check with the office.",
)
PERMIT_NO_DATE = (
    "未填写居住证签发日期：居住证须在{0}前申领，请填写日期。",
    "The permit's date is not given: it must have been applied for by {0}; enter the date it was issued.",
)
BACK_PAID_TOO_MANY = (
    "连续缴费期间补缴{0}个月，超过{1}个月的上限。",
    "{0} back-paid months within the continuous run, more than the {1} allowed.",
)
NEEDED_MET = Text(
    "已申报属于新区引进高端人才或工作需要的人员（由用人单位确认）。",
    "Declared as introduced high-end talent or a person the area needs (the employer confirms).",
)
NEEDED_UNMET = Text(
    "未申报属于新区引进高端人才或工作需要的人员：不符合第五条（四）。",
    "Not declared as introduced high-end talent or a person the area needs: Art. 5 (4) is not met.",
)
NEEDED_UNANSWERED = Text(
    "尚未回答是否属于新区引进高端人才或工作需要的人员（第五条（四），须申报并由用人单位确认）。",
    "Not answered yet whether you are introduced high-end talent or a person the area needs (Art. 5 (4): declared, "
    "confirmed by the employer).",
)

PERMIT_MET = Text("持有有效的雄安新区居住证。", "Holds a valid Xiong'an residence permit.")
PERMIT_SUSPENDED = Text(
    "雄安新区居住证已暂停使用：须恢复后申请。", "The Xiong'an residence permit is suspended: it must be valid to apply."
)
PERMIT_UNMET = (
    "未持有雄安新区居住证：须先办理。在新区居住超过{0}个月，并有合法稳定就业、合法稳定住所或连续就读之一，即可申领。",
    "No Xiong'an residence permit: one is required first. It can be had after living in Xiong'an more than {0} months "
    "with legal stable employment, legal stable residence or continuous study.",
)
PERMIT_UNMET_EXEMPT = Text(
    "未持有雄安新区居住证：须先办理。北京非首都功能疏解转移人员不受居住时间等条件限制，可直接申领。",
    "No Xiong'an residence permit: one is required first. As relief-transfer staff from Beijing you can apply for it "
    "directly, without the half-year and other conditions.",
)
NO_INSURANCE_AT_CUTOFF = (
    "截止月{0}没有雄安新区社会保险缴费：连续缴费须持续到截止月。",
    "No Xiong'an social insurance in the cut-off month {0}: the continuous run must reach it.",
)
RUN_TOO_SHORT = ("自{0}起连续缴费{1}个月{3}，不足{2}个月。", "Continuous insurance since {0} is {1} months{4}, short of {2}.")
RUN_MET = ("自{0}至{1}连续缴费{2}个月{4}，满{3}个月。", "{2} continuous months from {0} to {1}{5}: at least {3}.")
WITH_BEIJING = (
    "（含北京社会保险{0}个月，疏解转移人员合并计算）",
    " (including {0} months of Beijing insurance, added in for relief-transfer staff)",
)
CRIMINAL_RECORD = Text("有刑事犯罪记录：不能申请积分落户。", "Has a criminal record: cannot apply.")
NO_CRIMINAL_RECORD = Text("无刑事犯罪记录。", "No criminal record.")


def check(
    profile: ApplicantProfile, pack: XionganPack, declaration_year: int, cutoff: date, cutoff_month: int
) -> list[QualificationCheck]:
    relief, exempt = is_relief_transfer(profile, pack)
    held, suspended = holds_permit(profile, CITY)
    if held and not suspended:
        deadline = counting_date(pack.qualification.permit_applied_by, declaration_year)
        dates = [p.issued for p in profile.residence_permits if p.city == CITY and not p.suspended and p.issued]
        earliest = min(dates) if dates else None
        if earliest is None:
            met, reason = False, Text.of(PERMIT_NO_DATE, deadline)
        elif earliest <= deadline:
            met, reason = True, Text.of(PERMIT_DATE_MET, earliest, deadline)
        else:
            met, reason = False, Text.of(PERMIT_LATE, earliest, deadline)
        permit = QualificationCheck(
            "residence_permit",
            NAMES["residence_permit"],
            met,
            Text(f"{PERMIT_MET.zh}{reason.zh}", f"{PERMIT_MET.en} {reason.en}"),
            cite(pack, LABELS, "qualification.permit_applied_by"),
        )
    else:
        reason = (
            PERMIT_SUSPENDED
            if held
            else (PERMIT_UNMET_EXEMPT if exempt else Text.of(PERMIT_UNMET, pack.residence_permit.min_months_lived.value))
        )
        paths = ["residence_permit.min_months_lived"]
        if exempt:
            paths.append(f"channels.{profile.settlement_group}.permit_conditions_exempt")
        permit = QualificationCheck("residence_permit", NAMES["residence_permit"], False, reason, cite(pack, LABELS, *paths))
    checks = [permit]

    need = pack.qualification.continuous_insurance_months.value
    spans, _ = month_spans(profile.social_insurance, CITY, cutoff_month)
    paths = ["qualification.continuous_insurance_months"]
    local_run, start = run_reaching(spans, cutoff_month)
    run, beijing = local_run, 0
    if relief:
        paths.append(f"channels.{profile.settlement_group}.beijing_insurance_counts")
        if local_run:  # Beijing years join only the unbroken run that continues in Xiong'an
            beijing_spans, _ = month_spans(profile.social_insurance, "beijing", cutoff_month)
            run, start = run_reaching(spans + beijing_spans, cutoff_month)
            beijing = run - local_run
    paths.append("qualification.max_back_paid_months")
    if local_run == 0:
        reason, met = Text.of(NO_INSURANCE_AT_CUTOFF, format_month(cutoff_month)), False
    else:
        extra = Text.of(WITH_BEIJING, beijing) if beijing else Text("", "")
        met = run >= need
        if met:
            reason = Text.of(RUN_MET, format_month(start), format_month(cutoff_month), run, need, extra.zh, extra.en)
        else:
            reason = Text.of(RUN_TOO_SHORT, format_month(start), run, need, extra.zh, extra.en)
        back_paid, _ = month_spans(
            profile.social_insurance, CITY, cutoff_month, keep=lambda p: p.back_paid and (p.end is None or p.end >= start)
        )
        months_back_paid = sum(min(e, cutoff_month) - max(s, start) + 1 for s, e in back_paid if e >= start)
        allowed = pack.qualification.max_back_paid_months.value
        if months_back_paid > allowed:
            met = False
            too_many = Text.of(BACK_PAID_TOO_MANY, months_back_paid, allowed)
            reason = Text(f"{reason.zh}{too_many.zh}", f"{reason.en} {too_many.en}")
    checks.append(
        QualificationCheck("continuous_insurance", NAMES["continuous_insurance"], met, reason, cite(pack, LABELS, *paths))
    )

    category = profile.retirement_category
    checks.append(
        retirement_check(
            profile.birth_date,
            category,
            pack.qualification.retirement[category],
            cutoff,
            cite(pack, LABELS, f"qualification.retirement.{category}.base_years"),
            CATEGORY,
        )
    )

    answer = profile.facts_of(CITY).get("needed_person")
    needed = {True: NEEDED_MET, False: NEEDED_UNMET, None: NEEDED_UNANSWERED}[answer]
    checks.append(
        QualificationCheck(
            "needed_person", NAMES["needed_person"], answer is True, needed, cite(pack, LABELS, "qualification.needed_person")
        )
    )

    record = profile.has_criminal_record
    checks.append(
        QualificationCheck(
            "no_criminal_record", NAMES["no_criminal_record"], not record, CRIMINAL_RECORD if record else NO_CRIMINAL_RECORD
        )
    )
    return checks
