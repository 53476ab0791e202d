"""Published yearly lines (the lowest admitted score, or a fixed threshold) with their provenance: each city's
`lines.csv` in its folder."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import cache


@dataclass(frozen=True, slots=True)
class PastLine:
    city: str
    round: str
    line: Decimal
    admitted: int | None
    applicants: int | None
    status: str  # published / threshold / unconfirmed
    note: str


@cache
def past_lines(city: str) -> tuple[PastLine, ...]:
    from simulator import cities

    path = cities.get(city).lines_path
    if not path.exists():
        return ()
    lines = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            if row["city"] != city or not row["line"]:
                continue
            lines.append(
                PastLine(
                    city=row["city"],
                    round=row["round"],
                    line=Decimal(row["line"]),
                    admitted=int(row["admitted"]) if row["admitted"] else None,
                    applicants=int(row["applicants"]) if row["applicants"] else None,
                    status=row["status"],
                    note=row["note"],
                )
            )
    return tuple(lines)


def latest_line(city: str) -> PastLine | None:
    """The newest line whose status is not 'unconfirmed'."""
    confirmed = [line for line in past_lines(city) if line.status != "unconfirmed"]
    return confirmed[-1] if confirmed else None


_FOR_PACK: dict[tuple[str, tuple[str, ...]], tuple[PastLine, ...]] = {}


def lines_for(pack) -> tuple[PastLine, ...]:
    """The lines a pack's totals can be compared with: the rounds held under its edition (`[pack].rounds`), or
    every line of the city when the pack does not say. A fixed threshold is never a line: a pack that has one
    gives it as its pass mark."""
    rounds = pack.pack.rounds
    if rounds is None:
        return past_lines(pack.pack.city)
    key = (pack.pack.city, tuple(rounds))
    found = _FOR_PACK.get(key)
    if found is None:
        found = _FOR_PACK[key] = tuple(
            line for line in past_lines(pack.pack.city) if line.round in rounds and line.status != "threshold"
        )
    return found


def latest_line_for(pack) -> PastLine | None:
    """The newest confirmed line a pack's totals are comparable with (None where there is none, e.g. a pass mark)."""
    confirmed = [line for line in lines_for(pack) if line.status not in ("unconfirmed", "threshold")]
    return confirmed[-1] if confirmed else None
