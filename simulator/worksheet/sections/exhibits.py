"""The exhibit list: every supporting document by its number, what it proves, where to look it up, who verifies it,
a box to tick once the original is seen, and the certificate numbers to write in. It starts a page unless most of one is
left."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Table

from simulator.worksheet.context import Sheet
from simulator.worksheet.flowables import TickBox, WriteIn
from simulator.worksheet.page import body_width
from simulator.worksheet.styles import grid_table, table_style
from simulator.worksheet.text import esc, tr


def exhibits_block(sheet: Sheet) -> list:
    L, lang = sheet.labels, sheet.lang
    letter = sheet.letter("exhibits")
    title = f"{letter}　{L('exhibits_heading')}" if lang == "zh" else f"{letter}  {L('exhibits_heading')}"
    story = [CondPageBreak(90 * mm), sheet.para(esc(title), "h2"), sheet.para(esc(L("exhibits_intro")), "small")]
    if not sheet.exhibits.items:
        return story + [sheet.para(esc(L("no_exhibits")), "body")]
    rows = [
        [
            sheet.para(esc(L("col_exhibit")), "label"),
            sheet.para(esc(L("exhibit_for")), "label"),
            sheet.para(esc(L("documents")), "label"),
            sheet.para(esc(L("col_seen")), "label_centre"),
        ]
    ]
    width = body_width()
    documents_width = width - 16 * mm - 46 * mm - 14 * mm
    for exhibit in sheet.exhibits.items:
        documents = [sheet.para(tr(exhibit.documents, lang))]
        if exhibit.where_to_look is not None:
            documents.append(sheet.para(f"{esc(L('where_to_look'))}{L('colon')}{tr(exhibit.where_to_look, lang)}", "small"))
        if exhibit.verified_by is not None:
            verified = tr(exhibit.verified_by, lang)
            if exhibit.verified_unconfirmed:
                verified += f" {esc(L('unconfirmed'))}"
            documents.append(sheet.para(f"{esc(L('verified_by'))}{L('colon')}{verified}", "small"))
        documents += [WriteIn(L("certificate_no", what=c(lang))) for c in exhibit.certificates]
        rows.append(
            [
                sheet.para(f"<b>{esc(exhibit.ref(lang))}</b>"),
                sheet.para(tr(exhibit.subject, lang)),
                documents,
                TickBox(""),
            ]
        )
    table = Table(rows, colWidths=[16 * mm, 46 * mm, documents_width, 14 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(grid_table() + [("ALIGN", (-1, 1), (-1, -1), "CENTER")]))
    story.append(table)
    return story
