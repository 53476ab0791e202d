"""The past lines: the total against each published yearly line, drawn and listed."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.core.decimals import fmt
from simulator.core.phrases import STATUS
from simulator.worksheet.chart import ChartLegend, lines_chart
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.styles import WARN, grid_table, hex_of, table_style
from simulator.worksheet.text import esc, signed


def header_row(sheet: Sheet, columns) -> list:
    return [sheet.para(esc(sheet.labels(key)), style) for key, style in columns]


def lines_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    heading = sheet.heading(L("past_lines"), "past_lines")
    if not r.lines:
        return [heading[0], KeepTogether([heading[1], sheet.para(esc(L("no_lines")), "body")])]
    chart_width = body_width() * 0.52
    legend = ChartLegend(L("this_result", total=fmt(r.total)), L.of(STATUS, "published"), L.of(STATUS, "unconfirmed"))
    chart = lines_chart(r.lines, r.total, legend, chart_width, 48 * mm)

    rows = [header_row(sheet, (("round", "label"), ("line", "label_right"), ("status", "label"), ("difference", "label_right")))]
    for line in r.lines:
        colour = "#1E7B45" if line.difference >= 0 else hex_of(WARN)
        rows.append(
            [
                sheet.para(esc(line.round)),
                sheet.para(esc(fmt(line.line)), "cell_right"),
                sheet.para(esc(L.of(STATUS, line.status))),
                sheet.para(f"<font color='{colour}'>{esc(signed(line.difference))}</font>", "cell_right"),
            ]
        )
    table_width = body_width() - chart_width - 4 * mm
    lines_table = Table(rows, colWidths=[table_width * w for w in (0.22, 0.24, 0.30, 0.24)], hAlign="RIGHT")
    lines_table.setStyle(table_style(grid_table()))
    side_by_side = Table([[chart, lines_table]], colWidths=[chart_width + 4 * mm, table_width])
    side_by_side.setStyle(
        table_style(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
        )
    )
    return [
        heading[0],
        KeepTogether([heading[1], side_by_side, Spacer(1, 1.5 * mm), sheet.para(esc(L("lines_caveat")), "small")]),
    ]
