"""Facts only Hangzhou's rules ask about, kept in the applicant file under `city_facts.hangzhou`: the own home's
conditions (from 2024-07), time elsewhere in Zhejiang, the Chun'an origin, a credit-model enterprise role, and the
trial's counted records. An own-home answer not given stays unanswered: the engine then gives both readings."""

from __future__ import annotations

from simulator.cities.base import Fact
from simulator.core.limits import WORKING_LIFE_MONTHS
from simulator.core.text import Text

FACTS = (
    Fact(
        "home_registered_address",
        "bool",
        Text("居住登记地址就是自有住房地址", "my residence registration is at the home's address"),
        Text(
            "2024年7月起，自有住房须是居住登记的地址才计分。",
            "From July 2024 an own home scores only where the residence registration is at its address.",
        ),
    ),
    Fact(
        "home_ownership",
        "choice",
        Text("住房产权情况", "how the home is owned"),
        Text(
            "2024年7月起：共有人须均非杭州户籍；共同共有的，经约定由其中一人计分；按份共有的，只有份额最大者计分；"
            "与杭州户籍人员共同购买的不计分。",
            "From July 2024: every co-owner must be without Hangzhou hukou; in joint co-ownership the one person chosen "
            "by agreement scores; in ownership by shares only the largest share scores; a home bought with a "
            "Hangzhou-hukou person scores nothing.",
        ),
        choices=(
            ("sole", Text("本人单独所有", "owned by me alone")),
            ("joint_chosen", Text("共同共有，约定由本人计分", "jointly owned, I am the one chosen to score")),
            ("joint_other", Text("共同共有，约定由他人计分", "jointly owned, another owner chosen")),
            ("largest_share", Text("按份共有，本人份额最大", "owned in shares, mine the largest")),
            ("smaller_share", Text("按份共有，本人份额不是最大", "owned in shares, mine not the largest")),
            ("with_hangzhou_hukou", Text("与杭州户籍人员共同购买", "bought with a Hangzhou-hukou person")),
        ),
    ),
    Fact(
        "home_second_hand",
        "choice",
        Text("新房或二手房", "new or second-hand home"),
        Text(
            "2024年7月起，二手房须原住户户口已迁出才计分。",
            "From July 2024 a second-hand home scores only once the former occupants' hukou has moved out.",
        ),
        choices=(
            ("new", Text("新建商品房", "new home")),
            ("hukou_moved", Text("二手房，原户口已迁出", "second-hand, former hukou moved out")),
            ("hukou_not_moved", Text("二手房，原户口未迁出", "second-hand, former hukou not moved out")),
        ),
    ),
    Fact(
        "home_scored_within_year",
        "bool",
        Text("该住房一年内已为他人计过分", "this home already scored for someone else within a year"),
        Text("2024年7月起，同一住房一年内不重复计分。", "From July 2024 the same home cannot score twice within a year."),
    ),
    Fact(
        "zhejiang_pension_months",
        "whole",
        Text("在浙江省内其他城市缴纳养老保险月数", "months of pension insurance paid elsewhere in Zhejiang"),
        Text(
            "2024年7月起，在省内其他城市缴纳的养老保险按省通用指标计分。",
            "From July 2024 pension insurance paid in other Zhejiang cities counts by the province's common indicators.",
        ),
        default=0,
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    Fact(
        "zhejiang_residence_months",
        "whole",
        Text("在浙江省内其他城市居住登记月数", "months of residence registered elsewhere in Zhejiang"),
        Text(
            "2024年7月起，在省内其他城市的居住登记按省通用指标计分。",
            "From July 2024 residence registered in other Zhejiang cities counts by the province's common indicators.",
        ),
        default=0,
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    Fact(
        "chunan_origin",
        "bool",
        Text("原户籍在淳安特别生态功能区的农业转移人口", "agricultural migrant with original hukou in Chun'an's special zone"),
        default=False,
    ),
    Fact(
        "credit_model_enterprise_role",
        "bool",
        Text(
            "信用示范企业的法定代表人、董事、监事或高级管理人员",
            "legal representative, director, supervisor or senior manager of a credit-model enterprise",
        ),
        Text(
            "投资杭州、获评“守合同重信用”AAA级或省、市信用管理示范的企业。",
            "An enterprise investing in Hangzhou rated AAA for honouring contracts and keeping credit, or a provincial or municipal credit-management "
            "model enterprise.",
        ),
        default=False,
    ),
    Fact(
        "custody_education_records",
        "whole",
        Text("回溯期内收容教育记录数", "custody-and-education records within the window"),
        Text("试行版本的减分项。", "A deduction of the trial edition."),
        default=0,
        minimum=0,
    ),
    Fact(
        "family_planning_violations",
        "whole",
        Text("回溯期内违反计划生育记录数", "family-planning violations within the window"),
        Text("试行版本的减分项。", "A deduction of the trial edition."),
        default=0,
        minimum=0,
    ),
)
