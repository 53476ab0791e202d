"""The spreadsheet layout for batch scoring (documented for users in docs/batch-layout.md).

One row per applicant, one column per fact. Facts that come several to a person (social-insurance periods,
homes, workplaces, tax years) are numbered column groups: `si1_start, si1_end, si1_back_paid, si2_start, …`.
A group whose cells are all empty is skipped, so every row fills as many groups as it needs and a file may add
groups (`si4_…`, `home5_…`) beyond those the template shows. Dated events and honours are lists in one cell,
separated by semicolons. Columns whose name starts with "_" are the user's own and are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["text", "date", "month", "bool", "decimal", "int", "choice", "dates", "choices", "district"]

ID_COLUMN = "applicant_id"
OWN_COLUMN_PREFIX = "_"
LIST_SEPARATORS = ";；,，、"


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # the header (inside a group: the part after "si1_")
    kind: Kind
    field: str  # where the value goes in the applicant file ("birth_date", "education.level", or a group's sub-field)
    zh: str
    en: str
    required: bool = False  # for a group's column: required when the group is used
    example: str = ""
    choices: tuple[str, ...] = ()
    default: str = ""  # shown in the notes: what an empty cell means


@dataclass(frozen=True, slots=True)
class Group:
    prefix: str  # "si"
    field: str  # "social_insurance"
    zh: str
    en: str
    columns: tuple[Column, ...]
    in_template: int  # how many numbered groups the template shows

    def header(self, number: int, column: Column) -> str:
        return f"{self.prefix}{number}_{column.name}"


YES_NO = ("yes", "no")
RETIREMENT = ("male", "female_cadre", "female_worker")
HOUSING_KINDS = ("own", "rented", "dormitory")
LEVELS = ("junior_college", "bachelor", "master", "doctor")

# Words accepted for a choice besides its id (Chinese staff type these); keys are compared in lower case.
ALIASES: dict[str, dict[str, str]] = {
    "retirement_category": {"男": "male", "m": "male", "女干部": "female_cadre", "女55": "female_cadre", "女工人": "female_worker", "女50": "female_worker"},
    "kind": {"自有": "own", "自有住房": "own", "自有产权": "own", "租赁": "rented", "租房": "rented", "rent": "rented", "宿舍": "dormitory", "单位宿舍": "dormitory"},
    "edu_level": {"大专": "junior_college", "专科": "junior_college", "高职": "junior_college", "本科": "bachelor", "硕士": "master", "博士": "doctor"},
}
TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "是", "有", "x", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "否", "无"})

SINGLE: tuple[Column, ...] = (
    Column(ID_COLUMN, "text", "", "编号：每行唯一；用于汇总、错误报告和PDF文件名", "Applicant number: unique in the file; names the row in the summary, the error report and the PDF file name", True, "A0001"),
    Column("name", "text", "name", "姓名", "Name", example="张伟"),
    Column("id_number", "text", "id_number", "身份证号（汇总中默认遮盖）", "ID number (masked in the summary unless asked)", example="11010519880615001X"),
    Column("birth_date", "date", "birth_date", "出生日期 YYYY-MM-DD", "Birth date, YYYY-MM-DD", True, "1988-06-15"),
    Column("retirement_category", "choice", "retirement_category", "退休年龄类别：male 男；female_cadre 女（原55周岁退休）；female_worker 女（原50周岁退休）", "Retirement category: male; female_cadre (women formerly retiring at 55); female_worker (formerly at 50)", True, "male", RETIREMENT),
    Column("has_residence_permit", "bool", "has_residence_permit", "持有本市居住证", "Holds the city's residence permit", example="yes", choices=YES_NO, default="yes"),
    Column("has_criminal_record", "bool", "has_criminal_record", "有刑事犯罪记录", "Has a criminal record", example="no", choices=YES_NO, default="no"),
    Column("edu_level", "choice", "education.level", "最高学历：junior_college 大专；bachelor 本科；master 硕士；doctor 博士；空白表示无", "Highest qualification: junior_college, bachelor, master, doctor; empty for none", example="bachelor", choices=LEVELS),
    Column("edu_diploma", "bool", "education.diploma", "已取得学历（毕业证）", "Diploma held", example="yes", choices=YES_NO, default="yes"),
    Column("edu_degree", "bool", "education.degree", "已取得学位（学位证）", "Degree held", example="yes", choices=YES_NO, default="yes"),
    Column("edu_study_start", "month", "education.study_start", "学习开始月 YYYY-MM（与结束月同填或同空）", "Study start month, YYYY-MM (give both or neither)", example="2006-09"),
    Column("edu_study_end", "month", "education.study_end", "学习结束月 YYYY-MM", "Study end month, YYYY-MM", example="2010-06"),
    Column("innov_kind", "text", "innovation.kind", "创新创业项目类别（如 award、competition、equity）；空白表示无", "Innovation item kind (award, competition, equity, …); empty for none"),
    Column("innov_tier_points", "decimal", "innovation.tier_points", "奖项/大赛：官方分值表中的档次分", "Award or competition: the tier from the official table"),
    Column("innov_share_percent", "decimal", "innovation.share_percent", "持股：持股比例（%）", "Equity: share held (%)"),
    Column("innov_financing_yuan", "decimal", "innovation.financing_yuan", "持股：企业近3年股权融资额（元）", "Equity: the enterprise's equity financing in the last 3 years (yuan)"),
    Column("innov_worked_full_year", "bool", "innovation.worked_full_year", "持股：在该企业工作满一个自然年", "Equity: worked there a full natural year", choices=YES_NO, default="no"),
    Column("innov_years", "int", "innovation.years", "按年计分项目（旧规则）：年数", "Per-year items of older rules: number of years"),
    Column("tax_violation_dates", "dates", "tax_violations", "涉税违法记录日期，多个用分号隔开", "Dates of tax violations, separated by semicolons"),
    Column("detention_dates", "dates", "detentions", "行政拘留日期，多个用分号隔开", "Dates of administrative detentions, separated by semicolons"),
    Column("honours", "choices", "honours", "荣誉表彰类别（model_worker、moral_model、bravery），多个用分号隔开", "Honours (model_worker, moral_model, bravery), separated by semicolons"),
    Column("meets_trial_tax_condition", "bool", "meets_trial_tax_condition", "仅2018–2019试行规则：符合纳税条件", "Trial rules 2018–2019 only: meets the tax condition", choices=YES_NO, default="no"),
    Column("notes", "text", "notes", "备注", "Notes"),
)

GROUPS: tuple[Group, ...] = (
    Group(
        "si",
        "social_insurance",
        "本市社会保险缴费期间",
        "Periods of the city's social insurance",
        (
            Column("start", "month", "start", "开始月 YYYY-MM", "First month, YYYY-MM", True, "2012-03"),
            Column("end", "month", "end", "结束月 YYYY-MM；空白表示仍在缴纳", "Last month, YYYY-MM; empty if still paying"),
            Column("back_paid", "bool", "back_paid", "补缴（事后补缴的月份）", "Back-paid (paid afterwards for missed months)", example="no", choices=YES_NO, default="no"),
        ),
        3,
    ),
    Group(
        "home",
        "housing",
        "居住期间",
        "Periods of residence",
        (
            Column("start", "month", "start", "开始月 YYYY-MM", "First month, YYYY-MM", True, "2012-03"),
            Column("end", "month", "end", "结束月 YYYY-MM；空白表示仍在居住", "Last month, YYYY-MM; empty if still living there"),
            Column("kind", "choice", "kind", "住所类别：own 自有；rented 租赁；dormitory 单位宿舍", "Kind: own, rented, dormitory", True, "rented", HOUSING_KINDS),
            Column("district", "district", "district", "所在区（如 haidian、通州区）", "District (e.g. haidian, Tongzhou, 通州区)", True, "haidian"),
            Column("lease_registered", "bool", "lease_registered", "租赁合同已在住房租赁平台备案", "Lease registered on the city's rental platform", example="no", choices=YES_NO, default="no"),
        ),
        3,
    ),
    Group(
        "work",
        "workplaces",
        "就业地点期间",
        "Periods of work, by district",
        (
            Column("start", "month", "start", "开始月 YYYY-MM", "First month, YYYY-MM", True, "2012-03"),
            Column("end", "month", "end", "结束月 YYYY-MM；空白表示仍在此就业", "Last month, YYYY-MM; empty if still working there"),
            Column("district", "district", "district", "就业所在区", "District of the workplace", True, "haidian"),
            Column("employer", "text", "employer", "单位名称", "Employer"),
        ),
        2,
    ),
    Group(
        "tax",
        "income_tax",
        "个人所得税（每年一组）",
        "Personal income tax, one group a year",
        (
            Column("year", "int", "year", "纳税年度", "Tax year", True, "2022"),
            Column("yuan", "decimal", "amount_yuan", "当年缴纳的个人所得税（元）", "Personal income tax paid that year (yuan)", True, "120000"),
        ),
        3,
    ),
)

SINGLE_BY_NAME = {c.name: c for c in SINGLE}
GROUP_BY_PREFIX = {g.prefix: g for g in GROUPS}


def template_headers() -> list[str]:
    headers = [c.name for c in SINGLE[:7]]
    for group in GROUPS:
        for n in range(1, group.in_template + 1):
            headers.extend(group.header(n, c) for c in group.columns)
    headers.extend(c.name for c in SINGLE[7:])
    return headers
