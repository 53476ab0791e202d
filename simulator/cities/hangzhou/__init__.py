"""Hangzhou's residence-permit points (杭州市居住证积分): the trial, revised, 2023, quarterly 2024 and 2024-07
editions.

Everything Hangzhou's rules know is in this folder: the pack model and editions, the formulas (basic, bonus,
deduction, the one-vote veto, the tie-break and the pass mark), labels, checks, the wizard form and its own pages,
the what-if suggestions, the batch columns, the help texts and the published lines.
"""

from __future__ import annotations

from simulator.cities.base import City, WorksheetFacts
from simulator.cities.hangzhou.form import FORM
from simulator.cities.hangzhou.indicators import INDICATORS, edition_indicators
from simulator.cities.hangzhou.own_facts import FACTS
from simulator.core.text import Text

CITY = City(
    module=__name__,
    id="hangzhou",
    name=Text("杭州市", "Hangzhou"),
    pack_model="HangzhouPack",
    indicators=INDICATORS,
    edition_indicators=edition_indicators,
    form=FORM,
    worksheet=WorksheetFacts(
        facts=(
            "city_permit",
            "criminal_record",
            "education",
            "title_skill",
            "honours",
            "innovation?",
            "income_tax",
            "investment_tax",
            "blood_donations",
            "volunteering",
            "charity_donations",
            "stem_cell_donation",
            "invention_patents",
            "tax_violations?",
            "detentions",
            "penalties",
            "dishonesty_listings",
            "banned_organisation?",
            "points_fraud?",
        ),
        periods={
            "social_insurance": ("back_paid", "transferred_in"),
            "housing": ("kind", "lease_registered"),
            "workplaces": ("employer",),
            "residence_registrations": (),
        },
    ),
    topics={
        "age": ("age",),
        "education": ("education",),
        "title_skill": ("title_skill",),
        "social_insurance": ("social_insurance", "employment"),
        "residence": ("residence_registration", "own_home", "rental"),
        "tax": ("tax",),
    },
    aliases=("杭州", "hz"),
    facts=FACTS,
)
