"""Hangzhou's wizard form, in the order of its indicator system: the conditions, the basic indicators, the bonus
ones, the deductions and the one-vote veto. Registration to the day and the public-good bonuses are pages of its
own (pages/)."""

from __future__ import annotations

from simulator.cities.base import Form, Page
from simulator.core.text import Text

OWN = "simulator.cities.hangzhou.pages"
HOME_CONDITIONS = ("home_registered_address", "home_ownership", "home_second_hand", "home_scored_within_year")
IN_PROVINCE = ("zhejiang_pension_months", "zhejiang_residence_months")
TRIAL_RECORDS = ("custody_education_records", "family_planning_violations")

FORM = Form(
    (
        Page("start"),
        Page("qualification", hidden=("has_residence_permit",)),
        Page("age", indicators=("age",)),
        Page(
            "education",
            indicators=("education",),
            intro=Text(
                "本规则不使用学习起止月份，可以不填。", "The study months are not used by these rules; you may leave them empty."
            ),
        ),
        Page("title_skill", indicators=("title_skill",)),
        Page(
            "employment",
            indicators=("social_insurance", "employment"),
            intro=Text(
                "杭州只计在杭州按时缴费的月份：非按时缴费的月份，请勾选“补缴”或“转入”，这些月份不计入。",
                "Hangzhou counts months paid on time in Hangzhou: tick “Back-paid” (补缴) or “Transferred in” (转入) for "
                "months that were not, and they are left out.",
            ),
            columns={
                "social_insurance": ("start", "end", "back_paid", "transferred_in", "city"),
                "workplaces": ("start", "end", "employer", "city"),
            },
            # only the trial edition scores working in the city (an employment item); from 2024-07 time elsewhere in
            # Zhejiang counts too
            shown_when={
                "workplaces": lambda pack: pack.basic.employment is not None,
                **dict.fromkeys(IN_PROVINCE, lambda pack: pack.basic.in_province is not None),
            },
            facts=IN_PROVINCE,
        ),
        Page(
            "homes",
            indicators=("own_home", "rental"),
            # from 2024-07 an own home scores only when its conditions are met
            facts=HOME_CONDITIONS,
            shown_when=dict.fromkeys(HOME_CONDITIONS, lambda pack: pack.basic.own_home.conditions is not None),
            intro=Text(
                "杭州对截止月仍持有的自有住所计分；没有的，按租赁合同已登记备案的租赁月份计分：请为这些行勾选“租赁已备案”。",
                "Hangzhou scores an own home you still hold in the cut-off month, or else the months of renting with a "
                "lease registered (登记备案): tick “Lease registered” for those rows.",
            ),
        ),
        Page(
            "registrations",
            view=f"{OWN}.registrations:RegistrationsPage",
            title=Text("居住登记（按日计算）", "Residence registration, to the day"),
            short=Text("居住登记", "Registration"),
            indicators=("residence_registration",),
        ),
        Page("city_honours", indicators=("honours",)),
        Page(
            "public_good",
            view=f"{OWN}.public_good:PublicGoodPage",
            title=Text("无偿献血、造血干细胞捐献、志愿服务、慈善捐赠", "Blood, stem cells, volunteering, charity"),
            short=Text("公益贡献", "Public good"),
            indicators=("stem_cell_donation", "blood_donation", "volunteering", "charity"),
        ),
        Page(
            "city_tax",
            indicators=("tax",),
            intro=Text(
                "如您投资兴办企业，杭州按该企业在杭州缴纳的税款计分，而不按您本人缴纳的税款计分：请在第二张表中逐年填写。只计规则规定的追溯年度。",
                "If you invested in an enterprise, Hangzhou scores the tax it paid in Hangzhou instead of your own: enter "
                "it by year in the second table. Only the years the rules look back over count.",
            ),
        ),
        Page("patents", indicators=("patents",)),
        Page(
            "deductions",
            indicators=("deductions",),
            intro=Text(
                "杭州只对规则规定的追溯年度内的记录减分，同一行为只按减分最多的一项扣减；部分记录（严重刑事犯罪、被判处较长刑期、参加非法组织、积分申请中弄虚作假）直接取消申请资格，即一票否决。",
                "Hangzhou deducts within the years its rules look back over, only the largest deduction for one act; some "
                "records (serious crimes, long sentences, banned organisations, cheating in a points application) rule "
                "the application out altogether: the one-vote veto.",
            ),
            hidden=("tax_violations",),  # Hangzhou's rules do not deduct for tax violations
            facts=TRIAL_RECORDS,
            shown_when=dict.fromkeys(TRIAL_RECORDS, lambda pack: pack.deduction.custody_education is not None),
        ),
        Page(
            "facts",
            indicators=("enterprise_role", "chunan_origin"),
            shown_when={
                "credit_model_enterprise_role": lambda pack: pack.bonus.enterprise_role is not None,
                "chunan_origin": lambda pack: pack.bonus.chunan_origin is not None,
            },
        ),
        Page("summary"),
    )
)
