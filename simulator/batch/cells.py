"""Reading one spreadsheet cell as the applicant file's value: months, dates, yes/no, numbers, choices, lists."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from simulator.batch.layout import FALSE_WORDS, LIST_SEPARATORS, TRUE_WORDS, Column
from simulator.core import reading
from simulator.core.months import month_of


class CellError(ValueError):
    pass


class FormulaCell:
    """A workbook cell holding a formula whose value the file does not keep (written by a program that does not
    compute, or never saved in a spreadsheet): reported with its row, never read as an empty cell."""

    __slots__ = ("formula",)

    def __init__(self, formula: str):
        self.formula = formula

    def __reduce__(self):  # crosses to worker processes
        return (FormulaCell, (self.formula,))

    def __str__(self) -> str:
        return self.formula


FORMULA_PROBLEM = "a formula without a saved value: open the file in a spreadsheet and save it, or type the value"
# A spreadsheet keeps 15 significant digits of a number: an ID number typed into a number cell has lost its last.
NUMBER_DIGITS_KEPT = 15


def long_number_problem(value) -> str | None:
    """Why a number cell cannot be a text such as an ID number, or None."""
    if isinstance(value, float) and value == value and abs(value) >= 10**NUMBER_DIGITS_KEPT:
        return (
            f"{cell_text(value)!r} was stored as a number, which keeps only {NUMBER_DIGITS_KEPT} digits (the last are "
            "lost): format the column as text and type it again"
        )
    return None


def parse_text_cell(value) -> str:
    problem = long_number_problem(value)
    if problem:
        raise CellError(problem)
    return cell_text(value)


def is_blank(value) -> bool:
    if value.__class__ is str:
        return not value or value.isspace()
    return value is None


def cell_text(value) -> str:
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e300:
        return str(int(value))
    return str(value).strip()


def parse_month_cell(value) -> int:
    if value.__class__ is str and len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        year, month = int(value[:4]), int(value[5:])  # the usual "2012-03", without the general reading below
        if 1 <= month <= 12 and 1900 <= year <= 2200:
            return year * 12 + month - 1
    if isinstance(value, (datetime, date)):
        return month_of(value.year, value.month)
    try:
        return reading.read_month(cell_text(value))
    except reading.Unreadable as exc:
        raise CellError(str(exc)) from None


def parse_date_cell(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return reading.read_date(cell_text(value))
    except reading.Unreadable as exc:
        raise CellError(str(exc)) from None


def parse_bool_cell(value) -> bool:
    if isinstance(value, bool):
        return value
    text = cell_text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(f"expected yes or no, got {text!r}")


# No amount, count or year an applicant has comes near this; a cell such as 1e10000000 is refused here, before
# anything (a whole number made of it, a rounding) could take minutes.
MAX_WHOLE_DIGITS = 15


def parse_decimal_cell(value) -> Decimal:
    if isinstance(value, bool):
        raise CellError(f"expected a number, got {value!r}")
    if isinstance(value, int):
        number = Decimal(value) if abs(value) < 10**MAX_WHOLE_DIGITS else Decimal("Infinity")
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        try:
            number = reading.read_amount(cell_text(value))
        except reading.Unreadable as exc:
            raise CellError(str(exc)) from None
    if not number.is_finite():
        raise CellError(f"expected a number, got {_shown(value)!r}")
    if number and number.adjusted() >= MAX_WHOLE_DIGITS:
        raise CellError(f"{_shown(value)!r} is too large: at most {MAX_WHOLE_DIGITS} digits before the decimal point")
    return number


def _shown(value) -> str:
    """A cell as a message quotes it: whole when short, its start and end when long."""
    if isinstance(value, int) and abs(value) >= 10**40:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    text = cell_text(value)
    return text if len(text) <= 40 else f"{text[:20]}…{text[-10:]}"


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
