"""Reading what was typed into a field or a cell (simulator.core.reading), with the complaint worded for the user."""

from __future__ import annotations

import re

from simulator.core import reading
from simulator.gui.form import messages


class Unreadable(ValueError):
    """Typed text that is not in the expected form; carries the message to show, in the user's language."""


_WORDED = {
    "month": messages.month_format,
    "date": messages.date_format,
    "year": messages.year_format,
    "number": messages.number_format,
    "whole number": messages.whole_number_format,
}


def _worded(reader):
    """A reader of simulator.core.reading whose complaint is worded for the user."""

    def read(text: str):
        try:
            return reader(text)
        except reading.Unreadable as exc:
            raise Unreadable(_WORDED[exc.kind](exc.text)) from None

    return read


read_month = _worded(reading.read_month)
read_date = _worded(reading.read_date)
read_year = _worded(reading.read_year)
_read_amount = _worded(reading.read_amount)
_TEN_THOUSAND = re.compile(r"^\s*[¥￥]?\s*(?P<number>[0-9０-９.,，\s]+?)\s*万\s*元?\s*$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def read_money(text: str):
    """An amount as people write it: "120000", "120,000元", and with 万 (ten thousand): "12万", "1.5万元"."""
    m = _TEN_THOUSAND.match(text)
    if m is None:
        return _read_amount(text.translate(_FULL_WIDTH))
    value = _read_amount(m.group("number").translate(_FULL_WIDTH)) * 10000
    return value.quantize(1) if value == value.to_integral_value() else value.normalize()


read_whole = _worded(reading.read_whole)


READERS = {"month": read_month, "date": read_date, "year": read_year, "money": read_money, "whole": read_whole}


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
