"""Periods of a city's facts cut to the cut-off: month spans (insurance, housing) and day spans (registrations)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from simulator.core.months import merge_spans


def month_spans(
    periods: Iterable, city: str, cutoff_month: int, keep: Callable = lambda p: True
) -> tuple[list[tuple[int, int]], int]:
    """(sorted spans of the city's periods that `keep` accepts, clipped to the cut-off month; months dropped after it).
    An ongoing period runs to the cut-off."""
    spans: list[tuple[int, int]] = []
    after = 0
    for period in periods:
        if period.city != city or not keep(period):
            continue
        end = period.end if period.end is not None else cutoff_month
        if end > cutoff_month:
            after += end - max(period.start, cutoff_month + 1) + 1
            end = cutoff_month
        if end >= period.start:
            spans.append((period.start, end))
    spans.sort()
    return spans, after


def total_months(spans: Iterable[tuple[int, int]]) -> int:
    return sum(end - start + 1 for start, end in spans)


def run_reaching(spans: list[tuple[int, int]], cutoff_month: int) -> tuple[int, int]:
    """(months of the unbroken run that reaches the cut-off month, its first month); (0, cutoff + 1) if none does."""
    merged = merge_spans(spans)
    if not merged or merged[-1][1] != cutoff_month:
        return 0, cutoff_month + 1
    start, end = merged[-1]
    return end - start + 1, start


def registered_days(registrations: Iterable, city: str, cutoff: date) -> tuple[int, int, int]:
    """(days registered in the city up to and including the cut-off date, number of periods counted, days after it)."""
    days = periods = after = 0
    for period in registrations:
        if period.city != city:
            continue
        end = period.end or cutoff
        if end > cutoff:
            after += (end - period.start).days + 1 if period.start > cutoff else (end - cutoff).days
            end = cutoff
        if end >= period.start:
            days += (end - period.start).days + 1
            periods += 1
    return days, periods, after
