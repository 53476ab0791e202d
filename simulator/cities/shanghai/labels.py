"""What each Shanghai pack value is called on a worksheet."""

from __future__ import annotations

from simulator.core.result import Text
from simulator.engine.scales import scale_labels

BANDS = {
    "x0_8": Text("0.8倍档", "0.8x band"),
    "x1": Text("1倍档", "1x band"),
    "x2": Text("2倍档", "2x band"),
    "x3": Text("3倍档", "3x band"),
}
AWARD_KINDS = {
    "municipal_specific": Text("市级政府部门专项性表彰奖励", "municipal department award, specific"),
    "municipal_comprehensive": Text("市级政府部门综合性表彰奖励", "municipal department award, comprehensive"),
    "provincial_or_higher": Text("省部级及以上政府表彰奖励", "provincial or ministerial award or higher"),
}
WAGE_MONTHS = ("2018-04", "2019-04", "2019-10", "2020-07", "2021-07", "2022-07", "2023-07", "2024-07")

LABELS: dict[str, Text] = {
    **scale_labels(),
    "time.cutoff": Text("计算截止日", "counting date"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "qualification.residence_permit_required": Text("须持有《上海市居住证》", "Shanghai residence card required"),
    "qualification.insured_in_application_month": Text(
        "申请当月须在职并缴纳社保", "employed and insured in the application month"
    ),
    "qualification.recent_insured_months": Text("近期须缴纳社保月数", "insured months required recently"),
    "qualification.recent_window_months": Text("近期的月数范围", "recent window, months"),
    "qualification.recent_back_paid_counts": Text("补缴月份是否计入", "back-paid months count"),
    "qualification.branch_staff_excluded": Text("外省市分支机构人员不能申请", "staff of branches in other provinces excluded"),
    "standard.pass_mark": Text("标准分值", "standard score"),
    "basic.education.part_time_places_must_match": Text("非全日制学历须“三地一致”", "part-time study: places must match"),
    "basic.education.parallel_bachelor_as_junior_college": Text(
        "专本套读按大专计分", "parallel bachelor's scores as junior college"
    ),
    "basic.title_skill.conditions.earned_in_shanghai_matching_post": Text(
        "须在沪工作期间取得、列入目录并与岗位相符", "earned in Shanghai, on the catalogue, matching the post"
    ),
    "basic.title_skill.conditions.base_levels": Text("须满足缴费基数条件的等级", "levels that need the base test"),
    "basic.title_skill.conditions.base_multiple": Text(
        "缴费基数不低于社平工资的倍数", "base at least this multiple of the average wage"
    ),
    "basic.title_skill.conditions.base_months": Text("须达到的月数", "months needed"),
    "basic.title_skill.conditions.base_window_months": Text("在最近的月数内", "within the last months"),
    "basic.social_insurance.points_per_year": Text("每满1年分值", "points per full year"),
    "basic.social_insurance.back_paid_counts": Text("补缴月份是否计分", "back-paid months count"),
    "basic.social_insurance.employer_mismatch_counts": Text(
        "缴费单位与合同单位不一致的月份是否计分", "months paid by another employer count"
    ),
    "basic.social_insurance.counting_reading": Text("社保年限的计算读法", "reading used for the insurance years"),
    "bonus.threshold_reading": Text("“满N年后开始计入”的读法", "reading used for 'counted after N years'"),
    "bonus.entrepreneur.points": Text("创业人才分值", "entrepreneur talent points"),
    "bonus.intermediary.points": Text("创新创业中介服务人才分值", "intermediary talent points"),
    "bonus.shortage_major.points": Text("紧缺急需专业分值", "shortage major points"),
    "bonus.investment.window_years": Text("计算年数", "years averaged"),
    "bonus.investment.tax_step_yuan": Text("年均纳税每满（元）", "per full yuan of yearly tax"),
    "bonus.investment.hires_step": Text("年均聘用本市户籍人员每满（人）", "per full Shanghai-hukou employees a year"),
    "bonus.investment.points_per_step": Text("每档分值", "points per step"),
    "bonus.investment.max_points": Text("投资纳税或带动就业分上限", "investment cap"),
    "bonus.investment.by_share": Text("按本人投资比例计算", "by the holder's investment share"),
    "bonus.investment.higher_of_two": Text("纳税与聘用只取较高一项", "tax or hiring, the higher only"),
    "bonus.public_service.points_per_year": Text("公共服务领域每满1年分值", "public service: points per full year"),
    "bonus.public_service.counts_after_years": Text("公共服务领域满若干年后计入", "public service: counted after years"),
    "bonus.public_service.max_points": Text("公共服务领域分上限", "public service: cap"),
    "bonus.remote_district.points_per_year": Text("远郊重点区域每满1年分值", "remote district: points per full year"),
    "bonus.remote_district.counts_after_years": Text("远郊重点区域满若干年后计入", "remote district: counted after years"),
    "bonus.remote_district.max_points": Text("远郊重点区域分上限", "remote district: cap"),
    "bonus.remote_district.lingang_counts_after_years": Text("临港新片区满若干年后计入", "Lingang: counted after years"),
    "bonus.remote_district.lingang_reading": Text("临港新政的读法", "reading used for Lingang's new policy"),
    "bonus.remote_district.lingang_first_year_from": Text("临港当年计入的施行日", "Lingang counted from the first year, from"),
    "bonus.remote_district.wider_areas_from": Text("新城等区域纳入的施行日", "new towns and transformation areas count from"),
    "bonus.remote_district.wider_areas_counts_after_years": Text("新城等区域满若干年后计入", "new towns: counted after years"),
    "bonus.fresh_graduate.points": Text("应届毕业生分值", "fresh graduate points"),
    "bonus.fresh_graduate.years_after_graduation": Text("毕业后可使用的年数", "years after graduation it can be used"),
    "bonus.awards.earned_in_shanghai": Text("须在沪工作期间取得", "earned while working in Shanghai"),
    "bonus.awards.highest_only": Text("只计最高一项", "the highest only"),
    "bonus.spouse.points_per_year": Text("每满1年婚龄分值", "points per full year of marriage"),
    "bonus.spouse.max_points": Text("配偶项分上限", "spouse cap"),
    "deduction.fraud_bar_years": Text("虚假材料情节严重的禁止申请年数", "years barred in serious cases of false materials"),
    "deduction.total_floor": Text("总积分最低", "lowest total"),
    "deduction.false_materials.points_each": Text("每次提供虚假材料", "each time false materials were given"),
    "deduction.false_materials.window_years": Text("虚假材料回溯年数", "false materials: years counted"),
    "deduction.administrative_detention.points_each": Text("每条行政拘留记录", "each administrative detention"),
    "deduction.administrative_detention.window_years": Text("行政拘留回溯年数", "detentions: years counted"),
    "deduction.general_crime.points_each": Text("每条一般刑事犯罪记录", "each general criminal record"),
    "deduction.general_crime.window_years": Text("刑事犯罪回溯年数", "criminal records: years counted"),
    "veto.family_planning": Text("违反计划生育政策一票否决", "family-planning violation: veto"),
    "veto.serious_crime": Text("严重刑事犯罪一票否决", "serious crime: veto"),
}
for _band, _name in BANDS.items():
    LABELS[f"bonus.contribution_base.bands.{_band}.multiple"] = Text(
        f"{_name.zh}：社平工资倍数", f"{_name.en}: multiple of the average wage"
    )
    LABELS[f"bonus.contribution_base.bands.{_band}.months"] = Text(f"{_name.zh}：累计月数", f"{_name.en}: months added up")
    LABELS[f"bonus.contribution_base.bands.{_band}.window_months"] = Text(
        f"{_name.zh}：最近月数内", f"{_name.en}: within the last months"
    )
    LABELS[f"bonus.contribution_base.bands.{_band}.points"] = Text(f"{_name.zh}：分值", f"{_name.en}: points")
for _kind, _name in AWARD_KINDS.items():
    LABELS[f"bonus.awards.kinds.{_kind}.points"] = _name
for _month in WAGE_MONTHS:
    LABELS[f"average_wage.from_{_month.replace('-', '_')}"] = Text(
        f"{_month}起人才政策所用社平工资（元/月）", f"average wage talent policies use from {_month} (yuan a month)"
    )
