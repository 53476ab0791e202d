"""Spreadsheet formula injection: a text cell of a CSV file that begins with = + - @, a tab or a carriage return
is taken by Excel, LibreOffice and Numbers as a formula (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`). Such a
cell is written with an apostrophe before it, which spreadsheets show as text; the text itself is kept whole (a
leading tab stays, so `\\t=1+1` is never turned into `=1+1`). The XLSX writer needs none of this: it writes
inline strings, which a spreadsheet never evaluates."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(text: str) -> str:
    """The text as a CSV cell that no spreadsheet runs: an apostrophe before a formula's first character (also
    after leading spaces or line breaks, which some spreadsheets skip)."""
    if text.startswith(FORMULA_STARTS) or text.lstrip(" \n\r\t").startswith(FORMULA_STARTS):
        return "'" + text
    return text
