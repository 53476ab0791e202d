"""Beijing's points settlement (积分落户): the 2020 revised measures, and the 2018 trial rules to rescore 2018–2019.

Everything Beijing's rules know is in this folder: the pack model (pack.py) and the editions (packs/), the formulas
(engine/), the value labels, the checks of an applicant file, the wizard form (form.py, pages/), the what-if
suggestions, the batch columns, the help texts (help.toml) and the published lines (lines.csv).
"""

from __future__ import annotations

from simulator.cities.base import City, WorksheetFacts
from simulator.cities.beijing.form import FORM
from simulator.cities.beijing.indicators import INDICATORS
from simulator.cities.beijing.own_facts import FACTS
from simulator.core.text import Text

CITY = City(
    module=__name__,
    id="beijing",
    name=Text("北京市", "Beijing"),
    pack_model="BeijingPack",
    indicators=INDICATORS,
    form=FORM,
    worksheet=WorksheetFacts(
        facts=(
            "residence_permit",
            "criminal_record",
            "education",
            "innovation",
            "income_tax",
            "tax_violations",
            "detentions",
            "honours",
            "trial_tax?",
        ),
        periods={
            "social_insurance": ("back_paid",),
            "housing": ("kind", "district", "lease_registered"),
            "workplaces": ("district", "employer"),
        },
    ),
    topics={
        "age": ("age",),
        "education": ("education", "study_deduction"),
        "social_insurance": ("employment",),
        "residence": ("residence", "work_residence_area"),
        "tax": ("tax",),
    },
    aliases=("北京", "bj", "peking"),
    facts=FACTS,
)
