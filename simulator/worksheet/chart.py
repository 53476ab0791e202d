"""A small chart of the past yearly lines with the applicant's total across it.

The rounds stand where they fall in time (a four-year gap is four years wide, not one step), and each line's value
is written on the side of its marker away from the total's dashed line, so that the line never strikes it through.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors

from simulator.core.decimals import fmt
from simulator.core.result import LineComparison
from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import MUTED, NAVY, RULE

TOTAL_COLOUR = "#C75B12"
LEFT, RIGHT, BOTTOM, TOP = 26, 10, 24, 12  # room for the axis labels, the legend and the markers' values
VALUE_SIZE = 5.8
_ROUND = re.compile(r"^(\d{4})(?:-([QH])([1-4]))?$")


@dataclass(frozen=True)
class ChartLegend:
    total: str  # "This result 134.08"
    published: str
    unconfirmed: str


def round_position(round_: str, fallback: float) -> float:
    """A round's place in time, in years: 2024 -> 2024, 2025-H2 -> 2025.5, 2025-Q3 -> 2025.5."""
    found = _ROUND.match(round_)
    if found is None:
        return fallback
    year, kind, part = found.groups()
    if not kind:
        return float(year)
    parts = 4 if kind == "Q" else 2
    return int(year) + (int(part) - 1) / parts


def lines_chart(lines: list[LineComparison], total: Decimal, legend: ChartLegend, width: float, height: float) -> Drawing:
    font = register_fonts()
    drawing = Drawing(width, height, initialFontName=font)  # else Helvetica is listed, unembedded
    values = [float(line.line) for line in lines] + [float(total)]
    low, high, step = _axis(min(values), max(values))
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP

    def y(value: float) -> float:
        return BOTTOM + (value - low) / (high - low) * plot_h

    tick = low
    while tick <= high + 1e-9:
        drawing.add(Line(LEFT, y(tick), LEFT + plot_w, y(tick), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(LEFT - 3, y(tick) - 2.2, f"{tick:g}", fontName=font, fontSize=6, fillColor=MUTED, textAnchor="end"))
        tick += step
    drawing.add(Line(LEFT, BOTTOM, LEFT + plot_w, BOTTOM, strokeColor=MUTED, strokeWidth=0.5))

    # The applicant's total first, so that the past lines' markers and values are drawn over it.
    total_y = y(float(total))
    drawing.add(Line(LEFT, total_y, LEFT + plot_w, total_y, strokeColor=TOTAL_COLOUR, strokeWidth=1.1, strokeDashArray=[3, 2]))

    times = [round_position(line.round, float(i)) for i, line in enumerate(lines)]
    first, last = (min(times), max(times)) if times else (0.0, 1.0)
    span = max(last - first, 1.0)
    margin = plot_w * 0.06

    def x(t: float) -> float:
        return LEFT + margin + (t - first) / span * (plot_w - 2 * margin)

    points = [(x(t), y(float(line.line))) for t, line in zip(times, lines)]
    confirmed = [p for p, line in zip(points, lines) if line.status != "unconfirmed"]
    if len(confirmed) > 1:
        drawing.add(PolyLine(_flat(confirmed), strokeColor=NAVY, strokeWidth=1.1))
    shown_rounds: list[float] = []
    for (px, py), line in zip(points, lines):
        unconfirmed = line.status == "unconfirmed"
        drawing.add(Circle(px, py, 2.3, fillColor=colors.white if unconfirmed else NAVY, strokeColor=NAVY, strokeWidth=0.8))
        # above the marker, unless the total's line would cross the value there: then below it
        above = py + 4
        if above - 1.5 <= total_y <= above + VALUE_SIZE + 1.5 or above + VALUE_SIZE > BOTTOM + plot_h + TOP - 2:
            above = py - 4 - VALUE_SIZE
            if above - 1.5 <= total_y <= above + VALUE_SIZE + 1.5:
                above = py + 4 if total_y < py else py - 4 - VALUE_SIZE
        drawing.add(String(px, above, fmt(line.line), fontName=font, fontSize=VALUE_SIZE, fillColor=NAVY, textAnchor="middle"))
        # a round's label where there is room for it beside the last one shown
        label_w = text_width(line.round, 6)
        if not shown_rounds or px - shown_rounds[-1] >= label_w + 2:
            drawing.add(String(px, BOTTOM - 8, line.round, fontName=font, fontSize=6, fillColor=MUTED, textAnchor="middle"))
            shown_rounds.append(px)

    # A legend under the axis rather than labels in the plot, where they could collide with the markers.
    cursor, base = LEFT, 2.5
    drawing.add(Line(cursor, base + 2, cursor + 12, base + 2, strokeColor=TOTAL_COLOUR, strokeWidth=1.1, strokeDashArray=[3, 2]))
    cursor += 15
    drawing.add(String(cursor, base, legend.total, fontName=font, fontSize=6.3, fillColor=TOTAL_COLOUR))
    cursor += text_width(legend.total, 6.3) + 9
    drawing.add(Circle(cursor + 2.3, base + 2, 2.3, fillColor=NAVY, strokeColor=NAVY, strokeWidth=0.8))
    cursor += 7
    drawing.add(String(cursor, base, legend.published, fontName=font, fontSize=6.3, fillColor=MUTED))
    if any(line.status == "unconfirmed" for line in lines):
        cursor += text_width(legend.published, 6.3) + 9
        drawing.add(Circle(cursor + 2.3, base + 2, 2.3, fillColor=colors.white, strokeColor=NAVY, strokeWidth=0.8))
        cursor += 7
        drawing.add(String(cursor, base, legend.unconfirmed, fontName=font, fontSize=6.3, fillColor=MUTED))
    return drawing


def _axis(low: float, high: float) -> tuple[float, float, float]:
    """Round axis limits with at most about six gridlines."""
    span = max(high - low, 1.0)
    if span <= 5000:
        step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / s <= 5)
    else:
        step = 10 ** math.ceil(math.log10(span / 5))
    low = math.floor((low - step * 0.4) / step) * step
    high = math.ceil((high + step * 0.6) / step) * step
    return low, high, step


def _flat(points: list[tuple[float, float]]) -> list[float]:
    return [coordinate for point in points for coordinate in point]
