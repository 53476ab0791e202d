"""The shape of a rule pack. Validation happens here, when a pack is loaded, so that the engine can trust it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from simulator.months import parse_month

T = TypeVar("T")
Confidence = Literal["data", "2+", "1", "?", "not found"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    zh: str
    en: str


class Cited(Strict, Generic[T]):
    """A rule value with the document it comes from and how sure we are of it."""

    value: T
    source: str
    section: str = ""
    confidence: Confidence
    note: str = ""
    years_before: int | None = None  # only for dates relative to the declaration year


def _not_negative(v: Cited[int]) -> Cited[int]:
    if v.value is not None and v.value < 0:
        raise ValueError("must not be negative")
    return v


def _month(value: str) -> int:
    return parse_month(value)


class TimeRules(Strict):
    cutoff: Cited[str]
    age_reference: Cited[str]
    rounding: Cited[Decimal]

    @field_validator("cutoff", "age_reference")
    @classmethod
    def _month_day(cls, v: Cited[str]) -> Cited[str]:
        month, _, day = v.value.partition("-")
        date(2001, int(month), int(day))  # raises on a date that does not exist
        if v.years_before is None:
            raise ValueError("needs years_before (how many years before the declaration year)")
        return v


class RetirementRule(Strict):
    base_years: Cited[int]
    reform_from: Cited[str]
    months_per_step: Cited[int]
    max_delay_months: Cited[int]
    _counts = field_validator("base_years", "max_delay_months")(_not_negative)

    @field_validator("reform_from")
    @classmethod
    def _is_month(cls, v: Cited[str]) -> Cited[str]:
        _month(v.value)
        return v

    @field_validator("months_per_step")
    @classmethod
    def _positive(cls, v: Cited[int]) -> Cited[int]:
        if v.value <= 0:
            raise ValueError("must be a positive number of months")
        return v


class QualificationRules(Strict):
    continuous_insurance_months: Cited[int]
    max_back_paid_months: Cited[int]
    _counts = field_validator("continuous_insurance_months", "max_back_paid_months")(_not_negative)
    retirement: dict[Literal["male", "female_cadre", "female_worker"], RetirementRule]

    @field_validator("retirement")
    @classmethod
    def _all_categories(cls, v: dict) -> dict:
        missing = {"male", "female_cadre", "female_worker"} - set(v)
        if missing:
            raise ValueError(f"missing retirement categories: {', '.join(sorted(missing))}")
        return v


class EmploymentRules(Strict):
    points_per_year: Cited[Decimal]
    back_paid_scores: Cited[bool]


class ResidenceRules(Strict):
    own_points_per_year: Cited[Decimal]
    rented_points_per_year: Cited[Decimal]
    dormitory_points_per_year: Cited[Decimal]
    capped_by_insurance_months: Cited[bool]
    lease_registration_required_from: Cited[str] | None = None

    @field_validator("lease_registration_required_from")
    @classmethod
    def _is_month(cls, v: Cited[str] | None) -> Cited[str] | None:
        if v is not None:
            _month(v.value)
        return v


class EducationLevel(Strict):
    full: Cited[Decimal]
    partial: Cited[Decimal] | None = None
    needs_degree: bool


EducationLevelId = Literal["junior_college", "bachelor", "master", "doctor"]


class EducationRules(Strict):
    levels: dict[EducationLevelId, EducationLevel]


class StudyDeductionRules(Strict):
    points_per_year: Cited[Decimal]
    max_months: Cited[dict[Decimal, int]]


class AreaRules(Strict):
    counting_from: Cited[str] | None = None
    block_months: Cited[int]
    live_and_work_points: Cited[Decimal]
    live_only_points: Cited[Decimal]
    max_points: Cited[Decimal]
    live_only_max_points: Cited[Decimal] | None = None
    requires_own_home: Cited[bool]
    requires_december_residence: Cited[bool]

    @field_validator("counting_from")
    @classmethod
    def _is_month(cls, v: Cited[str] | None) -> Cited[str] | None:
        if v is not None:
            _month(v.value)
        return v

    @field_validator("block_months")
    @classmethod
    def _positive(cls, v: Cited[int]) -> Cited[int]:
        if v.value <= 0:
            raise ValueError("must be a positive number of months")
        return v


class District(Strict):
    id: str
    zh: str
    en: str
    central: bool = False


class InnovationKind(Strict):
    name: Text
    tiers: Cited[list[Decimal]] | None = None
    min_share_percent: Cited[Decimal] | None = None
    financing_bands: Cited[list[tuple[Decimal, Decimal]]] | None = None
    points_per_year: Cited[Decimal] | None = None
    max_points: Cited[Decimal] | None = None

    @model_validator(mode="after")
    def _one_mode(self) -> "InnovationKind":
        modes = [self.tiers is not None, self.financing_bands is not None, self.points_per_year is not None]
        if sum(modes) != 1:
            raise ValueError("an innovation kind needs exactly one of: tiers, financing_bands, points_per_year")
        if self.financing_bands is not None and self.min_share_percent is None:
            raise ValueError("financing_bands needs min_share_percent")
        return self

    @property
    def mode(self) -> Literal["tier", "equity", "per_year"]:
        if self.tiers is not None:
            return "tier"
        if self.financing_bands is not None:
            return "equity"
        return "per_year"


class InnovationRules(Strict):
    max_points: Cited[Decimal]
    kinds: dict[str, InnovationKind]


class TaxRules(Strict):
    mode: Literal["per_year", "flat"]
    window_years: Cited[int]
    min_yuan: Cited[Decimal] | None = None
    points_per_year: Cited[Decimal] | None = None
    flat_points: Cited[Decimal] | None = None
    max_points: Cited[Decimal]
    violation_points: Cited[Decimal]
    violation_window_years: Cited[int]
    _counts = field_validator("window_years", "violation_window_years")(_not_negative)

    @model_validator(mode="after")
    def _mode_values(self) -> "TaxRules":
        if self.mode == "per_year" and (self.min_yuan is None or self.points_per_year is None):
            raise ValueError("mode 'per_year' needs min_yuan and points_per_year")
        if self.mode == "flat" and self.flat_points is None:
            raise ValueError("mode 'flat' needs flat_points")
        return self


class AgeRules(Strict):
    table: Cited[list[tuple[int, Decimal]]]
    otherwise: Cited[Decimal]

    @field_validator("table")
    @classmethod
    def _ascending(cls, v: Cited[list[tuple[int, Decimal]]]) -> Cited[list[tuple[int, Decimal]]]:
        ages = [age for age, _ in v.value]
        if ages != sorted(set(ages)):
            raise ValueError("ages must be listed in ascending order, each once")
        return v


class HonoursRules(Strict):
    points: Cited[Decimal]
    kinds: dict[str, Text]


class LawAbidingRules(Strict):
    detention_points: Cited[Decimal]
    window_years: Cited[int]
    _counts = field_validator("window_years")(_not_negative)


class Source(Strict):
    zh: str
    en: str


def _finer_than_cents(value: object) -> bool:
    if isinstance(value, Decimal):
        return value.as_tuple().exponent < -2
    if isinstance(value, (list, tuple)):
        return any(_finer_than_cents(v) for v in value)
    if isinstance(value, dict):
        return any(_finer_than_cents(k) or _finer_than_cents(v) for k, v in value.items())
    return False


class PackInfo(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    city: str
    formula: Literal["beijing"]
    edition: str
    name: Text
    published: date
    first_declaration_year: int
    last_declaration_year: int | None = None
    data_version: str
    notes: str = ""


class RulePack(Strict):
    format: Literal["points-simulator/rule-pack"]
    format_version: Literal[1]
    pack: PackInfo
    sources: dict[str, Source]
    time: TimeRules
    qualification: QualificationRules
    employment: EmploymentRules
    residence: ResidenceRules
    education: EducationRules
    study_deduction: StudyDeductionRules
    area: AreaRules
    districts: list[District]
    innovation: InnovationRules
    tax: TaxRules
    age: AgeRules
    honours: HonoursRules
    law_abiding: LawAbidingRules
    # Set by the loader: a digest of the file, so a worksheet can say exactly which data it used.
    content_hash: str = ""

    @model_validator(mode="after")
    def _sources_exist(self) -> "RulePack":
        for path, cited in self.cited_values():
            if cited.source not in self.sources:
                raise ValueError(f"{path}: source {cited.source!r} is not listed under [sources]")
            if _finer_than_cents(cited.value):
                raise ValueError(f"{path}: points and amounts are whole cents (at most 2 decimal places)")
        ids = [d.id for d in self.districts]
        if len(ids) != len(set(ids)):
            raise ValueError("districts: each id must appear once")
        return self

    def cited_values(self):
        """Every (dotted path, Cited) in the pack: for validation and for listing a pack's sources."""

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

    def applies_to(self, declaration_year: int) -> bool:
        last = self.pack.last_declaration_year
        return self.pack.first_declaration_year <= declaration_year and (last is None or declaration_year <= last)

    def district(self, district_id: str) -> District | None:
        for d in self.districts:
            if d.id == district_id:
                return d
        return None
