"""Xiong'an's points-settlement formulas (trial measures). Every number comes from the rule pack.

Indicator ids, in the measures' order: basic — age, education, title_skill, employment, residence; bonus —
honours, innovation, tax; deduction — deductions. Qualification ids: residence_permit, continuous_insurance,
retirement_age, no_criminal_record. An applicant in a group of Art. 3 that settles directly gets `channel`
instead of a score.
"""

from __future__ import annotations

from simulator.cities.xiongan.engine import basic, bonus, channels, qualification
from simulator.cities.xiongan.labels import LABELS
from simulator.cities.xiongan.pack import XionganPack
from simulator.core.result import Evaluation
from simulator.core.rounds import age_reference_of, cutoff_of, last_counted_month
from simulator.engine import scales
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile


def evaluate(profile: ApplicantProfile, pack: XionganPack, declaration_year: int) -> Evaluation:
    cutoff = cutoff_of(pack, declaration_year)
    cutoff_month = last_counted_month(cutoff)
    channel = channels.route(profile, pack)
    if channel is not None:  # settles through another channel: no score
        return Evaluation.of(pack, declaration_year, cutoff, [], [], qualified=False, channel=channel)
    age_on = age_reference_of(pack, declaration_year)
    indicators = [
        scales.age(Needs("age", pack, LABELS), LABELS, profile.birth_date, age_on),
        scales.education(Needs("education", pack, LABELS), LABELS, profile.education),
        scales.title_skill(Needs("title_skill", pack, LABELS), LABELS, profile),
        basic.employment(profile, pack, cutoff_month),
        basic.residence(profile, pack, cutoff_month),
        bonus.score("honours", profile, pack, cutoff),
        bonus.score("innovation", profile, pack, cutoff),
        bonus.score("tax", profile, pack, cutoff),
        bonus.score("deductions", profile, pack, cutoff),
    ]
    return Evaluation.of(
        pack, declaration_year, cutoff, qualification.check(profile, pack, declaration_year, cutoff, cutoff_month), indicators
    )
