"""Who may apply in Tianjin: a valid Tianjin residence card; employed by a Tianjin employer or investing in a firm
there; social insurance paid normally in Tianjin for 1 continuous year to the counting date, or 3 cumulative
years since 2014-01-01, still paid there and nowhere else; below the statutory retirement age. (A lawful
household registration in mainland China is taken as given.)"""

from __future__ import annotations

from simulator.cities.tianjin.engine.facts import CITY, RoundFacts, answer
from simulator.cities.tianjin.labels import LABELS
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.months import format_month, parse_month
from simulator.core.periods import month_spans, run_reaching, total_months
from simulator.core.result import QualificationCheck, Text
from simulator.engine.cite import cite
from simulator.engine.permits import holds_permit
from simulator.engine.retirement_check import retirement_check
from simulator.profile.model import ApplicantProfile

NAMES = {
    "residence_permit": Text("持有有效的天津市居住证", "Holds a valid Tianjin residence card"),
    "employment": Text("在津就业或投资兴办企业", "Employed or investing in Tianjin"),
    "insurance_years": Text(
        "在津连续缴纳社会保险满1年，或2014年1月1日以来累计满3年",
        "1 continuous year of Tianjin insurance, or 3 cumulative years since 2014-01-01",
    ),
    "insured_here_only": Text("申请时仍在津正常缴纳社会保险，且未在外省市参保", "Still insured in Tianjin only"),
    "retirement_age": Text("未达到法定退休年龄", "Below the statutory retirement age"),
}

PERMIT_MET = Text("持有有效的天津市居住证。", "Holds a valid Tianjin residence card.")
PERMIT_SUSPENDED = Text("天津市居住证已暂停使用：须有效才能申请。", "The Tianjin residence card is suspended: it must be valid.")
PERMIT_UNMET = Text("未持有天津市居住证：须先办理。", "No Tianjin residence card: one is required first.")

WORKS = ("截止月{0}在天津就业（就业地点记录）。", "Working in Tianjin in the cut-off month {0} (workplaces).")
INSURED_BY_EMPLOYER = (
    "截止月{0}在天津正常缴纳社会保险，视为受雇于天津用人单位。",
    "Insured normally in Tianjin in the cut-off month {0}: read as employed by a Tianjin employer.",
)
INVESTS = Text("在天津投资兴办企业。", "Invests in a firm in Tianjin.")
NOT_WORKING = (
    "截止月{0}既无天津就业记录、也无天津正常缴纳的社会保险，且未在天津投资兴办企业。",
    "No Tianjin workplace and no normal Tianjin insurance in the cut-off month {0}, and no investment in a Tianjin firm.",
)

CONTINUOUS_MET = (
    "{0}至{1}连续缴纳{2}个月，满{3}个月。",
    "{2} continuous months from {0} to {1}: at least {3}.",
)
CUMULATIVE_MET = (
    "{0}至{1}累计缴纳{2}个月，满{3}个月。",
    "{2} months in all from {0} to {1}: at least {3}.",
)
NEITHER = (
    "截至{0}连续缴纳{1}个月（须满{2}个月），{3}以来累计{4}个月（须满{5}个月）：两项均不满足。",
    "To {0}: {1} continuous months (at least {2} needed) and {4} months in all since {3} (at least {5} needed): neither is met.",
)
LEFT_OUT = ("补缴、转入的月份不计入。", " Back-paid and transferred-in months are left out.")

HERE_ONLY_MET = (
    "截止月{0}在天津正常缴纳社会保险，未在其他地方参保。",
    "Insured normally in Tianjin in the cut-off month {0}, and nowhere else.",
)
NOT_INSURED_NOW = (
    "截止月{0}未在天津正常缴纳社会保险：申请时须仍在缴纳。",
    "No normal Tianjin insurance in the cut-off month {0}: it must still be paid at application.",
)
INSURED_ELSEWHERE = (
    "截止月{0}同时在{1}参保：不得在外省市重复参保。",
    "Also insured in {2} in the cut-off month {0}: no parallel insurance in another province is allowed.",
)


def _normal(pack: TianjinPack):
    """Which Tianjin insurance months count towards the condition (paid normally: not back-paid, not transferred in,
    unless the pack says they count)."""
    q = pack.qualification
    back_paid, transferred = q.back_paid_counts.value, q.transferred_in_counts.value
    return lambda p: (back_paid or not p.back_paid) and (transferred or not p.transferred_in)


