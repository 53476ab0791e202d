"""What an evaluation returns: every point with its inputs, rule values, citations and arithmetic.

The wizard, the PDF worksheet, the command line and batch scoring all render this one object. Plain slotted
dataclasses keep a full evaluation cheap enough to score a whole year's cohort in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from simulator.core.text import Text


@dataclass(slots=True)
class RuleValue:
    """A value taken from the rule pack, with its citation."""

    key: str
    label: Text
    value: str
    citation: Text
    confidence: str
    note: str = ""
    value_text: Text | None = None  # for values that are words (yes/no) rather than numbers

    def shown(self, lang: str) -> str:
        return self.value_text(lang) if self.value_text is not None else self.value


@dataclass(slots=True)
class InputUsed:
    label: Text
    value: str  # as typed or counted; words in both languages where value_text is set
    value_text: Text | None = None

    def shown(self, lang: str) -> str:
        return self.value_text(lang) if self.value_text is not None else self.value


@dataclass(slots=True)
class Event:
    """Something that changed the points: a cap, an exclusion, or a note worth reading."""

    kind: Literal["cap", "exclusion", "note"]
    text: Text


# Shown wherever a rule value the sources do not give would change the score.
NOT_AVAILABLE = Text("官方分值暂缺", "official value not available")


@dataclass(slots=True)
class MissingValue:
    """A rule value the sources do not give that this applicant's score needs: which indicator, what it is, and
    where it lives in the rule pack (the path a user-supplied value is given for)."""

    indicator: str
    label: Text
    path: str


@dataclass(slots=True)
class UserSuppliedValue:
    """A rule value taken from the user's override file instead of the rule pack."""

    path: str
    label: Text
    value: str
    note: str  # where the user says the value comes from
    replaced: str | None = None  # the pack's own value it replaced; None when it filled a value not found


@dataclass(slots=True)
class IndicatorResult:
    id: str
    name: Text
    points: Decimal
    inputs: list[InputUsed] = field(default_factory=list)
    rules: tuple[RuleValue, ...] = ()
    steps: list[Text] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    group: str = ""  # "basic" / "bonus" / "deduction" where a city's rules group indicators; "" for Beijing
    # Values this indicator needs that the sources do not give; the points then count only what is known.
    missing: tuple[MissingValue, ...] = ()

    @property
    def available(self) -> bool:
        return not self.missing


@dataclass(slots=True)
class QualificationCheck:
    id: str
    name: Text
    met: bool
    reason: Text
    rules: tuple[RuleValue, ...] = ()


@dataclass(slots=True)
class Channel:
    """Xiong'an: the applicant belongs to a group that settles through another channel, not by points."""

    id: str
    name: Text
    reason: Text
    rules: tuple[RuleValue, ...] = ()


@dataclass(frozen=True, slots=True)
class TieBreakPart:
    id: str
    name: Text
    value: Decimal
    shown: str


@dataclass(frozen=True, slots=True)
class TieBreak:
    """Hangzhou: what decides between equal totals, criterion by criterion, higher first."""

    parts: tuple[TieBreakPart, ...]

    @property
    def key(self) -> tuple[Decimal, ...]:
        return tuple(part.value for part in self.parts)


@dataclass(slots=True)
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
    # The published lines of the city (simulator.core.lines.PastLine); `lines` compares the total with them.
    past_lines: tuple = ()
    # A total that leaves out values the sources do not give is provisional; `missing` lists exactly those.
    provisional: bool = False
    missing: list[MissingValue] = field(default_factory=list)
    user_supplied: list[UserSuppliedValue] = field(default_factory=list)
    channel: Channel | None = None  # set instead of a score when another settlement channel applies
    tie_break: TieBreak | None = None  # where the rules rank equal totals by further criteria
    veto: Text | None = None  # a one-vote veto: no score counts, whatever the total
    pass_mark: Decimal | None = None  # a fixed threshold (not a yearly line), where the rules set one

    @classmethod
    def of(
        cls,
        pack,
        declaration_year: int,
        cutoff: date,
        qualification: list[QualificationCheck],
        indicators: list[IndicatorResult],
        **more,
    ) -> Evaluation:
        """The evaluation of a round under a pack: the pack's identity, the qualification (met when every check is),
        the indicators and their total (the sum of the indicators' points, each already rounded as the rules
        round), provisional with exactly the values missing where an indicator needs one the sources do not give."""
        info = pack.pack
        total = Decimal(0)
        missing: list[MissingValue] = []
        for item in indicators:
            total += item.points
            missing.extend(item.missing)
        missing.extend(more.pop("also_missing", ()))
        qualified = more.pop("qualified", all(c.met for c in qualification))
        return cls(
            city=info.city,
            pack_id=info.id,
            edition=info.edition,
            edition_name=info.name,
            data_version=info.data_version,
            pack_hash=pack.content_hash,
            declaration_year=declaration_year,
            cutoff=cutoff,
            qualified=qualified,
            qualification=qualification,
            indicators=indicators,
            total=total,
            provisional=bool(missing),
            missing=missing,
            **more,
        )

    @property
    def lines(self) -> list[LineComparison]:
        total = self.total
        return [LineComparison(p.round, p.line, p.status, p.note, total - p.line) for p in self.past_lines]

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

    @property
    def scored(self) -> bool:
        """False when a settlement channel applies instead of points."""
        return self.channel is None

    @property
    def meets_pass_mark(self) -> bool | None:
        return None if self.pass_mark is None else self.total >= self.pass_mark

    def group_points(self, group: str) -> Decimal:
        total = Decimal(0)
        for item in self.indicators:
            if item.group == group:
                total += item.points
        return total
