"""The dates one Tianjin round counts to, and the answers to the facts only Tianjin asks about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from simulator.cities.tianjin.own_facts import FACTS
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.result import IndicatorResult
from simulator.core.rounds import age_reference_of, cutoff_of, last_counted_month
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

CITY = "tianjin"
ZERO = Decimal(0)
_BY_KEY = {fact.key: fact for fact in FACTS}


@dataclass(slots=True)
class RoundFacts:
    cutoff: date
    cutoff_month: int  # the last whole month counted
    age_on: date


def round_facts(pack: TianjinPack, declaration_round: int) -> RoundFacts:
    cutoff = cutoff_of(pack, declaration_round)
    return RoundFacts(cutoff=cutoff, cutoff_month=last_counted_month(cutoff), age_on=age_reference_of(pack, declaration_round))


def answer(profile: ApplicantProfile, key: str) -> Any:
    """The applicant's answer to one of Tianjin's own facts (None: not answered)."""
    return profile.facts_of(CITY).get(key)


def asked(result: IndicatorResult, needs: Needs, profile: ApplicantProfile, key: str) -> Any:
    """Read one of Tianjin's facts into the derivation; an unanswered one is recorded as what the range depends on."""
    return needs.fact(result, profile, CITY, key)
