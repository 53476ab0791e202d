"""Reading a worksheet's text back, the way the worksheet tests compare it."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def squash(value: str) -> str:
    """Text without any whitespace: where a paragraph wrapped does not matter."""
    return re.sub(r"\s+", "", value)


def text_of(pdf: bytes) -> str:
    """All the text of a PDF, without whitespace."""
    return squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
