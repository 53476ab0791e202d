"""The end of the sheet: the totals, the past lines, the official-result notice and the signatures."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.core.decimals import fmt
from simulator.core.phrases import STATUS
from simulator.core.ranges import depends_on, points_of
from simulator.worksheet.chart import ChartLegend, lines_chart
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.city_result import group_rows, pass_mark_text
from simulator.worksheet.styles import FAINT, INK, NAVY, WARN, WARN_BG, cell_padding, grid_table, hex_of, table_style
from simulator.worksheet.text import esc, signed, tr


def header_row(sheet: Sheet, columns) -> list:
    return [sheet.para(esc(sheet.labels(key)), style) for key, style in columns]


def totals_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    rows = [header_row(sheet, (("col_no", "label"), ("indicator", "label"), ("points", "label_right")))]
    for number, indicator in enumerate(r.indicators, start=1):
        rows.append(
            [
                sheet.para(str(number)),
                sheet.para(tr(indicator.name, sheet.lang)),
                sheet.para(esc(points_of(indicator)(sheet.lang)), "cell_right"),
            ]
        )
    for label, points in group_rows(sheet):
        rows.append(["", sheet.para(f"<i>{esc(label)}</i>"), sheet.para(f"<i>{esc(points)}</i>", "cell_right")])
    total = sheet.para(f"<font size='12'>{esc(points_of(r)(sheet.lang))}</font>", "cell_right")
    label = L("total_range") if r.ranged else L("provisional_total") if r.provisional else L("total")
    rows.append(["", sheet.para(esc(label), "h3"), total])
    commands = grid_table() + [
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
        ("BACKGROUND", (0, -1), (-1, -1), FAINT if r.qualified else WARN_BG),
        ("VALIGN", (0, -1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, -1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ]
    if not r.qualified:
        conditions = sheet.labels("list_separator").join(c.name(sheet.lang) for c in r.failed_conditions)
        rows.append(["", sheet.para(esc(L("whatif_total", conditions=conditions)), "warning"), ""])
        commands += [
            ("SPAN", (1, -1), (2, -1)),
            ("BACKGROUND", (0, -1), (-1, -1), WARN_BG),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, WARN),
        ]
    notes = []
    if r.provisional:
        notes.append(f"{L('total_range_why')}{L('colon')}{depends_on(r.missing)(sheet.lang)}")
    mark = pass_mark_text(sheet)
    if mark is not None:
        notes.append(mark)
    notes.extend(assumed(sheet.lang) for assumed in r.assumptions)
    if r.veto is not None:
        notes.append(f"{L('veto')}{L('colon')}{r.veto(sheet.lang)}")
    for note in notes:
        rows.append(["", sheet.para(esc(note), "warning"), ""])
        commands.append(("SPAN", (1, len(rows) - 1), (2, len(rows) - 1)))
    table = Table(rows, colWidths=[12 * mm, body_width() - 12 * mm - 30 * mm, 30 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(commands))
    return [KeepTogether([sheet.para(esc(L("totals")), "h2"), table])]


def lines_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    heading = sheet.para(esc(L("past_lines")), "h2")
    if not r.lines:
        return [KeepTogether([heading, sheet.para(esc(L("no_lines")), "body")])]
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
    return [KeepTogether([heading, side_by_side, Spacer(1, 1.5 * mm), sheet.para(esc(L("lines_caveat")), "small")])]


def closing_block(sheet: Sheet) -> list:
    L = sheet.labels
    notice = Table([[sheet.para(esc(L("official_notice")), "notice")]], colWidths=[body_width()])
    notice.setStyle(
        table_style(
            cell_padding()
            + [
                ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                ("BACKGROUND", (0, 0), (-1, -1), FAINT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    half = (body_width() - 10 * mm) / 2
    label = sheet.para
    signatures = Table(
        [
            [label(esc(L("sign_applicant")), "label"), "", label(esc(L("sign_staff")), "label")],
            [Spacer(1, 11 * mm), "", Spacer(1, 11 * mm)],
            [label(esc(L("sign_date")), "label"), "", label(esc(L("sign_date")), "label")],
            [Spacer(1, 7 * mm), "", Spacer(1, 7 * mm)],
        ],
        colWidths=[half, 10 * mm, half],
    )
    signatures.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 1), (0, 1), 0.7, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.7, INK),
                ("LINEBELOW", (0, 3), (0, 3), 0.7, INK),
                ("LINEBELOW", (2, 3), (2, 3), 0.7, INK),
            ]
        )
    )
    return [Spacer(1, 5 * mm), KeepTogether([notice, Spacer(1, 6 * mm), sheet.para(esc(L("signatures")), "h3"), signatures])]
