"""Published yearly lines (the lowest admitted score, or a fixed threshold) with their provenance."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from simulator.paths import data_dir


@dataclass(frozen=True, slots=True)
class PastLine:
    city: str
    round: str
    line: Decimal
    admitted: int | None
    applicants: int | None
    status: str  # published / threshold / unconfirmed
    note: str


@lru_cache(maxsize=None)
def past_lines(city: str) -> tuple[PastLine, ...]:
    lines = []
    with open(data_dir() / "lines.csv", encoding="utf-8", newline="") as handle:
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
