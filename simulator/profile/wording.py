"""The problems of an applicant file that does not validate, in both languages: where (the field, named as the
documentation names it, and the entry, counted from 1) and what is wrong. The English wording is the one the
terminal has always printed (simulator.core.errors.describe); the Chinese names every field in Chinese."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from simulator.core.errors import describe, field_path, message_of
from simulator.core.text import Text

FIELDS_ZH = {
    "applicant": "申请人",
    "name": "姓名",
    "id_number": "身份证号码",
    "birth_date": "出生日期",
    "retirement_category": "退休类别",
    "has_residence_permit": "居住证",
    "has_criminal_record": "刑事犯罪记录",
    "social_insurance": "社会保险",
    "housing": "住房",
    "workplaces": "工作单位",
    "education": "学历",
    "innovation": "创新创业",
    "income_tax": "个人所得税",
    "tax_violations": "涉税违法",
    "detentions": "行政拘留",
    "honours": "荣誉表彰",
    "meets_trial_tax_condition": "试行办法纳税条件",
    "professional_title": "专业技术职称",
    "skill_level": "职业技能等级",
    "residence_permits": "居住证",
    "residence_registrations": "居住登记",
    "settlement_group": "落户渠道",
    "investment_tax": "投资企业纳税",
    "blood_donations": "献血",
    "volunteering": "志愿服务",
    "charity_donations": "慈善捐赠",
    "stem_cell_donation": "造血干细胞捐献",
    "invention_patents": "发明专利",
    "penalties": "刑事、戒毒、司法拘留记录",
    "dishonesty_listings": "失信记录",
    "banned_organisation": "参与邪教组织",
    "points_fraud": "积分造假",
    "notes": "备注",
    "as_of": "事实日期",
    "city_facts": "城市特有事实",
    "scenarios": "情景",
    "supplied_values": "自行提供的规则值",
    "declaration": "申报",
    # fields of entries
    "start": "开始",
    "end": "结束",
    "city": "城市",
    "kind": "类型",
    "district": "区",
    "lease_registered": "租赁备案",
    "back_paid": "补缴",
    "transferred_in": "转入",
    "employer": "单位",
    "year": "年度",
    "amount_yuan": "金额（元）",
    "date": "日期",
    "note": "说明",
    "act": "同一行为",
    "level": "级别",
    "diploma": "学历证书",
    "degree": "学位证书",
    "study_start": "学习开始",
    "study_end": "学习结束",
    "institution": "院校",
    "tier_points": "档次分值",
    "share_percent": "股权比例",
    "financing_yuan": "融资额",
    "worked_full_year": "全职工作满一年",
    "years": "年数",
    "description": "说明",
    "issued": "签发日期",
    "suspended": "暂停使用",
    "ml": "献血量（毫升）",
    "hours": "小时数",
    "yuan": "金额（元）",
    "granted": "授权日期",
    "shared": "共有",
    "first_patentee": "第一专利权人",
    "transferred": "受让取得",
    "title": "名称",
    "serious_crime": "严重犯罪",
    "sentence_years": "刑期（年）",
    "edition": "规则版本",
    "round": "申报批次",
    "total": "总分",
    "data_version": "数据版本",
    "pack": "规则包",
    "path": "规则值",
    "value": "值",
    "replace": "替换",
    "add": "增加",
}

# What pydantic says, by its error type, in Chinese (the English is pydantic's own message, as the terminal prints it).
_TYPES_ZH = {
    "missing": "缺少此项（必填）",
    "extra_forbidden": "不是申请人文件的字段（拼写错误？）",
    "literal_error": "不是可选的值之一",
    "enum": "不是可选的值之一",
    "bool_type": "应为true或false",
    "bool_parsing": "应为true或false",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "decimal_type": "应为数字",
    "decimal_parsing": "应为数字",
    "float_parsing": "应为数字",
    "string_type": "应为文字",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "date_type": "应为日期（YYYY-MM-DD）",
    "date_parsing": "应为日期（YYYY-MM-DD）",
    "date_from_datetime_parsing": "应为日期（YYYY-MM-DD）",
    "date_from_datetime_inexact": "应为日期（YYYY-MM-DD）",
    "string_too_short": "不能为空",
    "string_too_long": "太长",
}

# Our own validators' messages (English), and their Chinese.
_VALUE_ERRORS_ZH: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"^expected a month written as YYYY-MM.*"), "月份应写成YYYY-MM"),
    (re.compile(r"^month must be 01 to 12.*"), "月份应为01至12"),
    (re.compile(r"^year out of range.*"), "年份超出范围"),
    (re.compile(r"^end (\S+) is before start (\S+)$"), r"结束\1早于开始\2"),
    (
        re.compile(r"^(\w+)\[(\d+)\] \(.*\) overlaps (\w+)\[(\d+)\] \(.*\) from (\S+).*"),
        "与另一条记录自\\5起重叠：同一城市的期间不能共享同一个月（或同一天）",
    ),
    (re.compile(r"^(\w+)\[(\d+)\]: year (\d+) is already given at .*"), r"\3年度已经填写过"),
    (re.compile(r"^birth date before 1900 is not plausible$"), "1900年以前的出生日期不合常理"),
    (re.compile(r"^give both study_start and study_end, or neither$"), "学习开始和结束月份应同时填写或同时不填"),
    (re.compile(r"^study_end (\S+) is before study_start (\S+)$"), r"学习结束\1早于学习开始\2"),
    (re.compile(r"^a qualification needs the diploma, the degree, or both$"), "学历证书和学位证书至少要有一项"),
    (
        re.compile(r"^penalties\[(\d+)\] is a criminal conviction, but has_criminal_record is false$"),
        "有刑事犯罪记录，但“刑事犯罪记录”为否",
    ),
    (re.compile(r"^expected a declaration year.*"), "应为申报年度（2026）或批次（2025-Q3）"),
    (re.compile(r"^a scenario needs a name$"), "情景需要名称"),
    (re.compile(r"^the text holds a character that cannot be written.*"), "含有无法写入的字符（不成对的代理项）"),
)

_PIECE = re.compile(r"([A-Za-z_]+)((?:\[\d+\])*)")


def where_zh(path: str) -> str:
    """ "applicant.social_insurance[0].start" -> "申请人 › 社会保险第1条 › 开始" """
    parts = []
    for piece in path.split("."):
        m = _PIECE.fullmatch(piece)
        if not m:
            parts.append(piece)
            continue
        name = FIELDS_ZH.get(m.group(1), m.group(1))
        for index in re.findall(r"\[(\d+)\]", m.group(2)):
            name += f"第{int(index) + 1}条"
        parts.append(name)
    return " › ".join(parts)


def value_error_zh(message: str) -> str | None:
    """One of the profile model's own checks (its English message) in Chinese, or None when it is not one."""
    for pattern, zh in _VALUE_ERRORS_ZH:
        if pattern.match(message):
            return pattern.sub(zh, message)
    return None


