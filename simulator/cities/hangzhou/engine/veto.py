"""Hangzhou's one-vote veto: serious crimes or a sentence of 5 years or more, taking part in banned
organisations, and fraud in a points application (barred for 5 years). A veto voids the points whatever the total."""

from __future__ import annotations

from simulator.cities.hangzhou.engine.facts import RoundFacts
from simulator.cities.hangzhou.labels import LABELS
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.dates import years_back
from simulator.core.decimals import fmt
from simulator.core.result import MissingValue, Text
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

SERIOUS = ("{0}的刑事犯罪属一票否决的严重犯罪。", "The crime of {0} is one of the serious crimes that veto the application.")
SENTENCE = ("{0}被判处{1}年有期徒刑，不少于{2}年：一票否决。", "The sentence of {1} years on {0} is at least {2}: a veto.")
BANNED = Text("参加非法组织：一票否决。", "Took part in a banned organisation: a veto.")
FRAUD = (
    "{0}积分申请弄虚作假：积分作废，{1}年内（至{2}）不得申请。",
    "Fraud in a points application on {0}: the points are void and no application is allowed for {1} years (until {2}).",
)


def check(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> tuple[Text | None, list[MissingValue]]:
    """(why the application is vetoed, or None; the veto values the sources do not give that this applicant needs)."""
    needs = Needs("veto", pack, LABELS)
    reasons: list[Text] = []
    for record in profile.penalties:
        if record.kind != "criminal" or record.date > facts.cutoff:
            continue
        if record.serious_crime and needs.value("veto.serious_crimes"):
            reasons.append(Text.of(SERIOUS, record.date))
        if record.sentence_years is not None:
            minimum = needs.value("veto.min_sentence_years")
            if minimum is not None and record.sentence_years >= minimum:
                reasons.append(Text.of(SENTENCE, record.date, fmt(record.sentence_years), fmt(minimum)))
    if profile.banned_organisation and needs.value("veto.banned_organisations"):
        reasons.append(BANNED)
    if profile.points_fraud is not None and profile.points_fraud <= facts.cutoff:
        years = needs.value("veto.fraud_bar_years")
        if years is not None:
            until = years_back(profile.points_fraud, -years)
            if facts.cutoff < until:
                reasons.append(Text.of(FRAUD, profile.points_fraud, years, until))
    if not reasons:
        return None, needs.missing
    return Text(" ".join(r.zh for r in reasons), " ".join(r.en for r in reasons)), needs.missing
