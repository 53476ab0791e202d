"""The spreadsheet layout for batch scoring (documented for users in docs/batch-layout.md).

One row per applicant, one column per fact. Facts that come several to a person (social-insurance periods,
homes, workplaces, tax years ...) are numbered column groups: `si1_start, si1_end, si1_back_paid, si2_start, …`.
A group whose cells are all empty is skipped, so every row fills as many groups as it needs and a file may add
groups (`si4_…`, `home5_…`) beyond those the template shows. Dated events and Beijing's honours are lists in one
cell, separated by semicolons. Columns whose name starts with "_" are the user's own and are ignored.

Every column any city's rules read is described once here (CATALOGUE, GROUP_CATALOGUE); each city picks the ones
its rules read (`select`, in simulator/cities/<city>/batch.py) and may add columns for facts only it knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from simulator.core.text import Text

Kind = Literal[
    "text",
    "date",
    "month",
    "bool",
    "decimal",
    "int",
    "choice",
    "dates",
    "choices",
    "district",
    "permit",  # yes/no: holds the scored city's residence permit (a list of one permit in the applicant file)
]

ID_COLUMN = "applicant_id"
OWN_COLUMN_PREFIX = "_"
LIST_SEPARATORS = ";；,，、"


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # the header (inside a group: the part after "si1_")
    kind: Kind
    field: str  # where the value goes in the applicant file: "birth_date", "education.level", a group's sub-field
    label: Text
    required: bool = False  # for a group's column: required when the group is used
    example: str = ""
    choices: tuple[str, ...] = ()
    default: str = ""  # shown in the notes: what an empty cell means
    aliases: Mapping[str, str] = field(default_factory=dict)  # words accepted for a choice besides its id

    @property
    def zh(self) -> str:
        return self.label.zh

    @property
    def en(self) -> str:
        return self.label.en


@dataclass(frozen=True, slots=True)
class Group:
    prefix: str  # "si"
    field: str  # "social_insurance"
    label: Text
    columns: tuple[Column, ...]
    in_template: int  # how many numbered groups the template shows
    with_city: bool = True  # the entries name their city (the city being scored)

    def header(self, number: int, column: Column) -> str:
        return f"{self.prefix}{number}_{column.name}"

    @property
    def zh(self) -> str:
        return self.label.zh

    @property
    def en(self) -> str:
        return self.label.en


@dataclass(frozen=True)
class Layout:
    """The columns one city's batch reads, and the example applicants its template shows."""

    single: tuple[Column, ...]
    groups: tuple[Group, ...]
    examples: tuple[Mapping[str, str], ...] = ()
    # how many single columns come before the groups in the template (identity and qualification first)
    lead: int = 0

    @cached_property
    def single_by_name(self) -> dict[str, Column]:
        return {c.name: c for c in self.single}

    @cached_property
    def group_by_prefix(self) -> dict[str, Group]:
        return {g.prefix: g for g in self.groups}

    def with_facts(self, city_id: str, facts) -> Layout:
        """This layout with a column `fact_<key>` for each of the city's own facts (City.facts), last; an empty cell
        is a fact not answered."""
        if not facts:
            return self
        kinds = {
            "bool": "bool",
            "whole": "int",
            "amount": "decimal",
            "choice": "choice",
            "date": "date",
            "month": "month",
            "year": "int",
        }
        own = []
        for fact in facts:
            choices = tuple(c for c, _ in fact.choices) if fact.kind == "choice" else YES_NO if fact.kind == "bool" else ()
            shown_default = (
                ""
                if fact.default is None
                else ("yes" if fact.default is True else "no" if fact.default is False else str(fact.default))
            )
            own.append(
                Column(
                    f"fact_{fact.key}",
                    kinds[fact.kind],  # type: ignore[arg-type]
                    f"city_facts.{city_id}.{fact.key}",
                    fact.label,
                    choices=choices,
                    default=shown_default or "not answered",
                )
            )
        return Layout((*self.single, *own), self.groups, self.examples, lead=self.lead)

    def template_headers(self) -> list[str]:
        headers = [c.name for c in self.single[: self.lead]]
        for group in self.groups:
            for n in range(1, group.in_template + 1):
                headers.extend(group.header(n, c) for c in group.columns)
        headers.extend(c.name for c in self.single[self.lead :])
        return headers


