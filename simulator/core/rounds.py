"""Declaration rounds in time, for every city: up to which day a round counts, the last whole month it counts,
the day age is taken, which edition of the rules is in force, and which round comes next.

The dates are read from the rule pack's `[time]` table (MM-DD with `years_before` the declaration year); nothing
here knows a city, and nothing reads the clock: the day to look ahead from is always given.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from simulator.core.months import month_of_date

# How far ahead of a given day a coming round is looked for, at most.
LOOK_AHEAD_YEARS = 10


@lru_cache(maxsize=4096)
def _on(month_day: str, years_before: int, year: int) -> date:
    month, _, day = month_day.partition("-")
    return date(year - years_before, int(month), int(day))


def counting_date(cited, declaration_year: int) -> date:
    """A pack date written "MM-DD" with `years_before`, for one declaration year."""
    return _on(cited.value, cited.years_before or 0, declaration_year)


def cutoff_of(pack, declaration_year: int) -> date:
    """The day up to which the round's facts count."""
    return counting_date(pack.time.cutoff, declaration_year)


def last_counted_month(cutoff: date) -> int:
    """The last calendar month that is complete on the cut-off date (Dec 31 -> December; Oct 1 -> September)."""
    return month_of_date(cutoff + timedelta(days=1)) - 1


def cutoff_month_of(pack, declaration_year: int) -> int:
    return last_counted_month(cutoff_of(pack, declaration_year))


def age_reference_of(pack, declaration_year: int) -> date:
    """The day on which age is taken."""
    return counting_date(pack.time.age_reference, declaration_year)


def in_force(editions, declaration_year: int, first_year=lambda e: e.pack.first_declaration_year):
    """Of the editions that cover a declaration year (`applies_to`), the one that begins latest; None if none does.
    The one rule for which edition is in force, for packs and for the start page's previews of them alike."""
    covering = [e for e in editions if e.applies_to(declaration_year)]
    return max(covering, key=first_year) if covering else None


def edition_in_force(city: str, declaration_year: int):
    """The installed edition of a city's rules for a declaration year (see simulator.rules.store.pack_for)."""
    from simulator.rules.store import pack_for

    return pack_for(city, declaration_year)


def coming_round(city: str, as_of: date) -> int:
    """The first declaration year whose cut-off is after `as_of`: the next round a person can still improve."""
    from simulator.core.errors import NotApplicable

    for year in range(as_of.year - 2, as_of.year + LOOK_AHEAD_YEARS + 1):
        try:
            pack = edition_in_force(city, year)
        except NotApplicable:
            continue
        if cutoff_of(pack, year) > as_of:
            return year
    raise NotApplicable(f"no {city} rules cover a round after {as_of.isoformat()}")


def first_round_counting(city: str, as_of: date, month: int) -> int:
    """The first declaration year, from the coming round on, whose last counted month is not before `month`."""
    year = coming_round(city, as_of)
    while cutoff_month_of(edition_in_force(city, year), year) < month:
        year += 1
    return year
