"""Declaration rounds in time: a year's cut-off date, and which round comes next after a given day.

Only reads the rule pack's time conventions (for Beijing: everything counts up to Dec 31 of the year before).
"""

from __future__ import annotations

from datetime import date

from simulator.months import month_of
from simulator.rules import pack_for
from simulator.rules.model import RulePack


def cutoff_of(pack: RulePack, declaration_year: int) -> date:
    cutoff = pack.time.cutoff
    month, day = (int(x) for x in cutoff.value.split("-"))
    return date(declaration_year - (cutoff.years_before or 0), month, day)


def cutoff_month_of(pack: RulePack, declaration_year: int) -> int:
    cutoff = cutoff_of(pack, declaration_year)
    return month_of(cutoff.year, cutoff.month)


def coming_round(city: str, as_of: date) -> int:
    """The first declaration year whose cut-off is after `as_of`: the next round a person can still improve."""
    year = as_of.year - 2
    while True:
        try:
            pack = pack_for(city, year)
        except LookupError:
            year += 1
            if year > as_of.year + 10:
                raise
            continue
        if cutoff_of(pack, year) > as_of:
            return year
        year += 1


def first_round_counting(city: str, as_of: date, month: int) -> int:
    """The first declaration year, from the coming round on, whose cut-off month is not before `month`."""
    year = coming_round(city, as_of)
    while cutoff_month_of(pack_for(city, year), year) < month:
        year += 1
    return year
