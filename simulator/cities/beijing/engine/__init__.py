"""Beijing's points-settlement formulas. Every number comes from the rule pack; this package holds formulas only."""

from __future__ import annotations

from simulator.cities.beijing.engine import area, education, employment, innovation, personal, qualification, residence, tax
from simulator.cities.beijing.engine.compiled import compiled
from simulator.cities.beijing.engine.facts import year_facts
from simulator.cities.beijing.pack import BeijingPack
from simulator.core.result import Evaluation
from simulator.profile.model import ApplicantProfile


def evaluate(profile: ApplicantProfile, pack: BeijingPack, declaration_year: int) -> Evaluation:
    rules = compiled(pack)
    facts = year_facts(profile, rules, declaration_year)
    checks = qualification.check(profile, rules, facts)
    edu = education.score(rules, profile.education)
    indicators = [
        employment.score(rules, facts),
        residence.score(rules, facts),
        edu,
        education.deduction(rules, facts, profile.education, edu.points),
        area.score(rules, facts),
        innovation.score(rules, profile.innovation),
        tax.score(rules, profile, declaration_year),
        personal.age(rules, profile, declaration_year),
        personal.honours(rules, profile),
        personal.law_abiding(rules, profile, declaration_year),
    ]
    # Each indicator is rounded as the pack says; the total is the sum of the rounded parts, as the published lists show.
    return Evaluation.of(pack, declaration_year, facts.cutoff, checks, indicators)
