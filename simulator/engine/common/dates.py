"""Counting dates relative to a declaration year, completed ages, and windows of years."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from simulator.months import month_of_date
from simulator.rules.common import Cited


@lru_cache(maxsize=1024)
def _on(month_day: str, years_before: int, year: int) -> date:
    month, _, day = month_day.partition("-")
    return date(year - years_before, int(month), int(day))


def counting_date(cited: Cited[str], year: int) -> date:
    """A pack date written "MM-DD" with `years_before`, for one declaration year."""
    return _on(cited.value, cited.years_before or 0, year)


def last_whole_month(cutoff: date) -> int:
    """The last calendar month that is complete on the cut-off date (Dec 31 -> December; Oct 1 -> September)."""
    return month_of_date(cutoff + timedelta(days=1)) - 1


def completed_age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def years_back(day: date, years: int) -> date:
    """The same day `years` earlier (Feb 29 becomes Feb 28)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
