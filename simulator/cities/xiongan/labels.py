"""What each Xiong'an pack value is called on a worksheet."""

from __future__ import annotations

from simulator.core.result import Text
from simulator.engine.scales import retirement_labels, scale_labels

LABELS: dict[str, Text] = {
    **scale_labels(),
    **retirement_labels(),
    "time.cutoff": Text("计算截止日", "counting cut-off"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "channels": Text("第三条落户渠道", "Art. 3 settlement channel"),
    "residence_permit.min_months_lived": Text("申领居住证须居住月数（超过）", "months lived before a permit (more than)"),
    "qualification.continuous_insurance_months": Text("连续社保最少月数", "minimum continuous insured months"),
    "qualification.retirement": Text("法定退休年龄", "statutory retirement age"),
    "qualification.max_back_paid_months": Text("连续缴费期间补缴月数上限", "back-paid months allowed in the run"),
    "qualification.permit_applied_by": Text("居住证申领截止日", "residence permit applied for by"),
    "qualification.needed_person": Text(
        "须属于新区引进高端人才或工作需要的人员", "must be introduced talent or a person the area needs"
    ),
    "ranking.publicity_days": Text("排名公示天数", "days the ranked list is published"),
    "ranking.vacated_places_to_next": Text("放弃的名额依次递补", "a cancelled place passes to the next in rank"),
    "basic.employment.points_per_year": Text("连续社保每满1年分值", "points per full year of continuous insurance"),
    "basic.residence.points_per_year": Text("连续居住每满1年分值", "points per full year of continuous residence"),
    "basic.residence.requires_lease_registration": Text("租赁须登记备案", "registered lease required"),
    "bonus.honours.points": Text("荣誉表彰加分（按官方分值表）", "honours bonus (by the official table)"),
    "bonus.innovation.points": Text("创新创业加分（按官方分值表）", "innovation bonus (by the official table)"),
    "bonus.tax.points": Text("个人所得税加分（按官方分值表）", "income-tax bonus (by the official table)"),
    "deduction.records.points": Text("减分（按官方分值表）", "deduction (by the official table)"),
    "ranking.tie_break": Text("同分排序规则", "order for equal points"),
    "ranking.plan_size": Text("年度落户计划", "yearly settlement plan"),
    "ranking.line": Text("年度分数线", "yearly line"),
    "ranking.qualification_valid_years": Text("落户资格有效年数", "years a settlement qualification stays valid"),
}
for _group in (
    "beijing_relief_hukou",
    "relocated_staff_talent",
    "introduced_talent",
    "returning_graduate",
    "family_reunion",
    "relocated_staff",
):
    LABELS[f"channels.{_group}.route"] = Text("落户途径（直接 / 积分）", "route (direct / points)")
    LABELS[f"channels.{_group}.beijing_insurance_counts"] = Text("北京社保年限合并计算", "Beijing insurance years added in")
    LABELS[f"channels.{_group}.permit_conditions_exempt"] = Text("居住证申领条件豁免", "exempt from the permit conditions")
