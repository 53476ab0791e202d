"""Insured months of a kind the rules may not count (back-paid, transferred in from elsewhere): whether each kind
counts is a value of the city's pack, and where the sources do not give it the months make the score a range
(left out of the lowest total, counted in the highest). Hangzhou's and Tianjin's rules ask this of each kind."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from simulator.core.periods import month_spans, total_months
from simulator.core.result import NOT_AVAILABLE, Event, IndicatorResult, InputUsed, Text
from simulator.engine.gaps import Needs

NOT_COUNTED = ("{0}个{1}月份不计分。", "{0} {2} months earn no points.")
UNKNOWN_COUNT = (
    "{0}个{1}月份是否计分：{2}；最低分不计入，最高分计入。",
    "Whether the {0} {3} months count: {4}; the lowest total leaves them out, the highest counts them.",
)


@dataclass(frozen=True, slots=True)
class MonthsKind:
    keep: Callable[[Any], bool]  # which insurance periods are of this kind
    label: Text  # as the inputs name them ("back-paid months")
    words: tuple[str, str]  # as a sentence names them, in Chinese and English ("补缴", "back-paid")
    counts_at: str  # the pack value that says whether they count (true, false, or not given)


# Months transferred in from another city's insurance: the same kind, at the same pack path, wherever it is asked.
TRANSFERRED_IN = MonthsKind(
    lambda p: p.transferred_in,
    Text("转入月数", "transferred-in months"),
    ("转入", "transferred-in"),
    "basic.social_insurance.transferred_in_counts",
)


def tally(
    result: IndicatorResult,
    needs: Needs,
    periods: Iterable,
    city: str,
    cutoff_month: int,
    kinds: Iterable[MonthsKind],
    decide: Callable[[MonthsKind, bool | None], bool | None] = lambda kind, counts: counts,
) -> tuple[int, int]:
    """(months that count, months whose counting the sources do not settle) of the `kinds`, up to the cut-off
    month; each kind found is an input of `result`, and what is done with it an event. A period of several kinds
    (back-paid and transferred in) is counted under the first of them only. `decide` may settle a kind otherwise
    than its pack value does (a reading of the rules the applicant meets)."""
    left = list(periods)
    counted = unsure = 0
    for kind in kinds:
        mine = [p for p in left if kind.keep(p)]
        left = [p for p in left if not kind.keep(p)]
        spans, _ = month_spans(mine, city, cutoff_month)
        months = total_months(spans)
        if not months:
            continue
        result.inputs.append(InputUsed(kind.label, str(months)))
        counts = decide(kind, needs.value(kind.counts_at))
        zh, en = kind.words
        if counts is None:
            result.events.append(Event("note", Text.of(UNKNOWN_COUNT, months, zh, NOT_AVAILABLE.zh, en, NOT_AVAILABLE.en)))
            unsure += months
        elif counts:
            counted += months
        else:
            result.events.append(Event("exclusion", Text.of(NOT_COUNTED, months, zh, en)))
    return counted, unsure
