"""The statutory retirement date, with the 2025 national reform (the rule values come from the pack)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from simulator.core.months import month_of_date


@lru_cache(maxsize=65536)
def retirement_on(birth: date, base_years: int, reform_from: int, months_per_step: int, max_delay: int) -> tuple[date, int, int]:
    """(date the statutory retirement age is reached, base years, months of delay under the reform)."""
    birth_month = month_of_date(birth)
    delay = 0
    if birth_month >= reform_from:
        delay = min(max_delay, (birth_month - reform_from) // months_per_step + 1)
    target = birth_month + base_years * 12 + delay
    year, month = target // 12, target % 12 + 1
    return date(year, month, min(birth.day, days_in_month(year, month))), base_years, delay


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days
