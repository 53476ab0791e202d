"""Xiong'an New Area's points settlement (雄安新区积分落户, trial measures of 2020-11-27, in force 2021-01-01).

Everything Xiong'an's rules know is in this folder: the Art. 3 groups that settle directly, the pack model and
editions, the formulas, labels, checks, the wizard form and its route page, the what-if suggestions, the batch
columns, the help texts and the published lines.
"""

from __future__ import annotations

from simulator.cities.base import City, WorksheetFacts
from simulator.cities.xiongan.form import FORM
from simulator.cities.xiongan.indicators import INDICATORS
from simulator.cities.xiongan.own_facts import FACTS
from simulator.core.text import Text

CITY = City(
    module=__name__,
    id="xiongan",
    name=Text("雄安新区", "Xiong'an"),
    pack_model="XionganPack",
    indicators=INDICATORS,
    form=FORM,
    worksheet=WorksheetFacts(
        facts=(
            "city_permit",
            "settlement_group",
            "criminal_record",
            "education",
            "title_skill",
            "honours",
            "innovation",
            "income_tax",
            "investment_tax?",
            "invention_patents",
            "tax_violations",
            "detentions",
            "penalties",
            "dishonesty_listings",
            "banned_organisation?",
            "points_fraud?",
        ),
        periods={
            "social_insurance": ("back_paid",),
            "housing": ("kind", "lease_registered"),
            "workplaces": ("employer",),
        },
    ),
    topics={
        "age": ("age",),
        "education": ("education",),
        "title_skill": ("title_skill",),
        "social_insurance": ("employment",),
        "residence": ("residence",),
        "tax": ("tax",),
    },
    aliases=("雄安", "xiong'an", "xiong an", "xa"),
    facts=FACTS,
)
