"""Xiong'an's batch columns: the facts its rules read (the Art. 3 group among them), and two example applicants."""

from __future__ import annotations

from simulator.batch.layout import Column, group, select
from simulator.core.text import Text

GROUPS = (
    "beijing_relief_hukou",
    "relocated_staff_talent",
    "introduced_talent",
    "returning_graduate",
    "family_reunion",
    "relocated_staff",
)

SETTLEMENT_GROUP = Column(
    "settlement_group",
    "choice",
    "settlement_group",
    Text(
        "第三条人员类别（不属于则留空）：beijing_relief_hukou 北京疏解转移人员（京籍）；relocated_staff_talent 疏解单位人才；"
        "introduced_talent 引进人才；returning_graduate 返乡毕业生；family_reunion 投靠亲属；relocated_staff 疏解单位其他人员（参加积分）",
        "Art. 3 group (empty if none): beijing_relief_hukou, relocated_staff_talent, introduced_talent, returning_graduate, "
        "family_reunion, relocated_staff (other relocated staff, scored by points)",
    ),
    choices=GROUPS,
)

EXAMPLES = (
    {
        "applicant_id": "X0001",
        "name": "王磊",
        "birth_date": "1990-04-12",
        "retirement_category": "male",
        "residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2020-03",
        "home1_start": "2020-03",
        "home1_kind": "rented",
        "home1_lease_registered": "yes",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
        "professional_title": "intermediate",
    },
    {
        "applicant_id": "X0002",
        "name": "赵敏",
        "birth_date": "1986-11-03",
        "retirement_category": "female_worker",
        "residence_permit": "yes",
        "settlement_group": "relocated_staff",
        "si1_start": "2015-01",
        "si1_end": "2021-06",
        "si2_start": "2021-07",
        "home1_start": "2021-07",
        "home1_kind": "dormitory",
        "edu_level": "master",
        "skill_level": "technician",
    },
)

COLUMNS = select(
    lead=("residence_permit", "has_criminal_record"),
    single=(
        "edu_level",
        "edu_diploma",
        "edu_degree",
        "professional_title",
        "skill_level",
        "tax_violation_dates",
        "detention_dates",
        "notes",
    ),
    own_single=(SETTLEMENT_GROUP,),
    groups=("si", group("home", drop=("district",)), "tax", "hon", "patent", "pen", "list"),
    examples=EXAMPLES,
)
