"""Page one's top: what this sheet is, which rules and data it used, and the result at a glance."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from simulator import __version__
from simulator.core.decimals import fmt
from simulator.core.phrases import program_name
from simulator.core.ranges import points_of
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.city_result import pass_mark_text
from simulator.worksheet.styles import FAINT, NAVY, OK, RULE, WARN, WARN_BG, hex_of, table_style
from simulator.worksheet.text import esc, signed, tr


def header_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    city = sheet.city_name(r.city)
    title = sheet.para(esc(L("title")), "title")
    subtitle = sheet.para(f"{city} · {tr(r.edition_name, sheet.lang)}", "subtitle")

    meta = [
        (L("city"), city),
        (L("edition"), f"{tr(r.edition_name, sheet.lang)} <font color='#5B6673'>({esc(r.edition)})</font>"),
        (L("data_version"), f"{esc(r.data_version)} · {esc(L('pack_hash'))} {esc(r.pack_hash)}"),
        (L("declaration_round") if getattr(r.declaration_year, "part", "") else L("year"), str(r.declaration_year)),
        (L("cutoff"), r.cutoff.isoformat()),
        (L("program"), f"{esc(program_name(sheet.lang))} {esc(__version__)}"),
        (L("computed_on"), sheet.computed_on.isoformat()),
    ]
    meta_rows = [[sheet.para(esc(label), "label"), sheet.para(value)] for label, value in meta]
    meta_table = Table(meta_rows, colWidths=[27 * mm, None], hAlign="LEFT")
    meta_table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )

    glance_width = 62 * mm
    top = Table(
        [[meta_table, at_a_glance(sheet, glance_width)]],
        colWidths=[body_width() - glance_width - 4 * mm, glance_width + 4 * mm],
    )
    top.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ]
        )
    )
    return [title, subtitle, Spacer(1, 4 * mm), top, Spacer(1, 2 * mm)]


def at_a_glance(sheet: Sheet, width: float) -> Table:
    """The total, whether it can be declared, and how it compares with the latest confirmed line."""
    L, r = sheet.labels, sheet.result
    if r.channel is not None:  # another settlement channel applies: no score to show
        rows = [
            [sheet.para(esc(L("channel_heading")), "label")],
            [sheet.para(f"<b>{tr(r.channel.name, sheet.lang)}</b>")],
        ]
    else:
        heading = L("total_points") if r.qualified else L("total_points_whatif")
        if r.provisional:
            heading = f"{heading} · {L('range_word') if r.ranged else L('provisional')}"
        rows = [[sheet.para(esc(heading), "label")], [sheet.para(esc(points_of(r)(sheet.lang)), "big_number")]]
        if r.provisional:
            rows.append([sheet.para(f"<font color='{hex_of(WARN)}'>{esc(L('missing_count', n=len(r.missing)))}</font>", "small")])
    if r.channel is not None:
        rows.append([sheet.para(tr(r.channel.reason, sheet.lang), "small")])
    elif r.qualified:
        rows.append([sheet.para(f"<font color='{hex_of(OK)}'>✓ {esc(L('qualified_yes'))}</font>")])
    else:
        rows.append([sheet.para(f"<font color='{hex_of(WARN)}'>✘ {esc(L('qualified_no'))}</font>")])
    if r.veto is not None:
        rows.append([sheet.para(f"<font color='{hex_of(WARN)}'>✘ {esc(L('veto'))}</font>")])
    mark = pass_mark_text(sheet)
    if mark is not None:
        rows.append([sheet.para(esc(mark), "small")])
    confirmed = [line for line in r.lines if line.status != "unconfirmed"]
    if confirmed and r.scored and mark is None:
        latest = confirmed[-1]
        comparison = L("vs_latest", round=latest.round, line=fmt(latest.line), diff=signed(latest.difference))
        rows.append([sheet.para(esc(comparison), "small")])
    box = Table(rows, colWidths=[width])
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FAINT if r.qualified or not r.scored else WARN_BG),
                ("BOX", (0, 0), (-1, -1), 0.8, NAVY if r.qualified or not r.scored else WARN),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (0, 0), 5),
                ("BOTTOMPADDING", (0, -1), (0, -1), 6),
                ("LINEBELOW", (0, 1), (0, 1), 0.3, RULE),
            ]
        )
    )
    return box
