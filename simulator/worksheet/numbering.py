"""Line numbers, as on a tax-return worksheet: each indicator is a numbered line (1, 2, …, in the rules' order), the
total is the next line, and each input of a line is lettered (1a, 1b, …). The working of a line refers to the
lines of its inputs: a number or a word of the engine's working that is exactly one input's value is marked with
that input's letter ("229 [1a] months × 3/12 = 57.25").

Nothing here computes points: the marks only say where a figure of the working comes from. A figure that is not
exactly one input's value (the rate 3, which is also the 3 back-paid months; a value two inputs share) is left
unmarked rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from simulator.core.phrases import input_letter
from simulator.core.result import Evaluation, IndicatorResult

_NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-/])-?\d[\d,]*(?:\.\d+)?(?![A-Za-z0-9_/]|\.\d|-\d)")
# answers too common in a working to tell where they come from
_COMMON_WORDS = {"yes", "no", "none", "held", "是", "否", "无", "有", "持有"}
_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])")


letter = input_letter  # a, b, …, z, aa, ab, … for the 0th, 1st, … input


@dataclass(frozen=True, slots=True)
class Lines:
    """The line number of each indicator of a result, and of its total."""

    numbers: dict[str, int]
    total: int

    @classmethod
    def of(cls, result: Evaluation) -> Lines:
        numbers = {item.id: n for n, item in enumerate(result.indicators, start=1)}
        return cls(numbers, len(numbers) + 1)

    def of_indicator(self, indicator_id: str) -> int | None:
        return self.numbers.get(indicator_id)

    def span(self) -> tuple[int, int]:
        """The first and last indicator lines (the total adds them)."""
        return (1, self.total - 1)


def input_refs(line: int, item: IndicatorResult) -> list[str]:
    """ "1a", "1b", … for each input of a line, in order."""
    return [f"{line}{letter(i)}" for i in range(len(item.inputs))]


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def annotate(item: IndicatorResult, line: int, lang: str) -> list[list[tuple[str, str | None]]]:
    """Each step of the working as pieces (text, the input line it comes from or None). An input is marked once,
    where its value first appears; small whole numbers (under 10) are not marked: too many figures of a working
    are such numbers (a count of periods, of years left over) to tell one from another."""
    refs = input_refs(line, item)
    by_number: dict[Decimal, list[str]] = {}
    by_text: dict[str, list[str]] = {}
    for ref, used in zip(refs, item.inputs):
        shown = used.shown(lang).strip()
        if not shown or shown in ("—", "-"):
            continue
        number = _decimal(shown) if _FIGURE.fullmatch(shown) else None
        if number is not None:
            by_number.setdefault(number, []).append(ref)
        else:
            by_text.setdefault(shown, []).append(ref)
    rule_numbers = set()
    for rule in item.rules:
        shown = rule.shown(lang)
        if _FIGURE.fullmatch(shown):
            rule_numbers.add(_decimal(shown))
    taken: set[str] = set()
    return [_marked(step(lang), by_number, by_text, rule_numbers, taken, lang) for step in item.steps]


_FIGURE = re.compile(r"-?[\d,]+(?:\.\d+)?")


def _marked(step: str, by_number, by_text, rule_numbers, taken: set[str], lang: str) -> list[tuple[str, str | None]]:
    marks: list[tuple[int, int, str]] = []  # (start, end, ref): the figure step[start:end] comes from input `ref`

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in marks)

    def mark(start: int, end: int, ref: str) -> None:
        marks.append((start, end, ref))
        taken.add(ref)

    for match in _DATE.finditer(step):
        refs_of = by_text.get(match.group(0), [])
        if len(refs_of) == 1 and refs_of[0] not in taken and free(match.start(), match.end()):
            mark(match.start(), match.end(), refs_of[0])
    for match in _NUMBER.finditer(step):
        value = _decimal(match.group(0))
        if value is None or not free(match.start(), match.end()):
            continue
        if value == value.to_integral_value() and abs(value) < 10:
            continue
        refs_of = by_number.get(value, [])
        if len(refs_of) != 1 or refs_of[0] in taken or value in rule_numbers:
            continue  # no input, several inputs, or also a rule value: not marked
        mark(match.start(), match.end(), refs_of[0])
    for shown, refs_of in by_text.items():
        if len(refs_of) != 1 or refs_of[0] in taken or len(shown) < 2 or _DATE.fullmatch(shown) or shown in _COMMON_WORDS:
            continue
        pattern = re.escape(shown) if lang == "zh" else rf"(?<!\w){re.escape(shown)}(?!\w)"
        found = re.search(pattern, step)
        if found is not None and free(found.start(), found.end()):
            mark(found.start(), found.end(), refs_of[0])

    pieces: list[tuple[str, str | None]] = []
    cursor = 0
    for _start, end, ref in sorted(marks):
        pieces.append((step[cursor:end], None))
        pieces.append(("", ref))
        cursor = end
    pieces.append((step[cursor:], None))
    return [(text, ref) for text, ref in pieces if text or ref]