YES_NO = ("yes", "no")
RETIREMENT = ("male", "female_cadre", "female_worker")
HOUSING_KINDS = ("own", "rented", "dormitory")
TITLES = ("senior", "deputy_senior", "intermediate", "assistant")
SKILLS = ("senior_technician", "technician", "senior_worker", "intermediate_worker", "junior_worker")
LEVELS = ("national", "provincial", "municipal", "district")

TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "是", "有", "x", "✓"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "否", "无"})


def _c(name, kind, field_, zh, en, required=False, example="", choices=(), default="", aliases=None) -> Column:
    return Column(name, kind, field_, Text(zh, en), required, example, choices, default, aliases or {})


_MONTH_START = ("start", "month", "start", "开始月 YYYY-MM", "First month, YYYY-MM", True, "2012-03")

# Every single column a city may read, by name.
CATALOGUE: dict[str, Column] = {
    c.name: c
    for c in (
        _c(
            ID_COLUMN,
            "text",
            "",
            "编号：每行唯一；用于汇总、错误报告和PDF文件名",
            "Applicant number: unique in the file; names the row in the summary, the error report and the PDF file name",
            True,
            "A0001",
        ),
        _c("name", "text", "name", "姓名", "Name", example="张伟"),
        _c(
            "id_number",
            "text",
            "id_number",
            "身份证号（汇总中默认遮盖）",
            "ID number (masked in the summary unless asked)",
            example="11010519880615001X",
        ),
        _c("birth_date", "date", "birth_date", "出生日期 YYYY-MM-DD", "Birth date, YYYY-MM-DD", True, "1988-06-15"),
        _c(
            "retirement_category",
            "choice",
            "retirement_category",
            "退休年龄类别：male 男；female_cadre 女（原55周岁退休）；female_worker 女（原50周岁退休）",
            "Retirement category: male; female_cadre (women formerly retiring at 55); female_worker (formerly at 50)",
            True,
            "male",
            RETIREMENT,
            aliases={
                "男": "male",
                "m": "male",
                "女干部": "female_cadre",
                "女55": "female_cadre",
                "女工人": "female_worker",
                "女50": "female_worker",
            },
        ),
        _c(
            "has_residence_permit",
            "bool",
            "has_residence_permit",
            "持有本市居住证",
            "Holds the city's residence permit",
            example="yes",
            choices=YES_NO,
            default="yes",
        ),
        _c(
            "residence_permit",
            "permit",
            "residence_permits",
            "持有本市居住证（有效）",
            "Holds a valid residence permit of the city",
            example="yes",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "has_criminal_record",
            "bool",
            "has_criminal_record",
            "有刑事犯罪记录",
            "Has a criminal record",
            example="no",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "edu_level",
            "choice",
            "education.level",
            "最高学历：high_school 高中/中专；junior_college 大专；bachelor 本科；master 硕士；doctor 博士；空白表示无",
            "Highest qualification: high_school, junior_college, bachelor, master, doctor; empty for none",
            example="bachelor",
            choices=("high_school", "junior_college", "bachelor", "master", "doctor"),
            aliases={
                "高中": "high_school",
                "中专": "high_school",
                "大专": "junior_college",
                "专科": "junior_college",
                "高职": "junior_college",
                "本科": "bachelor",
                "硕士": "master",
                "博士": "doctor",
            },
        ),
        _c(
            "edu_diploma",
            "bool",
            "education.diploma",
            "已取得学历（毕业证）",
            "Diploma held",
            example="yes",
            choices=YES_NO,
            default="yes",
        ),
        _c(
            "edu_degree",
            "bool",
            "education.degree",
            "已取得学位（学位证）",
            "Degree held",
            example="yes",
            choices=YES_NO,
            default="yes",
        ),
        _c(
            "edu_study_start",
            "month",
            "education.study_start",
            "学习开始月 YYYY-MM（与结束月同填或同空）",
            "Study start month, YYYY-MM (give both or neither)",
            example="2006-09",
        ),
        _c("edu_study_end", "month", "education.study_end", "学习结束月 YYYY-MM", "Study end month, YYYY-MM", example="2010-06"),
        _c(
            "professional_title",
            "choice",
            "professional_title",
            "专业技术职称：senior 正高级；deputy_senior 副高级；intermediate 中级；assistant 初级；空白表示无",
            "Professional title: senior, deputy_senior, intermediate, assistant; empty for none",
            choices=TITLES,
            aliases={
                "正高级": "senior",
                "正高": "senior",
                "副高级": "deputy_senior",
                "副高": "deputy_senior",
                "中级": "intermediate",
                "初级": "assistant",
            },
        ),
        _c(
            "skill_level",
            "choice",
            "skill_level",
            "职业技能等级：senior_technician 高级技师；technician 技师；senior_worker 高级工；intermediate_worker 中级工；junior_worker 初级工",
            "Vocational skill level: senior_technician, technician, senior_worker, intermediate_worker, junior_worker; empty for none",
            choices=SKILLS,
            aliases={
                "高级技师": "senior_technician",
                "一级": "senior_technician",
                "技师": "technician",
                "二级": "technician",
                "高级工": "senior_worker",
                "三级": "senior_worker",
                "中级工": "intermediate_worker",
                "四级": "intermediate_worker",
                "初级工": "junior_worker",
                "五级": "junior_worker",
            },
        ),
        _c(
            "innov_kind",
            "text",
            "innovation.kind",
            "创新创业项目类别（如 award、competition、equity）；空白表示无",
            "Innovation item kind (award, competition, equity, …); empty for none",
        ),
        _c(
            "innov_tier_points",
            "decimal",
            "innovation.tier_points",
            "奖项/大赛：官方分值表中的档次分",
            "Award or competition: the tier from the official table",
        ),
        _c("innov_share_percent", "decimal", "innovation.share_percent", "持股：持股比例（%）", "Equity: share held (%)"),
        _c(
            "innov_financing_yuan",
            "decimal",
            "innovation.financing_yuan",
            "持股：企业近3年股权融资额（元）",
            "Equity: the enterprise's equity financing in the last 3 years (yuan)",
        ),
        _c(
            "innov_worked_full_year",
            "bool",
            "innovation.worked_full_year",
            "持股：在该企业工作满一个自然年",
            "Equity: worked there a full natural year",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "innov_years",
            "int",
            "innovation.years",
            "按年计分项目（旧规则）：年数",
            "Per-year items of older rules: number of years",
        ),
        _c(
            "tax_violation_dates",
            "dates",
            "tax_violations",
            "涉税违法记录日期，多个用分号隔开",
            "Dates of tax violations, separated by semicolons",
        ),
        _c(
            "detention_dates",
            "dates",
            "detentions",
            "行政拘留日期，多个用分号隔开",
            "Dates of administrative detentions, separated by semicolons",
        ),
        _c(
            "honours",
            "choices",
            "honours",
            "荣誉表彰类别（model_worker、moral_model、bravery），多个用分号隔开",
            "Honours (model_worker, moral_model, bravery), separated by semicolons",
        ),
        _c(
            "meets_trial_tax_condition",
            "bool",
            "meets_trial_tax_condition",
            "仅2018–2019试行规则：符合纳税条件",
            "Trial rules 2018–2019 only: meets the tax condition",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "stem_cell_donation",
            "bool",
            "stem_cell_donation",
            "捐献过造血干细胞",
            "Donated haematopoietic stem cells",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "banned_organisation",
            "bool",
            "banned_organisation",
            "参加过非法组织",
            "Took part in a banned organisation",
            choices=YES_NO,
            default="no",
        ),
        _c(
            "points_fraud",
            "date",
            "points_fraud",
            "积分申请中弄虚作假的认定日期（没有则留空）",
            "Date found to have cheated in a points application (empty if never)",
        ),
        _c("notes", "text", "notes", "备注", "Notes"),
    )
}

