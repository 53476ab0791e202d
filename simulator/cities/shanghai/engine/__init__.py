"""Shanghai's residence-card points formulas (the 2018 and 2023 editions). Every number comes from the pack.

Indicator ids: basic — age, education, title_skill, social_insurance; bonus — entrepreneur, intermediary,
shortage_major, investment, contribution_base, public_service, remote_district, fresh_graduate, awards, spouse;
deduction — deductions. Qualification ids: residence_permit, insured_now, recent_insurance, not_branch_staff. A
one-vote veto sets `veto`; the standard score is `pass_mark` (a threshold: reached, not reached, or depends).
"""

from __future__ import annotations

from simulator.cities.shanghai.engine import basic, bonus, deduction, qualification, veto
from simulator.cities.shanghai.engine.facts import round_facts
from simulator.cities.shanghai.labels import LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.result import Evaluation, Text
from simulator.engine import scales
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile


def evaluate(profile: ApplicantProfile, pack: ShanghaiPack, declaration_year: int) -> Evaluation:
    facts = round_facts(profile, pack, declaration_year)
    checks = qualification.check(profile, pack, facts)
    education = basic.education(profile, pack, facts)
    title = basic.title_skill(profile, pack, facts)
    cumulative = pack.basic.education.cumulative_with_title
    basic.keep_higher(education, title, cumulative.value if cumulative is not None else None)
    indicators = [
        scales.age(Needs("age", pack, LABELS), LABELS, profile.birth_date, facts.age_on),
        education,
        title,
        basic.social_insurance(profile, pack, facts),
        *bonus.score_all(profile, pack, facts),
    ]
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
        veto=vetoed,
        pass_mark=pack.standard.pass_mark.value,
        pass_mark_name=Text("标准分值", "Standard score"),  # what the 120 entitles to, not settlement
        total_floor=pack.deduction.total_floor.value,
    )
