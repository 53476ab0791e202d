"""Who may apply in Hangzhou: 18 or older, with a valid residence permit for the urban districts."""

from __future__ import annotations

from simulator.cities.hangzhou.engine.facts import CITY, RoundFacts
from simulator.cities.hangzhou.labels import LABELS
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.dates import completed_age
from simulator.core.result import QualificationCheck, Text
from simulator.engine.cite import cite
from simulator.engine.permits import holds_permit
from simulator.profile.model import ApplicantProfile

NAMES = {
    "minimum_age": Text("年满18周岁", "Aged 18 or over"),
    "residence_permit": Text("持有效的杭州市区居住证", "Holds a valid Hangzhou residence permit"),
}
AGE_MET = ("{0}年满{1}周岁（{2}周岁）。", "Aged {2} on {0}: at least {1}.")
AGE_UNMET = ("{0}未满{1}周岁（{2}周岁）。", "Aged {2} on {0}: under {1}.")
PERMIT_MET = Text("持有有效的杭州市区居住证。", "Holds a valid Hangzhou residence permit.")
PERMIT_SUSPENDED = Text(
    "杭州居住证已暂停使用：暂停期间积分失效，不参加排名。",
    "The Hangzhou residence permit is suspended: points lapse while it is, and are not ranked.",
)
PERMIT_UNMET = Text("未持有杭州市区居住证：须先办理。", "No Hangzhou residence permit: one is required first.")


def check(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> list[QualificationCheck]:
    q = pack.qualification
    minimum = q.min_age.value
    age = completed_age(profile.birth_date, facts.age_on)
    met = age >= minimum
    checks = [
        QualificationCheck(
            "minimum_age",
            NAMES["minimum_age"],
            met,
            Text.of(AGE_MET if met else AGE_UNMET, facts.age_on, minimum, age),
            cite(pack, LABELS, "qualification.min_age"),
        )
    ]
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
    return checks
