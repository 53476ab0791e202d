"""Reading months, dates and amounts as people write them (the wizard's fields and spreadsheet cells alike):
"2012-03", "2012/3", "2012年3月", "201203"; "1988-06-15", "1988/6/15", "1988年6月15日", "19880615"; "120,000元".
Each reader raises `Unreadable` with the kind of value expected; the face words the message for its reader."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from simulator.core.months import month_of

_MONTH = re.compile(r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))\s*$")
_DATE = re.compile(r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*年?\s*$")
_AMOUNT_NOISE = re.compile(r"[\s,，_]")
FIRST_YEAR, LAST_YEAR = 1900, 2200  # years a month or date of a person's record can have


class Unreadable(ValueError):
    """Text that is not a value of the kind expected ("month", "date", "year", "number", "whole number")."""

    def __init__(self, kind: str, text: str, detail: str = ""):
        self.kind, self.text, self.detail = kind, text, detail
        super().__init__(detail or f"expected a {kind}, got {text!r}")


def read_month(text: str) -> int:
    m = _MONTH.match(text)
    if not m:
        raise Unreadable("month", text.strip(), f"expected a month written as YYYY-MM, got {text.strip()!r}")
    year, month = int(m.group(1)), int(m.group(2) or m.group(3))
    if not 1 <= month <= 12:
        raise Unreadable("month", text.strip(), f"month must be 01 to 12, got {text.strip()!r}")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Unreadable("month", text.strip(), f"year out of range in {text.strip()!r}")
    return month_of(year, month)


def read_date(text: str) -> date:
    m = _DATE.match(text)
    if not m:
        raise Unreadable("date", text.strip(), f"expected a date written as YYYY-MM-DD, got {text.strip()!r}")
    year = int(m.group(1))
    month, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    try:
        return date(year, int(month), int(day))
    except ValueError as exc:
        raise Unreadable("date", text.strip(), f"{text.strip()!r} is not a date ({exc})") from None


def read_year(text: str) -> int:
    m = _YEAR.match(text)
    if not m:
        raise Unreadable("year", text.strip(), f"expected a year written as YYYY, got {text.strip()!r}")
    return int(m.group(1))


def read_amount(text: str) -> Decimal:
    """A number, with thousands separators, spaces, a yuan sign or 元 allowed."""
    cleaned = _AMOUNT_NOISE.sub("", text).removesuffix("元").removeprefix("¥").removeprefix("￥")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise Unreadable("number", text.strip(), f"expected a number, got {text.strip()!r}") from None
    if not value.is_finite():
        raise Unreadable("number", text.strip(), f"expected a number, got {text.strip()!r}")
    return value


def read_whole(text: str) -> int:
    cleaned = text.strip()
    if not re.fullmatch(r"\d+", cleaned):
        raise Unreadable("whole number", cleaned, f"expected a whole number, got {cleaned!r}")
    return int(cleaned)
