"""What an evaluation returns: every point with its inputs, rule values, citations and arithmetic.

The wizard, the PDF worksheet, the command line and batch scoring all render this one object. Plain slotted
dataclasses keep a full evaluation cheap enough to score a whole year's cohort in seconds. A result is read-only
once made: an indicator's result may be shared by many evaluations (the one most applicants get, built once), so
what is added afterwards goes on a copy (`dataclasses.replace`), never on the indicator itself.
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
    # A fact of the applicant's that the rules ask about and the file does not answer (path "city_facts.<city>.<key>"),
    # rather than a rule value: answering it, not an official value, closes the range.
    unanswered: bool = False


@dataclass(slots=True)
class UserSuppliedValue:
    """A rule value taken from the user's override file instead of the rule pack."""

    path: str
    label: Text
    value: str
    note: str  # where the user says the value comes from
    replaced: str | None = None  # the pack's own value it replaced; None when it filled a value not found


FLOORED = (
    "按规则，总分不低于{0}分：总分及其范围以此为下限。",
    "By the rules the total is never below {0}: the total and its range stop there.",
)


class _Exact:
    """The bound of an indicator whose points are exact: the bound is the points."""

    def __repr__(self) -> str:
        return "EXACT"


EXACT = _Exact()


@dataclass(slots=True)
class IndicatorResult:
    """One indicator's points and how they were found.

    Where the indicator needs a value the sources do not give, its points are a range: `low` and `high` are the
    lowest and the highest the known rules allow (None: no bound is known, e.g. an unknown deduction has no known
    lowest value, an unknown bonus value no known highest), and `missing` names the values the range depends on.
    `points` is then the lowest value, or where none is known the highest (an unknown deduction: 0)."""

    id: str
    name: Text
    points: Decimal
    inputs: list[InputUsed] = field(default_factory=list)
    rules: tuple[RuleValue, ...] = ()
    steps: list[Text] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    group: str = ""  # "basic" / "bonus" / "deduction" where a city's rules group indicators; "" for Beijing
    # Values this indicator needs that the sources do not give: the points are then a range that depends on them.
    missing: tuple[MissingValue, ...] = ()
    low_bound: Decimal | None | _Exact = EXACT
    high_bound: Decimal | None | _Exact = EXACT

    @property
    def available(self) -> bool:
        return not self.missing

    @property
    def low(self) -> Decimal | None:
        return self.points if self.low_bound is EXACT else self.low_bound  # type: ignore[return-value]

    @property
    def high(self) -> Decimal | None:
        return self.points if self.high_bound is EXACT else self.high_bound  # type: ignore[return-value]

    @property
    def ranged(self) -> bool:
        return self.low != self.high or self.low is None

    def set_range(self, low: Decimal | None, high: Decimal | None) -> None:
        """The points lie between `low` and `high` (None: unbounded on that side)."""
        self.low_bound, self.high_bound = low, high
        self.points = low if low is not None else (high if high is not None else Decimal(0))


def add_bound(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """A sum of bounds: unbounded (None) when either is."""
    return None if a is None or b is None else a + b


def bounds_of(items) -> tuple[Decimal | None, Decimal | None]:
    """The lowest and the highest sum of indicators' points (None: unbounded where any item is)."""
    low: Decimal | None = Decimal(0)
    high: Decimal | None = Decimal(0)
    for item in items:
        lb, hb, points = item.low_bound, item.high_bound, item.points
        if lb is EXACT and hb is EXACT:  # nearly every indicator: exact points (the fast path)
            if low is not None:
                low += points
            if high is not None:
                high += points
            continue
        low, high = add_bound(low, item.low), add_bound(high, item.high)
    return low, high


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
    # What the result assumes beyond the facts given (running periods continued past the file's date, ...)
    assumptions: list[Text] = field(default_factory=list)
    channel: Channel | None = None  # set instead of a score when another settlement channel applies
    tie_break: TieBreak | None = None  # where the rules rank equal totals by further criteria
    veto: Text | None = None  # a one-vote veto: no score counts, whatever the total
    pass_mark: Decimal | None = None  # a fixed threshold (not a yearly line), where the rules set one
    # what the rules call that threshold where it is not a settlement pass mark (Shanghai: the standard score)
    pass_mark_name: Text | None = None
    # The lowest and highest totals the known rules allow (None: unbounded); both the total where nothing is missing.
    total_low: Decimal | None = None
    total_high: Decimal | None = None

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
        round), provisional with exactly the values missing where an indicator needs one the sources do not give.
        `total_floor`: where the rules say the total never goes below a value, the total and both bounds stop there
        (said in `assumptions`)."""
        info = pack.pack
        total = Decimal(0)
        low, high = bounds_of(indicators)
        missing: list[MissingValue] = []
        for item in indicators:
            total += item.points
            missing.extend(item.missing)
        missing.extend(more.pop("also_missing", ()))
        floor = more.pop("total_floor", None)
        floored = None
        if floor is not None:  # the rules' lowest total: each bound (and the total) no lower than it
            clamped = [max(floor, v) if v is not None else (floor if i == 0 else None) for i, v in enumerate((low, high))]
            if (clamped[0], clamped[1], max(floor, total)) != (low, high, total):
                floored = Text.of(FLOORED, floor)
            low, high, total = clamped[0], clamped[1], max(floor, total)
        qualified = more.pop("qualified", all(c.met for c in qualification))
        result = cls(
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
            total_low=low,
            total_high=high,
            **more,
        )
        if floored is not None:
            result.assumptions.append(floored)
        return result

    def __post_init__(self) -> None:
        if self.total_low is None and self.total_high is None and not self.missing:
            self.total_low = self.total_high = self.total  # an exact total, built directly

    @property
    def ranged(self) -> bool:
        """The total depends on values the sources do not give (see `missing`)."""
        return self.total_low != self.total_high or self.total_low is None

    def pass_state(self, mark: Decimal) -> str:
        """Against a mark: "reached" only when the lowest total reaches it, "not_reached" only when the highest does
        not, otherwise "depends" (on the values in `missing`)."""
        if self.total_low is not None and self.total_low >= mark:
            return "reached"
        if self.total_high is not None and self.total_high < mark:
            return "not_reached"
        return "depends"

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
        """True / False where the pass mark is reached / not reached whatever the missing values; None where the
        rules set no pass mark, or where it depends on values the sources do not give."""
        if self.pass_mark is None:
            return None
        state = self.pass_state(self.pass_mark)
        return None if state == "depends" else state == "reached"

    def group_points(self, group: str) -> Decimal:
        total = Decimal(0)
        for item in self.indicators:
            if item.group == group:
                total += item.points
        return total
