"""Reading a worksheet's text back, the way the worksheet tests compare it."""

from __future__ import annotations

import io
import re
from decimal import Decimal

from pypdf import PdfReader


def squash(value: str) -> str:
    """Text without any whitespace: where a paragraph wrapped does not matter."""
    return re.sub(r"\s+", "", value)


def text_of(pdf: bytes) -> str:
    """All the text of a PDF, without whitespace."""
    return squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, one text line per line, without the padding of right-aligned cells."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return ["\n".join(line.strip() for line in page.extract_text().splitlines()) for page in pages]


# A line's points as page one prints them: "57.25", "0–30", "0–30*", "at least 30", "至少30", "at most 0", "unknown"
_NUMBER = r"-?\d+(?:\.\d+)?"
POINTS = re.compile(
    rf"^(?:(?P<low>{_NUMBER})(?:–(?P<high>{_NUMBER}))?|(?:at least |至少)(?P<least>{_NUMBER})|(?:at most |至多)(?P<most>{_NUMBER})|(?P<unknown>unknown|未知))\*?$"
)


def bounds(shown: str) -> tuple[Decimal | None, Decimal | None] | None:
    """The (lowest, highest) a printed span says (None: no bound); None when `shown` is not a span."""
    found = POINTS.match(shown.strip())
    if found is None:
        return None
    if found["low"] is not None:
        low = Decimal(found["low"])
        return low, Decimal(found["high"]) if found["high"] is not None else low
    if found["least"] is not None:
        return Decimal(found["least"]), None
    if found["most"] is not None:
        return None, Decimal(found["most"])
    return None, None


def numbered_rows(page: str, last: int) -> dict[int, tuple[str, tuple]]:
    """The rows "n / name / points" of page one's table, n from 1 to `last`: {n: (name, (low, high))}. A name may
    run over two text lines (a long name, a group tag)."""
    lines = page.splitlines()
    rows: dict[int, tuple[str, tuple]] = {}
    wanted = 1
    i = 0
    while i < len(lines) and wanted <= last:
        if lines[i] == str(wanted):
            for j in range(i + 2, min(i + 5, len(lines))):
                found = bounds(lines[j])
                if found is not None:
                    rows[wanted] = (" ".join(lines[i + 1 : j]), found)
                    wanted += 1
                    i = j
                    break
        i += 1
    return rows
