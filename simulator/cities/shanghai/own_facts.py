"""Facts only Shanghai's rules ask about, kept in the applicant file under `city_facts.shanghai`: the contribution
base (months at each multiple of the average wage), the conditions on a title or skill level and on part-time
study, the Art. 7 items the shared facts do not hold (talent items, shortage major, the own enterprise's share and
hires, public-service and remote-district years, fresh graduation, a spouse with Shanghai hukou), and the
qualification's and the veto's facts.

A fact whose answer changes the points and that most applicants cannot be assumed to answer one way (a contribution
base, whether a title counts) has no default: left unanswered, the engine gives both readings. Facts most people
answer "no" or "none" to default to that answer, like the shared file's own flags.
"""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.base import Fact
from simulator.core.limits import WORKING_LIFE_MONTHS, WORKING_LIFE_YEARS
from simulator.core.text import Text

BASE_HELP = Text(
    "按月累计（不要求连续），期间以本项规则为准（见“缴纳职工社会保险费基数”的说明）。补缴的月份、缴费基数与个税收入不能合理对应的月份、"
    "缴费单位与劳动合同单位不一致的月份都不算。",
    "Months added up (they need not run on), within the period the rules set for this band (see the help of "
    "“Social-insurance contribution base”). Leave out back-paid months, months whose contribution base and income-tax "
    "base do not reasonably match, and months paid by another employer than the contract's.",
)


def _base_months(key: str, zh: str, en: str, explained: bool = False) -> Fact:
    """Months at one multiple of the average wage; the first of them says how they are counted."""
    return Fact(
        key,
        "whole",
        Text(f"缴费基数达到上年度社平工资{zh}的月数", f"months with a contribution base of at least {en} the average wage"),
        BASE_HELP if explained else None,
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    )


