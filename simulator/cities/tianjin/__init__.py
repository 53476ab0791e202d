"""Tianjin's residence-permit points settlement (天津市居住证积分落户): the indicator table 津发改社会规〔2021〕13号
(2022) and its amendment 津发改社会规〔2022〕4号 (from 2023), two rounds a year.

Everything Tianjin's rules know is in this folder: the pack model and editions, the formulas (basic, guiding,
additional and negative points, the conditions, the guiding score as the pass mark), labels, checks, the facts
only Tianjin asks about, the wizard form, the batch columns, the help texts and the published lines.
"""

from __future__ import annotations

from simulator.cities.base import City, WorksheetFacts
from simulator.cities.tianjin.form import FORM
from simulator.cities.tianjin.indicators import INDICATORS
from simulator.cities.tianjin.own_facts import FACTS
from simulator.core.text import Text

CITY = City(
    module=__name__,
    id="tianjin",
    name=Text("天津市", "Tianjin"),
    pack_model="TianjinPack",
    indicators=INDICATORS,
    form=FORM,
    worksheet=WorksheetFacts(
        facts=(
            "city_permit",
            "criminal_record",
            "education",
            "title_skill",
            "penalties?",
            "points_fraud?",
        ),
        periods={
            "social_insurance": ("back_paid", "transferred_in"),
            "housing": ("kind",),
            "workplaces": ("employer",),
        },
    ),
    topics={
        "age": ("age",),
        "education": ("education",),
        "title_skill": ("title_skill",),
        "social_insurance": ("social_insurance",),
        "residence": ("residence",),
    },
    aliases=("天津", "tj"),
    facts=FACTS,
)
