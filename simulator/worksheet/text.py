"""Turning engine and profile strings into safe paragraph markup in one language."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from simulator.core.decimals import fmt
from simulator.core.phrases import reading_words
from simulator.core.result import Text

_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def esc(value: object) -> str:
    """Anything shown inside a reportlab Paragraph: what a user typed may contain < or &."""
    return escape(str(value))


def one_language(value, lang: str) -> str:
    """Some engine and rule values carry both languages ("硕士研究生 / master"): keep the one being printed. A
    rule value that is a reading the pack chose ("full_years") is said in words.

    Only a value of exactly two parts, Chinese first and no Chinese in the second, is split; anything else
    (e.g. "10.5: 36, 15: 48") is shown as it is.
    """
    shown = getattr(value, "shown", None)
    if shown is not None:  # an InputUsed / RuleValue that knows its words in each language
        value = shown(lang)
    value = getattr(value, "value", value)
    reading = reading_words(value)
    if reading is not None:
        return reading(lang)
    parts = value.split(" / ")
    if len(parts) == 2 and _CJK.search(parts[0]) and not _CJK.search(parts[1]):
        return parts[0] if lang == "zh" else parts[1]
    return value


def signed(value) -> str:
    """A difference as people write it, with its sign: +28.66, -5.42, +0."""
    text = fmt(value)
    return text if text.startswith("-") else f"+{text}"


def tr(text: Text | object, lang: str) -> str:
    """A Text (or anything with .zh/.en) in one language, escaped for markup."""
    if isinstance(text, Text):
        return esc(text(lang))
    return esc(getattr(text, lang))


def path_markup(path: str, width: float, size: float = 6.8) -> str:
    """A value path ("bonus.honours.levels.municipal.max_points") for a cell `width` points wide: broken only
    after a dot (or, for one part longer than the cell, after an underscore), never inside a word, in the sheet's
    own (embedded) font."""
    from simulator.worksheet.fonts import text_width

    pieces = re.findall(r"[^._]+[._]?", path)
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and text_width(current + piece, size) > width:
            lines.append(current)
            current = ""
        current += piece
    if current:
        lines.append(current)
    return f"<font size='{size}' color='#5B6673'>" + "<br/>".join(esc(line) for line in lines) + "</font>"
