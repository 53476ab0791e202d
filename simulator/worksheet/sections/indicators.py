"""One numbered line per indicator: its lettered inputs, the working (marked with the inputs it uses), the options of
its criterion with the one that applies ticked, caps and exclusions, the rules cited, and the proof (the exhibit
number, the certificate numbers to write in, who verifies it).

Each block is a table whose first row (line, name and points) repeats if the block runs onto the next page. A line
of 0 that has nothing to prove is shown compactly: its inputs, working, options and rules, without the proof rows.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.core.ranges import points_of
from simulator.core.result import IndicatorResult
from simulator.worksheet.context import Sheet
from simulator.worksheet.flowables import TickBox, WriteIn
from simulator.worksheet.numbering import annotate, input_refs
from simulator.worksheet.options import OptionSet, option_sets
from simulator.worksheet.page import body_width
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

LABEL_WIDTH = 22 * mm
TICK_WIDTH = 27 * mm
EVENT_COLOURS = {"cap": (CAP, CAP_BG), "exclusion": (WARN, WARN_BG), "note": (MUTED, ZEBRA)}
REF_COLOUR = "#2F6F8F"


def indicators_block(sheet: Sheet) -> list:
    story = sheet.heading(sheet.labels("indicators"), "lines")
    story.append(sheet.para(esc(sheet.labels("indicators_intro")), "small"))
    story.append(Spacer(1, 2 * mm))
    for indicator in sheet.result.indicators:
        # A block that fits on a page is not split; a longer one splits between rows, its heading repeated.
        story += [KeepTogether([indicator_table(sheet, indicator)]), Spacer(1, 3 * mm)]
    story.append(sheet.para(confidence_legend(sheet), "small"))
    return story


def ref_markup(ref: str, lang: str) -> str:
    opening, closing = ("［", "］") if lang == "zh" else ("[", "]")
    return f"<font size='6.6' color='{REF_COLOUR}'>{opening}{esc(ref)}{closing}</font>"


def indicator_table(sheet: Sheet, indicator: IndicatorResult) -> Table:
    L, lang = sheet.labels, sheet.lang
    line = sheet.lines.numbers[indicator.id]
    exhibit = sheet.exhibits.get(sheet.exhibits.by_line.get(line))
    content_width = body_width() - LABEL_WIDTH
    heading = L("line_heading", n=line, name=indicator.name(lang))
    rows: list[list] = [
        [
            sheet.para(f"{esc(heading)}{_group_tag(sheet, indicator)}", "indicator_name"),
            "",
            sheet.para(esc(_points_unit(sheet, indicator)) + ("*" if indicator.missing else ""), "indicator_points"),
        ]
    ]
    commands: list[tuple] = cell_padding() + [
        ("SPAN", (0, 0), (1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("TOPPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
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
            gaps = L("list_separator").join(g.label(lang) for g in indicator.missing if g.unanswered is unanswered)
            if gaps:
                word = L("not_answered") if unanswered else L("not_available")
                lines.append(f"<font color='{hex_of(CAP)}'><b>{esc(word)}</b></font>{esc(L('colon'))}{esc(gaps)}")
        if indicator.ranged:
            lines.append(esc(L("range_reads", points=points_of(indicator)(lang))))
        add(L("range_heading") if indicator.ranged else L("not_available"), [sheet.para(x) for x in lines], background=CAP_BG)
    add(L("inputs"), _inputs(sheet, indicator, line, content_width - 8))
    add(L("derivation"), _working(sheet, indicator, line))
    for options in option_sets(indicator, sheet.profile):
        add(L("options"), _options(sheet, options, content_width - 8))
    if indicator.events:
        kinds = {event.kind for event in indicator.events}
        strongest = next(kind for kind in ("exclusion", "cap", "note") if kind in kinds)
        add(L("events"), [_event(sheet, event) for event in indicator.events], background=EVENT_COLOURS[strongest][1])
    if indicator.rules:
        add(L("rules_used"), [sheet.para(x, "small") for x in cited_rules(sheet, indicator.rules)])
    if exhibit is not None:
        gap = "　" if lang == "zh" else "  "
        documents = [sheet.para(f"<b>{esc(exhibit.ref(lang))}</b>{gap}{tr(exhibit.documents, lang)}")]
        if exhibit.where_to_look is not None:
            documents.append(
                sheet.para(
                    f"<font size='7' color='#5B6673'>{esc(L('where_to_look'))}{L('colon')}{tr(exhibit.where_to_look, lang)}</font>"
                )
            )
        documents += [WriteIn(L("certificate_no", what=c(lang))) for c in exhibit.certificates]
        # The tick box sits beside the documents: "I have seen the document that proves this".
        add(L("documents"), documents, tick=TickBox(L("document_seen")))
        if exhibit.verified_by is not None:
            verified = tr(exhibit.verified_by, lang)
            if exhibit.verified_unconfirmed:
                verified += f" <font size='7' color='#B3261E'>{esc(L('unconfirmed'))}</font>"
            add(L("verified_by"), sheet.para(verified))

    table = Table(rows, colWidths=[LABEL_WIDTH, content_width - TICK_WIDTH, TICK_WIDTH], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _points_unit(sheet: Sheet, indicator: IndicatorResult) -> str:
    shown = points_of(indicator)(sheet.lang)
    return sheet.labels("points_unit_one" if shown == "1" else "points_unit", points=shown)


def _inputs(sheet: Sheet, indicator: IndicatorResult, line: int, width: float):
    if not indicator.inputs:
        return sheet.para(f"<font color='#5B6673'>{esc(sheet.labels('no_inputs'))}</font>")
    rows = [
        [
            sheet.para(f"<font color='{REF_COLOUR}'>{esc(ref)}</font>"),
            sheet.para(tr(used.label, sheet.lang)),
            sheet.para(esc(one_language(used, sheet.lang))),
        ]
        for ref, used in zip(input_refs(line, indicator), indicator.inputs)
    ]
    table = Table(rows, colWidths=[9 * mm, (width - 9 * mm) * 0.64, (width - 9 * mm) * 0.36], hAlign="LEFT")
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


def _working(sheet: Sheet, indicator: IndicatorResult, line: int) -> list:
    L, lang = sheet.labels, sheet.lang
    paragraphs = []
    for pieces in annotate(indicator, line, lang):
        markup = "".join(esc(text) if ref is None else ref_markup(ref, lang) for text, ref in pieces)
        paragraphs.append(sheet.para(f"= {markup}"))
    if not paragraphs:
        paragraphs.append(sheet.para(esc(L("no_inputs"))))
    result = f"→ {L('line_named', n=line)}{L('colon')}{points_of(indicator)(lang)}"
    paragraphs.append(sheet.para(f"<font color='{REF_COLOUR}'>{esc(result)}</font>"))
    return paragraphs


def _options(sheet: Sheet, options: OptionSet, width: float) -> Table:
    """The options in a grid, each with a tick box: ticked for the one that applies."""
    lang = sheet.lang
    longest = max(len(option.label(lang)) for option in options.options)
    columns = 5 if longest <= 10 else 3 if longest <= 26 else 2
    if lang == "zh":
        columns = 5 if longest <= 6 else 3 if longest <= 14 else 2
    cells = []
    for option in options.options:
        points = option.points if isinstance(option.points, str) else one_language(option.points, lang)
        label = sheet.para(
            f"{tr(option.label, lang)}{esc(sheet.labels('colon'))}<font color='#1F3A5F'><b>{esc(points)}</b></font>", "small"
        )
        cells.append([TickBox("", checked=option.applies, box=7), label])
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [["", ""]] * (columns - len(rows[-1]))
    share = width / columns
    flat = [[part for cell in row for part in cell] for row in rows]
    table = Table(flat, colWidths=[10, share - 10] * columns, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8),
            ]
        )
    )
    title = sheet.para(f"<font color='#5B6673'>{tr(options.title, lang)} · {esc(sheet.labels('options_intro'))}</font>", "small")
    outer = Table([[title], [table]], colWidths=[width], hAlign="LEFT")
    outer.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return outer


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
