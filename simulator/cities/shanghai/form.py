"""Shanghai's wizard form, in the order of its indicator system: the conditions, the basic indicators, the bonus
ones, the deductions and the one-vote veto. Shanghai's own facts (City.facts) are asked on the page of the item they
feed; the bonus items that are facts only (the talent items, a shortage major, years in a field or district, a
fresh graduate, a spouse) on the shared facts page."""

from __future__ import annotations

from simulator.cities.base import Form, Page
from simulator.core.text import Text

BASE_MONTHS = ("base_months_x0_8", "base_months_x1", "base_months_x2", "base_months_x3")

FORM = Form(
    (
        Page("start"),
        Page("qualification", hidden=("has_residence_permit",), facts=("branch_outside_shanghai",)),
        Page("age", indicators=("age",)),
        Page(
            "education",
            indicators=("education",),
            intro=Text(
                "上海只计国家认可、可在学信网查询或经教育部留学服务中心认证的学历学位；本规则不使用学习起止月份。",
                "Shanghai counts qualifications the national education authority recognises (on CHSI, or certified by "
                "the ministry's overseas-study centre); the study months are not used by these rules.",
            ),
            facts=("part_time_study", "part_time_places_match", "parallel_bachelor"),
        ),
        Page(
            "title_skill",
            indicators=("title_skill",),
            intro=Text(
                "学历与职称技能分不累加，只计较高者。中级及以上职称、技师及高级技师还须满足缴费基数条件。",
                "Education and title/skill points do not add up: only the higher counts. Intermediate and senior titles "
                "and skill levels 2 and 1 also need the contribution-base test.",
            ),
            facts=("title_skill_counts", "base_months_title"),
        ),
        Page(
            "employment",
            indicators=("social_insurance", "contribution_base"),
            intro=Text(
                "上海按在本市缴纳职工社保的月数计算年限：补缴的月份请勾选“补缴”，这些月份不计入。缴费基数按月与社平工资比较，"
                "请在下方填写达到各档倍数的月数。",
                "Shanghai counts the months of Shanghai employee social insurance: tick “Back-paid” (补缴) for months paid "
                "afterwards, and they are left out. The contribution base is compared month by month with the average "
                "wage: enter below how many months reach each multiple.",
            ),
            columns={"social_insurance": ("start", "end", "back_paid", "city")},
            hidden=("workplaces",),
            facts=("employer_mismatch_months", *BASE_MONTHS),
        ),
        Page(
            "city_honours",
            indicators=("awards",),
            intro=Text(
                "上海只计在沪工作期间取得、列入市政府公布目录的表彰奖励，只计最高一项：请在“类别”中选择上海的奖项类别。",
                "Shanghai counts awards earned while working in Shanghai and on the directory the city publishes, the "
                "highest only: choose one of Shanghai's kinds under “Kind”.",
            ),
        ),
        Page(
            "city_tax",
            indicators=("investment",),
            intro=Text(
                "上海不按个人所得税计分：如您在本市投资创办企业，请在第二张表中逐年填写该企业的纳税额，并在下方填写投资比例和聘用本市户籍人员人数。",
                "Shanghai does not score personal income tax: if you founded an enterprise in Shanghai, enter its tax by "
                "year in the second table, and below your share and the Shanghai-hukou staff it employs.",
            ),
            facts=("investment_share_percent", "local_hires_average"),
        ),
        Page(
            "deductions",
            indicators=("deductions",),
            intro=Text(
                "上海对积分申请中提供虚假材料、行政拘留和一般刑事犯罪记录按项累计减分；违反计划生育政策的记录和严重刑事犯罪记录直接取消申请资格（一票否决）。",
                "Shanghai deducts, item by item, for false materials in a points application, administrative detentions "
                "and general criminal records; a family-planning violation or a serious criminal record rules the "
                "application out altogether (the one-vote veto).",
            ),
            hidden=("tax_violations",),  # Shanghai's rules do not deduct for tax violations
            facts=("family_planning_violation",),
        ),
        Page(
            "facts",
            indicators=(
                "entrepreneur",
                "intermediary",
                "shortage_major",
                "public_service",
                "remote_district",
                "fresh_graduate",
                "spouse",
            ),
        ),
        Page("summary"),
    )
)