# Every numbered group a city may read, by prefix.
GROUP_CATALOGUE: dict[str, Group] = {
    g.prefix: g
    for g in (
        Group(
            "si",
            "social_insurance",
            Text("本市社会保险缴费期间", "Periods of the city's social insurance"),
            (
                _c(*_MONTH_START),
                _c("end", "month", "end", "结束月 YYYY-MM；空白表示仍在缴纳", "Last month, YYYY-MM; empty if still paying"),
                _c(
                    "back_paid",
                    "bool",
                    "back_paid",
                    "补缴（事后补缴的月份）",
                    "Back-paid (paid afterwards for missed months)",
                    example="no",
                    choices=YES_NO,
                    default="no",
                ),
            ),
            3,
        ),
        Group(
            "home",
            "housing",
            Text("居住期间", "Periods of residence"),
            (
                _c(*_MONTH_START),
                _c("end", "month", "end", "结束月 YYYY-MM；空白表示仍在居住", "Last month, YYYY-MM; empty if still living there"),
                _c(
                    "kind",
                    "choice",
                    "kind",
                    "住所类别：own 自有；rented 租赁；dormitory 单位宿舍",
                    "Kind: own, rented, dormitory",
                    True,
                    "rented",
                    HOUSING_KINDS,
                    aliases={
                        "自有": "own",
                        "自有住房": "own",
                        "自有产权": "own",
                        "租赁": "rented",
                        "租房": "rented",
                        "rent": "rented",
                        "宿舍": "dormitory",
                        "单位宿舍": "dormitory",
                    },
                ),
                _c(
                    "district",
                    "district",
                    "district",
                    "所在区（如 haidian、通州区）",
                    "District (e.g. haidian, Tongzhou, 通州区)",
                    True,
                    "haidian",
                ),
                _c(
                    "lease_registered",
                    "bool",
                    "lease_registered",
                    "租赁合同已登记备案",
                    "Lease registered",
                    example="no",
                    choices=YES_NO,
                    default="no",
                ),
            ),
            3,
        ),
        Group(
            "work",
            "workplaces",
            Text("就业地点期间", "Periods of work, by district"),
            (
                _c(*_MONTH_START),
                _c(
                    "end",
                    "month",
                    "end",
                    "结束月 YYYY-MM；空白表示仍在此就业",
                    "Last month, YYYY-MM; empty if still working there",
                ),
                _c("district", "district", "district", "就业所在区", "District of the workplace", True, "haidian"),
                _c("employer", "text", "employer", "单位名称", "Employer"),
            ),
            2,
        ),
        Group(
            "tax",
            "income_tax",
            Text("个人所得税（每年一组）", "Personal income tax, one group a year"),
            (
                _c("year", "int", "year", "纳税年度", "Tax year", True, "2022"),
                _c(
                    "yuan",
                    "decimal",
                    "amount_yuan",
                    "当年缴纳的个人所得税（元）",
                    "Personal income tax paid that year (yuan)",
                    True,
                    "120000",
                ),
            ),
            3,
        ),
        Group(
            "inv",
            "investment_tax",
            Text("投资企业纳税（每年一组）", "Tax paid by an invested enterprise, one group a year"),
            (
                _c("year", "int", "year", "纳税年度", "Tax year", True, "2022"),
                _c(
                    "yuan",
                    "decimal",
                    "amount_yuan",
                    "企业当年在本市缴纳的税款（元）",
                    "Tax the enterprise paid in the city that year (yuan)",
                    True,
                    "80000",
                ),
            ),
            1,
        ),
        Group(
            "reg",
            "residence_registrations",
            Text("居住登记期间（按日）", "Residence registrations, to the day"),
            (
                _c("start", "date", "start", "起始日 YYYY-MM-DD", "First day, YYYY-MM-DD", True, "2016-03-01"),
                _c(
                    "end", "date", "end", "截止日 YYYY-MM-DD；空白表示仍在登记", "Last day, YYYY-MM-DD; empty if still registered"
                ),
            ),
            2,
        ),
        Group(
            "hon",
            "honours",
            Text("荣誉表彰（按授予机关级别）", "Honours, by the awarding body's level"),
            (
                _c(
                    "kind",
                    "choice",
                    "kind",
                    "类别：title 荣誉称号；commendation 表彰奖励",
                    "Kind: title (honorary title), commendation",
                    True,
                    "commendation",
                    ("title", "commendation"),
                    aliases={"荣誉称号": "title", "表彰奖励": "commendation", "表彰": "commendation", "奖励": "commendation"},
                ),
                _c(
                    "level",
                    "choice",
                    "level",
                    "级别：national 国家级；provincial 省级；municipal 市级；district 区县级",
                    "Level: national, provincial, municipal, district",
                    True,
                    "municipal",
                    LEVELS,
                    aliases={
                        "国家级": "national",
                        "省级": "provincial",
                        "市级": "municipal",
                        "区级": "district",
                        "县级": "district",
                        "区县级": "district",
                    },
                ),
                _c("year", "int", "year", "授予年份", "Year awarded", True, "2021"),
                _c("note", "text", "note", "名称或说明", "Name or note"),
            ),
            1,
        ),
        Group(
            "blood",
            "blood_donations",
            Text("无偿献血（每次一组）", "Blood donations, one group each"),
            (
                _c("date", "date", "date", "献血日期", "Date", True, "2022-05-10"),
                _c("ml", "int", "ml", "献血量（毫升）", "Amount (ml)", True, "400"),
            ),
            1,
            with_city=False,
        ),
        Group(
            "vol",
            "volunteering",
            Text("志愿服务（每年一组）", "Volunteer hours, one group a year"),
            (
                _c("year", "int", "year", "年度", "Year", True, "2023"),
                _c("hours", "decimal", "hours", "登记的服务小时数", "Registered hours", True, "40"),
            ),
            1,
            with_city=False,
        ),
        Group(
            "charity",
            "charity_donations",
            Text("慈善捐赠（每次一组）", "Charitable donations, one group each"),
            (
                _c("date", "date", "date", "捐赠日期", "Date", True, "2023-02-01"),
                _c("yuan", "decimal", "yuan", "金额（元）", "Amount (yuan)", True, "1000"),
            ),
            1,
            with_city=False,
        ),
        Group(
            "patent",
            "invention_patents",
            Text("发明专利（每项一组）", "Invention patents, one group each"),
            (
                _c("granted", "date", "granted", "授权日期", "Date granted", True, "2021-09-01"),
                _c("shared", "bool", "shared", "与他人共有", "Held with others", choices=YES_NO, default="no"),
                _c(
                    "first_patentee",
                    "bool",
                    "first_patentee",
                    "共有专利中为第一专利权人",
                    "First patentee of a shared patent",
                    choices=YES_NO,
                    default="yes",
                ),
                _c("transferred", "bool", "transferred", "受让取得", "Obtained by transfer", choices=YES_NO, default="no"),
                _c("title", "text", "title", "专利名称", "Title"),
            ),
            1,
            with_city=False,
        ),
        Group(
            "pen",
            "penalties",
            Text(
                "刑事犯罪、强制隔离戒毒、司法拘留（每项一组）",
                "Convictions, drug rehabilitation, judicial detentions, one group each",
            ),
            (
                _c(
                    "kind",
                    "choice",
                    "kind",
                    "类别：criminal 刑事犯罪；drug_rehabilitation 强制隔离戒毒；judicial_detention 司法拘留",
                    "Kind: criminal, drug_rehabilitation, judicial_detention",
                    True,
                    "judicial_detention",
                    ("criminal", "drug_rehabilitation", "judicial_detention"),
                    aliases={
                        "刑事犯罪": "criminal",
                        "强制隔离戒毒": "drug_rehabilitation",
                        "戒毒": "drug_rehabilitation",
                        "司法拘留": "judicial_detention",
                    },
                ),
                _c("date", "date", "date", "日期", "Date", True, "2020-06-01"),
                _c("serious_crime", "bool", "serious_crime", "严重刑事犯罪", "A serious crime", choices=YES_NO, default="no"),
                _c("sentence_years", "decimal", "sentence_years", "刑期（年）", "Sentence (years)"),
                _c("act", "text", "act", "同一行为的标记", "Same act as"),
            ),
            1,
        ),
        Group(
            "list",
            "dishonesty_listings",
            Text("列入失信名单（每项一组）", "Dishonesty listings, one group each"),
            (
                _c(
                    "level",
                    "choice",
                    "level",
                    "名单：national 全国；provincial 省级；municipal 市级",
                    "List: national, provincial, municipal",
                    True,
                    "municipal",
                    ("national", "provincial", "municipal"),
                    aliases={"全国": "national", "国家级": "national", "省级": "provincial", "市级": "municipal"},
                ),
                _c("date", "date", "date", "列入日期", "Date listed", True, "2021-01-01"),
                _c("act", "text", "act", "同一行为的标记", "Same act as"),
            ),
            1,
            with_city=False,
        ),
    )
}

