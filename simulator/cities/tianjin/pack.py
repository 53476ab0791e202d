"""The shape of a Tianjin residence-permit points pack (formula "tianjin").

Four categories add up: basic (基本分), guiding (导向分), additional (附加分) and negative (负积分) points. Within
the first three one indicator counts once, at its highest value; negative items add up. Anyone qualified with at
least the guiding score (申报指导分值) may settle: a fixed mark, no quota. Two rounds a year, each counted to its
own date (`time.round_cutoffs`). A section missing from a pack is an item the edition does not have; a value with
confidence "not found" is one it has but the sources do not give.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import field_validator

from simulator.rules.common import (
    AgeRules,
    Cited,
    CountingTime,
    PackBase,
    RetirementCategory,
    RetirementRule,
    Strict,
    all_retirement_categories,
    is_month,
    not_negative,
    not_positive,
    positive,
)
from simulator.rules.scales import EducationScale, TitleSkillScale

# The four groups of districts the own-home points are set by.
HomeArea = Literal["central", "ring", "outer", "binhai"]
InsuranceType = Literal["pension", "medical", "unemployment", "work_injury", "maternity"]
Occupation = Literal["very_short", "short", "generally_short"]
Competition = Literal["national_class1_top20", "national_class2_top15", "provincial_class1_top10", "provincial_class2_top6"]


class Counting(Strict):
    """How "a year" of an item scored per year is counted: the reading the pack uses of the sources' wording."""

    per_year: Cited[Literal["full_years", "pro_rata_months"]]


class TianjinQualification(Strict):
    continuous_months: Cited[int]  # the one full year of insurance up to the counting date
    cumulative_months: Cited[int]  # ... or this many months in all
    cumulative_since: Cited[str]  # counted from this month
    back_paid_counts: Cited[bool]
    transferred_in_counts: Cited[bool]
    no_insurance_elsewhere: Cited[bool]  # no parallel insurance in another province at application
    retirement: dict[RetirementCategory, RetirementRule]
    _counts = field_validator("continuous_months", "cumulative_months")(not_negative)
    _month = field_validator("cumulative_since")(is_month)
    _all_categories = field_validator("retirement")(all_retirement_categories)


class InsuranceRules(Strict):
    """Points a year by insurance type: `first_band` for the first `first_band_months`, `later_band` after."""

    first_band_months: Cited[int]
    first_band: dict[InsuranceType, Cited[Decimal]]
    later_band: dict[InsuranceType, Cited[Decimal]]
    back_paid_counts: Cited[bool]
    transferred_in_counts: Cited[bool]
    # Which of the sources' readings on back-paid months this pack uses (see the value's note).
    back_paid_reading: Cited[Literal["never", "young_talent_exception"]]
    _positive = field_validator("first_band_months")(positive)


class HousingFundRules(Strict):
    first_points_per_year: Cited[Decimal]
    first_band_months: Cited[int]
    later_points_per_year: Cited[Decimal]
    _positive = field_validator("first_band_months")(positive)


class OwnHomeRules(Strict):
    per_year: dict[HomeArea, Cited[Decimal]]
    new_home_bonus: dict[HomeArea, Cited[Decimal]] | None = None  # once, for a new commercial home (from 2023)


class ResidenceCardRules(Strict):
    points_per_endorsement: Cited[Decimal]


class ResidenceRules(Strict):
    rental_points_per_year: Cited[Decimal]
    own_home: OwnHomeRules
    residence_card: ResidenceCardRules
    # Whether rental, own home and residence card add up, or count once at the highest.
    items_add_up: Cited[bool]


class TitleConditions(Strict):
    """What a title or skill level must meet to score."""

    matches_post: Cited[bool]  # matches the employer's main business and the post
    wage_base_above_average: Cited[bool]  # last 12 months' contribution base above last year's average wage
    wage_base_levels: Cited[list[str]]  # the titles and skill levels the wage condition applies to


class TianjinBasic(Strict):
    social_insurance: InsuranceRules
    housing_fund: HousingFundRules
    residence: ResidenceRules
    age: AgeRules
    education: EducationScale
    title_skill: TitleSkillScale
    title_conditions: TitleConditions


class OccupationRules(Strict):
    points: dict[Occupation, Cited[Decimal]]


class MarriageRules(Strict):
    points: Cited[Decimal]
    spouse_min_months: Cited[int]
    _counts = field_validator("spouse_min_months")(not_negative)


class CompetitionRules(Strict):
    points: dict[Competition, Cited[Decimal]]


class TianjinGuiding(Strict):
    occupation: OccupationRules


class TianjinAdditional(Strict):
    marriage: MarriageRules
    skill_competition: CompetitionRules


class CriminalRules(Strict):
    points_each: Cited[Decimal]
    window_years: Cited[int]  # counted within this many years after the sentence ends
    _deduction = field_validator("points_each")(not_positive)
    _counts = field_validator("window_years")(not_negative)


class FalseInformationRules(Strict):
    points_each: Cited[Decimal]
    window_years: Cited[int]
    round_refused: Cited[bool]
    _deduction = field_validator("points_each")(not_positive)
    _counts = field_validator("window_years")(not_negative)


class TianjinNegative(Strict):
    criminal: CriminalRules
    false_information: FalseInformationRules


class TianjinRanking(Strict):
    pass_mark: Cited[Decimal]  # the guiding score (申报指导分值)
    quota: Cited[bool]


class TianjinPack(PackBase):
    FORMULA: ClassVar[str] = "tianjin"

    time: CountingTime
    counting: Counting
    qualification: TianjinQualification
    basic: TianjinBasic
    guiding: TianjinGuiding
    additional: TianjinAdditional
    negative: TianjinNegative
    ranking: TianjinRanking

    def education_levels(self) -> tuple[str, ...]:
        return tuple(self.basic.education.levels)

    def retirement_rule(self, category: str) -> RetirementRule | None:
        return self.qualification.retirement.get(category)  # type: ignore[call-overload]
