"""Where a total would have stood among the people admitted in past years: its rank and percentile in each
published list of admitted totals that a city ships (`admitted.csv` in its folder: counts per total and round), with
that year's line. History only, never a prediction: the lists were scored under each year's own rules, and the
lines move from year to year. A city without such lists has no standing (an empty tuple).

No Qt; the faces word it (each `Standing` has a sentence in both languages).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from functools import cache
from pathlib import Path

from simulator.core.decimals import fmt
from simulator.core.lines import past_lines
from simulator.core.text import Text

FILE_NAME = "admitted.csv"


@dataclass(frozen=True, slots=True)
class AdmittedList:
    round: str
    totals: tuple[tuple[Decimal, int], ...]  # (total, people with it), highest first
    line: Decimal | None  # that year's published line
    admitted: int | None  # how many were admitted (the list may hold fewer: 2018's stops at 6,000)

    @property
    def listed(self) -> int:
        return sum(count for _, count in self.totals)

    @property
    def lowest(self) -> Decimal:
        return self.totals[-1][0]

    def rank(self, total: Decimal) -> int | None:
        """1 + the people listed with a higher total; None when the total is below everyone listed."""
        if total < self.lowest:
            return None
        return 1 + sum(count for value, count in self.totals if value > total)


@dataclass(frozen=True, slots=True)
class Standing:
    """A total (or range) against one year's admitted: the best and worst rank it gives (None: below the list)."""

    list: AdmittedList
    best: int | None  # the rank of the highest total of a range (1 where no highest is known)
    worst: int | None  # the rank of the lowest total

    @property
    def round(self) -> str:
        return self.list.round

    def percent(self, rank: int) -> Decimal:
        """The share of those listed ranked at or above `rank`, in per cent (one decimal)."""
        return (Decimal(rank) * 100 / self.list.listed).quantize(Decimal("0.1"), rounding=ROUND_CEILING)

    def text(self) -> Text:
        admitted = self.list
        line = f"{fmt(admitted.line)}" if admitted.line is not None else fmt(admitted.lowest)
        if self.best is None:  # below everyone listed, whatever the unknowns
            return Text(
                f"{admitted.round}年：低于当年的落户分数线{line}，不在当年{admitted.listed:,}名落户人员之列。",
                f"{admitted.round}: below that year's line {line}; not among the {admitted.listed:,} admitted.",
            )
        if self.best == self.worst:
            return Text(
                f"{admitted.round}年（分数线{line}）：在{admitted.listed:,}名落户人员中约排第{self.best:,}名（前{self.percent(self.best)}%）。",
                f"{admitted.round} (line {line}): would have ranked {self.best:,} of the {admitted.listed:,} admitted "
                f"(top {self.percent(self.best)}%).",
            )
        if self.worst is None:
            return Text(
                f"{admitted.round}年（分数线{line}）：最高可排第{self.best:,}名（前{self.percent(self.best)}%），最低则低于分数线。",
                f"{admitted.round} (line {line}): from rank {self.best:,} (top {self.percent(self.best)}%) to below the line.",
            )
        return Text(
            f"{admitted.round}年（分数线{line}）：在{admitted.listed:,}名落户人员中约排第{self.best:,}至{self.worst:,}名"
            f"（前{self.percent(self.best)}%至{self.percent(self.worst)}%）。",
            f"{admitted.round} (line {line}): would have ranked {self.best:,} to {self.worst:,} of the {admitted.listed:,} "
            f"admitted (top {self.percent(self.best)}% to {self.percent(self.worst)}%).",
        )


NOTE = Text(  # short: it stands in the score panel, beside every page
    "历史对照，不是预测：往年名单按当年的规则计分，分数线逐年变化。",
    "History, not a prediction: each list was scored under that year's rules, and the line moves every year.",
)


def _path(city: str) -> Path:
    from simulator import cities

    return cities.get(city).folder / FILE_NAME


@cache
def admitted_lists(city: str) -> tuple[AdmittedList, ...]:
    """The city's published lists of admitted totals, oldest first (none for a city that ships none)."""
    path = _path(city)
    if not path.exists():
        return ()
    by_round: dict[str, list[tuple[Decimal, int]]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            by_round.setdefault(row["round"], []).append((Decimal(row["total"]), int(row["count"])))
    lines = {line.round: line for line in past_lines(city)}
    found = []
    for round_, totals in sorted(by_round.items()):
        published = lines.get(round_)
        found.append(
            AdmittedList(
                round_,
                tuple(sorted(totals, key=lambda t: t[0], reverse=True)),
                published.line if published is not None else None,
                published.admitted if published is not None else None,
            )
        )
    return tuple(found)


def standing(city: str, low: Decimal, high: Decimal | None = None) -> tuple[Standing, ...]:
    """Where a total (`low`, or the range `low` to `high`; `high` None: no highest known) would have ranked in each
    published year of the city."""
    results = []
    for admitted in admitted_lists(city):
        worst = admitted.rank(low)
        best = 1 if high is None else admitted.rank(high)
        results.append(Standing(admitted, best, worst))
    return tuple(results)


def standing_of(result) -> tuple[Standing, ...]:
    """The standing of an evaluation's total (its range where values not known leave one); none for another
    settlement channel."""
    if result is None or result.channel is not None:
        return ()
    low = result.total_low if result.total_low is not None else result.total
    high = result.total_high if result.ranged else result.total
    return standing(result.city, low, high)
