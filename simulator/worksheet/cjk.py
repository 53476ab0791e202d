"""Chinese line breaking: full-width punctuation must not begin a line, an opening bracket must not end one, and a
Latin word (a value path, a number, a name) is not cut in the middle.

reportlab's CJK wrapping keeps one "cannot start a line" character on the line before (hanging in the margin), but
its list is Japanese-centred and lacks the full-width comma, semicolon, colon, question and exclamation marks used
in Chinese, so "；" could start a line; it never checks "cannot end a line", so "〔" could end one ("〔 / 未找到来源〕");
and a Latin word longer than half a line was cut anywhere ("points_per_yea / r"). The breaking below applies those
three rules; reportlab's two splitters (one fragment, several fragments) use it. Installed once, with the styles.
"""

from __future__ import annotations

from unicodedata import category

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

_CHINESE_CANNOT_START = "，；：？！．％、。）》」』】〕”’"
_CHINESE_CANNOT_END = "（《「『【〔“‘"


def _latin(ch: str) -> bool:
    return bool(ch) and ord(ch) < 0x3000 and category(ch) != "Zs"


def _space(ch: str) -> bool:
    return bool(ch) and category(ch) == "Zs"


def breaks(chars: list[str], widths: list[float], max_widths, hard: set[int] | None = None) -> list[tuple[int, int]]:
    """The lines of a run of characters, as (start, end) slices: as many characters as fit, then
    - a Latin word that would be cut moves to the next line whole (unless it fills the line alone);
    - a character that cannot start a line stays on the line before, hanging in the margin;
    - an opening bracket that would end a line moves down with what it opens.
    `hard`: positions of forced line breaks (the break itself ends its line)."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    hard = hard or set()
    cannot_start, cannot_end = paragraph.ALL_CANNOT_START, textsplit.ALL_CANNOT_END
    lines: list[tuple[int, int]] = []
    count = len(chars)
    start = i = 0
    used = 0.0
    limit = max_widths[0]
    while i < count:
        used += widths[i]
        i += 1
        forced = (i - 1) in hard
        if not forced and not (used > limit + textsplit._FUZZ and used > 0):
            continue
        end = i
        if not forced:
            end = i - 1  # the character that overflowed goes to the next line ...
            if _space(chars[end]):
                end += 1  # ... but a space ends this one
            elif _latin(chars[end]):
                j = end
                while j > start and _latin(chars[j - 1]):
                    j -= 1
                if j > start:
                    end = j  # ... with the whole Latin word it belongs to (unless the word fills the line alone)
            if end < count and chars[end] in cannot_start and end > start:
                if end + 1 >= count or chars[end + 1] not in cannot_start:
                    end += 1  # ... unless it cannot start a line: it hangs in the margin
                else:  # two or more that cannot start a line: the character before them goes down with them
                    while end - 1 > start and chars[end] in cannot_start:
                        end -= 1
            while end - 1 > start and chars[end - 1] in cannot_end:
                end -= 1  # an opening bracket goes down with what it opens
            end = max(end, start + 1)  # always progress
        lines.append((start, end))
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        start = i = end
        used = 0.0
    if start < count:
        lines.append((start, count))
    return lines


def _frag_split(frags, maxWidths, calcBounds, encoding="utf8"):  # noqa: N803 (reportlab's names)
    """reportlab's cjkFragSplit (a paragraph of several fragments), breaking lines by `breaks`."""
    units = []
    for frag in frags:
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if text:
            units.extend([paragraph.cjkU(t, frag, encoding) for t in text])
        else:
            units.append(paragraph.cjkU(text, frag, encoding))
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = []
    for unit in units:
        width = unit.width
        if hasattr(width, "normalizedValue"):
            width._normalizer = maxWidths[0]
            width = width.normalizedValue(maxWidths[0])
        widths.append(width)
    hard = {n for n, unit in enumerate(units) if hasattr(unit.frag, "lineBreak")}
    lines = []
    for number, (start, end) in enumerate(breaks([str(u) for u in units], widths, maxWidths, hard)):
        limit = maxWidths[min(number, len(maxWidths) - 1)]
        used = sum(widths[start:end])
        lines.append(paragraph.makeCJKParaLine(units[start:end], limit, used, limit - used, (end - 1) in hard, calcBounds))
    return paragraph.ParaLines(kind=1, lines=lines)


def _word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):  # noqa: N803 (reportlab's names)
    """reportlab's wordSplit (a paragraph of one fragment), breaking lines by `breaks`."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    widths = textsplit.getCharWidths(text, fontName, fontSize)
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    lines = []
    for number, (start, end) in enumerate(breaks(list(text), widths, maxWidths)):
        limit = maxWidths[min(number, len(maxWidths) - 1)]
        lines.append([limit - sum(widths[start:end]), text[start:end].strip()])
    return lines


def apply_chinese_line_breaking() -> None:
    missing = "".join(ch for ch in _CHINESE_CANNOT_START if ch not in paragraph.ALL_CANNOT_START)
    if missing:
        paragraph.ALL_CANNOT_START += missing
        textsplit.ALL_CANNOT_START += missing
    missing_end = "".join(ch for ch in _CHINESE_CANNOT_END if ch not in textsplit.ALL_CANNOT_END)
    if missing_end:
        textsplit.ALL_CANNOT_END += missing_end
    paragraph.cjkFragSplit = _frag_split
    paragraph.wordSplit = _word_split
