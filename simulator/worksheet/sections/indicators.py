"""One block per indicator: inputs, the arithmetic, caps and exclusions, the rules cited, and the proof.

Each block is a table whose first row (name and points) repeats if the block runs onto the next page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.core.ranges import points_of
from simulator.core.result import IndicatorResult
from simulator.worksheet.context import Sheet
from simulator.worksheet.flowables import TickBox
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.evidence import evidence_rows
from simulator.worksheet.sections.rules_cited import cited_rules, confidence_legend
from simulator.worksheet.styles import (
    CAP,
    CAP_BG,
    MUTED,
    NAVY,
    RULE,
    WARN,
    WARN_BG,
    ZEBRA,
    cell_padding,
    hex_of,
    table_style,
)
from simulator.worksheet.text import esc, one_language, tr

LABEL_WIDTH = 24 * mm
TICK_WIDTH = 27 * mm
EVENT_COLOURS = {"cap": (CAP, CAP_BG), "exclusion": (WARN, WARN_BG), "note": (MUTED, ZEBRA)}


def indicators_block(sheet: Sheet) -> list:
    story = sheet.heading(sheet.labels("indicators"))
    for number, indicator in enumerate(sheet.result.indicators, start=1):
        # A block that fits on a page is not split; a longer one splits between rows, its heading repeated.
        story += [KeepTogether([indicator_table(sheet, number, indicator)]), Spacer(1, 3.5 * mm)]
    story.append(sheet.para(confidence_legend(sheet), "small"))
    return story


def indicator_table(sheet: Sheet, number: int, indicator: IndicatorResult) -> Table:
    L, lang = sheet.labels, sheet.lang
    content_width = body_width() - LABEL_WIDTH
    rows: list[list] = [
        [
            sheet.para(f"{number}  {tr(indicator.name, lang)}{_group_tag(sheet, indicator)}", "indicator_name"),
            "",
            sheet.para(
                esc(L("points_unit", points=points_of(indicator)(lang))) + ("*" if indicator.missing else ""), "indicator_points"
            ),
        ]
    ]
    commands: list[tuple] = cell_padding() + [
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("TOPPADDING", (0, 0), (-1, 0), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3.5),
        ("BOX", (0, 0), (-1, -1), 0.5, NAVY),
    ]

    def add(label: str, content, tick=None, background=None) -> None:
        row = len(rows)
        rows.append([sheet.para(esc(label), "label"), content, tick or ""])
        if tick is None:
            commands.append(("SPAN", (1, row), (2, row)))
        if background is not None:
            commands.append(("BACKGROUND", (0, row), (-1, row), background))
        if row > 1:
            commands.append(("LINEABOVE", (0, row), (-1, row), 0.25, RULE))

    if indicator.missing:
        lines = []
        for unanswered in (False, True):
            gaps = sheet.labels("list_separator").join(g.label(lang) for g in indicator.missing if g.unanswered is unanswered)
            if gaps:
                word = L("not_answered") if unanswered else L("not_available")
                lines.append(f"<font color='{hex_of(CAP)}'><b>{esc(word)}</b></font>{esc(L('colon'))}{esc(gaps)}")
        if indicator.ranged:
            lines.append(esc(L("range_reads", points=points_of(indicator)(lang))))
        add(
            L("range_heading") if indicator.ranged else L("not_available"),
            [sheet.para(line) for line in lines],
            background=CAP_BG,
        )
    add(L("inputs"), _inputs(sheet, indicator, content_width - 8))
    add(L("derivation"), [sheet.para(f"= {esc(step(lang))}") for step in indicator.steps] or sheet.para(esc(L("no_inputs"))))
    if indicator.events:
        kinds = {event.kind for event in indicator.events}
        strongest = next(kind for kind in ("exclusion", "cap", "note") if kind in kinds)
        add(L("events"), [_event(sheet, event) for event in indicator.events], background=EVENT_COLOURS[strongest][1])
    if indicator.rules:
        add(L("rules_used"), [sheet.para(line, "small") for line in cited_rules(sheet, indicator.rules)])
    for i, (label, markup) in enumerate(evidence_rows(sheet, indicator.id)):
        # The tick box sits beside the documents: "I have seen the document that proves this".
        add(label, sheet.para(markup), tick=TickBox(L("document_seen")) if i == 0 else None)

    table = Table(rows, colWidths=[LABEL_WIDTH, content_width - TICK_WIDTH, TICK_WIDTH], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _inputs(sheet: Sheet, indicator: IndicatorResult, width: float):
    if not indicator.inputs:
        return sheet.para(f"<font color='#5B6673'>{esc(sheet.labels('no_inputs'))}</font>")
    rows = [
        [sheet.para(tr(used.label, sheet.lang)), sheet.para(esc(one_language(used, sheet.lang)))] for used in indicator.inputs
    ]
    table = Table(rows, colWidths=[width * 0.62, width * 0.38], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.2, "#E1E6EC"),
            ]
        )
    )
    return table


def _event(sheet: Sheet, event):
    colour = EVENT_COLOURS[event.kind][0]
    tag = sheet.labels(event.kind)
    tag = f"【{tag}】" if sheet.lang == "zh" else f"[{tag}] "
    return sheet.para(f"<font color='{hex_of(colour)}'>{esc(tag)}</font>{tr(event.text, sheet.lang)}")


def _group_tag(sheet: Sheet, indicator: IndicatorResult) -> str:
    """Which group (basic, bonus, deduction) the indicator belongs to, where the city's rules group them."""
    if not indicator.group:
        return ""
    return f"  <font size='7'>({esc(sheet.labels(f'group_{indicator.group}'))})</font>"
