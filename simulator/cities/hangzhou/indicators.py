"""Hangzhou's indicators, in the order of the indicator system: basic, bonus, deduction (the one-vote veto is
not an indicator: it rules the application out)."""

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
    Indicator("social_insurance", Text("社会保险", "Social insurance"), "basic"),
    Indicator("employment", Text("就业情况", "Employment"), "basic"),  # the trial edition only
    Indicator("own_home", Text("自有住房", "Own home"), "basic"),
    Indicator("rental", Text("合法租房", "Rental"), "basic"),
    Indicator("residence_registration", Text("居住年限", "Registered residence"), "basic"),
    Indicator("in_province", Text("省内通用指标", "Time elsewhere in Zhejiang"), "basic"),  # from 2024-07
    Indicator("honours", Text("奖励荣誉", "Honours"), "bonus"),
    Indicator("stem_cell_donation", Text("捐献造血干细胞", "Stem-cell donation"), "bonus"),
    Indicator("blood_donation", Text("无偿献血", "Blood donation"), "bonus"),
    Indicator("volunteering", Text("志愿服务", "Volunteering"), "bonus"),
    Indicator("charity", Text("慈善捐赠", "Charity"), "bonus"),
    Indicator("tax", Text("纳税", "Tax"), "bonus"),
    Indicator("patents", Text("发明专利", "Invention patents"), "bonus"),
    Indicator("enterprise_role", Text("信用示范企业负责人", "Credit-model enterprise role"), "bonus"),
    Indicator("chunan_origin", Text("淳安特别生态功能区", "Chun'an special zone"), "bonus"),  # from 2024-07
    Indicator("deductions", Text("减分指标", "Deductions"), "deduction"),
)
NAMES = {i.id: i.name for i in INDICATORS}


def edition_indicators(pack) -> tuple[str, ...]:
    """The indicators an edition has: a bonus section, or a basic item (employment, time elsewhere in Zhejiang), an
    edition lacks is left out."""
    present = []
    for item in INDICATORS:
        if item.group == "bonus" and getattr(pack.bonus, item.id, None) is None:
            continue
        if item.id in ("employment", "in_province") and getattr(pack.basic, item.id) is None:
            continue
        present.append(item.id)
    return tuple(present)
