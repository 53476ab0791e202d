"""The conditions to apply at all, each with its outcome and the reason."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table

from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.evidence import evidence_rows
from simulator.worksheet.sections.rules_cited import cited_rules
from simulator.worksheet.styles import OK, RULE, WARN, WARN_BG, cell_padding, grid_table, hex_of, table_style
from simulator.worksheet.text import esc, tr


def qualification_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    rows = [[sheet.para(esc(L(key)), "label") for key in ("condition", "outcome", "reason")]]
    commands = grid_table(zebra=False)
    for i, check in enumerate(r.qualification, start=1):
        if check.met:
            outcome = f"<font color='{hex_of(OK)}'>✓ {esc(L('met'))}</font>"
        else:
            outcome = f"<font color='{hex_of(WARN)}'>✘ {esc(L('unmet'))}</font>"
            commands.append(("BACKGROUND", (0, i), (-1, i), WARN_BG))
        rows.append([sheet.para(tr(check.name, sheet.lang)), sheet.para(outcome), sheet.para(tr(check.reason, sheet.lang))])
    label_width = 50 * mm if sheet.lang == "en" else 40 * mm
    table = Table(rows, colWidths=[label_width, 20 * mm, body_width() - label_width - 20 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(commands))
    story = sheet.heading(L("qualification")) + [table]

    details = []
    rules = tuple(rule for check in r.qualification for rule in check.rules)
    if rules:
        details.append((L("rules_used"), "<br/>".join(cited_rules(sheet, rules))))
    details += evidence_rows(sheet, "qualification")
    if details:
        detail_rows = [[sheet.para(esc(label), "label"), sheet.para(markup, "small")] for label, markup in details]
        detail = Table(detail_rows, colWidths=[22 * mm, body_width() - 22 * mm], hAlign="LEFT")
        detail.setStyle(table_style(cell_padding() + [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
        story.append(detail)
    return story
