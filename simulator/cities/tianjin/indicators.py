"""Tianjin's indicators, in the order of the table: basic points (基本分), guiding points (导向分: the shortage
occupations), additional points (附加分) and negative points (负积分). The guiding and additional points are
grouped "bonus" and the negative ones "deduction", the groups every face knows."""

from __future__ import annotations

from simulator.cities.base import Indicator
from simulator.cities.names import AGE as AGE_NAME
from simulator.cities.names import EDUCATION as EDUCATION_NAME
from simulator.core.text import Text

INDICATORS = (
    Indicator("social_insurance", Text("社会保险", "Social insurance"), "basic"),
    Indicator("residence", Text("居住（租赁、自有住房、居住证）", "Residence (rental, own home, residence card)"), "basic"),
    Indicator("housing_fund", Text("住房公积金", "Housing provident fund"), "basic"),
    Indicator("age", AGE_NAME, "basic"),
    Indicator("education", EDUCATION_NAME, "basic"),
    Indicator("title_skill", Text("专业技术职称或职业技能等级", "Professional title or skill level"), "basic"),
    Indicator("occupation", Text("紧缺职业（工种）（导向分）", "Shortage occupation (guiding points)"), "bonus"),
    Indicator("marriage", Text("婚姻（附加分）", "Marriage (additional points)"), "bonus"),
    Indicator("skill_competition", Text("职业技能竞赛奖项（附加分）", "Skill-competition award (additional points)"), "bonus"),
    Indicator("deductions", Text("负积分", "Negative points"), "deduction"),
)
NAMES = {i.id: i.name for i in INDICATORS}