FACTS = (
    # ---- who may apply
    Fact(
        "branch_outside_shanghai",
        "bool",
        Text("在本市单位设在外省市的分支机构工作", "I work at a branch a Shanghai employer set up in another province"),
        Text("这类人员不能申请积分。", "Staff of such branches may not apply for points."),
        default=False,
    ),
    # ---- education
    Fact(
        "part_time_study",
        "bool",
        Text(
            "最高学历为非全日制（自考、成考、网教、开放大学）",
            "my highest qualification was earned part-time (self-study, adult, online, open university)",
        ),
        default=False,
    ),
    Fact(
        "part_time_places_match",
        "bool",
        Text("非全日制学历“三地一致”", "the part-time qualification meets the same-place rule (study, work and insurance)"),
        Text(
            "就读地须与当时的工作地、社保缴纳地一致：在户籍地就读且当时未在外地缴社保，或在当时工作并缴社保的城市就读；网络教育须在上海的学习中心。",
            "The place of study must match where you then worked and were insured: studied in your home province with no "
            "social insurance elsewhere at the time, or in the city where you then worked and paid social insurance; an "
            "online course at a Shanghai study centre.",
        ),
    ),
    Fact(
        "parallel_bachelor",
        "bool",
        Text("本科与专科套读取得（专本套读）", "the bachelor's was taken alongside the junior-college course"),
        default=False,
    ),
    # ---- title and skill
    Fact(
        "title_skill_counts",
        "bool",
        Text(
            "职称或技能证书在沪工作期间取得、列入目录并与所聘岗位相符",
            "the title or skill certificate was earned while working in Shanghai, is on the catalogue and matches my post",
        ),
        Text(
            "须在本市工作期间取得，专业、工种与所聘岗位相符，须登记的已登记，列入市人社局公布的目录；职称须经单位聘任。",
            "Earned while working in Shanghai; speciality and trade match the post held; registered where it must be; on "
            "the catalogue the municipal HRSS bureau publishes. A title must be one the employer appoints you to.",
        ),
    ),
    Fact(
        "base_months_title",
        "whole",
        Text(
            "职称技能条件所指期间内，缴费基数不低于上年度社平工资的月数",
            "months, within the period the title and skill condition looks at, with a contribution base of at least the average wage",
        ),
        Text(
            "中级及以上职称、技师及高级技师须满足的缴费基数条件（见“专业技术职称和技能等级”的说明）。",
            "The contribution-base test intermediate and senior titles and skill levels 2 and 1 must pass (see the help "
            "of “Professional title or skill level”).",
        ),
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    # ---- social insurance and its base
    Fact(
        "employer_mismatch_months",
        "whole",
        Text("缴费单位与劳动合同单位不一致的月数", "months paid by another employer than the one of my labour contract"),
        Text("这些月份不计入社保年限。", "These months do not count towards the years of social insurance."),
        default=0,
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    _base_months("base_months_x0_8", "0.8倍", "0.8×", explained=True),
    _base_months("base_months_x1", "1倍", "1×"),
    _base_months("base_months_x2", "2倍", "2×"),
    _base_months("base_months_x3", "3倍", "3×"),
    # ---- the own enterprise
    Fact(
        "investment_share_percent",
        "amount",
        Text("本人在所创办企业中的投资比例（%）", "my share in the enterprise I founded (%)"),
        Text(
            "投资纳税或带动本地就业按本人投资比例计算；企业纳税额请在“纳税”页按年填写。",
            "Tax and local hiring count by your investment share; enter the enterprise's tax by year on the tax page.",
        ),
        minimum=0,
    ),
    Fact(
        "local_hires_average",
        "amount",
        Text("所创办企业近年平均每年聘用本市户籍人员人数", "Shanghai-hukou staff my enterprise employed a year, on average"),
        Text("按规则所指的近年平均计算。", "The yearly average over the years the rules look at."),
        default=Decimal(0),
        minimum=0,
    ),
    # ---- the one-vote veto
    Fact(
        "family_planning_violation",
        "bool",
        Text("有违反国家或本市计划生育政策规定的记录", "I have a record of violating national or Shanghai family-planning rules"),
        default=False,
    ),
    # ---- further bonus items
    Fact(
        "entrepreneur_talent",
        "bool",
        Text("经认定的创业人才", "recognised as entrepreneur talent"),
        Text("条件由市科委等部门规定。", "The conditions are set by the science commission and other departments."),
        default=False,
        declared=True,
    ),
    Fact(
        "intermediary_talent",
        "bool",
        Text("经认定的创新创业中介服务人才", "recognised as innovation intermediary talent"),
        Text(
            "如在登记的技术转移服务机构连续从事技术转移和科技成果转化服务。",
            "E.g. continuous work in technology transfer at a registered technology-transfer agency.",
        ),
        default=False,
        declared=True,
    ),
    Fact(
        "shortage_major",
        "bool",
        Text("所学专业列入紧缺急需专业目录且与现岗位相符", "my major is on the shortage list and matches my current post"),
        default=False,
        declared=True,
    ),
    Fact(
        "public_service_years",
        "whole",
        Text("在特定公共服务领域工作的满年数", "full years working in a specified public-service field"),
        Text(
            "领域由市人社局公布（已知的只有环卫）。",
            "The fields are published by the municipal HRSS bureau (only sanitation is known).",
        ),
        default=0,
        minimum=0,
        maximum=WORKING_LIFE_YEARS,
        declared=True,
    ),
    Fact(
        "remote_district_area",
        "choice",
        Text("工作并居住的远郊重点区域", "the remote key district I work and live in"),
        choices=(
            ("listed", Text("列入名单的远郊重点区域（临港以外）", "a listed remote key district (not Lingang)")),
            ("lingang", Text("临港新片区", "Lingang New Area")),
            (
                "new_town",
                Text("五个新城或南北地区重点转型区域", "one of the five new towns, or a north/south key transformation area"),
            ),
        ),
        declared=True,
    ),
    Fact(
        "remote_district_years",
        "whole",
        Text("在该区域工作并居住的满年数", "full years both working and living there"),
        default=0,
        minimum=0,
        maximum=WORKING_LIFE_YEARS,
    ),
    Fact(
        "fresh_graduate",
        "bool",
        Text("以全日制高校应届毕业生身份申请", "I apply as a full-time fresh graduate of a higher-education institution"),
        default=False,
    ),
    Fact("graduation_year", "year", Text("毕业年份", "year of graduation")),
    Fact(
        "spouse_shanghai_hukou",
        "bool",
        Text("配偶为本市户籍人员", "my spouse has Shanghai hukou"),
        default=False,
    ),
    Fact("marriage_date", "date", Text("与该配偶的结婚日期", "date of marriage to that spouse")),
)
