"""Shanghai's indicators, in the order of the indicator system: basic, bonus (Art. 7, its ten items), deduction (the
one-vote veto is not an indicator: it rules the application out)."""

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
    Indicator("social_insurance", Text("在本市工作及缴纳职工社会保险年限", "Years of Shanghai social insurance"), "basic"),
    Indicator("entrepreneur", Text("创业人才", "Entrepreneur talent"), "bonus"),
    Indicator("intermediary", Text("创新创业中介服务人才", "Innovation intermediary talent"), "bonus"),
    Indicator("shortage_major", Text("紧缺急需专业", "Shortage major"), "bonus"),
    Indicator("investment", Text("投资纳税或带动本地就业", "Investment: tax or local hiring"), "bonus"),
    Indicator("contribution_base", Text("缴纳职工社会保险费基数", "Social-insurance contribution base"), "bonus"),
    Indicator("public_service", Text("特定的公共服务领域", "Specified public-service field"), "bonus"),
    Indicator("remote_district", Text("远郊重点区域", "Remote key district"), "bonus"),
    Indicator("fresh_graduate", Text("全日制应届毕业生", "Full-time fresh graduate"), "bonus"),
    Indicator("awards", Text("表彰奖励", "Awards"), "bonus"),
    Indicator("spouse", Text("配偶为本市户籍人员", "Spouse with Shanghai hukou"), "bonus"),
    Indicator("deductions", Text("减分指标", "Deductions"), "deduction"),
)
NAMES = {i.id: i.name for i in INDICATORS}
