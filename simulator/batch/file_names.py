"""Output file names that are safe on Windows, macOS and Linux and never the same twice in one folder.

A name comes from the applicant number. Characters no system allows (< > : " / \\ | ? * and control characters)
become "_", leading dots and trailing dots or spaces go, a name Windows reserves (CON, PRN, AUX, NUL, COM1–9,
LPT1–9, with any extension and in any case) is changed, and the name is kept short. Two names that differ only
in case or in the Unicode form of a character are the same file on Windows and macOS: `NameBook` gives the later
one its row number, so one worksheet never replaces another."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]|[^\w.\- ]', re.UNICODE)
_RESERVED = {"con", "prn", "aux", "nul", "clock$", "conin$", "conout$"} | {
    f"{kind}{n}" for kind in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")
}
MAX_STEM = 80  # characters: far below every system's 255 bytes, even in UTF-8 Chinese


def portable_stem(text: str) -> str:
    """The text as the stem of a file name every system accepts ("" when nothing usable is left)."""
    stem = unicodedata.normalize("NFC", text)
    stem = _FORBIDDEN.sub("_", stem)[:MAX_STEM]
    stem = stem.lstrip(". ").rstrip(". ")
    if stem.split(".", 1)[0].rstrip(" ").lower() in _RESERVED:
        stem = "_" + stem
    return stem


def same_file_key(name: str) -> str:
    """Two names with the same key are one file on a case-insensitive or normalising system (Windows, macOS)."""
    return unicodedata.normalize("NFC", name).casefold()


class NameBook:
    """Hands out the file names of one folder: each unique whatever the system's rules on case."""

    def __init__(self, suffix: str):
        self.suffix = suffix
        self.used: set[str] = set()

    def name(self, text: str, row: int) -> str:
        """`text`'s name, kept as it is where it is safe and free; otherwise with the row number added."""
        stem = portable_stem(text) or "row"
        name = f"{stem}{self.suffix}"
        if stem != text or same_file_key(name) in self.used:
            name = f"{stem}-row{row}{self.suffix}"
            extra = 1
            while same_file_key(name) in self.used:  # an applicant number that itself ends in "-row<N>"
                extra += 1
                name = f"{stem}-row{row}-{extra}{self.suffix}"
        self.used.add(same_file_key(name))
        return name
