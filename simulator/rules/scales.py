"""Point scales Xiong'an and Hangzhou packs share: education by diploma and degree, and professional titles or
vocational skill levels. A level a pack does not list scores nothing under that edition; a level it lists with
confidence "not found" is one the sources do not give a value for."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import model_validator

from simulator.rules.common import Cited, Strict

EducationLevelId = Literal["high_school", "junior_college", "bachelor", "master", "doctor"]
TitleLevel = Literal["senior", "deputy_senior", "intermediate", "assistant"]
SkillLevel = Literal["senior_technician", "technician", "senior_worker", "intermediate_worker", "junior_worker"]


class DegreeLevel(Strict):
    """Points for one education level: with diploma and degree (`full`), with only one of them."""

    full: Cited[Decimal]
    diploma_only: Cited[Decimal] | None = None
    degree_only: Cited[Decimal] | None = None
    needs_degree: bool  # False for levels that award no degree (high school, junior college)

    @model_validator(mode="after")
    def _no_partial_without_degree(self) -> DegreeLevel:
        if not self.needs_degree and (self.diploma_only is not None or self.degree_only is not None):
            raise ValueError("a level that needs no degree has only `full` points")
        return self


class EducationScale(Strict):
    """Highest education only."""

    levels: dict[EducationLevelId, DegreeLevel]
    # Hangzhou: education and title/skill points are alternatives (the higher counts); absent means both count.
    cumulative_with_title: Cited[bool] | None = None


class TitleSkillScale(Strict):
    """Highest professional title or vocational skill level only."""

    title: dict[TitleLevel, Cited[Decimal]]
    skill: dict[SkillLevel, Cited[Decimal]]
    max_points: Cited[Decimal] | None = None
    # Whether a title and a skill level both held add up (Tianjin: not stated); absent: only the highest counts.
    add_up: Cited[bool] | None = None
