"""Shanghai's residence-card points (上海市居住证积分, the 120-point standard): the 2017 Measures (declaration years
2018-2022) and the revised Measures (2023-2027).

Everything Shanghai's rules know is in this folder: the pack model and editions, the formulas (basic, bonus,
deduction, the one-vote veto and the standard score), labels, checks, the wizard form, the facts only Shanghai
asks about, the batch columns, the help texts and (none: a fixed standard) the published lines.
"""

from __future__ import annotations

from simulator.cities.base import City, WorksheetFacts
from simulator.cities.shanghai.form import FORM
from simulator.cities.shanghai.indicators import INDICATORS
from simulator.cities.shanghai.own_facts import FACTS
from simulator.core.text import Text

CITY = City(
    module=__name__,
    id="shanghai",
    name=Text("上海市", "Shanghai"),
    pack_model="ShanghaiPack",
    indicators=INDICATORS,
    form=FORM,
    worksheet=WorksheetFacts(
        facts=(
            "city_permit",
            "criminal_record",
            "education",
            "title_skill",
            "honours",
            "investment_tax?",
            "detentions",
            "penalties",
            "points_fraud?",
        ),
        periods={"social_insurance": ("back_paid",)},
    ),
    topics={
        "age": ("age",),
        "education": ("education",),
        "title_skill": ("title_skill",),
        "social_insurance": ("social_insurance",),
        "tax": ("investment",),
    },
    aliases=("上海", "sh"),
    facts=FACTS,
)
