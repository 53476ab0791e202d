"""What each Hangzhou pack value is called on a worksheet."""

from __future__ import annotations

from simulator.core.result import Text
from simulator.engine.scales import scale_labels

HONOUR_LEVELS = {
    "national": Text("国家级", "national"),
    "provincial": Text("省级", "provincial"),
    "municipal": Text("市级", "municipal"),
    "district": Text("区（县）级", "district or county"),
}
LISTING_LEVELS = {
    "national": Text("全国失信名单", "national dishonesty list"),
    "provincial": Text("浙江省失信名单", "Zhejiang dishonesty list"),
    "municipal": Text("杭州市失信名单", "Hangzhou dishonesty list"),
}

LABELS: dict[str, Text] = {
    **scale_labels(),
    "time.cutoff": Text("计算截止日", "counting cut-off"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "time.round_cutoffs": Text("各季度轮次计算截止日", "counting date of each quarterly round"),
    "residence_counting.days_per_month": Text("每月折算天数", "days counted as a month"),
    "residence_counting.months_per_year": Text("每年折算月数（可累计）", "months counted as a year (across interruptions)"),
    "qualification.min_age": Text("最低年龄", "minimum age"),
    "qualification.residence_permit_required": Text("须持有效居住证", "valid residence permit required"),
    "basic.social_insurance.points_per_month": Text("社保每月分值", "insurance points a month"),
    "basic.social_insurance.max_points": Text("社保分上限", "insurance cap"),
    "basic.social_insurance.back_paid_counts": Text("补缴月份是否计分", "back-paid months count"),
    "basic.social_insurance.transferred_in_counts": Text("转入月份是否计分", "transferred-in months count"),
    "basic.employment.points": Text("就业分值", "employment points"),
    "basic.own_home.points": Text("自有住房分值", "own-home points"),
    "basic.own_home.conditions.registered_address": Text("居住登记地址须与自有住房一致", "registered address must be the home's"),
    "basic.own_home.conditions.co_owners": Text(
        "共有人均非杭州户籍（共同共有约定一人、按份共有取最大份额）",
        "co-owners without Hangzhou hukou (joint: the one chosen; shares: the largest)",
    ),
    "basic.own_home.conditions.second_hand_hukou_moved": Text(
        "二手房须原户口已迁出", "second-hand home: former occupants' hukou moved out"
    ),
    "basic.own_home.conditions.once_a_year": Text("同一住房一年内不重复计分", "the same home scores once within a year"),
    "basic.in_province.pension_points_per_month": Text("省内其他城市养老保险每月分值", "pension elsewhere in Zhejiang, a month"),
    "basic.in_province.residence_points_per_month": Text(
        "省内其他城市居住登记每月分值", "residence elsewhere in Zhejiang, a month"
    ),
    "basic.in_province.max_points": Text("省内通用指标合计上限", "cap on time elsewhere in Zhejiang"),
    "basic.rental.points_per_year": Text("租房每满12个月分值", "rental points per 12 months"),
    "basic.rental.points_per_month": Text("租房每月分值", "rental points a month"),
    "basic.rental.max_points": Text("租房分上限", "rental cap"),
    "basic.rental.requires_registration": Text("租赁须登记备案", "registered lease required"),
    "basic.housing_combined_max": Text("自有住房与租房合计上限", "cap on own-home and rental points together"),
    "basic.residence_registration.points_per_year": Text("居住登记每满1年分值", "registration points per full year"),
    "basic.residence_registration.max_points": Text("居住年限分上限", "residence-length cap"),
    "bonus.honours.window_years": Text("荣誉有效年数", "years an honour counts"),
    "bonus.stem_cell_donation.points": Text("捐献造血干细胞分值", "stem-cell donation points"),
    "bonus.blood_donation.first_amount": Text("献血起点（毫升）", "blood: first amount (ml)"),
    "bonus.blood_donation.first_points": Text("献血起点分值", "blood: points for the first amount"),
    "bonus.blood_donation.step_amount": Text("献血每增加（毫升）", "blood: each further (ml)"),
    "bonus.blood_donation.step_points": Text("献血每增加分值", "blood: points for each further amount"),
    "bonus.blood_donation.max_points": Text("献血分上限", "blood: cap"),
    "bonus.blood_donation.window_years": Text("献血计算年数", "blood: years counted"),
    "bonus.volunteering.step": Text("志愿服务每满（小时）", "volunteering: per full (hours)"),
    "bonus.volunteering.points_per_step": Text("志愿服务每档分值", "volunteering: points per step"),
    "bonus.volunteering.max_points": Text("志愿服务分上限", "volunteering: cap"),
    "bonus.volunteering.window_years": Text("志愿服务计算年数", "volunteering: years counted"),
    "bonus.charity.step": Text("慈善捐赠每满（元）", "charity: per full (yuan)"),
    "bonus.charity.points_per_step": Text("慈善捐赠每档分值", "charity: points per step"),
    "bonus.charity.max_points": Text("慈善捐赠分上限", "charity: cap"),
    "bonus.charity.window_years": Text("慈善捐赠计算年数", "charity: years counted"),
    "bonus.tax.window_years": Text("纳税计算年数", "tax: years counted"),
    "bonus.tax.personal.max_points": Text("个人所得税分上限", "income tax: cap"),
    "bonus.tax.investor.max_points": Text("投资纳税分上限", "investor tax: cap"),
    "bonus.tax.personal.first_amount": Text("个人所得税起点（元）", "income tax: first amount (yuan)"),
    "bonus.tax.personal.first_points": Text("个人所得税起点分值", "income tax: points for the first amount"),
    "bonus.tax.personal.step_amount": Text("个人所得税每增加（元）", "income tax: each further (yuan)"),
    "bonus.tax.personal.step_points": Text("个人所得税每增加分值", "income tax: points for each further amount"),
    "bonus.tax.investor.first_amount": Text("投资纳税起点（元）", "investor tax: first amount (yuan)"),
    "bonus.tax.investor.first_points": Text("投资纳税起点分值", "investor tax: points for the first amount"),
    "bonus.tax.investor.step_amount": Text("投资纳税每增加（元）", "investor tax: each further (yuan)"),
    "bonus.tax.investor.step_points": Text("投资纳税每增加分值", "investor tax: points for each further amount"),
    "bonus.patents.points_each": Text("每项发明专利分值", "points per invention patent"),
    "bonus.patents.shared_first_points": Text("共有专利第一专利权人分值", "shared patent: the first patentee's points"),
    "bonus.patents.shared_other_share": Text("共有专利非第一专利权人所得比例", "share for a co-patentee who is not first"),
    "bonus.patents.transferred_points": Text("受让专利分值", "points for a transferred patent"),
    "bonus.patents.max_points": Text("专利分上限", "patents: cap"),
    "deduction.window_years": Text("减分回溯年数", "years a record is deducted"),
    "deduction.criminal": Text("每项刑事犯罪记录", "each criminal record"),
    "deduction.drug_rehabilitation": Text("强制隔离戒毒", "compulsory drug rehabilitation"),
    "deduction.detention": Text("行政拘留或司法拘留", "administrative or judicial detention"),
    "deduction.one_act_largest_only": Text("同一行为只按最高一项减分", "one act: only the largest deduction"),
    "deduction.dishonesty": Text("每项失信记录", "each dishonesty record"),
    "deduction.serious_dishonesty": Text("每次列入严重失信名单", "each listing as seriously dishonest"),
    "deduction.custody_education.points_each": Text("每项收容教育记录", "each custody-and-education record"),
    "deduction.family_planning.points_each": Text("每项违反计划生育记录", "each family-planning violation"),
    "bonus.enterprise_role.points": Text("信用示范企业负责人分值", "credit-model enterprise role points"),
    "bonus.chunan_origin.points": Text("淳安特别生态功能区农业转移人口分值", "Chun'an special-zone migrant points"),
    "veto.serious_crimes": Text("严重刑事犯罪一票否决", "serious crimes: veto"),
    "veto.min_sentence_years": Text("判处有期徒刑不少于（年）一票否决", "sentence of at least (years): veto"),
    "veto.banned_organisations": Text("参加非法组织一票否决", "banned organisations: veto"),
    "veto.fraud_bar_years": Text("弄虚作假禁止申请年数", "years barred after fraud"),
    "ranking.tie_break": Text("同分排序规则", "order for equal points"),
    "ranking.pass_mark": Text("落户分数（达标线）", "pass mark"),
}
for _level, _name in HONOUR_LEVELS.items():
    LABELS[f"bonus.honours.levels.{_level}.points_each"] = Text(f"{_name.zh}荣誉每项分值", f"{_name.en} honour, each")
    LABELS[f"bonus.honours.levels.{_level}.max_points"] = Text(f"{_name.zh}荣誉上限", f"{_name.en} honours, cap")
