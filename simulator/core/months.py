"""Whole calendar months as integers, and spans of them.

A month is `year * 12 + (month - 1)`, so spans can be counted, clipped and intersected with plain
arithmetic. The official records (social insurance, leases) are kept month by month.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def month_of(year: int, month: int) -> int:
    return year * 12 + (month - 1)


FIRST_YEAR, LAST_YEAR = 1900, 2200  # the months any fact can fall in
FIRST_MONTH, LAST_MONTH = month_of(FIRST_YEAR, 1), month_of(LAST_YEAR, 12)


def month_of_date(d: date) -> int:
    return d.year * 12 + (d.month - 1)


@lru_cache(maxsize=4096)
def parse_month(text: str) -> int:
    m = _MONTH_RE.match(text.strip())
    if not m:
        raise ValueError(f"expected a month written as YYYY-MM, got {text!r}")
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 01 to 12, got {text!r}")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"year out of range in {text!r}")
    return month_of(year, month)


@lru_cache(maxsize=4096)
def format_month(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def year_of(index: int) -> int:
    return index // 12


def span_length(start: int, end: int) -> int:
    return end - start + 1 if end >= start else 0


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Months two inclusive spans share."""
    lo = a_start if a_start > b_start else b_start
    hi = a_end if a_end < b_end else b_end
    return hi - lo + 1 if hi >= lo else 0


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans; adjacent spans are joined."""
    if len(spans) < 2:  # most applicants' facts: nothing to sort or join
        return list(spans)
    ordered = sorted(spans)
    merged = [ordered[0]]
    for start, end in ordered[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end + 1:
            if end > last_end:
                merged[-1] = (last_start, end)
        else:
            merged.append((start, end))
    return merged
