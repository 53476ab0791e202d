"""Testville: a city that exists only under tests/, to show that a city is one folder. Its rules are two
indicators (insured months, a degree) and one condition (a residence permit); nothing outside this folder knows
it. The test registers it (`cities.register(CITY)`) and every face of the program then offers it."""

from __future__ import annotations

from simulator.cities.base import City, Form, Indicator, Page, WorksheetFacts
from simulator.core.text import Text

INDICATORS = (
    Indicator("insurance", Text("社会保险", "Insurance"), "basic"),
    Indicator("degree", Text("学历", "Degree"), "bonus"),
)

FORM = Form(
    (
        Page("start"),
        Page("qualification", hidden=("has_residence_permit",)),
        Page(
            "employment",
            indicators=("insurance",),
            intro=Text("测试城市按月计算社保。", "Testville counts every insured month."),
            columns={"social_insurance": ("start", "end", "city")},
            hidden=("workplaces",),
        ),
        Page("education", indicators=("degree",), intro=Text("本科及以上加分。", "A bachelor's degree or higher scores.")),
        Page("summary"),
    )
)

CITY = City(
    id="testville",
    name=Text("测试城", "Testville"),
    module=__name__,
    pack_model="TestvillePack",
    labels_at=".engine:LABELS",
    checks_at=".engine:check",
    batch_at=".engine:COLUMNS",
    suggestions_at="",
    indicators=INDICATORS,
    form=FORM,
    worksheet=WorksheetFacts(facts=("city_permit", "education"), periods={"social_insurance": ()}),
    topics={"education": ("degree",), "social_insurance": ("insurance",)},
    aliases=("tv",),
)
