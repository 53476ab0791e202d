"""Beijing's points-settlement formulas. Every number comes from the rule pack; this package holds formulas only."""

from __future__ import annotations

from simulator.engine.beijing import area, education, employment, innovation, personal, qualification, residence, tax
from simulator.engine.beijing.compiled import compiled
from simulator.engine.beijing.facts import year_facts
from simulator.engine.decimals import ZERO, round_points
from simulator.engine.result import Evaluation
from simulator.profile.model import ApplicantProfile
from simulator.rules.model import RulePack


def evaluate(profile: ApplicantProfile, pack: RulePack, declaration_year: int) -> Evaluation:
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
    total = ZERO
    for item in indicators:
        # each indicator to 0.01; the total is the sum of the parts (`+ ZERO` turns a -0 into 0)
        item.points = round_points(item.points) + ZERO
        total += item.points
    info = pack.pack
    return Evaluation(
        city=info.city,
        pack_id=info.id,
        edition=info.edition,
        edition_name=_edition_name(pack),
        data_version=info.data_version,
        pack_hash=pack.content_hash,
        declaration_year=declaration_year,
        cutoff=facts.cutoff,
        qualified=all(c.met for c in checks),
        qualification=checks,
        indicators=indicators,
        total=total,
    )


_NAMES: dict[str, object] = {}


def _edition_name(pack: RulePack):
    from simulator.engine.result import Text

    key = pack.pack.id
    name = _NAMES.get(key)
    if name is None:
        name = _NAMES[key] = Text(pack.pack.name.zh, pack.pack.name.en)
    return name
