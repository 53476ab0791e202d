"""One problem type: something in an applicant's facts that does not fit the chosen rules, naming the field.

Found by a city's checks (simulator/cities/<city>/checks.py); the command line prints them, the wizard puts them
under their fields, batch scoring reports them by row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ProblemKind = Literal["error", "after_cutoff"]


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # "birth_date", "housing[2].district", ...
    message: str
    kind: ProblemKind = "error"  # after_cutoff: a fact dated after the cut-off (left out, or refused)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"
