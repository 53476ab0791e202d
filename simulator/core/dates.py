"""Completed ages and windows of years."""

from __future__ import annotations

from datetime import date


def completed_age(birth: date, on: date) -> int:
    """Completed years of age (周岁) on a day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def years_back(day: date, years: int) -> date:
    """The same day `years` earlier (Feb 29 becomes Feb 28); a negative `years` goes forward."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
