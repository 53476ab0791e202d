"""Beijing's ten indicators, in the order of the measures (the study-period deduction goes with education)."""

from __future__ import annotations

from simulator.cities.base import Indicator
from simulator.core.text import Text

INDICATORS = (
    Indicator("employment", Text("合法稳定就业", "Legal stable employment")),
    Indicator("residence", Text("合法稳定住所", "Legal stable residence")),
    Indicator("education", Text("教育背景", "Education")),
    Indicator("study_deduction", Text("取得学历期间扣减", "Study-period deduction")),
    Indicator("work_residence_area", Text("职住区域", "Work and residence area")),
    Indicator("innovation", Text("创新创业", "Innovation and entrepreneurship")),
    Indicator("tax", Text("纳税", "Tax")),
    Indicator("age", Text("年龄", "Age")),
    Indicator("honours", Text("荣誉表彰", "Honours")),
    Indicator("law_abiding", Text("守法记录", "Law-abiding record")),
)
NAMES = {i.id: i.name for i in INDICATORS}
IDS = tuple(NAMES)
