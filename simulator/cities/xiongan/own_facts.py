"""Facts only Xiong'an's rules ask about, kept in the applicant file under `city_facts.xiongan`."""

from __future__ import annotations

from simulator.cities.base import Fact
from simulator.core.text import Text

FACTS = (
    Fact(
        "needed_person",
        "bool",
        Text(
            "属于雄安新区引进高端人才或其他工作需要的人员",
            "high-end talent introduced by Xiong'an, or a person the area needs for work",
        ),
        Text(
            "《积分落户办法》第五条（四）规定的申请条件，由申请人申报，实际由用人单位确认；用人单位须符合新区产业准入政策、"
            "在新区注册并正常纳税。",
            "A condition of Art. 5 (4) of the measures: the applicant declares it and in practice the employer confirms it; "
            "the employer must meet the area's industry-access policy, be registered in Xiong'an and pay taxes normally.",
        ),
        declared=True,
    ),
)
