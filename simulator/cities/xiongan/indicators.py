"""Xiong'an's indicators, in the order of the measures (Art. 7, 8): basic, bonus, deduction."""

from __future__ import annotations

from simulator.cities.base import Indicator
from simulator.cities.names import AGE as AGE_NAME
from simulator.cities.names import EDUCATION as EDUCATION_NAME
from simulator.cities.names import TITLE_SKILL as TITLE_NAME
from simulator.core.text import Text

INDICATORS = (
    Indicator("age", AGE_NAME, "basic"),
    Indicator("education", EDUCATION_NAME, "basic"),
    Indicator("title_skill", TITLE_NAME, "basic"),
    Indicator("employment", Text("合法稳定就业", "Legal stable employment"), "basic"),
    Indicator("residence", Text("合法稳定住所", "Legal stable residence"), "basic"),
    Indicator("honours", Text("荣誉表彰", "Honours and commendations"), "bonus"),
    Indicator("innovation", Text("创新创业", "Innovation and entrepreneurship"), "bonus"),
    Indicator("tax", Text("个人所得税", "Personal income tax"), "bonus"),
    Indicator("deductions", Text("减分指标", "Deductions"), "deduction"),
)
NAMES = {i.id: i.name for i in INDICATORS}
