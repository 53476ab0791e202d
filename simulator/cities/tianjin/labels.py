"""What each Tianjin pack value is called on a worksheet."""

from __future__ import annotations

from simulator.cities.tianjin.own_facts import AREAS, COMPETITIONS, OCCUPATIONS
from simulator.core.result import Text
from simulator.engine.scales import scale_labels

INSURANCE_TYPES = {
    "pension": Text("养老保险", "pension"),
    "medical": Text("医疗保险", "medical"),
    "unemployment": Text("失业保险", "unemployment"),
    "work_injury": Text("工伤保险", "work injury"),
    "maternity": Text("生育保险", "maternity"),
}
AREA_NAMES = dict(AREAS)
AREA_SHORT = {
    "central": Text("市内六区", "six central districts"),
    "ring": Text("环城四区", "four ring districts"),
    "outer": Text("远郊五区", "five outer districts"),
    "binhai": Text("滨海新区", "Binhai New Area"),
}
OCCUPATION_NAMES = dict(OCCUPATIONS)
COMPETITION_NAMES = dict(COMPETITIONS)

LABELS: dict[str, Text] = {
    **scale_labels(),
    "basic.title_skill.add_up": Text("职称与职业技能等级分值可否累加", "a title and a skill level add up"),
    "basic.title_skill.title.senior": Text("高级职称（正高级）", "senior title (full)"),
    "basic.title_skill.title.deputy_senior": Text("高级职称（副高级）", "senior title (deputy)"),
    "time.round_cutoffs": Text("上半年、下半年轮次的计算截止日", "counting date of the first- and second-half rounds"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "counting.per_year": Text("“每年”的计算方法（读法）", "how “a year” is counted (reading)"),
    "qualification.continuous_months": Text("连续缴纳社保最少月数", "minimum months of continuous insurance"),
    "qualification.cumulative_months": Text("累计缴纳社保最少月数", "minimum months of cumulative insurance"),
    "qualification.cumulative_since": Text("累计缴纳的起算月", "cumulative insurance counted from"),
    "qualification.back_paid_counts": Text("补缴月份计入缴费年限", "back-paid months count towards the condition"),
    "qualification.transferred_in_counts": Text("转入月份计入缴费年限", "transferred-in months count towards the condition"),
    "qualification.no_insurance_elsewhere": Text("不得在外省市重复参保", "no parallel insurance in another province"),
    "qualification.retirement": Text("法定退休年龄", "statutory retirement age"),
    "basic.social_insurance.first_band_months": Text("社保较低档适用月数", "months at the lower insurance rate"),
    "basic.social_insurance.back_paid_counts": Text(
        "补缴、个人窗口缴纳月份是否计分", "back-paid and individual-window months score"
    ),
    "basic.social_insurance.transferred_in_counts": Text("转入月份是否计分", "transferred-in months score"),
    "basic.social_insurance.back_paid_reading": Text("补缴月份的读法", "reading on back-paid months"),
    "basic.housing_fund.first_points_per_year": Text("公积金较低档每年分值", "housing fund, a year, lower rate"),
    "basic.housing_fund.first_band_months": Text("公积金较低档适用月数", "months at the lower housing-fund rate"),
    "basic.housing_fund.later_points_per_year": Text("公积金较高档每年分值", "housing fund, a year, higher rate"),
    "basic.residence.rental_points_per_year": Text("租赁住房每满一年分值", "rental, each full year"),
    "basic.residence.items_add_up": Text("租赁、自有住房、居住证分值可否累加", "rental, own home and residence card add up"),
    "basic.residence.residence_card.points_per_endorsement": Text(
        "居住证每次年度签注分值", "each yearly residence-card endorsement"
    ),
    "basic.title_conditions.matches_post": Text(
        "证书须与单位主营业务和岗位相符", "certificate must match the business and the post"
    ),
    "basic.title_conditions.wage_base_above_average": Text(
        "近12个月缴费基数须高于上年度月平均工资", "last 12 months' contribution base above last year's average wage"
    ),
    "basic.title_conditions.wage_base_levels": Text(
        "须满足缴费基数条件的等级", "levels the contribution-base condition applies to"
    ),
    "additional.marriage.points": Text("婚姻加分", "marriage points"),
    "additional.marriage.spouse_min_months": Text("配偶在津缴纳社保最少月数", "spouse's minimum months of Tianjin insurance"),
    "negative.criminal.points_each": Text("每项刑事犯罪记录", "each criminal record"),
    "negative.criminal.window_years": Text("刑满后计入年数", "years after the sentence ends a record counts"),
    "negative.false_information.points_each": Text("每项提供虚假信息记录", "each record of false information"),
    "negative.false_information.window_years": Text("虚假信息计入年数", "years a false-information record counts"),
    "negative.false_information.round_refused": Text("提供虚假信息当次申请不予受理", "false information: the round refused"),
    "ranking.pass_mark": Text("申报指导分值", "guiding score (pass mark)"),
    "ranking.quota": Text("年度落户指标数量", "yearly quota"),
}
for _type, _name in INSURANCE_TYPES.items():
    LABELS[f"basic.social_insurance.first_band.{_type}"] = Text(
        f"{_name.zh}每年分值（较低档）", f"{_name.en}, a year (lower rate)"
    )
    LABELS[f"basic.social_insurance.later_band.{_type}"] = Text(
        f"{_name.zh}每年分值（较高档）", f"{_name.en}, a year (higher rate)"
    )
for _area, _name in AREA_SHORT.items():
    LABELS[f"basic.residence.own_home.per_year.{_area}"] = Text(
        f"自有住房每满一年：{_name.zh}", f"own home, each full year: {_name.en}"
    )
    LABELS[f"basic.residence.own_home.new_home_bonus.{_area}"] = Text(
        f"新建商品住房一次性加分：{_name.zh}", f"new commercial home, once: {_name.en}"
    )
for _kind, _name in OCCUPATION_NAMES.items():
    LABELS[f"guiding.occupation.points.{_kind}"] = _name
for _kind, _name in COMPETITION_NAMES.items():
    LABELS[f"additional.skill_competition.points.{_kind}"] = _name
_CATEGORIES = {
    "male": Text("男", "men"),
    "female_cadre": Text("女（原55周岁退休）", "women formerly retiring at 55"),
    "female_worker": Text("女（原50周岁退休）", "women formerly retiring at 50"),
}
_RETIREMENT_PARTS = {
    "base_years": Text("法定退休年龄", "statutory retirement age"),
    "reform_from": Text("延迟退休起始出生月", "later retirement from the birth month"),
    "months_per_step": Text("每多少个月出生延迟1个月", "one month later for every so many months of birth"),
    "max_delay_months": Text("最多延迟月数", "months of delay at most"),
}
for _category, _who in _CATEGORIES.items():
    for _part, _name in _RETIREMENT_PARTS.items():
        LABELS[f"qualification.retirement.{_category}.{_part}"] = Text(f"{_name.zh}：{_who.zh}", f"{_name.en}: {_who.en}")
