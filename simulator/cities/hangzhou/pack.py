"""The shape of a Hangzhou residence-permit points pack (formula "hangzhou").

Four kinds of indicator: basic, bonus, deduction, and the one-vote veto. Residence is counted from the police
registration record: every 30 days are a month and every 12 months a year, across interruptions. A section
missing from a pack is an item the edition does not have; a value with confidence "not found" is one it has
but the sources do not give.
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
    Strict,
    not_negative,
    not_positive,
    positive,
)
from simulator.rules.scales import EducationScale, TitleSkillScale

HonourLevel = Literal["national", "provincial", "municipal", "district"]
ListingLevel = Literal["national", "provincial", "municipal"]
TieBreakCriterion = Literal["registered_residence_time", "social_insurance_points", "basic_points"]


class ResidenceCounting(Strict):
    days_per_month: Cited[int]
    months_per_year: Cited[int]
    _positive = field_validator("days_per_month", "months_per_year")(positive)


class HangzhouQualification(Strict):
    min_age: Cited[int]
    residence_permit_required: Cited[bool]
    _counts = field_validator("min_age")(not_negative)


class InsuranceRules(Strict):
    points_per_month: Cited[Decimal]
    max_points: Cited[Decimal]
    back_paid_counts: Cited[bool]
    transferred_in_counts: Cited[bool]


class FlatPoints(Strict):
    points: Cited[Decimal]


class RentalRules(Strict):
    """Per full year (12 months across interruptions) or per month, capped."""

    points_per_year: Cited[Decimal] | None = None
    points_per_month: Cited[Decimal] | None = None
    max_points: Cited[Decimal]
    requires_registration: Cited[bool]

    @model_validator(mode="after")
    def _one_rate(self) -> RentalRules:
        if (self.points_per_year is None) == (self.points_per_month is None):
            raise ValueError("give exactly one of points_per_year and points_per_month")
        return self


class PerYearCapped(Strict):
    points_per_year: Cited[Decimal]
    max_points: Cited[Decimal]


class OwnHomeConditions(Strict):
    """What an own home must be to score (from 2024-07-01): each condition the edition sets, true."""

    registered_address: Cited[bool]  # the residence-registration address is the home's
    co_owners: Cited[bool]  # no co-owner with Hangzhou hukou; joint owners: the one chosen; shares: the largest
    second_hand_hukou_moved: Cited[bool]  # a second-hand home: the former occupants' hukou moved out
    once_a_year: Cited[bool]  # the same home does not score twice within a year


class OwnHomeRules(FlatPoints):
    conditions: OwnHomeConditions | None = None  # None: an own home held in the cut-off month scores


class InProvinceRules(Strict):
    """Pension insurance and residence in other Zhejiang cities, by the province's common indicators, capped."""

    pension_points_per_month: Cited[Decimal]
    residence_points_per_month: Cited[Decimal]
    max_points: Cited[Decimal]


class HangzhouBasic(Strict):
    age: AgeRules
    education: EducationScale
    title_skill: TitleSkillScale
    social_insurance: InsuranceRules
    employment: FlatPoints | None = None
    own_home: OwnHomeRules
    rental: RentalRules
    # Whether own-home and rental points add up, and to what, when a person has both.
    housing_combined_max: Cited[Decimal] | None = None
    residence_registration: PerYearCapped
    in_province: InProvinceRules | None = None


class HonourLevelRule(Strict):
    points_each: Cited[Decimal]
    max_points: Cited[Decimal]


class HonoursRules(Strict):
    levels: dict[HonourLevel, HonourLevelRule]
    window_years: Cited[int]  # honours count this many years (not found: each may or may not still count)
    _counts = field_validator("window_years")(not_negative)


class StepRule(Strict):
    """`first_points` on reaching `first_amount`, then `step_points` for each further full `step_amount`, capped
    at `max_points`."""

    first_amount: Cited[Decimal]
    first_points: Cited[Decimal]
    step_amount: Cited[Decimal]
    step_points: Cited[Decimal]
    max_points: Cited[Decimal]
    _positive = field_validator("step_amount")(positive)


