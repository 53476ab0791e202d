"""Who may apply in Shanghai: a Shanghai residence card; employed and paying Shanghai employee social insurance in
the month of application; enough Shanghai insurance in the months before it, back-payments left out; not staff of
a branch a Shanghai employer set up in another province."""

from __future__ import annotations

from simulator.cities.shanghai.engine.facts import CITY, RoundFacts
from simulator.cities.shanghai.labels import LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.months import format_month
from simulator.core.result import QualificationCheck, Text
from simulator.engine.cite import cite
from simulator.engine.permits import holds_permit
from simulator.profile.model import ApplicantProfile

NAMES = {
    "residence_permit": Text("持有《上海市居住证》", "Holds a Shanghai residence card"),
    "insured_now": Text("申请当月在职并缴纳本市职工社保", "Employed and insured in Shanghai in the application month"),
    "recent_insurance": Text("近期缴纳本市职工社保满规定月数", "Enough recent Shanghai employee insurance"),
    "not_branch_staff": Text("非本市单位外省市分支机构人员", "Not staff of a branch outside Shanghai"),
}
PERMIT_MET = Text("持有有效的《上海市居住证》。", "Holds a valid Shanghai residence card.")
PERMIT_SUSPENDED = Text(
    "上海居住证已暂停使用：须有效才能申请积分。", "The Shanghai residence card is suspended: it must be valid to apply."
)
PERMIT_UNMET = Text("未持有《上海市居住证》：须先办理。", "No Shanghai residence card: one is required first.")
INSURED_NOW = ("{0}（代表申请当月）在本市缴纳职工社保。", "Insured in Shanghai in {0} (standing for the application month).")
NOT_INSURED_NOW = (
    "{0}（代表申请当月）没有本市职工社保缴费（补缴不算）：申请当月须在职并缴费。",
    "No Shanghai employee insurance in {0} (standing for the application month; back-payments do not count): one "
    "must be employed and insured in the month of application.",
)
RECENT = (
    "截至{0}的最近{1}个月内缴费{2}个月{4}，{3}{5}个月。",
    "{2} insured months in the {1} months to {0}{6}: {7} {5}.",
)
BACK_PAID_LEFT_OUT = ("（补缴不计）", " (back-payments left out)")
BRANCH_MET = Text(
    "不在本市单位设在外省市的分支机构工作。", "Does not work at a branch a Shanghai employer set up in another province."
)
BRANCH_UNMET = Text(
    "在本市单位设在外省市的分支机构工作：不能申请积分。",
    "Works at a branch a Shanghai employer set up in another province: may not apply for points.",
)
BRANCH_UNANSWERED = Text(
    "尚未回答是否在本市单位设在外省市的分支机构工作（这类人员不能申请）。",
    "Not answered yet whether you work at a branch a Shanghai employer set up in another province (such staff may not apply).",
)


def check(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> list[QualificationCheck]:
    q = pack.qualification
    checks = []
    if q.residence_permit_required.value:
        held, suspended = holds_permit(profile, CITY)
        reason = PERMIT_MET if held and not suspended else (PERMIT_SUSPENDED if held else PERMIT_UNMET)
        checks.append(
            QualificationCheck(
                "residence_permit",
                NAMES["residence_permit"],
                held and not suspended,
                reason,
                cite(pack, LABELS, "qualification.residence_permit_required"),
            )
        )
    if q.insured_in_application_month.value:
        month = facts.cutoff_month
        insured = facts.counted_months(profile, 1) > 0
        checks.append(
            QualificationCheck(
                "insured_now",
                NAMES["insured_now"],
                insured,
                Text.of(INSURED_NOW if insured else NOT_INSURED_NOW, format_month(month)),
                cite(pack, LABELS, "qualification.insured_in_application_month"),
            )
        )
    need, window = q.recent_insured_months.value, q.recent_window_months.value
    back_paid_counts = q.recent_back_paid_counts.value
    counted = facts.counted_months(profile, window, keep=lambda p: back_paid_counts or not p.back_paid)
    met = counted >= need
    left_out = ("", "") if back_paid_counts else BACK_PAID_LEFT_OUT
    checks.append(
        QualificationCheck(
            "recent_insurance",
            NAMES["recent_insurance"],
            met,
            Text.of(
                RECENT,
                facts.month,
                window,
                counted,
                "满" if met else "不足",
                left_out[0],
                need,
                left_out[1],
                "at least" if met else "short of",
            ),
            cite(
                pack,
                LABELS,
                "qualification.recent_insured_months",
                "qualification.recent_window_months",
                "qualification.recent_back_paid_counts",
            ),
        )
    )
    if q.branch_staff_excluded.value:
        answer = facts.answers.get("branch_outside_shanghai")
        reason = {False: BRANCH_MET, True: BRANCH_UNMET, None: BRANCH_UNANSWERED}[answer]
        checks.append(
            QualificationCheck(
                "not_branch_staff",
                NAMES["not_branch_staff"],
                answer is False,
                reason,
                cite(pack, LABELS, "qualification.branch_staff_excluded"),
            )
        )
    return checks