def _message_zh(item: Any) -> str:
    kind = item["type"]
    message = message_of(item)
    if kind in ("value_error", "string_unicode"):  # our own words (core.errors.message_of)
        worded = value_error_zh(message)
        return worded if worded is not None else f"不被接受（{message}）"
    if kind in ("greater_than_equal", "greater_than"):
        limit = (item.get("ctx") or {}).get("ge", (item.get("ctx") or {}).get("gt"))
        return f"应不小于{limit}" if kind == "greater_than_equal" else f"应大于{limit}"
    if kind in ("less_than_equal", "less_than"):
        limit = (item.get("ctx") or {}).get("le", (item.get("ctx") or {}).get("lt"))
        return f"应不大于{limit}" if kind == "less_than_equal" else f"应小于{limit}"
    if kind in ("literal_error", "enum"):
        expected = (item.get("ctx") or {}).get("expected", "")
        return f"不是可选的值之一（可选：{str(expected).replace(' or ', '、')}）" if expected else "不是可选的值之一"
    return _TYPES_ZH.get(kind, f"不被接受（{message}）")


def worded(error: ValidationError, prefix: str = "applicant") -> list[Text]:
    """Each problem of the validation error as a Text: the English exactly as `describe` words it."""
    english = describe(error, prefix=prefix)
    texts = []
    for item, en in zip(error.errors(include_url=False), english):
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-"))))
        path = field_path(loc)
        path = prefix if path == "(file)" else f"{prefix}.{path}" if prefix else path
        texts.append(Text(f"{where_zh(path)}：{_message_zh(item)}。", en))
    return texts
