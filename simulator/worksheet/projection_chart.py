"""The projection drawn for the worksheet: the applicant's total in each coming round, the published lines, and
the estimate band of future lines (shaded, labelled as an estimate)."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
from reportlab.lib import colors

from simulator.worksheet.chart import TOTAL_COLOUR, _axis, _flat
from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import MUTED, NAVY, RULE

LEFT, RIGHT, BOTTOM, TOP = 26, 6, 24, 10
BAND_FILL = colors.Color(0.11, 0.23, 0.4, alpha=0.12)


def projection_chart(data: dict, legend: dict[str, str], width: float, height: float) -> Drawing:
    """`data` is `simulator.planning.chart.projection_data(...)`; `legend` has the words for total/line/band."""
    font = register_fonts()
    drawing = Drawing(width, height, initialFontName=font)
    years = data["years"]
    lines = [line for line in data["past_lines"] if line["year"] is not None]
    band = (data.get("band") or {}).get("years", [])
    first = min([y["year"] for y in years] + [line["year"] for line in lines])
    last = max(y["year"] for y in years)
    values = [y["total"] for y in years] + [line["line"] for line in lines]
    values += [b["low"] for b in band] + [b["high"] for b in band]
    low, high, step = _axis(min(values), max(values))
    plot_w, plot_h = width - LEFT - RIGHT, height - BOTTOM - TOP
    span = max(last - first, 1)

    def x(year: float) -> float:
        return LEFT + (year - first) / span * plot_w

    def y(value: float) -> float:
        return BOTTOM + (value - low) / (high - low) * plot_h

    tick = low
    while tick <= high + 1e-9:
        drawing.add(Line(LEFT, y(tick), LEFT + plot_w, y(tick), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(LEFT - 3, y(tick) - 2.2, f"{tick:g}", fontName=font, fontSize=6, fillColor=MUTED, textAnchor="end"))
        tick += step
    drawing.add(Line(LEFT, BOTTOM, LEFT + plot_w, BOTTOM, strokeColor=MUTED, strokeWidth=0.5))
    label_every = 1 if span <= 14 else 2 if span <= 28 else 5
    for year in range(first, last + 1):
        if (year - first) % label_every == 0:
            drawing.add(String(x(year), BOTTOM - 8, str(year), fontName=font, fontSize=5.8, fillColor=MUTED, textAnchor="middle"))

    if len(band) > 1:  # the estimate: shaded between low and high
        outline = [(x(b["year"]), y(b["low"])) for b in band] + [(x(b["year"]), y(b["high"])) for b in reversed(band)]
        drawing.add(Polygon(_flat(outline), fillColor=BAND_FILL, strokeColor=None, strokeWidth=0))
        drawing.add(
            PolyLine(
                _flat([(x(b["year"]), y(b["central"])) for b in band]),
                strokeColor=NAVY,
                strokeWidth=0.6,
                strokeDashArray=[1.5, 1.5],
            )
        )
    published = [(x(line["year"]), y(line["line"])) for line in lines if line["status"] == "published"]
    if len(published) > 1:
        drawing.add(PolyLine(_flat(published), strokeColor=NAVY, strokeWidth=1))
    for line in lines:
        filled = line["status"] == "published"
        drawing.add(
            Circle(
                x(line["year"]),
                y(line["line"]),
                2.1,
                fillColor=NAVY if filled else colors.white,
                strokeColor=NAVY,
                strokeWidth=0.8,
            )
        )
    totals = [(x(item["year"]), y(item["total"])) for item in years]
    if len(totals) > 1:
        drawing.add(PolyLine(_flat(totals), strokeColor=TOTAL_COLOUR, strokeWidth=1.3))
    for (px, py), item in zip(totals, years):
        drawing.add(
            Circle(
                px,
                py,
                1.8,
                fillColor=TOTAL_COLOUR if item["qualified"] else colors.white,
                strokeColor=TOTAL_COLOUR,
                strokeWidth=0.8,
            )
        )

    cursor, base = LEFT, 2.5
    for colour, word, kind in (
        (TOTAL_COLOUR, legend["total"], "line"),
        (NAVY, legend["line"], "dot"),
        (BAND_FILL, legend["band"], "box"),
    ):
        if kind == "line":
            drawing.add(Line(cursor, base + 2, cursor + 12, base + 2, strokeColor=colour, strokeWidth=1.3))
            cursor += 15
        elif kind == "dot":
            drawing.add(Circle(cursor + 2.3, base + 2, 2.1, fillColor=colour, strokeColor=colour))
            cursor += 7
        else:
            drawing.add(
                Polygon(
                    [cursor, base - 1, cursor + 10, base - 1, cursor + 10, base + 5, cursor, base + 5],
                    fillColor=colour,
                    strokeColor=None,
                )
            )
            cursor += 13
        drawing.add(String(cursor, base, word, fontName=font, fontSize=6.3, fillColor=MUTED))
        cursor += text_width(word, 6.3) + 10
    return drawing
