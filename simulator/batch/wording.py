"""A batch problem in the user's language. The problems are worded in English where they arise (errors.csv and
the terminal keep that wording, which scripts match on); a face showing them in Chinese words each through the
patterns below (and the applicant model's checks through simulator.profile.wording), the English kept where no
pattern knows the message (a new check not worded here yet)."""

from __future__ import annotations

import re

from simulator.batch.cells import FORMULA_PROBLEM
from simulator.core.rewording import pattern_table, reworded
from simulator.profile.wording import value_error_zh

_BOUNDS = {"at least": "应不小于", "at most": "应不大于", "more than": "应大于", "less than": "应小于"}

_ZH = pattern_table(
    (
        (r"empty: this column is required", "空白：此列必填"),
        (r"empty: every row needs an applicant number", "空白：每一行都需要申请人编号"),
        (r"empty, but the (\w+)_ group is used", r"空白，但\1_这一组的其他列已填写"),
        (r"empty, but other (\w+)_ columns are filled", r"空白，但其他\1_列已填写"),
        (re.escape(FORMULA_PROBLEM), "公式没有保存的计算结果：请用电子表格软件打开并保存，或直接填写数值"),
        (
            r"(.+) was stored as a number, which keeps only (\d+) digits \(the last are lost\): format the column as "
            r"text and type it again",
            r"\1以数字格式保存，只保留\2位有效数字（末几位已丢失）：请把该列设为文本格式后重新输入",
        ),
        (r"([\d,]+) characters: a cell holds at most ([\d,]+)", r"\1个字符：一个单元格最多\2个字符"),
        (r"([\d,]+) characters: at most ([\d,]+)", r"\1个字符：最多\2个字符"),
        (r"([\d,]+) entries: at most ([\d,]+)", r"\1条：最多\2条"),
        (r"expected yes or no, got (.+)", r"应填写yes或no（是/否），实际为\1"),
        (r"expected a whole number, got (.+)", r"应为整数，实际为\1"),
        (r"expected a number, got (.+)", r"应为数字，实际为\1"),
        (r"(.+) is too large: at most (\d+) digits before the decimal point", r"\1过大：整数部分最多\2位"),
        (r"expected one of (.+), got (.+)", r"应为以下之一：\1；实际为\2"),
        (
            r"(.+) is not a district of (\S+) \(known: (.+)\)",
            lambda m: f"{m.group(1)}不是{_city_name(m.group(2))}的区（可填：{m.group(3)}）",  # the city by its name
        ),
        (
            r"(.+) is not allowed: it must be (at least|at most|more than|less than) (.+)",
            lambda m: f"{m.group(1)}不允许：{_BOUNDS[m.group(2)]}{m.group(3)}",
        ),
        (r"month must be 01 to 12, got (.+)", r"月份应为01至12，实际为\1"),
        (r"expected a month written as YYYY-MM(?: between 1900 and 2200)?, got (.+)", r"月份应写成YYYY-MM，实际为\1"),
        (r"year out of range in (.+)", r"年份超出范围：\1"),
        (r"study_end (\S+) is before study_start (\S+)", r"毕业月份\1早于入学月份\2"),
        (r"give both study_start and study_end, or neither", "入学和毕业月份应同时填写或同时不填"),
        (
            r"(\S+) \((.+)\) overlaps (\S+) \((.+)\) from (\S+): periods of one city may not share a month",
            r"\1（\2）与\3（\4）自\5起重叠：同一城市的期间不能共享同一个月",
        ),
    )
)


def problem_words(message: str, lang: str) -> str:
    """`message` as the face shows it in `lang`: the English itself, or its Chinese."""
    if lang != "zh":
        return message
    found = re.match(r"(.*) \(found (.+)\)$", message)  # a value quoted after the message: kept, in Chinese brackets
    head, value = (found.group(1), found.group(2)) if found else (message, "")
    worded = reworded(_ZH, head)
    if worded is None:
        worded = value_error_zh(head)  # the applicant model's own checks, worded where they are defined
    if worded is None:
        return message
    return f"{worded}（实际为{value}）" if value else worded


def _city_name(city_id: str) -> str:
    from simulator import cities

    try:
        return cities.get(city_id).name.zh
    except (KeyError, LookupError):
        return city_id
