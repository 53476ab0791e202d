"""The shape of a Shanghai residence-card points pack (formula "shanghai").

Four kinds of indicator: basic, bonus, deduction, and the one-vote veto; a total of at
least the standard score (120) entitles the card holder to the services the residence-card regulation names. There
are no rounds and no ranking: points are counted when the application is made. A section missing from a pack is
an item the edition does not have; a value with confidence "not found" is one it has but the sources do not give.
Where the sources read a rule in several ways, the pack says which reading it uses (`..._reading`), and the
derivation names it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import field_validator

from simulator.rules.common import (
    AgeRules,
    Cited,
    CountingTime,
    PackBase,
    Strict,
    Text,
    not_negative,
    not_positive,
    positive,
)
from simulator.rules.scales import EducationScale, TitleSkillScale

# "满N年后开始计入": once N full years are reached every year counts (all_years), or only those beyond N.
ThresholdReading = Literal["all_years", "beyond_only"]
# Years of Shanghai social insurance: every counted month adds up (cumulative), or only the latest unbroken run.
InsuranceReading = Literal["cumulative", "latest_run"]
# Lingang from 2024-08-21: its points count from the first year, or still after three years.
LingangReading = Literal["first_year", "after_years"]


class ShanghaiQualification(Strict):
    """Who may apply: a Shanghai residence card, employed and insured in the month of application, enough recent
    Shanghai employee insurance (back-paid months left out), not staff of a branch outside Shanghai."""

    residence_permit_required: Cited[bool]
    insured_in_application_month: Cited[bool]
    recent_insured_months: Cited[int]
    recent_window_months: Cited[int]
    recent_back_paid_counts: Cited[bool]
    branch_staff_excluded: Cited[bool]
    _counts = field_validator("recent_insured_months", "recent_window_months")(not_negative)


class ShanghaiEducation(EducationScale):
    # Study that is not full-time counts only where it was taken where one then worked and was insured ("三地一致").
    part_time_places_must_match: Cited[bool]
    # A bachelor's course taken alongside the junior-college one (专本套读) scores as junior college.
    parallel_bachelor_as_junior_college: Cited[bool]


class TitleConditions(Strict):
    """What a title or skill level must be to score, and the contribution-base test the higher ones must pass."""

    earned_in_shanghai_matching_post: Cited[bool]
    base_levels: Cited[list[str]]  # "title.<level>" / "skill.<level>" that need the base test
    base_multiple: Cited[Decimal]  # of the city's average wage
    base_months: Cited[int]
    base_window_months: Cited[int]
    _counts = field_validator("base_months", "base_window_months")(not_negative)


class ShanghaiTitleSkill(TitleSkillScale):
    conditions: TitleConditions


class InsuranceYears(Strict):
    points_per_year: Cited[Decimal]  # the sources state no cap
    back_paid_counts: Cited[bool]
    employer_mismatch_counts: Cited[bool]  # months paid by another employer than the contract's
    counting_reading: Cited[InsuranceReading]
    _positive = field_validator("points_per_year")(positive)


class ShanghaiBasic(Strict):
    age: AgeRules
    education: ShanghaiEducation
    title_skill: ShanghaiTitleSkill
    social_insurance: InsuranceYears


class FlatPoints(Strict):
    points: Cited[Decimal]
    _counts = field_validator("points")(not_negative)


class InvestmentRules(Strict):
    """Tax the holder's own Shanghai enterprise paid, or the Shanghai-hukou staff it employs, yearly averages over
    the window, by the holder's share; so many points per step of either, capped."""

    window_years: Cited[int]
    tax_step_yuan: Cited[Decimal]
    hires_step: Cited[Decimal]
    points_per_step: Cited[Decimal]
    max_points: Cited[Decimal]
    by_share: Cited[bool]
    higher_of_two: Cited[bool]  # tax or hiring, never both
    _positive = field_validator("window_years", "tax_step_yuan", "hires_step")(positive)


class BaseBand(Strict):
    """`points` for a contribution base of at least `multiple` times the average wage in `months` (added up) of the
    last `window_months`."""

    multiple: Cited[Decimal]
    months: Cited[int]
    window_months: Cited[int]
    points: Cited[Decimal]
    _counts = field_validator("months", "window_months")(not_negative)


class ContributionBase(Strict):
    bands: dict[str, BaseBand]  # the highest band met counts; each band id names the applicant's fact


class YearsAfterThreshold(Strict):
    """So many points a full year, counted once `counts_after_years` full years are reached."""

    points_per_year: Cited[Decimal]
    counts_after_years: Cited[int]
    max_points: Cited[Decimal]
    _counts = field_validator("counts_after_years")(not_negative)


class RemoteDistricts(YearsAfterThreshold):
    """Working and living in a remote key district; Lingang sooner; from the revised implementation rules, the five
    new towns and the key transformation areas too."""

    lingang_counts_after_years: Cited[int]
    lingang_reading: Cited[LingangReading] | None = None  # None: the edition knows only the three-year rule
    lingang_first_year_from: Cited[date] | None = None
    wider_areas_from: Cited[date] | None = None  # None: the edition's list has no new towns
    wider_areas_counts_after_years: Cited[int] | None = None


class FreshGraduate(Strict):
    points: Cited[Decimal]
    years_after_graduation: Cited[int]  # how long after the graduation year the item can still be used


class AwardKind(Strict):
    name: Text
    points: Cited[Decimal]


class Awards(Strict):
    kinds: dict[str, AwardKind]
    earned_in_shanghai: Cited[bool]
    highest_only: Cited[bool]


class SpouseRules(Strict):
    points_per_year: Cited[Decimal]
    max_points: Cited[Decimal]


class ShanghaiBonus(Strict):
    threshold_reading: Cited[ThresholdReading]
    entrepreneur: FlatPoints
    intermediary: FlatPoints
    shortage_major: FlatPoints
    investment: InvestmentRules
    contribution_base: ContributionBase
    public_service: YearsAfterThreshold
    remote_district: RemoteDistricts
    fresh_graduate: FreshGraduate
    awards: Awards
    spouse: SpouseRules


class RecordRule(Strict):
    """Each record within the window deducts `points_each`."""

    points_each: Cited[Decimal]
    window_years: Cited[int]
    _deduction = field_validator("points_each")(not_positive)
    _counts = field_validator("window_years")(not_negative)


class ShanghaiDeduction(Strict):
    false_materials: RecordRule
    administrative_detention: RecordRule
    general_crime: RecordRule
    fraud_bar_years: Cited[int]  # serious cases of false materials: no application for so many years
    total_floor: Cited[Decimal]  # the total never goes below this


class VetoRules(Strict):
    family_planning: Cited[bool]
    serious_crime: Cited[bool]


class Standard(Strict):
    pass_mark: Cited[Decimal]


class ShanghaiPack(PackBase):
    FORMULA: ClassVar[str] = "shanghai"

    time: CountingTime
    qualification: ShanghaiQualification
    basic: ShanghaiBasic
    bonus: ShanghaiBonus
    deduction: ShanghaiDeduction
    veto: VetoRules
    standard: Standard
    # The monthly average wage talent policies use, by the month from which it applies ("from_YYYY_MM"): what the
    # applicant compares a contribution base with. Not read by the formulas (the applicant gives the months).
    average_wage: dict[str, Cited[Decimal]] = {}

    def education_levels(self) -> tuple[str, ...]:
        return tuple(self.basic.education.levels)

    def honour_kinds(self) -> dict:
        return {kind: rule.name for kind, rule in self.bonus.awards.kinds.items()}
