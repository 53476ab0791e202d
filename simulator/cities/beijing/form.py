"""Beijing's wizard form, in the order of its official form: the qualification, the nine numbered indicators
(the study-period deduction shares the education page), the summary. Pages of its own are in pages/."""

from __future__ import annotations

from simulator.cities.base import Form, Page
from simulator.core.text import Text

OWN = "simulator.cities.beijing.pages"

FORM = Form(
    (
        Page("start"),
        Page(
            "qualification",
            hidden=("residence_permits",),
            facts=("work_residence_permit",),
            shown_when={"work_residence_permit": lambda pack: pack.qualification.work_residence_permit_from is not None},
        ),
        Page(
            "employment",
            title=Text("1 · 合法稳定就业（社会保险）", "1 · Legal stable employment (social insurance)"),
            short=Text("1 合法稳定就业", "1 Employment"),
            indicators=("employment",),
            intro=Text(
                "事后补缴的月份请勾选“补缴”：补缴月份视为连续缴费，但不计分。",
                "Tick “Back-paid” for months paid afterwards (补缴): they keep the run continuous but earn no points.",
            ),
            columns={"social_insurance": ("start", "end", "back_paid", "city")},
            hidden=("workplaces",),
        ),
        Page(
            "residence",
            view=f"{OWN}.residence:ResidencePage",
            title=Text("2 · 合法稳定住所", "2 · Legal stable residence (housing)"),
            short=Text("2 合法稳定住所", "2 Residence"),
            indicators=("residence",),
        ),
        Page(
            "education",
            title=Text("3 · 教育背景，及取得学历期间扣减", "3 · Education, and the study-period deduction"),
            short=Text("3 教育背景", "3 Education"),
            indicators=("education", "study_deduction"),
            intro=Text(
                "如果是在本市缴纳社保期间取得的，请填写学习起止月份：这些月份要扣减（见下方第二项计算）。",
                "If you studied for it while paying this city's social insurance, enter the months of study: those "
                "months are deducted (see the second derivation below).",
            ),
        ),
        Page(
            "work_residence_area",
            view=f"{OWN}.area:AreaPage",
            title=Text("4 · 职住区域", "4 · Work and residence area"),
            short=Text("4 职住区域", "4 Area"),
            indicators=("work_residence_area",),
        ),
        Page(
            "innovation",
            view=f"{OWN}.innovation:InnovationPage",
            title=Text("5 · 创新创业", "5 · Innovation and entrepreneurship"),
            short=Text("5 创新创业", "5 Innovation"),
            indicators=("innovation",),
        ),
        Page(
            "tax",
            view=f"{OWN}.tax:TaxPage",
            title=Text("6 · 纳税", "6 · Tax"),
            short=Text("6 纳税", "6 Tax"),
            indicators=("tax",),
        ),
        Page("age", title=Text("7 · 年龄", "7 · Age"), short=Text("7 年龄", "7 Age"), indicators=("age",)),
        Page(
            "honours",
            view=f"{OWN}.honours:HonoursPage",
            title=Text("8 · 荣誉表彰", "8 · Honours"),
            short=Text("8 荣誉表彰", "8 Honours"),
            indicators=("honours",),
        ),
        Page(
            "law_abiding",
            view=f"{OWN}.law_abiding:LawAbidingPage",
            title=Text("9 · 守法记录", "9 · Law-abiding record"),
            short=Text("9 守法记录", "9 Law-abiding"),
            indicators=("law_abiding",),
        ),
        Page("summary"),
    ),
    required={"housing": ("district",), "workplaces": ("district",)},
)
