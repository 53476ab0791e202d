"""What an evaluation returns: every point with its inputs, rule values, citations and arithmetic.

The wizard, the PDF worksheet, the command line and batch scoring all render this one object. Plain slotted
dataclasses keep a full evaluation cheap enough to score a whole year's cohort in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

INDICATOR_IDS = (
    "employment",
    "residence",
    "education",
    "study_deduction",
    "work_residence_area",
    "innovation",
    "tax",
    "age",
    "honours",
    "law_abiding",
)


@dataclass(slots=True, frozen=True)
class Text:
    """The same sentence in Chinese and English."""

    zh: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(slots=True, frozen=True)
class RuleValue:
    """A value taken from the rule pack, with its citation."""

    key: str
    label: Text
    value: str
    citation: Text
    confidence: str
    note: str = ""


@dataclass(slots=True, frozen=True)
class InputUsed:
    label: Text
    value: str


@dataclass(slots=True, frozen=True)
class Event:
    """Something that changed the points: a cap, an exclusion, or a note worth reading."""

    kind: Literal["cap", "exclusion", "note"]
    text: Text


@dataclass(slots=True)
class IndicatorResult:
    id: str
    name: Text
    points: Decimal
    inputs: list[InputUsed] = field(default_factory=list)
    rules: tuple[RuleValue, ...] = ()
    steps: list[Text] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class QualificationCheck:
    id: str
    name: Text
    met: bool
    reason: Text
    rules: tuple[RuleValue, ...] = ()


@dataclass(slots=True, frozen=True)
class LineComparison:
    """How the total compares with a past yearly line."""

    round: str
    line: Decimal
    status: str  # published / threshold / unconfirmed
    note: str
    difference: Decimal


@dataclass(slots=True)
class Evaluation:
    city: str
    pack_id: str
    edition: str
    edition_name: Text
    data_version: str
    pack_hash: str
    declaration_year: int
    cutoff: date
    qualified: bool
    qualification: list[QualificationCheck]
    indicators: list[IndicatorResult]
    total: Decimal
    lines: list[LineComparison] = field(default_factory=list)

    def indicator(self, indicator_id: str) -> IndicatorResult:
        for item in self.indicators:
            if item.id == indicator_id:
                return item
        raise KeyError(indicator_id)

    @property
    def points(self) -> dict[str, Decimal]:
        return {item.id: item.points for item in self.indicators}

    @property
    def failed_conditions(self) -> list[QualificationCheck]:
        return [c for c in self.qualification if not c.met]
