"""The shape of a Xiong'an rule pack (formula "xiongan").

Xiong'an routes first: the groups of Art. 3 settle directly through other channels; everyone else needs a
residence permit and the qualification before the points count. The basic indicators have known values; the
bonus and deduction tables were not found, so those values are the points the applicant's items score under the
official table, which a user holding it can supply.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import Field, field_validator

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
    month_day,
    not_negative,
    not_positive,
    positive,
)
from simulator.rules.scales import EducationScale, TitleSkillScale


class ChannelRule(Strict):
    """One group of Art. 3 and how its members settle."""

    name: Text
    who: Text
    route: Cited[Literal["direct", "points"]]
    # for the relief-transfer staff who go through the points system
    beijing_insurance_counts: Cited[bool] | None = None
    permit_conditions_exempt: Cited[bool] | None = None


class PermitRules(Strict):
    """Who can get the residence permit the points system requires."""

    min_months_lived: Cited[int]
    _counts = field_validator("min_months_lived")(not_negative)


class XionganQualification(Strict):
    """Art. 5: the conditions, all required."""

    continuous_insurance_months: Cited[int]
    max_back_paid_months: Cited[int]  # back-paid months within the continuous run, at most
    permit_applied_by: Cited[str]  # the residence permit applied for on or before this day (MM-DD, years_before)
    needed_person: Cited[bool]  # (四) high-end talent introduced by Xiong'an, or a person the area needs for work
    retirement: dict[RetirementCategory, RetirementRule]
    _counts = field_validator("continuous_insurance_months", "max_back_paid_months")(not_negative)
    _day = field_validator("permit_applied_by")(month_day)
    _all_categories = field_validator("retirement")(all_retirement_categories)


class FullYears(Strict):
    """Points for each full year of an unbroken run reaching the cut-off."""

    points_per_year: Cited[Decimal]
    _positive = field_validator("points_per_year")(positive)


class ResidenceYears(FullYears):
    """Legal stable residence: a rental counts only with its lease registered, where the rules say so."""

    requires_lease_registration: Cited[bool]


class ApplicantPoints(Strict):
    """An indicator whose official table is not known: the points the applicant's items score under it."""

    points: Cited[Decimal]


class XionganBasic(Strict):
    age: AgeRules
    education: EducationScale
    title_skill: TitleSkillScale
    employment: FullYears
    residence: ResidenceYears


class XionganBonus(Strict):
    honours: ApplicantPoints
    innovation: ApplicantPoints
    tax: ApplicantPoints

    @field_validator("honours", "innovation", "tax")
    @classmethod
    def _not_negative(cls, v: ApplicantPoints) -> ApplicantPoints:
        not_negative(v.points)
        return v


class XionganDeduction(Strict):
    records: ApplicantPoints

    @field_validator("records")
    @classmethod
    def _not_positive(cls, v: ApplicantPoints) -> ApplicantPoints:
        not_positive(v.points)
        return v


class XionganRanking(Strict):
    tie_break: Cited[list[str]]
    plan_size: Cited[int]
    line: Cited[Decimal]
    qualification_valid_years: Cited[int]  # from the settlement notice
    publicity_days: Cited[int]  # the ranked list is published this long
    vacated_places_to_next: Cited[bool]  # a cancelled place passes to the next person in rank


class XionganPack(PackBase):
    FORMULA: ClassVar[str] = "xiongan"

    time: CountingTime
    channels: dict[str, ChannelRule] = Field(min_length=1)
    residence_permit: PermitRules
    qualification: XionganQualification
    basic: XionganBasic
    bonus: XionganBonus
    deduction: XionganDeduction
    ranking: XionganRanking

    def education_levels(self) -> tuple[str, ...]:
        return tuple(self.basic.education.levels)

    def channel(self, group: str) -> ChannelRule | None:
        return self.channels.get(group)

    def retirement_rule(self, category: str) -> RetirementRule | None:
        return self.qualification.retirement.get(category)  # type: ignore[call-overload]  # a category the file names
