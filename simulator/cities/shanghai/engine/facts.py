"""What one Shanghai application counts to, and the applicant's Shanghai facts as the formulas read them.

Shanghai has no rounds: points are counted when the application is made. The pack's counting date stands for the
application (time.cutoff); its last whole month is the application month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from simulator.core.decimals import ZERO
from simulator.core.months import format_month
from simulator.core.periods import month_spans, total_months
from simulator.core.result import IndicatorResult, InputUsed, Text
from simulator.core.rounds import age_reference_of, cutoff_of, last_counted_month
from simulator.engine.cite import cite
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

CITY = "shanghai"
NOTHING = Text("无：0分", "none: 0")


@dataclass(slots=True)
class RoundFacts:
    year: int  # the declaration year: the year of the application
    cutoff: date
    cutoff_month: int
    age_on: date
    answers: dict[str, Any]  # the applicant's Shanghai facts (city_facts.shanghai), unanswered ones None

    def counted_months(self, profile: ApplicantProfile, window: int | None = None, keep=lambda p: not p.back_paid) -> int:
        """Shanghai insured months that `keep` accepts up to the application month; within its last `window`
        months where given."""
        spans, _ = month_spans(profile.social_insurance, CITY, self.cutoff_month, keep=keep)
        if window is not None:
            first = self.cutoff_month - window + 1
            spans = [(max(s, first), e) for s, e in spans if e >= first]
        return total_months(spans)

    @property
    def month(self) -> str:
        return format_month(self.cutoff_month)


def round_facts(profile: ApplicantProfile, pack, year: int) -> RoundFacts:
    from simulator import cities

    cutoff = cutoff_of(pack, year)
    known = {fact.key for fact in cities.get(CITY).facts}
    answers = {key: value for key, value in profile.facts_of(CITY).items() if key in known}
    return RoundFacts(int(year), cutoff, last_counted_month(cutoff), age_reference_of(pack, year), answers)


def new_result(indicator: str, name: Text, pack, labels, paths, group: str) -> tuple[IndicatorResult, Needs]:
    result = IndicatorResult(indicator, name, ZERO, rules=cite(pack, labels, *paths), group=group)
    return result, Needs(indicator, pack, labels)


def use_fact(result: IndicatorResult, facts: RoundFacts, key: str) -> Any:
    """The answer to a Shanghai fact, listed among the indicator's inputs."""
    from simulator import cities

    answer = facts.answers.get(key)
    shown = cities.get(CITY).fact(key).answer(answer)
    result.inputs.append(InputUsed(cities.get(CITY).fact(key).caption, shown.en, shown))
    return answer


def unanswered(needs: Needs, key: str) -> None:
    """A Shanghai fact the rules ask about that the file does not answer: the points then take both readings."""
    from simulator import cities

    needs.unanswered(f"city_facts.{CITY}.{key}", cities.get(CITY).fact(key).label)
