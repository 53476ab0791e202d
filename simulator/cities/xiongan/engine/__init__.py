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
from simulator.core.decimals import ZERO
from simulator.core.result import Evaluation, Text
from simulator.core.rounds import age_reference_of, cutoff_of, last_counted_month
from simulator.engine import scales
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

INDICATOR_IDS = ("age", "education", "title_skill", "employment", "residence", "honours", "innovation", "tax", "deductions")


def evaluate(profile: ApplicantProfile, pack: XionganPack, declaration_year: int) -> Evaluation:
    info = pack.pack
    cutoff = cutoff_of(pack, declaration_year)
    cutoff_month = last_counted_month(cutoff)
    result = Evaluation(
        city=info.city,
        pack_id=info.id,
        edition=info.edition,
        edition_name=Text(info.name.zh, info.name.en),
        data_version=info.data_version,
        pack_hash=pack.content_hash,
        declaration_year=declaration_year,
        cutoff=cutoff,
        qualified=False,
        qualification=[],
        indicators=[],
        total=ZERO,
    )
    channel = channels.route(profile, pack)
    if channel is not None:  # settles through another channel: no score
        result.channel = channel
        return result

    result.qualification = qualification.check(profile, pack, cutoff, cutoff_month)
    result.qualified = all(check.met for check in result.qualification)
    age_on = age_reference_of(pack, declaration_year)
    result.indicators = [
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
    total = ZERO
    for item in result.indicators:
        total += item.points
        result.missing.extend(item.missing)
    result.total = total
    result.provisional = bool(result.missing)
    return result
