"""Reading one spreadsheet cell as the applicant file's value: months, dates, yes/no, numbers, choices, lists."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from simulator.batch.layout import FALSE_WORDS, LIST_SEPARATORS, TRUE_WORDS, Column
from simulator.core.months import month_of


class CellError(ValueError):
    pass


def is_blank(value) -> bool:
    if value.__class__ is str:
        return not value or value.isspace()
    return value is None


def cell_text(value) -> str:
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_month_cell(value) -> int:
    if value.__class__ is str and len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        year, month = int(value[:4]), int(value[5:])  # the usual "2012-03", without the general parsing below
        if 1 <= month <= 12 and 1900 <= year <= 2200:
            return year * 12 + month - 1
    if isinstance(value, (datetime, date)):
        return month_of(value.year, value.month)
    text = cell_text(value)
    m = _MONTH.match(text) or _MONTH_COMPACT.match(text)
    if not m:
        raise CellError(f"expected a month written as YYYY-MM, got {text!r}")
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise CellError(f"month must be 01 to 12, got {text!r}")
    if not 1900 <= year <= 2200:
        raise CellError(f"year out of range in {text!r}")
    return month_of(year, month)


def parse_date_cell(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    m = _DATE.match(text)
    if not m:
        raise CellError(f"expected a date written as YYYY-MM-DD, got {text!r}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise CellError(f"{text!r} is not a date ({exc})") from None


def parse_bool_cell(value) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(f"expected yes or no, got {text!r}")


def parse_decimal_cell(value) -> Decimal:
    if isinstance(value, bool):
        raise CellError(f"expected a number, got {value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = cell_text(value).replace(",", "").replace("，", "").replace(" ", "").removesuffix("元").removeprefix("¥")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(f"expected a number, got {cell_text(value)!r}") from None
    if not number.is_finite():
        raise CellError(f"expected a number, got {cell_text(value)!r}")
    return number


def parse_int_cell(value) -> int:
    number = parse_decimal_cell(value)
    if number != number.to_integral_value():
        raise CellError(f"expected a whole number, got {cell_text(value)!r}")
    return int(number)


def parse_choice_cell(column: Column, value) -> str:
    text = cell_text(value)
    key = text.lower()
    if key in column.choices:
        return key
    alias = column.aliases.get(key) or column.aliases.get(text)
    if alias:
        return alias
    raise CellError(f"expected one of {', '.join(column.choices)}, got {text!r}")


def split_cell(value) -> list[str]:
    text = cell_text(value)
    for sep in LIST_SEPARATORS[1:]:
        text = text.replace(sep, LIST_SEPARATORS[0])
    return [part.strip() for part in text.split(LIST_SEPARATORS[0]) if part.strip()]


