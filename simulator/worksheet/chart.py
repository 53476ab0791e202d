"""A small chart of the past yearly lines with the applicant's total across it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors

from simulator.core.decimals import fmt
from simulator.core.result import LineComparison
from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import MUTED, NAVY, RULE

TOTAL_COLOUR = "#C75B12"
LEFT, RIGHT, BOTTOM, TOP = 26, 6, 24, 12  # room for the axis labels, the legend and the markers' values


@dataclass(frozen=True)
class ChartLegend:
    total: str  # "This result 134.08"
    published: str
    unconfirmed: str


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

    slot = plot_w / max(len(lines), 1)
    points = [(LEFT + slot * (i + 0.5), y(float(line.line))) for i, line in enumerate(lines)]
    confirmed = [p for p, line in zip(points, lines) if line.status != "unconfirmed"]
    if len(confirmed) > 1:
        drawing.add(PolyLine(_flat(confirmed), strokeColor=NAVY, strokeWidth=1.1))
    for (x, py), line in zip(points, lines):
        unconfirmed = line.status == "unconfirmed"
        drawing.add(Circle(x, py, 2.3, fillColor=colors.white if unconfirmed else NAVY, strokeColor=NAVY, strokeWidth=0.8))
        drawing.add(String(x, py + 4, fmt(line.line), fontName=font, fontSize=5.8, fillColor=NAVY, textAnchor="middle"))
        drawing.add(String(x, BOTTOM - 8, line.round, fontName=font, fontSize=6, fillColor=MUTED, textAnchor="middle"))

    # A legend under the axis rather than labels in the plot, where they could collide with the markers.
    x, base = LEFT, 2.5
    drawing.add(Line(x, base + 2, x + 12, base + 2, strokeColor=TOTAL_COLOUR, strokeWidth=1.1, strokeDashArray=[3, 2]))
    x += 15
    drawing.add(String(x, base, legend.total, fontName=font, fontSize=6.3, fillColor=TOTAL_COLOUR))
    x += text_width(legend.total, 6.3) + 9
    drawing.add(Circle(x + 2.3, base + 2, 2.3, fillColor=NAVY, strokeColor=NAVY, strokeWidth=0.8))
    x += 7
    drawing.add(String(x, base, legend.published, fontName=font, fontSize=6.3, fillColor=MUTED))
    if any(line.status == "unconfirmed" for line in lines):
        x += text_width(legend.published, 6.3) + 9
        drawing.add(Circle(x + 2.3, base + 2, 2.3, fillColor=colors.white, strokeColor=NAVY, strokeWidth=0.8))
        x += 7
        drawing.add(String(x, base, legend.unconfirmed, fontName=font, fontSize=6.3, fillColor=MUTED))
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
