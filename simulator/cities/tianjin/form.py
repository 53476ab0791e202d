"""Tianjin's wizard form, in the order of its table: the conditions, the basic points, the facts only Tianjin asks
about that no other page asks (the housing fund, the shortage occupation, the marriage item, an award), the
negative points. Every page is a shared one; Tianjin's own facts are asked on the page they feed."""

from __future__ import annotations

from simulator.cities.base import Form, Page
from simulator.core.text import Text

HOME_FACTS = ("own_home_area", "own_home_new", "residence_card_endorsements")

FORM = Form(
    (
        Page("start"),
        Page("qualification", hidden=("has_residence_permit",), facts=("investor",)),
        Page(
            "employment",
            indicators=("social_insurance",),
            intro=Text(
                "天津只计在天津由用人单位正常缴纳的月份：补缴或在个人窗口缴纳的月份请勾选“补缴”，从外地转入的月份请勾选“转入”，"
                "这些月份不计分。在天津的就业地点也请填写（申请条件之一）。",
                "Tianjin counts months paid normally through a Tianjin employer: tick “Back-paid” (补缴) for months "
                "back-paid or paid at the individual window (个人窗口), and “Transferred in” (转入) for months moved "
                "from elsewhere; they score nothing. Enter your Tianjin workplace too (one of the conditions).",
            ),
            columns={
                "social_insurance": ("start", "end", "back_paid", "transferred_in", "city"),
                "workplaces": ("start", "end", "employer", "city"),
            },
        ),
        Page(
            "homes",
            indicators=("residence",),
            intro=Text(
                "天津对租赁住房和自有住房分别按每满一年计分（可累计），自有住房按所在区域计分；京津冀居住证的每次年度签注也计分。",
                "Tianjin scores rented and own homes for each full year (across interruptions), an own home by the group "
                "of districts it is in; each yearly endorsement of a Beijing, Tianjin or Hebei residence card scores too.",
            ),
            facts=HOME_FACTS,
            # from 2023 a new commercial home adds a one-off bonus
            shown_when={"own_home_new": lambda pack: pack.basic.residence.own_home.new_home_bonus is not None},
        ),
        Page("age", indicators=("age",)),
        Page(
            "education",
            indicators=("education",),
            intro=Text(
                "本规则不使用学习起止月份，可以不填。", "The study months are not used by these rules; you may leave them empty."
            ),
        ),
        Page("title_skill", indicators=("title_skill",), facts=("title_matches_post", "wage_base_above_average")),
        # the housing fund, the shortage occupation, the marriage item and an award: the facts no other page asks
        Page("facts", indicators=("housing_fund", "occupation", "marriage", "skill_competition")),
        Page(
            "deductions",
            indicators=("deductions",),
            intro=Text(
                "天津的负积分可以累加：刑事犯罪记录在刑满后规则规定的年数内每项扣分；提供虚假信息的，在规则规定的年数内扣分"
                "（请在“积分申请中弄虚作假”处填写认定日期）。",
                "Tianjin's negative points add up: a criminal record counts for the years the rules give after the "
                "sentence ends; false information counts for the years the rules give (enter the date it was found "
                "under “cheated in a points application”).",
            ),
            hidden=("tax_violations",),
        ),
        Page("summary"),
    )
)