# The columns every city reads first: who the applicant is.
IDENTITY = (ID_COLUMN, "name", "id_number", "birth_date", "retirement_category")


def select(
    single: Iterable[str],
    groups: Iterable[str | Group],
    *,
    own_single: Iterable[Column] = (),
    own_groups: Iterable[Group] = (),
    examples: Iterable[Mapping[str, str]] = (),
    lead: Iterable[str] = (),
) -> Layout:
    """A city's layout: the identity columns, then the named catalogue columns (`lead`: those the template shows
    before the groups), the named groups, and the city's own columns and groups."""
    lead = tuple(lead)
    names = list(dict.fromkeys([*IDENTITY, *lead, *single]))
    columns = tuple(CATALOGUE[n] for n in names) + tuple(own_single)
    chosen = tuple(g if isinstance(g, Group) else GROUP_CATALOGUE[g] for g in groups) + tuple(own_groups)
    return Layout(columns, chosen, tuple(examples), lead=len(IDENTITY) + len(lead))


# Columns a group of the catalogue can take on for a city whose rules read them.
GROUP_EXTRAS: dict[str, dict[str, Column]] = {
    "si": {
        "transferred_in": _c(
            "transferred_in",
            "bool",
            "transferred_in",
            "转入（从外地转入的月份）",
            "Transferred in from another place",
            example="no",
            choices=YES_NO,
            default="no",
        ),
    },
}


def group(prefix: str, *, drop: Iterable[str] = (), add: Iterable[str] = ()) -> Group:
    """A catalogue group without some of its columns (a district where the rules have none) or with extra ones."""
    base = GROUP_CATALOGUE[prefix]
    dropped = set(drop)
    columns = tuple(c for c in base.columns if c.name not in dropped) + tuple(GROUP_EXTRAS[prefix][name] for name in add)
    return Group(base.prefix, base.field, base.label, columns, base.in_template, base.with_city)
