"""Tianjin's residence-permit points formulas (the 2022 table and its 2023 amendment). Every number comes from
the pack.

Indicator ids: basic — social_insurance, residence, housing_fund, age, education, title_skill; guiding and
additional (group "bonus") — occupation, marriage, skill_competition; negative (group "deduction") — deductions.
Qualification ids: residence_permit, employment, insurance_years, insured_here_only, retirement_age. The guiding
score is the pass mark (`pass_mark`); with no quota there is no ranking and no tie-break.
"""

from __future__ import annotations

from simulator.cities.tianjin.engine import basic, bonus, negative, qualification
from simulator.cities.tianjin.engine.facts import round_facts
from simulator.cities.tianjin.labels import LABELS
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.result import Evaluation, Event, Text
from simulator.engine import scales
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

AGE_ASSUMED = (
    "资料未载明年龄的计算基准日：本规则包假定为本轮计算截止日{0}。",
    "The sources do not say on which day age is taken: this pack assumes the round's counting date, {0}.",
)


def evaluate(profile: ApplicantProfile, pack: TianjinPack, declaration_year: int) -> Evaluation:
    facts = round_facts(pack, declaration_year)
    checks = qualification.check(profile, pack, facts)
    age = scales.age(Needs("age", pack, LABELS), LABELS, profile.birth_date, facts.age_on)
    if pack.time.age_reference.confidence == "?":
        age.events.append(Event("note", Text.of(AGE_ASSUMED, facts.age_on)))
    indicators = [
        basic.social_insurance(profile, pack, facts),
        basic.residence(profile, pack, facts),
        basic.housing_fund(profile, pack),
        age,
        scales.education(Needs("education", pack, LABELS), LABELS, profile.education),
        basic.title_skill(profile, pack),
        bonus.occupation(profile, pack),
        bonus.marriage(profile, pack),
        bonus.skill_competition(profile, pack),
        negative.score(profile, pack, facts),
    ]
    return Evaluation.of(pack, declaration_year, facts.cutoff, checks, indicators, pass_mark=pack.ranking.pass_mark.value)
