"""Declaration rounds in time, for every city: which round, up to which day it counts, the last whole month it
counts, the day age is taken, which edition of the rules is in force, and which round comes next.

A round is a declaration year, or a part of one where a city's rules hold several rounds a year (Hangzhou's
quarters from 2024: "2025-Q3"; Tianjin's halves: "2024-H2"). The dates are read from the rule pack's `[time]`
table (MM-DD with `years_before` the declaration year, a date per part where the rules have parts); nothing here
knows a city, and nothing reads the clock: the day to look ahead from is always given.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from simulator.core.memo import per_pack

if TYPE_CHECKING:  # the start page reads rounds before its first paint; dates are needed only once rules are read
    from datetime import date

_ROUND = re.compile(r"^\s*(\d{4})(?:\s*[-/ ]\s*([QqHh][1-4]))?\s*$")
LAST_YEAR = 2100  # the furthest declaration year the program scores


class Round(int):
    """A declaration round: the year (this int), and the part of the year where the rules hold several rounds a
    year ("Q1".."Q4", "H1", "H2"; "" for a yearly round). A yearly round equals its year."""

    part: str

    def __new__(cls, year: int, part: str = "") -> Round:
        made = super().__new__(cls, year)
        made.part = part.upper()
        return made

    @property
    def year(self) -> int:
        return int(self)

    def __str__(self) -> str:
        return f"{int(self)}-{self.part}" if self.part else str(int(self))

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return format(str(self), spec) if self.part else int.__format__(self, spec)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Round):
            return int(self) == int(other) and self.part == other.part
        if isinstance(other, int):
            return not self.part and int(self) == other
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    # The year's own hash: a yearly round equals its year, so it must hash as the year does; the parts of one
    # year share it (equal hashes need not mean equal rounds). int's hash is C: a batch hashes a round per lookup.
    __hash__ = int.__hash__

    def __reduce__(self):
        return (Round, (int(self), self.part))

    def sort_key(self) -> tuple[int, str]:
        return int(self), self.part


def parse_round(value: int | str | Round) -> Round:
    """A round as written: 2024, "2024", "2025-Q3", "2024 H2". Raises ValueError naming what is expected."""
    if isinstance(value, Round):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Round(value)
    m = _ROUND.match(str(value))
    if not m:
        raise ValueError(f"expected a declaration year (2024) or a round (2025-Q3, 2024-H2), got {value!r}")
    return Round(int(m.group(1)), m.group(2) or "")


def covers(first_year: int, last_year: int | None, first_round: str | None, last_round: str | None, value) -> bool:
    """Whether an edition spanning these years (and, where it begins or ends within a year, these rounds) covers a
    declaration year or round. The one rule, for packs and for the start page's previews of them alike."""
    round_ = parse_round(value)
    if round_.year < first_year or (last_year is not None and round_.year > last_year):
        return False
    if round_.part:
        if first_round and round_.sort_key() < parse_round(first_round).sort_key():
            return False
        if last_round and round_.sort_key() > parse_round(last_round).sort_key():
            return False
    return True


# How far ahead of a given day a coming round is looked for, at most.
LOOK_AHEAD_YEARS = 10


@lru_cache(maxsize=4096)
def _on(month_day: str, years_before: int, year: int) -> date:
    from datetime import date

    month, _, day = month_day.partition("-")
    return date(year - years_before, int(month), int(day))


def counting_date(cited, declaration_year: int) -> date:
    """A pack date written "MM-DD" with `years_before`, for one declaration year."""
    return _on(cited.value, cited.years_before or 0, declaration_year)


def parts_of(pack) -> tuple[str, ...]:
    """The parts of a year the pack's rounds fall in ("Q1".."Q4"); () for one round a year."""
    return pack.parts


def counting_rule(pack):
    """The pack's cited value that dates its rounds' counting days: one per round of the year, or one a year."""
    cutoffs = pack.time.round_cutoffs
    return cutoffs if cutoffs is not None else pack.time.cutoff


@per_pack  # a batch's checks ask once a row
def cutoff_of(pack, declaration_round: int) -> date:
    """The day up to which the round's facts count."""
    round_ = parse_round(declaration_round)
    cutoffs = pack.time.round_cutoffs
    if cutoffs is not None:
        if not round_.part:
            raise ValueError(
                f"{round_}: these rules hold {len(cutoffs.value)} rounds a year; name one ({', '.join(f'{round_}-{p}' for p in cutoffs.value)})"
            )
        try:
            month_day, years_before = cutoffs.value[round_.part]
        except KeyError:
            raise ValueError(f"{round_}: not a round of these rules ({', '.join(cutoffs.value)})") from None
        return _on(month_day, years_before, int(round_))
    return counting_date(pack.time.cutoff, int(round_))


