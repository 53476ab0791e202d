"""The shape of a Beijing rule pack. Validation happens here, when a pack is loaded, so that the engine can trust it.

The pieces every city shares (cited values, sources, the pack header, the age table, the retirement rule, the
whole-pack checks) live in simulator.rules.common.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import field_validator, model_validator

from simulator.rules.common import (
    AgeRules,
    Cited,
    CountingTime,
    PackBase,
    RetirementCategory,
    RetirementRule,
    Strict,
    Text,
    all_retirement_categories,
    is_month,
    not_negative,
)

_not_negative = not_negative


class TimeRules(CountingTime):
    rounding: Cited[Decimal]


class QualificationRules(Strict):
    continuous_insurance_months: Cited[int]
    max_back_paid_months: Cited[int]
    # From this declaration year on, a valid Beijing work-residence permit (工作居住证) held by the cut-off also
    # qualifies someone who has not applied for a residence permit; None: only the residence permit does
    work_residence_permit_from: Cited[int] | None = None
    # The residence permit must have been applied for by the cut-off (the yearly notices); None: not said
    residence_permit_by_cutoff: Cited[bool] | None = None
    _counts = field_validator("continuous_insurance_months", "max_back_paid_months")(_not_negative)
    retirement: dict[RetirementCategory, RetirementRule]
    _all_categories = field_validator("retirement")(all_retirement_categories)


class EmploymentRules(Strict):
    points_per_year: Cited[Decimal]
    back_paid_scores: Cited[bool]


class ResidenceRules(Strict):
    own_points_per_year: Cited[Decimal]
    rented_points_per_year: Cited[Decimal]
    dormitory_points_per_year: Cited[Decimal]
    capped_by_insurance_months: Cited[bool]
    lease_registration_required_from: Cited[str] | None = None
    # Insured months up to and including this month that are not own-home months count as rental/dormitory time
    # without being declared (the 2020 rules' transition); None: only declared homes count
    automatic_until: Cited[str] | None = None

    _is_month = field_validator("lease_registration_required_from", "automatic_until")(is_month)


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

    _is_month = field_validator("counting_from")(is_month)

    @field_validator("block_months")
    @classmethod
    def _positive(cls, v: Cited[int]) -> Cited[int]:
        if v.value is not None and v.value <= 0:
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
    def _one_mode(self) -> InnovationKind:
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
    # Tax must have been paid (more than zero) in every year of the window; a year without tax gives 0 points
    continuity_required: Cited[bool] | None = None
    _counts = field_validator("window_years", "violation_window_years")(_not_negative)

    @model_validator(mode="after")
    def _mode_values(self) -> TaxRules:
        if self.mode == "per_year" and (self.min_yuan is None or self.points_per_year is None):
            raise ValueError("mode 'per_year' needs min_yuan and points_per_year")
        if self.mode == "flat" and self.flat_points is None:
            raise ValueError("mode 'flat' needs flat_points")
        return self


class HonoursRules(Strict):
    points: Cited[Decimal]
    kinds: dict[str, Text]


class LawAbidingRules(Strict):
    detention_points: Cited[Decimal]
    window_years: Cited[int]
    _counts = field_validator("window_years")(_not_negative)


class BeijingPack(PackBase):
    """Beijing's rules (formula "beijing"): every value must be known, the formula has no gaps to report."""

    FORMULA: ClassVar[str] = "beijing"

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

    @model_validator(mode="after")
    def _complete(self) -> BeijingPack:
        for path, cited in self.cited_values():
            if cited.value is None:
                raise ValueError(f'{path}: the Beijing formula needs every value; confidence = "not found" is not allowed here')
        ids = [d.id for d in self.districts]
        if len(ids) != len(set(ids)):
            raise ValueError("districts: each id must appear once")
        return self

    def district_list(self) -> list[District]:
        return self.districts

    def education_levels(self) -> tuple[str, ...]:
        return tuple(self.education.levels)

    def honour_kinds(self) -> dict:
        return self.honours.kinds

    def innovation_kinds(self) -> dict:
        return self.innovation.kinds

    def retirement_rule(self, category: str) -> RetirementRule | None:
        return self.qualification.retirement.get(category)  # type: ignore[call-overload]  # a category the file names
