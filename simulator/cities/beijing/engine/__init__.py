"""Beijing's points-settlement formulas. Every number comes from the rule pack; this package holds formulas only."""

from __future__ import annotations

from simulator.cities.beijing.engine import area, education, employment, innovation, personal, qualification, residence, tax
from simulator.cities.beijing.engine.compiled import compiled
from simulator.cities.beijing.engine.facts import year_facts
from simulator.cities.beijing.pack import BeijingPack
from simulator.core.decimals import ZERO
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
    # Each indicator is already rounded to 0.01 (pack values are whole cents, see the pack model); the total is the
    # sum of the rounded parts, as the published lists show.
    total = ZERO
    for item in indicators:
        total += item.points
    info = pack.pack
    return Evaluation(
        city=info.city,
        pack_id=info.id,
        edition=info.edition,
        edition_name=rules.edition_name,
        data_version=info.data_version,
        pack_hash=pack.content_hash,
        declaration_year=declaration_year,
        cutoff=facts.cutoff,
        qualified=checks[0].met and checks[1].met and checks[2].met and checks[3].met,
        qualification=checks,
        indicators=indicators,
        total=total,
    )
