"""Ranked suggestions: what would raise the score, and from which declaration year.

Each city lists its suggestions (simulator/cities/<city>/whatif.py). Each suggestion is a function that looks at the person's situation and returns a changed profile, the earliest
declaration year the change can count (from its timing: a full 12-month area block, a tax year entering the
window) and a bilingual description. The points gained are never worked out here: they are the engine's total
for the changed profile minus the engine's total for the unchanged profile, for the same year and the same
rules. A suggestion that gains nothing within the horizon is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from simulator import cities
from simulator.core.errors import NotApplicable
from simulator.core.months import month_of_date
from simulator.core.result import Evaluation
from simulator.core.rounds import Round, coming_round, edition_and_round, first_round_counting
from simulator.core.text import Text
from simulator.engine import evaluate
from simulator.profile.model import ApplicantProfile, HousingPeriod
from simulator.rules import pack_for

DEFAULT_HORIZON = 6  # declaration years looked at, from the coming round


@dataclass(slots=True)
class Change:
    """What a suggestion function proposes; the gain is measured afterwards by the engine."""

    id: str
    description: Text
    profile: ApplicantProfile
    earliest_year: int


@dataclass(slots=True)
class YearGain:
    year: int
    base_total: Decimal
    new_total: Decimal
    by_indicator: dict[str, Decimal]  # indicators whose points differ: engine's new minus engine's base

    @property
    def gained(self) -> Decimal:
        return self.new_total - self.base_total


@dataclass(slots=True)
class Suggestion:
    id: str
    description: Text
    profile: ApplicantProfile  # the changed profile, e.g. to keep it as a scenario
    earliest_year: int  # the first declaration year in which the engine gives it more points
    gained: Decimal  # in the earliest year
    base_total: Decimal
    new_total: Decimal
    by_indicator: dict[str, Decimal]
    base_qualified: bool
    later: list[YearGain] = field(default_factory=list)  # the earliest year and the following ones, up to the horizon

    @property
    def best(self) -> YearGain:
        return max(self.later, key=lambda g: (g.gained, -g.year))


@dataclass(slots=True)
class Situation:
    """Today, as the suggestion functions see it."""

    profile: ApplicantProfile
    city: str
    as_of: date
    pack: Any  # the rules of the coming round (the city's own pack model)
    coming: Round
    this_month: int
    next_month: int

    def current(self, periods):
        for period in periods:
            if (
                period.city == self.city
                and period.start <= self.this_month
                and (period.end is None or period.end >= self.this_month)
            ):
                return period
        return None

    def changed(self, **fields) -> ApplicantProfile:
        data = self.profile.model_dump(exclude={"scenarios"})
        data.update(fields)
        return ApplicantProfile.model_validate(data)

    def ended_before(self, periods, month: int) -> list:
        """The periods of this city as they would be if they stopped the month before `month`."""
        kept = []
        for period in periods:
            if period.city != self.city:
                kept.append(period)
            elif period.start < month:
                if period.end is None or period.end >= month:
                    period = period.model_copy(update={"end": month - 1})
                kept.append(period)
        return kept

    def counted_from(self, month: int) -> int:
        """The first declaration year, from the coming round on, that counts `month`."""
        return first_round_counting(self.city, self.as_of, month)

    @property
    def first_of_next_month(self) -> date:
        year, month = divmod(self.next_month, 12)
        return date(year, month + 1, 1)

    def leases_registered_from_next_month(self) -> list[HousingPeriod] | None:
        """The housing list with every ongoing unregistered rental of the city registered from next month (the
        months already lived stay unregistered); None when there is no such rental."""
        housing, changed = [], False
        for period in self.profile.housing:
            unregistered_rental = period.city == self.city and period.kind == "rented" and not period.lease_registered
            if unregistered_rental and (period.end is None or period.end >= self.next_month):
                changed = True
                if period.start < self.next_month:
                    housing.append(period.model_copy(update={"end": self.this_month}))
                    housing.append(period.model_copy(update={"start": self.next_month, "lease_registered": True}))
                else:
                    housing.append(period.model_copy(update={"lease_registered": True}))
            else:
                housing.append(period)
        return housing if changed else None


def situation(profile: ApplicantProfile, city: str, as_of: date) -> Situation:
    coming = coming_round(city, as_of)
    pack = pack_for(city, coming)
    this_month = month_of_date(as_of)
    return Situation(profile, city, as_of, pack, coming, this_month, this_month + 1)


def suggest(
    profile: ApplicantProfile,
    city: str,
    as_of: date,
    horizon_years: int = DEFAULT_HORIZON,
    suggestions=None,
) -> list[Suggestion]:
    """Suggestions that gain points within `horizon_years` rounds, most points first (then the earliest): the
    city's own (or `suggestions`). A suggestion whose official values are not known gains nothing measurable and
    is left out."""
    s = situation(profile, city, as_of)
    if suggestions is None:
        suggestions = cities.of_pack(s.pack).suggestions
    last = s.coming.year + horizon_years - 1
    base: dict[int, Evaluation] = {}
    rounds: dict[int, tuple[Any, Round]] = {}

    def round_of(year: int) -> tuple[Any, Round]:
        """The edition and round of a calendar year: the same part of each year as the coming round."""
        if year not in rounds:
            rounds[year] = edition_and_round(city, year, s.coming.part)
        return rounds[year]

    def base_result(year: int) -> Evaluation:
        if year not in base:
            pack, round_ = round_of(year)
            base[year] = evaluate(profile, pack, round_, compare_lines=False)
        return base[year]

    found: list[Suggestion] = []
    for make in suggestions:
        for change in make(s):
            gains: list[YearGain] = []
            for year in range(int(change.earliest_year), last + 1):
                try:
                    before = base_result(year)
                except NotApplicable:
                    break  # no rules known yet for that year (an edition's last year passed): nothing to say

                if before.channel is not None:
                    break  # settles through another channel: points do not matter
                retirement = next((c for c in before.qualification if c.id == "retirement_age"), None)
                if retirement is not None and not retirement.met:
                    break  # no declarations after the retirement age
                pack, round_ = round_of(year)
                after = evaluate(change.profile, pack, round_, compare_lines=False)
                points_before = {b.id: b.points for b in before.indicators}
                deltas = {
                    a.id: a.points - points_before.get(a.id, 0)
                    for a in after.indicators
                    if a.points != points_before.get(a.id, 0)
                }
                gains.append(YearGain(round_, before.total, after.total, deltas))
            counting = [g for g in gains if g.gained > 0]
            if not counting:
                continue
            first = counting[0]
            found.append(
                Suggestion(
                    id=change.id,
                    description=change.description,
                    profile=change.profile,
                    earliest_year=first.year,
                    gained=first.gained,
                    base_total=first.base_total,
                    new_total=first.new_total,
                    by_indicator=first.by_indicator,
                    base_qualified=base_result(int(first.year)).qualified,
                    later=[g for g in gains if g.year >= first.year],
                )
            )
    found.sort(key=lambda x: (-x.gained, x.earliest_year, x.id))
    return found
