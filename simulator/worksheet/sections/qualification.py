"""The conditions to apply at all, each with its outcome and the reason, the rules cited and the documents.

The heading is the table's first row, so that a table carried over to the next page keeps it (with the column
header) there."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Table

from simulator.worksheet.context import Sheet
from simulator.worksheet.flowables import TickBox
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.rules_cited import cited_rules
from simulator.worksheet.styles import OK, RULE, WARN, WARN_BG, cell_padding, grid_table, hex_of, table_style
from simulator.worksheet.text import esc, tr


def qualification_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    letter = sheet.letter("qualification")
    title = f"{letter}　{L('qualification')}" if sheet.lang == "zh" else f"{letter}  {L('qualification')}"
    rows = [
        [sheet.para(esc(title), "h2"), "", ""],
        [sheet.para(esc(L(key)), "label") for key in ("condition", "outcome", "reason")],
    ]
    commands = grid_table(zebra=False, top=1) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("TOPPADDING", (0, 0), (0, 0), 6),
    ]
    for i, check in enumerate(r.qualification, start=2):
        if check.met:
            outcome = f"<font color='{hex_of(OK)}'>✓ {esc(L('met'))}</font>"
        else:
            outcome = f"<font color='{hex_of(WARN)}'>✘ {esc(L('unmet'))}</font>"
            commands.append(("BACKGROUND", (0, i), (-1, i), WARN_BG))
        rows.append([sheet.para(tr(check.name, sheet.lang)), sheet.para(outcome), sheet.para(tr(check.reason, sheet.lang))])
    label_width = 50 * mm if sheet.lang == "en" else 40 * mm
    table = Table(rows, colWidths=[label_width, 20 * mm, body_width() - label_width - 20 * mm], repeatRows=2, hAlign="LEFT")
    table.setStyle(table_style(commands))
    story = [CondPageBreak(40 * mm), table]

    details = []
    rules = tuple(rule for check in r.qualification for rule in check.rules)
    if rules:
        details.append((L("rules_used"), [sheet.para(line, "small") for line in cited_rules(sheet, rules)], None))
    exhibit = sheet.exhibits.get(sheet.exhibits.qualification)
    if exhibit is not None:
        documents = [sheet.para(f"<b>{esc(exhibit.ref(sheet.lang))}</b>　{tr(exhibit.documents, sheet.lang)}", "small")]
        if exhibit.where_to_look is not None:
            documents.append(sheet.para(f"{esc(L('where_to_look'))}{L('colon')}{tr(exhibit.where_to_look, sheet.lang)}", "small"))
        details.append((L("documents"), documents, TickBox(L("document_seen"))))
        if exhibit.verified_by is not None:
            verified = tr(exhibit.verified_by, sheet.lang)
            if exhibit.verified_unconfirmed:
                verified += f" <font size='7' color='#B3261E'>{esc(L('unconfirmed'))}</font>"
            details.append((L("verified_by"), [sheet.para(verified, "small")], None))
    if details:
        detail_rows = [[sheet.para(esc(label), "label"), content, tick or ""] for label, content, tick in details]
        detail = Table(detail_rows, colWidths=[22 * mm, body_width() - 22 * mm - 27 * mm, 27 * mm], hAlign="LEFT")
        commands = cell_padding() + [("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
        commands += [("SPAN", (1, i), (2, i)) for i, (_, _, tick) in enumerate(details) if tick is None]
        detail.setStyle(table_style(commands))
        story.append(detail)
    return story