@lru_cache(maxsize=1024)  # a batch asks for its round's cut-off month once a row
def last_counted_month(cutoff: date) -> int:
    """The last calendar month that is complete on the cut-off date (Dec 31 -> December; Oct 1 -> September)."""
    from datetime import timedelta

    from simulator.core.months import month_of_date

    return month_of_date(cutoff + timedelta(days=1)) - 1


def cutoff_month_of(pack, declaration_year: int) -> int:
    return last_counted_month(cutoff_of(pack, declaration_year))


def age_reference_of(pack, declaration_round: int) -> date:
    """The day on which age is taken ("cutoff": the round's counting day)."""
    if pack.time.age_reference.value == "cutoff":
        return cutoff_of(pack, declaration_round)
    return counting_date(pack.time.age_reference, int(declaration_round))


def rounds_of(pack, year: int) -> list[Round]:
    """The rounds of one declaration year under the pack's time conventions, in order."""
    return [Round(year, part) for part in parts_of(pack)] or [Round(year)]


def in_force(editions, declaration_round: int, first=lambda e: e.first_key):
    """Of the editions that cover a round (`applies_to`), the one that begins latest; None if none does. The one
    rule for which edition is in force, for packs and for the start page's previews of them alike."""
    covering = [e for e in editions if e.applies_to(declaration_round)]
    return max(covering, key=first) if covering else None


def edition_in_force(city: str, declaration_year: int):
    """The installed edition of a city's rules for a declaration year (see simulator.rules.store.pack_for)."""
    from simulator.rules.store import pack_for

    return pack_for(city, declaration_year)


def coming_round(city: str, as_of: date) -> Round:
    """The first round whose cut-off is after `as_of`: the next round a person can still improve."""
    from simulator.core.errors import NotApplicable
    from simulator.rules.store import editions_of

    editions = editions_of(city)
    for year in range(as_of.year - 2, as_of.year + LOOK_AHEAD_YEARS + 1):
        for round_ in held_rounds(editions, year):
            if cutoff_of(edition_in_force(city, round_), round_) > as_of:
                return round_
    raise NotApplicable(f"no {city} rules cover a round after {as_of.isoformat()}")


def held_rounds(editions, year: int) -> list[Round]:
    """The rounds of a calendar year as the editions in force hold them, in order: the year itself where the
    edition in force holds one round a year, its parts where it holds several. Works on packs and on the start
    page's previews of them alike (each has `parts`, `applies_to` and `first_key`)."""
    candidates = sorted({Round(year, p) for e in editions for p in e.parts} | {Round(year)}, key=Round.sort_key)
    held = []
    for candidate in candidates:
        edition = in_force(editions, candidate)
        if (
            edition is not None
            and bool(candidate.part) == bool(edition.parts)
            and (not candidate.part or candidate.part in edition.parts)
        ):
            held.append(candidate)
    return held


def round_in(city: str, value: int | str | Round, part: str | None = None) -> Round:
    """The round of `city` that a year (or a round) names, as the city's rules hold it: the year itself where they
    hold one round a year; where they hold several, the round in `part` (or in the part `value` names), else the
    first round of the year. A part named for a city with yearly rounds is dropped: a comparison of cities in
    "2025-Q3" scores Beijing's 2025. Raises NotApplicable when no edition covers the year."""
    from simulator.core.errors import NotApplicable
    from simulator.rules.store import editions_of

    asked = parse_round(value)
    wanted = (part if part is not None else asked.part).upper()
    held = held_rounds(editions_of(city), asked.year)
    if not held:
        raise NotApplicable(f"no {city} rules apply to declaration year {asked.year}")
    return next((r for r in held if r.part == wanted), held[0])


def edition_and_round(city: str, value: int | str | Round, part: str | None = None):
    """(the edition in force, the round) for a year or round of `city`, the round as `round_in` finds it."""
    round_ = round_in(city, value, part)
    return edition_in_force(city, round_), round_


def first_round_counting(city: str, as_of: date, month: int) -> Round:
    """The first round, from the coming round on (in the same part of each year where the rules hold parts), whose
    last counted month is not before `month`."""
    round_ = coming_round(city, as_of)
    while cutoff_month_of(edition_in_force(city, round_), round_) < month:
        round_ = round_in(city, round_.year + 1, round_.part)
    return round_
