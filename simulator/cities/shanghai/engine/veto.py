"""Shanghai's one-vote veto (Art. 9): a record of violating family-planning rules, or a serious criminal record,
cancels the right to apply for points whatever the total."""

from __future__ import annotations

from simulator.cities.shanghai.engine.facts import RoundFacts
from simulator.cities.shanghai.labels import LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.result import MissingValue, Text
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

FAMILY_PLANNING = Text(
    "有违反国家或本市计划生育政策规定的记录：取消申请积分资格。",
    "A record of violating national or Shanghai family-planning rules: no right to apply for points.",
)
MAY_NOT_APPLY = Text(
    "（修订后的实施细则据报已不再要求“无违反计划生育”承诺，但未见该否决条款被删除的说明：可能已不再执行。）",
    " (The revised implementation rules reportedly no longer ask for the commitment of no family-planning violation, "
    "but no source says the veto was removed: it may no longer be enforced.)",
)
SERIOUS = (
    "{0}的刑事犯罪记录标为严重刑事犯罪：取消申请积分资格。上海规则未界定何为严重刑事犯罪。",
    "The criminal record of {0} is marked a serious crime: no right to apply for points. Shanghai's rules do not "
    "define serious crime.",
)


def check(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> tuple[Text | None, list[MissingValue]]:
    """(why the application is vetoed, or None; the veto values the sources do not give that this applicant needs)."""
    needs = Needs("veto", pack, LABELS)
    reasons: list[Text] = []
    if facts.answers.get("family_planning_violation") and needs.value("veto.family_planning"):
        unsure = pack.veto.family_planning.confidence == "?"
        reasons.append(
            Text(FAMILY_PLANNING.zh + MAY_NOT_APPLY.zh, FAMILY_PLANNING.en + MAY_NOT_APPLY.en) if unsure else FAMILY_PLANNING
        )
    for record in profile.penalties:
        if (
            record.kind == "criminal"
            and record.serious_crime
            and record.date <= facts.cutoff
            and needs.value("veto.serious_crime")
        ):
            reasons.append(Text.of(SERIOUS, record.date))
    if not reasons:
        return None, needs.missing
    return Text(" ".join(r.zh for r in reasons), " ".join(r.en for r in reasons)), needs.missing
