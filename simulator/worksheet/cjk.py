"""Chinese line breaking: full-width punctuation must not begin a line.

reportlab's CJK wrapping keeps a "cannot start a line" character on the line before (hanging in the margin),
but its list is Japanese-centred and lacks the full-width comma, semicolon, colon, question and exclamation
marks used in Chinese, so "；" could start a line. Added once, at import.
"""

from __future__ import annotations

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

_CHINESE_CANNOT_START = "，；：？！．％"


def apply_chinese_line_breaking() -> None:
    missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in paragraph.ALL_CANNOT_START)
    if missing:
        paragraph.ALL_CANNOT_START += missing
        textsplit.ALL_CANNOT_START += missing
