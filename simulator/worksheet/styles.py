"""Colours, paragraph styles and table styles: the worksheet's look in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from simulator.worksheet.cjk import apply_chinese_line_breaking
from simulator.worksheet.fonts import register_fonts

INK = colors.HexColor("#1A1F26")
MUTED = colors.HexColor("#5B6673")
NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2F6F8F")
RULE = colors.HexColor("#C5CED8")
FAINT = colors.HexColor("#EEF2F6")
ZEBRA = colors.HexColor("#F7F9FB")
WARN = colors.HexColor("#B3261E")
WARN_BG = colors.HexColor("#FBE9E7")
CAP = colors.HexColor("#8A5A00")
CAP_BG = colors.HexColor("#FFF4DC")
OK = colors.HexColor("#1E7B45")

CONFIDENCE_COLOURS = {
    "data": "#1E7B45",
    "2+": "#2F6F8F",
    "1": "#8A5A00",
    "?": "#B3261E",
    "not found": "#B3261E",
    "user-supplied": "#8A5A00",
}


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_centre: ParagraphStyle
    label: ParagraphStyle
    label_right: ParagraphStyle
    label_centre: ParagraphStyle
    small: ParagraphStyle
    indicator_name: ParagraphStyle
    indicator_points: ParagraphStyle
    big_number: ParagraphStyle
    warning: ParagraphStyle
    warning_small: ParagraphStyle
    notice: ParagraphStyle
    ref: ParagraphStyle


@cache
def styles_for(lang: str) -> Styles:
    font = register_fonts()
    apply_chinese_line_breaking()
    # Chinese breaks between any two characters; English must break at spaces only.
    wrap = "CJK" if lang == "zh" else None

    def style(name: str, size: float, leading: float, colour=INK, align=TA_LEFT, **extra) -> ParagraphStyle:
        return ParagraphStyle(
            f"{name}-{lang}",
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=colour,
            alignment=align,
            wordWrap=wrap,
            **extra,
        )

    return Styles(
        title=style("title", 19, 24, NAVY),
        subtitle=style("subtitle", 10.5, 14, MUTED),
        h2=style("h2", 12.5, 16, NAVY, spaceBefore=10, spaceAfter=5),
        h3=style("h3", 9.5, 13, NAVY, spaceBefore=6, spaceAfter=3),
        body=style("body", 9, 12.5),
        cell=style("cell", 8.3, 11),
        cell_right=style("cell-right", 8.3, 11, align=TA_RIGHT),
        cell_centre=style("cell-centre", 8.3, 11, align=TA_CENTER),
        label=style("label", 8, 10.5, MUTED),
        label_right=style("label-right", 8, 10.5, MUTED, align=TA_RIGHT),
        label_centre=style("label-centre", 8, 10.5, MUTED, align=TA_CENTER),
        small=style("small", 7.2, 9.5, MUTED),
        indicator_name=style("indicator-name", 10.5, 13.5, colors.white),
        indicator_points=style("indicator-points", 10.5, 13.5, colors.white, align=TA_RIGHT),
        big_number=style("big-number", 22, 26, NAVY, align=TA_RIGHT),
        warning=style("warning", 9, 12.5, WARN),
        warning_small=style("warning-small", 7.6, 10, WARN),
        notice=style("notice", 8.5, 12, INK),
        ref=style("ref", 7.6, 10.5, MUTED),
    )


def cell_padding() -> list[tuple]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def grid_table(header_rows: int = 1, zebra: bool = True, top: int = 0) -> list[tuple]:
    """A plain data table: shaded header, hairlines between rows, light zebra striping.

    `top` is the first row of the grid (a table may carry its own title above it).
    """
    commands: list[tuple] = cell_padding() + [
        ("LINEBELOW", (0, top), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, top), (-1, top), 0.6, NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, top), (-1, top + header_rows - 1), FAINT))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, top + header_rows), (-1, -1), [colors.white, ZEBRA]))
    return commands


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose cells use the bundled font (reportlab's default, Helvetica, would be listed unembedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), register_fonts(), 8.3)] + list(commands))


def hex_of(colour) -> str:
    """A colour as "#RRGGBB" for <font color=...> markup."""
    return "#" + colour.hexval()[2:].upper()