def _in_month(period, month: int) -> bool:
    return period.start <= month and (period.end is None or period.end >= month)


def check(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts) -> list[QualificationCheck]:
    month = facts.cutoff_month
    held, suspended = holds_permit(profile, CITY)
    reason = PERMIT_MET if held and not suspended else (PERMIT_SUSPENDED if held else PERMIT_UNMET)
    checks = [QualificationCheck("residence_permit", NAMES["residence_permit"], held and not suspended, reason)]

    normal = _normal(pack)
    insured_now = any(p.city == CITY and normal(p) and _in_month(p, month) for p in profile.social_insurance)
    working = any(p.city == CITY and _in_month(p, month) for p in profile.workplaces)
    if working:
        reason = Text.of(WORKS, format_month(month))
    elif insured_now:
        reason = Text.of(INSURED_BY_EMPLOYER, format_month(month))
    elif answer(profile, "investor"):
        reason = INVESTS
    else:
        reason = Text.of(NOT_WORKING, format_month(month))
    met = working or insured_now or bool(answer(profile, "investor"))
    checks.append(QualificationCheck("employment", NAMES["employment"], met, reason))

    checks.append(_insurance_years(profile, pack, facts, normal))
    checks.append(_insured_here_only(profile, pack, facts, normal))
    checks.append(_retirement(profile, pack, facts))
    return checks


def _insurance_years(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts, normal) -> QualificationCheck:
    q = pack.qualification
    month = facts.cutoff_month
    spans, _ = month_spans(profile.social_insurance, CITY, month, keep=normal)
    run, start = run_reaching(spans, month)
    since = parse_month(q.cumulative_since.value)
    clipped = [(max(s, since), e) for s, e in spans if e >= since]
    cumulative = total_months(clipped)
    need_run, need_all = q.continuous_months.value, q.cumulative_months.value
    excluded = any(p.city == CITY and not normal(p) for p in profile.social_insurance)
    tail = Text.of(LEFT_OUT) if excluded else Text("", "")
    if run >= need_run:
        met, reason = True, Text.of(CONTINUOUS_MET, format_month(start), format_month(month), run, need_run)
    elif cumulative >= need_all:
        first = clipped[0][0] if clipped else since
        met, reason = True, Text.of(CUMULATIVE_MET, format_month(first), format_month(month), cumulative, need_all)
    else:
        met = False
        reason = Text.of(NEITHER, format_month(month), run, need_run, format_month(since), cumulative, need_all)
    reason = Text(reason.zh + tail.zh, reason.en + tail.en)
    paths = (
        "qualification.continuous_months",
        "qualification.cumulative_months",
        "qualification.cumulative_since",
        "qualification.back_paid_counts",
        "qualification.transferred_in_counts",
    )
    return QualificationCheck("insurance_years", NAMES["insurance_years"], met, reason, cite(pack, LABELS, *paths))


def _insured_here_only(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts, normal) -> QualificationCheck:
    from simulator import cities

    month = facts.cutoff_month
    here = any(p.city == CITY and normal(p) and _in_month(p, month) for p in profile.social_insurance)
    elsewhere = sorted({p.city for p in profile.social_insurance if p.city != CITY and _in_month(p, month)})
    rules = cite(pack, LABELS, "qualification.no_insurance_elsewhere")
    if not here:
        return QualificationCheck(
            "insured_here_only", NAMES["insured_here_only"], False, Text.of(NOT_INSURED_NOW, format_month(month)), rules
        )
    if elsewhere and pack.qualification.no_insurance_elsewhere.value:
        names = [cities.name_of(c) for c in elsewhere]
        zh, en = "、".join(n.zh for n in names), ", ".join(n.en for n in names)
        return QualificationCheck(
            "insured_here_only",
            NAMES["insured_here_only"],
            False,
            Text.of(INSURED_ELSEWHERE, format_month(month), zh, en),
            rules,
        )
    return QualificationCheck(
        "insured_here_only", NAMES["insured_here_only"], True, Text.of(HERE_ONLY_MET, format_month(month)), rules
    )


def _retirement(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts) -> QualificationCheck:
    category = profile.retirement_category
    paths = [f"qualification.retirement.{category}.{name}" for name in ("base_years", "reform_from", "months_per_step")]
    return retirement_check(
        profile.birth_date, category, pack.qualification.retirement[category], facts.cutoff, cite(pack, LABELS, *paths)
    )
