"""What each Beijing pack value is called on a worksheet."""

from __future__ import annotations

from simulator.core.text import Text
from simulator.engine.scales import retirement_labels

LABELS: dict[str, Text] = {
    **retirement_labels(),
    "time.cutoff": Text("计算截止日", "counting cut-off"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "time.rounding": Text("取整", "rounding"),
    "qualification.continuous_insurance_months": Text("连续社保最少月数", "minimum continuous insured months"),
    "qualification.max_back_paid_months": Text("补缴最多月数", "maximum back-paid months"),
    "qualification.residence_permit_by_cutoff": Text("居住证须于截止日前申领", "residence permit applied for by the cut-off"),
    "qualification.work_residence_permit_from": Text(
        "持工作居住证也可申报的起始年度", "work-residence permit also qualifies from"
    ),
    "qualification.retirement": Text("法定退休年龄", "statutory retirement age"),
    "employment.points_per_year": Text("每年分值", "points a year"),
    "employment.back_paid_scores": Text("补缴月份是否计分", "back-paid months score"),
    "residence.own_points_per_year": Text("自有住所每年分值", "own home, points a year"),
    "residence.rented_points_per_year": Text("租赁住所每年分值", "rented home, points a year"),
    "residence.dormitory_points_per_year": Text("单位宿舍每年分值", "employer dormitory, points a year"),
    "residence.capped_by_insurance_months": Text("居住月数不超过社保月数", "residence months capped by insured months"),
    "residence.lease_registration_required_from": Text("租赁须备案起始月", "registered lease required from"),
    "residence.automatic_until": Text(
        "按社保自动计入租赁/宿舍的截止月", "insured months counted as rental/dormitory automatically, up to"
    ),
    "education.levels": Text("学历学位分值", "education points"),
    "education.levels.junior_college.full": Text("大学专科（含高职）", "junior college"),
    "education.levels.bachelor.full": Text("大学本科学历和学士学位", "bachelor diploma and degree"),
    "education.levels.bachelor.partial": Text("大学本科（仅学历或仅学位）", "bachelor, diploma or degree only"),
    "education.levels.master.full": Text("硕士研究生学历和学位", "master diploma and degree"),
    "education.levels.master.partial": Text("硕士研究生（仅学历或仅学位）", "master, diploma or degree only"),
    "education.levels.doctor.full": Text("博士研究生学历和学位", "doctor diploma and degree"),
    "education.levels.doctor.partial": Text("博士研究生（仅学历或仅学位）", "doctor, diploma or degree only"),
    "qualification.retirement.male": Text("法定退休年龄（男）", "statutory retirement age (men)"),
    "qualification.retirement.female_cadre": Text(
        "法定退休年龄（女，原55周岁）", "statutory retirement age (women, formerly 55)"
    ),
    "qualification.retirement.female_worker": Text(
        "法定退休年龄（女，原50周岁）", "statutory retirement age (women, formerly 50)"
    ),
    "study_deduction.points_per_year": Text("每年扣减分值", "deduction a year"),
    "study_deduction.max_months": Text("扣减月数上限", "deduction month caps"),
    "area.counting_from": Text("起算月", "counted from"),
    "area.block_months": Text("每段月数", "months per block"),
    "area.live_and_work_points": Text("居住和就业均在城六区外（每满1年）", "home and work outside the six districts (per year)"),
    "area.live_only_points": Text("居住在城六区外（每满1年）", "home outside the six districts (per year)"),
    "area.max_points": Text("上限", "cap"),
    "area.live_only_max_points": Text("仅居住在外上限", "cap for home outside only"),
    "area.requires_own_home": Text("须为自有住所", "own home required"),
    "area.requires_december_residence": Text("截止年12月仍居住", "still living there in December"),
    "innovation.max_points": Text("上限", "cap"),
    "innovation.tiers": Text("档次", "tiers"),
    "innovation.min_share_percent": Text("最低持股比例（%）", "minimum share (%)"),
    "innovation.financing_bands": Text("融资额档次（元 → 分）", "financing bands (yuan -> points)"),
    "innovation.points_per_year": Text("每年分值", "points a year"),
    "innovation.kind_max_points": Text("本项上限", "cap for this item"),
    "tax.window_years": Text("计算年数", "years counted"),
    "tax.min_yuan": Text("每年纳税额下限（元）", "minimum tax a year (yuan)"),
    "tax.points_per_year": Text("每年分值", "points a year"),
    "tax.flat_points": Text("分值", "points"),
    "tax.continuity_required": Text("三年每年均须纳税（大于零）", "tax paid (more than zero) in every year of the three"),
    "tax.max_points": Text("上限", "cap"),
    "tax.violation_points": Text("每次涉税违法", "each tax violation"),
    "tax.violation_window_years": Text("违法记录回溯年数", "violation window (years)"),
    "age.table": Text("年龄分值表", "age table"),
    "age.otherwise": Text("其他年龄", "any other age"),
    "honours.points": Text("分值", "points"),
    "law_abiding.detention_points": Text("每次行政拘留", "each administrative detention"),
    "law_abiding.window_years": Text("回溯年数", "window (years)"),
}

# the innovation kinds' own values, each kind by the words of the value it has
for _kind in ("award", "competition", "equity", "senior_manager", "incubator_investment", "incubator_employment"):
    for _part in ("tiers", "min_share_percent", "financing_bands", "points_per_year"):
        LABELS[f"innovation.kinds.{_kind}.{_part}"] = LABELS[f"innovation.{_part}"]
    LABELS[f"innovation.kinds.{_kind}.max_points"] = LABELS["innovation.kind_max_points"]
