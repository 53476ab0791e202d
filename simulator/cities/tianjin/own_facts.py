"""Facts only Tianjin's rules ask about, kept in the applicant file under `city_facts.tianjin`: the housing fund,
the residence card's endorsements, the own home's district group and whether it was new, the conditions on a
title or skill level, the shortage occupation, the marriage item, a skill-competition award, and investing in a
Tianjin firm. An answer not given (default None) stays unanswered: the engine then gives every reading."""

from __future__ import annotations

from simulator.cities.base import Fact
from simulator.core.limits import WORKING_LIFE_MONTHS, WORKING_LIFE_YEARS
from simulator.core.text import Text

AREAS = (
    (
        "central",
        Text(
            "市内六区（和平、河东、河西、南开、河北、红桥）",
            "six central districts (Heping, Hedong, Hexi, Nankai, Hebei, Hongqiao)",
        ),
    ),
    ("ring", Text("环城四区（东丽、西青、津南、北辰）", "four ring districts (Dongli, Xiqing, Jinnan, Beichen)")),
    ("outer", Text("远郊五区（武清、宝坻、宁河、静海、蓟州）", "five outer districts (Wuqing, Baodi, Ninghe, Jinghai, Jizhou)")),
    ("binhai", Text("滨海新区", "Binhai New Area")),
)
OCCUPATIONS = (
    ("very_short", Text("急需紧缺职业（工种）", "very short occupation")),
    ("short", Text("紧缺职业（工种）", "short occupation")),
    ("generally_short", Text("一般紧缺职业（工种）", "generally short occupation")),
    ("none", Text("不在目录中", "not in the catalogue")),
)
COMPETITIONS = (
    ("none", Text("无", "none")),
    ("national_class1_top20", Text("国家级一类竞赛前20名", "national class-1 competition, top 20")),
    ("national_class2_top15", Text("国家级二类竞赛前15名", "national class-2 competition, top 15")),
    ("provincial_class1_top10", Text("省级一类竞赛前10名", "provincial class-1 competition, top 10")),
    ("provincial_class2_top6", Text("省级二类竞赛前6名", "provincial class-2 competition, top 6")),
)

FACTS = (
    Fact(
        "investor",
        "bool",
        Text("在天津投资兴办企业", "I invest in a firm in Tianjin"),
        Text(
            "申请条件之一：受雇于天津用人单位，或在天津投资兴办企业。受雇的，不必勾选。",
            "One condition is to be employed by a Tianjin employer or to invest in a firm in Tianjin. Leave it unticked "
            "if you are employed.",
        ),
        default=False,
    ),
    Fact(
        "housing_fund_months",
        "whole",
        Text(
            "在天津缴存住房公积金月数（截至计算截止日）",
            "months of housing provident fund paid in Tianjin (to the counting date)",
        ),
        Text("按住房公积金缴存记录填写。", "As the housing provident fund record lists them."),
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    Fact(
        "residence_card_endorsements",
        "whole",
        Text("京津冀居住证年度签注次数", "yearly endorsements of a Beijing, Tianjin or Hebei residence card"),
        Text(
            "北京、天津、河北三地居住证互认：每次年度签注都计分。截至计算截止日。",
            "Beijing, Tianjin and Hebei residence cards are recognised alike: each yearly endorsement scores. Up to "
            "the counting date.",
        ),
        minimum=0,
        maximum=WORKING_LIFE_YEARS,
    ),
    Fact(
        "own_home_area",
        "choice",
        Text("自有住房所在区域", "where the own home is"),
        Text("自有住房的分值按所在区域确定。", "The own-home points depend on the group of districts the home is in."),
        choices=AREAS,
    ),
    Fact(
        "own_home_new",
        "bool",
        Text("自有住房为新建商品住房", "the own home is a new commercial home"),
        Text(
            "2023年起，新建商品住房另一次性加分。",
            "From 2023 a new commercial home (新建商品住房) scores a one-off bonus besides the points a year.",
        ),
    ),
    Fact(
        "title_matches_post",
        "bool",
        Text(
            "职称或技能证书与单位主营业务和本人岗位相符",
            "the title or skill certificate matches the employer's business and my post",
        ),
        Text(
            "证书须与用人单位主营业务和本人岗位相符，且在国家职业资格目录（人社部发〔2017〕68号）之内。",
            "The certificate must match the employer's main business and the post, and be on the national list of "
            "qualifications (人社部发〔2017〕68号).",
        ),
    ),
    Fact(
        "wage_base_above_average",
        "bool",
        Text(
            "近12个月社保缴费基数高于上年度全市职工月平均工资",
            "my contribution base of the last 12 months is above the city's average monthly wage of last year",
        ),
        Text(
            "中级、高级职称和技师、高级技师须满足此条件。",
            "Required for intermediate and senior titles and for technicians and senior technicians.",
        ),
    ),
    Fact(
        "shortage_occupation",
        "choice",
        Text("从事的职业（工种）在紧缺目录中的类别", "my occupation in the shortage catalogue"),
        Text(
            "按《天津市职业培训成本及市场需求程度目录》确定。",
            "As the 天津市职业培训成本及市场需求程度目录 (occupational training and demand catalogue) lists it.",
        ),
        choices=OCCUPATIONS,
    ),
    Fact(
        "married",
        "bool",
        Text("已婚，且夫妻双方均在天津就业", "married, both spouses working in Tianjin"),
    ),
    Fact(
        "spouse_insured_months",
        "whole",
        Text("配偶在天津由用人单位缴纳社会保险的月数", "months of the spouse's insurance paid by a Tianjin employer"),
        Text("补缴、个人窗口缴纳的月份不计。", "Back-paid months and months paid at the individual window do not count."),
        minimum=0,
        maximum=WORKING_LIFE_MONTHS,
    ),
    Fact(
        "skill_competition",
        "choice",
        Text("职业技能竞赛获奖", "skill-competition award"),
        choices=COMPETITIONS,
        default="none",
    ),
)
