"""Hangzhou's residence-permit points formulas (trial, revised, 2023, quarterly 2024 and 2024-07 editions). Every
number comes from the pack.

Indicator ids: basic — age, education, title_skill, social_insurance, employment (trial only), own_home, rental,
residence_registration, in_province (from 2024-07); bonus — honours, stem_cell_donation, blood_donation,
volunteering, charity, tax, patents, enterprise_role, chunan_origin (from 2024-07); deduction — deductions. Qualification ids: minimum_age, residence_permit. A one-vote veto sets `veto`; ranked
editions set `tie_break`, the 2023 reform sets `pass_mark`.
"""

from __future__ import annotations

from simulator.cities.hangzhou.engine import (
    basic,
    bonus,
    deduction,
    qualification,
    ranking,
    veto,
)
from simulator.cities.hangzhou.engine.facts import round_facts
from simulator.cities.hangzhou.labels import LABELS
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.decimals import ZERO
from simulator.core.result import Evaluation
from simulator.engine import scales
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile


def evaluate(profile: ApplicantProfile, pack: HangzhouPack, declaration_year: int) -> Evaluation:
    facts = round_facts(profile, pack, declaration_year)
    checks = qualification.check(profile, pack, facts)

    education = scales.education(Needs("education", pack, LABELS), LABELS, profile.education)
    title = scales.title_skill(Needs("title_skill", pack, LABELS), LABELS, profile)
    holds_both = (education.points > ZERO or education.missing) and (title.points > ZERO or title.missing)
    if holds_both and pack.basic.education.cumulative_with_title is not None:
        needs = Needs("education", pack, LABELS)
        scales.keep_higher(education, title, needs.value("basic.education.cumulative_with_title"), needs)
        needs.finish(education)
    home = basic.own_home(profile, pack, facts)
    indicators = [
        scales.age(Needs("age", pack, LABELS), LABELS, profile.birth_date, facts.age_on),
        education,
        title,
        basic.social_insurance(profile, pack, facts),
    ]
    if pack.basic.employment is not None:
        indicators.append(basic.employment(profile, pack, facts))
    # whether rental adds to an own home matters where the home may score
    home_points = home.high if home.high is not None else home.points
    indicators += [home, basic.rental(profile, pack, facts, home_points), basic.residence_registration(pack, facts)]
    elsewhere = basic.in_province(profile, pack)
    if elsewhere is not None:
        indicators.append(elsewhere)
    indicators += bonus.score_all(profile, pack, facts)
    indicators.append(deduction.score(profile, pack, facts))

    vetoed, veto_missing = veto.check(profile, pack, facts)
    return Evaluation.of(
        pack,
        declaration_year,
        facts.cutoff,
        checks,
        indicators,
        qualified=all(c.met for c in checks) and vetoed is None,
        also_missing=veto_missing,
        tie_break=ranking.tie_break(pack, facts, indicators),
        veto=vetoed,
        pass_mark=ranking.pass_mark(pack),
    )