class BloodRules(StepRule):
    window_years: Cited[int] | None = None  # None: the sources state no time limit


class PerStepCapped(Strict):
    """`points_per_step` for each full `step` (hours, yuan), capped."""

    step: Cited[Decimal]
    points_per_step: Cited[Decimal]
    max_points: Cited[Decimal]
    window_years: Cited[int] | None = None  # None: the sources state no time limit
    _positive = field_validator("step")(positive)


class TaxRules(Strict):
    """Tax paid in the urban districts over the window: a non-investor's own income tax, or an investor's
    enterprise's tax, each with its own scale and cap."""

    window_years: Cited[int]
    personal: StepRule
    investor: StepRule
    _counts = field_validator("window_years")(not_negative)


class PatentRules(Strict):
    points_each: Cited[Decimal]  # a patent held alone
    shared_first_points: Cited[Decimal]  # a shared patent, for its first patentee
    shared_other_share: Cited[Decimal]  # the share of the first patentee's points a co-patentee who is not first gets
    transferred_points: Cited[Decimal]
    max_points: Cited[Decimal] | None = None  # None: the rules set no cap


class HangzhouBonus(Strict):
    honours: HonoursRules | None = None
    stem_cell_donation: FlatPoints | None = None
    blood_donation: BloodRules | None = None
    volunteering: PerStepCapped | None = None
    charity: PerStepCapped | None = None
    tax: TaxRules | None = None
    patents: PatentRules | None = None
    # the legal representative, a director, supervisor or senior manager of an AAA-rated (守合同重信用) or
    # credit-management model enterprise investing in Hangzhou
    enterprise_role: FlatPoints | None = None
    chunan_origin: FlatPoints | None = None  # agricultural migrants with original hukou in Chun'an's special zone


class CountedRecords(Strict):
    """A kind of record the applicant counts (within the window), deducted `points_each`."""

    points_each: Cited[Decimal]
    _deduction = field_validator("points_each")(not_positive)


class HangzhouDeduction(Strict):
    window_years: Cited[int]
    criminal: Cited[Decimal]
    drug_rehabilitation: Cited[Decimal]
    detention: Cited[Decimal]
    one_act_largest_only: Cited[bool]  # false: every record is deducted
    dishonesty: Cited[Decimal]  # each dishonesty record
    serious_dishonesty: Cited[Decimal] | None = None  # each listing as seriously dishonest
    custody_education: CountedRecords | None = None  # 收容教育 (the trial edition)
    family_planning: CountedRecords | None = None  # family-planning violations (the trial edition)
    _counts = field_validator("window_years")(not_negative)
    _deductions = field_validator("criminal", "drug_rehabilitation", "detention", "dishonesty", "serious_dishonesty")(
        not_positive
    )


class VetoRules(Strict):
    serious_crimes: Cited[bool]
    min_sentence_years: Cited[Decimal]
    banned_organisations: Cited[bool]
    fraud_bar_years: Cited[int]


class HangzhouRanking(Strict):
    mode: Literal["ranked", "threshold"]
    tie_break: Cited[list[TieBreakCriterion]] | None = None
    pass_mark: Cited[Decimal] | None = None

    @model_validator(mode="after")
    def _mode_values(self) -> HangzhouRanking:
        if self.mode == "ranked" and self.tie_break is None:
            raise ValueError("mode 'ranked' needs tie_break")
        if self.mode == "threshold" and self.pass_mark is None:
            raise ValueError("mode 'threshold' needs pass_mark")
        return self


class HangzhouPack(PackBase):
    FORMULA: ClassVar[str] = "hangzhou"

    time: CountingTime
    residence_counting: ResidenceCounting
    qualification: HangzhouQualification
    basic: HangzhouBasic
    bonus: HangzhouBonus
    deduction: HangzhouDeduction
    veto: VetoRules
    ranking: HangzhouRanking

    def education_levels(self) -> tuple[str, ...]:
        return tuple(self.basic.education.levels)
