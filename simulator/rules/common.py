"""What every city's rule pack shares: cited values, sources, the pack header, time conventions, the age table,
the retirement rule, and the whole-pack checks (every value cites a listed source; points are whole cents).

A value the sources do not give is written with `confidence = "not found"` and no `value`; the engine then reports
it as "official value not available" wherever it would change a score, and the total becomes provisional.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from simulator.core.limits import MAX_COUNT, MAX_NUMBER, MAX_RETIREMENT_DELAY_MONTHS, RETIREMENT_AGE_YEARS
from simulator.core.months import parse_month
from simulator.core.rounds import LAST_YEAR
from simulator.core.text import Text

T = TypeVar("T")
# "user-supplied" is never written in a pack file: simulator.rules.overrides gives it to values a user typed in.
Confidence = Literal["data", "2+", "1", "?", "not found", "user-supplied"]
USER_SOURCE = "user"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    zh: str
    en: str


class Cited(Strict, Generic[T]):
    """A rule value with the document it comes from and how sure we are of it; no value when none was found."""

    value: T | None = None
    source: str
    section: str = ""
    confidence: Confidence
    note: str = ""
    years_before: int | None = None  # only for dates relative to the declaration year

    @model_validator(mode="after")
    def _value_exactly_when_found(self) -> Cited:
        if self.confidence == "not found" and self.value is not None:
            raise ValueError('a value marked confidence = "not found" must not give a value')
        if self.confidence != "not found" and self.value is None:
            raise ValueError('value is missing (write confidence = "not found" when the sources give none)')
        return self

    @property
    def known(self) -> bool:
        return self.value is not None


# Bounds no real rule reaches and a crafted pack cannot pass (simulator.core.limits: the same for every door).
MAX_YEARS_BEFORE = 10
# An edition's declaration years: a whole number (not true, not 2.5) in the years the program scores
DeclarationYear = Annotated[int, Field(strict=True, ge=1990, le=LAST_YEAR)]
# Values named so are rates, caps, steps, windows and amounts: never negative (deductions are named otherwise)
NON_NEGATIVE = ("max_points", "_per_year", "_per_month", "per_step", "_amount", "step", "_years", "_months", "_share", "_yuan")


def _numbers(value):
    """Every number in a value (a number, or a table or list of them)."""
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, (int, Decimal)):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _numbers(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _numbers(item)


def out_of_bounds(path: str, cited) -> str:
    """Why a pack value is out of the bounds any real rule keeps to ("" when it is not)."""
    if cited.years_before is not None and not 0 <= cited.years_before <= MAX_YEARS_BEFORE:
        return f"years_before must be 0 to {MAX_YEARS_BEFORE}"
    name = path.rsplit(".", 1)[-1]
    for number in _numbers(cited.value):
        # the exponent first: a value like 1e10000000 overflows any arithmetic on it
        if isinstance(number, Decimal) and (not number.is_finite() or number.adjusted() > 9 or abs(number) > MAX_NUMBER):
            return f"{number} is out of range (at most {MAX_NUMBER:,} either way)"
        if isinstance(number, int) and abs(number) > MAX_COUNT:
            return f"{number} is out of range (at most {MAX_COUNT:,} either way)"
        if number < 0 and name.endswith(NON_NEGATIVE):
            return f"must not be negative, got {number}"
    return ""


def not_negative(v: Cited | None) -> Cited | None:
    if v is not None and v.value is not None and v.value < 0:
        raise ValueError("must not be negative")
    return v


def not_positive(v: Cited | None) -> Cited | None:
    if v is not None and v.value is not None and v.value > 0:
        raise ValueError("a deduction must be zero or negative")
    return v


def positive(v: Cited | None) -> Cited | None:
    if v is not None and v.value is not None and v.value <= 0:
        raise ValueError("must be a positive number")
    return v


def is_month(v: Cited[str] | None) -> Cited[str] | None:
    if v is not None and v.value is not None:
        parse_month(v.value)
    return v


def month_day(v: Cited[str]) -> Cited[str]:
    """A "MM-DD" date relative to the declaration year (`years_before`)."""
    if v is None or v.value == "cutoff":  # none (several rounds a year), or taken on the round's counting date
        return v
    if v.value is None:
        raise ValueError('needs a value: every count runs up to this date (mark an assumed one confidence = "?")')
    month, _, day = v.value.partition("-")
    try:
        date(2001, int(month), int(day))
    except ValueError:
        raise ValueError(f"{v.value!r} is not a month and day written MM-DD") from None
    if v.years_before is None:
        raise ValueError("needs years_before (how many years before the declaration year)")
    if not 0 <= v.years_before <= MAX_YEARS_BEFORE:
        raise ValueError(f"years_before must be 0 to {MAX_YEARS_BEFORE}, got {v.years_before}")
    return v


class CountingTime(Strict):
    """Up to which date facts count, and on which date age is taken ("cutoff": the same day), relative to the
    declaration year. Where the rules hold several rounds a year, `round_cutoffs` gives each part of the year its
    counting date, [MM-DD, years before the declaration year]: {"Q1" = ["02-01", 0], ...}."""

    cutoff: Cited[str] | None = None
    age_reference: Cited[str]
    round_cutoffs: Cited[dict[str, tuple[str, int]]] | None = None
    _month_days = field_validator("cutoff", "age_reference")(month_day)

    @model_validator(mode="after")
    def _one_schedule(self) -> CountingTime:
        if (self.cutoff is None) == (self.round_cutoffs is None):
            raise ValueError("give either cutoff (one round a year) or round_cutoffs (several), not both")
        if self.round_cutoffs is not None:
            if self.round_cutoffs.value is None:
                raise ValueError('round_cutoffs needs a value (mark an assumed one confidence = "?")')
            for part, (month_day_, years_before) in self.round_cutoffs.value.items():
                if not re.fullmatch(r"[QH][1-4]", part):
                    raise ValueError(f"round_cutoffs: {part!r} is not a part of a year (Q1..Q4, H1, H2)")
                try:  # checked as a single cut-off is, and named by its part of the year
                    month_day(
                        Cited[str](
                            value=month_day_,
                            years_before=years_before,
                            source=self.round_cutoffs.source,
                            confidence=self.round_cutoffs.confidence,
                        )
                    )
                except ValueError as exc:
                    raise ValueError(f"round_cutoffs: {part}: {exc}") from None
        return self


class RetirementRule(Strict):
    """The statutory retirement age, with the 2025 national reform: born before `reform_from` retire at
    `base_years`; later births add one month per `months_per_step` months of birth, up to `max_delay_months`."""

    base_years: Cited[int]
    reform_from: Cited[str]
    months_per_step: Cited[int]
    max_delay_months: Cited[int]
    _reform_month = field_validator("reform_from")(is_month)

    @field_validator("base_years", "max_delay_months")
    @classmethod
    def _within_a_life(cls, v: Cited[int], info) -> Cited[int]:
        # a retirement age is one of a working life, its delay at most a few years: a larger one breaks the calendar
        low, high = RETIREMENT_AGE_YEARS if info.field_name == "base_years" else (0, MAX_RETIREMENT_DELAY_MONTHS)
        if v.value is not None and not low <= v.value <= high:
            unit = "years" if info.field_name == "base_years" else "months"
            raise ValueError(f"must be {low} to {high} {unit}, got {v.value}")
        return v

    @field_validator("months_per_step")
    @classmethod
    def _positive(cls, v: Cited[int]) -> Cited[int]:
        if v.value is not None and v.value <= 0:
            raise ValueError("must be a positive number of months")
        return v


RetirementCategory = Literal["male", "female_cadre", "female_worker"]


def all_retirement_categories(v: dict) -> dict:
    missing = {"male", "female_cadre", "female_worker"} - set(v)
    if missing:
        raise ValueError(f"missing retirement categories: {', '.join(sorted(missing))}")
    return v


class AgeRules(Strict):
    """Completed age up to each listed age -> points; any older age -> `otherwise`."""

    table: Cited[list[tuple[int, Decimal]]]
    otherwise: Cited[Decimal]

    @field_validator("table")
    @classmethod
    def _ascending(cls, v: Cited[list[tuple[int, Decimal]]]) -> Cited[list[tuple[int, Decimal]]]:
        if v.value is not None:
            ages = [age for age, _ in v.value]
            if ages != sorted(set(ages)):
                raise ValueError("ages must be listed in ascending order, each once")
        return v


def finer_than_cents(value: object) -> bool:
    if isinstance(value, Decimal):
        exponent = value.as_tuple().exponent
        return isinstance(exponent, int) and exponent < -2
    if isinstance(value, (list, tuple)):
        return any(finer_than_cents(v) for v in value)
    if isinstance(value, dict):
        return any(finer_than_cents(k) or finer_than_cents(v) for k, v in value.items())
    return False


class PackInfo(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    city: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    formula: str = Field(pattern=r"^[a-z][a-z0-9_]*$")  # the city whose formulas read this pack
    edition: str
    name: Text
    published: date | None = None
    in_force_from: date | None = None
    in_force_until: date | None = None
    first_declaration_year: DeclarationYear
    last_declaration_year: DeclarationYear | None = None
    # Where an edition begins or ends within a year of several rounds: "2024-Q3"
    first_round: str | None = None
    last_round: str | None = None
    extends: str | None = None  # the edition this one changes (see simulator.rules.store)
    # The rounds of resources/data/lines.csv held under this edition (their lines are comparable with its totals);
    # not given: every line of the city; [] : none (a pass mark, if any, is in the pack's own rules).
    rounds: list[str] | None = None
    data_version: str
    notes: str = ""

    @model_validator(mode="after")
    def _spans_in_order(self) -> PackInfo:
        if self.last_declaration_year is not None and self.last_declaration_year < self.first_declaration_year:
            raise ValueError("pack.last_declaration_year is before pack.first_declaration_year")
        if self.in_force_from and self.in_force_until and self.in_force_until < self.in_force_from:
            raise ValueError("pack.in_force_until is before pack.in_force_from")
        for name in ("first_round", "last_round"):
            value = getattr(self, name)
            if value is not None:
                from simulator.core.rounds import parse_round

                try:
                    parse_round(value)
                except ValueError as exc:
                    raise ValueError(f"pack.{name}: {exc}") from None
        return self

    @property
    def first_round_key(self) -> tuple[int, str]:
        """Where the edition begins, for ordering editions: (first year, first part)."""
        from simulator.core.rounds import parse_round

        return parse_round(self.first_round).sort_key() if self.first_round else (self.first_declaration_year, "")


class PackBase(Strict):
    """The part of a rule pack every formula shares. Subclasses add the formula's rule sections."""

    FORMULA: ClassVar[str] = ""

    format: Literal["points-simulator/rule-pack"]
    format_version: Literal[1]
    pack: PackInfo
    sources: dict[str, Source]
    # Set by the loader: a digest of the file, so a worksheet can say exactly which data it used.
    content_hash: str = ""

    @model_validator(mode="after")
    def _every_value_cited(self) -> PackBase:
        if self.FORMULA and self.pack.formula != self.FORMULA:
            raise ValueError(f"pack.formula: {self.pack.formula!r} packs are not read as {self.FORMULA!r} packs")
        for path, cited in self.cited_values():
            if cited.source not in self.sources:
                raise ValueError(f"{path}: source {cited.source!r} is not listed under [sources]")
            if finer_than_cents(cited.value):
                raise ValueError(f"{path}: points and amounts are whole cents (at most 2 decimal places)")
            problem = out_of_bounds(path, cited)
            if problem:
                raise ValueError(f"{path}: {problem}")
        return self

    def cited_values(self):
        """Every (dotted path, Cited) in the pack: for validation, overrides and listing a pack's sources."""

        def walk(obj, path):
            if isinstance(obj, Cited):
                yield path, obj
            elif isinstance(obj, BaseModel):
                for name in type(obj).model_fields:
                    yield from walk(getattr(obj, name), f"{path}.{name}" if path else name)
            elif isinstance(obj, dict):
                for key, value in obj.items():
                    yield from walk(value, f"{path}.{key}")
            elif isinstance(obj, list):
                for i, value in enumerate(obj):
                    yield from walk(value, f"{path}[{i}]")

        yield from walk(self, "")

    def value_at(self, path: str) -> Cited | None:
        """The cited value at a dotted path ("bonus.honours.national.points_each"), or None."""
        node: object = self
        for part in path.split("."):
            if isinstance(node, BaseModel) and part in type(node).model_fields:
                node = getattr(node, part)
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None
        return node if isinstance(node, Cited) else None

    def not_found(self) -> list[str]:
        """Paths of the values the sources do not give."""
        return [path for path, cited in self.cited_values() if cited.value is None]

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts of a year this edition's rounds fall in ("Q1".."Q4"); () for one round a year."""
        cutoffs = self.time.round_cutoffs if hasattr(self, "time") else None
        return tuple(cutoffs.value) if cutoffs is not None and cutoffs.value else ()

    @property
    def first_key(self) -> tuple[int, str]:
        return self.pack.first_round_key

    def applies_to(self, declaration_round: int) -> bool:
        """Whether the edition covers a declaration year or round (see simulator.core.rounds.covers)."""
        from simulator.core.rounds import covers

        info = self.pack
        return covers(
            info.first_declaration_year, info.last_declaration_year, info.first_round, info.last_round, declaration_round
        )

    # ---- what the faces may ask of any city's pack (a city's pack model answers for its rules)

    def district(self, district_id: str):
        """The district of that id (rules without districts know none)."""
        return next((d for d in self.district_list() if d.id == district_id), None)

    def district_list(self) -> list:
        """The districts the rules name (each with id, zh, en, central), in order; [] where they name none."""
        return []

    def education_levels(self) -> tuple[str, ...]:
        """The education levels the edition lists points for."""
        return ()

    def honour_kinds(self) -> dict | None:
        """Honours the rules name one by one (id -> Text), or None where any honour counts by its level."""
        return None

    def innovation_kinds(self) -> dict:
        """Innovation items the rules name (id -> kind with .name and .mode); {} where there are none."""
        return {}

    def channel(self, group: str):
        """The settlement channel of an applicant group (rules with other channels only)."""
        return None

    def retirement_rule(self, category: str):
        """The statutory retirement rule of a category (RetirementRule), or None where the rules set no age limit."""
        return None
