"""The bundled CJK font, registered with reportlab once per process.

WenQuanYi Micro Hei is a TrueType collection (reportlab embeds TrueType outlines only, as a subset), so the
worksheet renders the same on a machine without any Chinese font. It has no bold face: emphasis comes from size
and colour, and <b> maps to the same face rather than failing.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from simulator.paths import cjk_font_path

FONT = "WQYMicroHei"


@cache
def register_fonts() -> str:
    """Register the font (parsing the 5 MB file takes about 0.25 s, so only the first export pays it)."""
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT


def has_glyph(char: str) -> bool:
    """Whether the bundled font can draw this character (tests use it to catch boxes instead of glyphs)."""
    register_fonts()
    return ord(char) in pdfmetrics.getFont(FONT).face.charToGlyph


def text_width(text: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, FONT, size)
