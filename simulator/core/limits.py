"""Bounds no real input reaches and a crafted one cannot pass, shared by every door (applicant files, the
wizard's fields, batch rows, rule packs, override files): the arithmetic, the dates and the pages stay sane, and
a file that breaks them is refused naming the field, instead of scoring trillions of points or hanging."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

MAX_NUMBER = Decimal(1_000_000_000)  # points and amounts: a billion (the largest real one: 40 million yuan)
MAX_COUNT = 10_000  # whole numbers: months, years, counts, declaration years
MAX_ENTRIES = 600  # entries of one list in an applicant file (periods, tax years, records): 50 years of months
MAX_TEXT = 500  # a name, an employer, an institution, a note on an entry
MAX_NOTES = 10_000  # the applicant's free notes
MAX_QUALIFICATIONS = 10  # qualifications one applicant holds besides the one entered first

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def refuse_unwritable_text(data: Any) -> Any:
    """A text holding half of a UTF-16 pair cannot be written to a file or a PDF: refused where it is read (the
    fields of one model's input, each named)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and not value.isascii() and _LONE_SURROGATE.search(value):  # ASCII: at C speed
                raise ValueError(f"{key}: the text holds a character that cannot be written (a lone surrogate)")
    return data
