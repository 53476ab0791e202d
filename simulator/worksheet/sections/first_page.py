"""Page one, the page that stands alone (the one a walk-in takes home): who, which declaration, the total (or its
range) against the line or the pass mark, every line's points in one numbered table with its exhibit, what is
missing, and the signatures. It is always one page: the content is shrunk to fit rather than carried over."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Spacer, Table

from simulator.core.decimals import fmt
from simulator.core.identity import mask_id
from simulator.core.phrases import RETIREMENT
from simulator.core.ranges import depends_on, points_of, span, verdict
from simulator.core.result import bounds_of
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import FRAME_BOTTOM, body_width, frame_top
from simulator.worksheet.sections.city_result import pass_mark_text
from simulator.worksheet.sections.rules_cited import cited_rules
from simulator.worksheet.styles import (
    CAP,
    CAP_BG,
    FAINT,
    INK,
    NAVY,
    OK,
    RULE,
    WARN,
    WARN_BG,
    cell_padding,
    grid_table,
    hex_of,
    table_style,
)
from simulator.worksheet.text import esc, signed, tr

MISSING_SHOWN = 6  # values named on page one; the rest are in the section that lists them all


def first_page(sheet: Sheet) -> list:
    r = sheet.result
    content = [*_title(sheet), Spacer(1, 2.5 * mm), _who_and_which(sheet), Spacer(1, 3 * mm), _result_band(sheet)]
    if r.scored:
        content += [Spacer(1, 3 * mm), _lines_table(sheet)]
    else:
        content += [Spacer(1, 3 * mm), *_channel(sheet)]
    content += [Spacer(1, 3 * mm), *_missing(sheet), Spacer(1, 4 * mm), *_signatures(sheet)]
    height = frame_top(sheet.result.qualified or not sheet.result.scored) - FRAME_BOTTOM
    frame = KeepInFrame(body_width(), height - 2, content, mode="shrink", name="page one")
    return [frame, PageBreak()]


def _title(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    left = [
        sheet.para(esc(L("title")), "title"),
        sheet.para(f"{sheet.city_name(r.city)} · {tr(r.edition_name, sheet.lang)}", "subtitle"),
    ]
    right = [
        sheet.para(f"{esc(L('document_id'))} <b>{esc(sheet.document_id)}</b>", "label_right"),
        sheet.para(f"{esc(L('computed_on'))} {sheet.computed_on.isoformat()}", "label_right"),
    ]
    table = Table([[left, right]], colWidths=[body_width() - 62 * mm, 62 * mm])
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_no_padding()]))
    return [table, sheet.para(esc(L("summary_intro")), "small")]


def _no_padding() -> list[tuple]:
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]


def _who_and_which(sheet: Sheet) -> Table:
    """The applicant on the left, the declaration on the right."""
    L, r, p = sheet.labels, sheet.result, sheet.profile
    if p.id_number:
        id_shown = (
            esc(p.id_number)
            if sheet.show_id
            else f"{esc(mask_id(p.id_number))} <font size='6.5' color='#5B6673'>{esc(L('id_masked'))}</font>"
        )
    else:
        id_shown = f"<font color='#5B6673'>{esc(L('not_given'))}</font>"
    who = [
        (L("name"), esc(p.name) if p.name.strip() else f"<font color='#5B6673'>{esc(L('not_given'))}</font>"),
        (L("id_number"), id_shown),
        (L("birth_date"), p.birth_date.isoformat()),
        (L("retirement_category"), esc(L.of(RETIREMENT, p.retirement_category))),
    ]
    by_round = bool(getattr(r.declaration_year, "part", ""))
    edition = tr(r.edition_name, sheet.lang) + (f" <font color='#5B6673'>({esc(r.edition)})</font>" if sheet.lang == "en" else "")
    which = [
        (L("city"), sheet.city_name(r.city)),
        (L("declaration_round") if by_round else L("year"), str(r.declaration_year)),
        (L("cutoff"), r.cutoff.isoformat()),
        (L("edition"), edition),
        (L("data_version"), f"{esc(r.data_version)} · {esc(L('pack_digest'))} {esc(r.pack_hash)}"),
    ]
    rows = []
    for i in range(max(len(who), len(which))):
        left = who[i] if i < len(who) else ("", "")
        right = which[i] if i < len(which) else ("", "")
        rows.append(
            [
                sheet.para(esc(left[0]), "label"),
                sheet.para(left[1]),
                sheet.para(esc(right[0]), "label"),
                sheet.para(right[1]),
            ]
        )
    header = [sheet.para(esc(L("applicant")), "h3"), "", sheet.para(esc(L("declaration")), "h3"), ""]
    width = body_width()
    table = Table([header, *rows], colWidths=[22 * mm, width / 2 - 24 * mm, 24 * mm, width / 2 - 22 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            cell_padding()
            + [
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (2, 0), (3, 0)),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (1, 0), 0.6, NAVY),
                ("LINEBELOW", (2, 0), (3, 0), 0.6, NAVY),
                ("LINEBELOW", (0, 1), (1, -1), 0.25, RULE),
                ("LINEBELOW", (2, 1), (3, -1), 0.25, RULE),
                ("LEFTPADDING", (2, 0), (2, -1), 8),
            ]
        )
    )
    return table


def standing(sheet: Sheet) -> list[str]:
    """The total against what it is measured by: the pass mark the rules set, else the latest confirmed line."""
    L, r = sheet.labels, sheet.result
    if not r.scored:
        return []
    mark = pass_mark_text(sheet)
    if mark is not None:
        return [mark]
    confirmed = [line for line in r.lines if line.status != "unconfirmed"]
    if not confirmed:
        return [L("no_line_known")]
    latest = confirmed[-1]
    if r.ranged:
        words = verdict(r, latest.line)[1](sheet.lang)
        return [f"{latest.round} {L('line')} {fmt(latest.line)}{L('colon')}{words}"]
    return [L("vs_latest", round=latest.round, line=fmt(latest.line), diff=signed(latest.difference))]


def _result_band(sheet: Sheet) -> Table:
    L, r = sheet.labels, sheet.result
    if r.channel is not None:
        left = [sheet.para(esc(L("channel_heading")), "label"), sheet.para(f"<b>{tr(r.channel.name, sheet.lang)}</b>", "h3")]
    else:
        heading = L("total_points") if r.qualified else L("total_points_whatif")
        if r.ranged:
            heading = f"{heading} · {L('range_word')}"
        left = [sheet.para(esc(heading), "label"), sheet.para(esc(points_of(r)(sheet.lang)), "big_number")]
    right = []
    if r.channel is not None:
        right.append(sheet.para(esc(L("channel_instead")), "body"))
    elif r.qualified:
        right.append(sheet.para(f"<font color='{hex_of(OK)}'>✓ {esc(L('qualified_yes'))}</font>", "body"))
    else:
        unmet = L("list_separator").join(c.name(sheet.lang) for c in r.failed_conditions)
        right.append(sheet.para(f"<font color='{hex_of(WARN)}'>✘ {esc(L('qualified_no'))}</font>", "body"))
        right.append(sheet.para(f"<font color='{hex_of(WARN)}'>{esc(L('unmet_conditions', conditions=unmet))}</font>", "small"))
    if r.veto is not None:
        right.append(
            sheet.para(
                f"<font color='{hex_of(WARN)}'>✘ {esc(L('veto'))}{esc(L('colon'))}{tr(r.veto, sheet.lang)}</font>", "small"
            )
        )
    for line in standing(sheet):
        right.append(sheet.para(esc(line), "body"))
    if r.missing:
        right.append(sheet.para(f"<font color='{hex_of(CAP)}'>{esc(L('missing_count', n=len(r.missing)))}</font>", "small"))
    good = r.qualified or not r.scored
    table = Table([[left, right]], colWidths=[62 * mm, body_width() - 62 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), FAINT if good else WARN_BG),
                ("BOX", (0, 0), (-1, -1), 0.9, NAVY if good else WARN),
                ("LINEAFTER", (0, 0), (0, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> "1–3, 5"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def _lines_table(sheet: Sheet) -> Table:
    L, r, lang = sheet.labels, sheet.result, sheet.lang
    first, last = sheet.lines.span()
    rows = [
        [
            sheet.para(esc(L("col_line")), "label"),
            sheet.para(esc(L("indicator")), "label"),
            sheet.para(esc(L("points")), "label_right"),
            sheet.para(esc(L("col_exhibit")), "label_centre"),
        ]
    ]
    commands = grid_table() + [("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4)]
    for item in r.indicators:
        number = sheet.lines.numbers[item.id]
        group = f"  <font size='6.5' color='#5B6673'>{esc(L(f'group_{item.group}'))}</font>" if item.group else ""
        points = esc(points_of(item)(lang)) + ("*" if item.missing else "")
        rows.append(
            [
                sheet.para(str(number)),
                sheet.para(tr(item.name, lang) + group),
                sheet.para(points, "cell_right"),
                sheet.para(esc(sheet.exhibit_ref(sheet.exhibits.by_line.get(number))), "cell_centre"),
            ]
        )
    for group in ("basic", "bonus", "deduction"):
        members = [sheet.lines.numbers[i.id] for i in r.indicators if i.group == group]
        if not members or len(members) == len(r.indicators):
            continue
        shown = span(*bounds_of(i for i in r.indicators if i.group == group))(lang)
        label = L("group_of_lines", group=L(f"group_{group}"), lines=_ranges(members))
        rows.append(["", sheet.para(f"<i>{esc(label)}</i>", "small"), sheet.para(f"<i>{esc(shown)}</i>", "cell_right"), ""])
    label = L("line_total_range" if r.ranged else "line_total", first=first, last=last)
    total = f"<font size='11.5'>{esc(points_of(r)(lang))}</font>"
    rows.append([sheet.para(f"<b>{sheet.lines.total}</b>"), sheet.para(esc(label), "h3"), sheet.para(total, "cell_right"), ""])
    commands += [
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, NAVY),
        ("BACKGROUND", (0, -1), (-1, -1), FAINT if r.qualified else WARN_BG),
        ("VALIGN", (0, -1), (-1, -1), "MIDDLE"),
    ]
    notes = []
    if r.ranged:
        notes.append(f"{L('total_range_why')}{L('colon')}{depends_on(r.missing)(lang)}")
    notes.extend(assumed(lang) for assumed in r.assumptions)
    if not r.qualified:
        conditions = L("list_separator").join(c.name(lang) for c in r.failed_conditions)
        notes.append(L("whatif_total", conditions=conditions))
    for note in notes:
        rows.append(["", sheet.para(esc(note), "warning_small"), "", ""])
        commands.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    width = body_width()
    table = Table(rows, colWidths=[11 * mm, width - 11 * mm - 34 * mm - 16 * mm, 34 * mm, 16 * mm], hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def _channel(sheet: Sheet) -> list:
    r = sheet.result
    content = [sheet.para(tr(r.channel.reason, sheet.lang), "body")]
    content += [sheet.para(line, "small") for line in cited_rules(sheet, r.channel.rules)]
    return content


def _missing(sheet: Sheet) -> list:
    L, r, lang = sheet.labels, sheet.result, sheet.lang
    heading = sheet.para(esc(L("missing_heading")), "h3")
    if not r.missing:
        return [heading, sheet.para(esc(L("nothing_missing")), "small")]
    names = {item.id: item for item in r.indicators}
    by_line: dict[int, list[str]] = {}
    for gap in r.missing:
        item = names.get(gap.indicator)
        line = sheet.lines.numbers.get(gap.indicator, 0)
        word = L("not_answered") if gap.unanswered else L("not_available")
        shown = f"{gap.label(lang)}（{word}）" if lang == "zh" else f"{gap.label(lang)} ({word})"
        entries = by_line.setdefault(line, [tr(item.name, lang) if item else esc(gap.indicator)])
        if shown not in entries:
            entries.append(esc(shown))
    rows = []
    for line, (name, *values) in sorted(by_line.items()):
        rows.append((line, name, values))
    shown_rows = []
    count = 0
    for line, name, values in rows:
        if count >= MISSING_SHOWN:
            break
        keep = values[: MISSING_SHOWN - count]
        count += len(keep)
        separator = L("list_separator")
        prefix = L("line_named", n=line) if line else ""
        shown_rows.append(
            sheet.para(f"<font color='{hex_of(CAP)}'>{esc(prefix)} {name}</font>{esc(L('colon'))}{separator.join(keep)}", "small")
        )
    left = sum(len(values) for _, _, values in rows) - count
    story = [heading, *shown_rows]
    if left > 0:
        story.append(sheet.para(esc(L("missing_more", n=left, section=sheet.letter("missing"))), "small"))
    box = Table([[story]], colWidths=[body_width()])
    box.setStyle(table_style(cell_padding() + [("BACKGROUND", (0, 0), (-1, -1), CAP_BG), ("BOX", (0, 0), (-1, -1), 0.6, CAP)]))
    return [box]


def _signatures(sheet: Sheet) -> list:
    L = sheet.labels
    notice = sheet.para(esc(L("official_notice_short")), "small")
    half = (body_width() - 10 * mm) / 2
    label = sheet.para
    signatures = Table(
        [
            [label(esc(L("sign_applicant")), "label"), "", label(esc(L("sign_staff")), "label")],
            [Spacer(1, 9 * mm), "", Spacer(1, 9 * mm)],
            [label(esc(L("sign_date")), "label"), "", label(esc(L("sign_date")), "label")],
            [Spacer(1, 6 * mm), "", Spacer(1, 6 * mm)],
        ],
        colWidths=[half, 10 * mm, half],
    )
    signatures.setStyle(
        table_style(
            _no_padding()
            + [
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 1), (0, 1), 0.7, INK),
                ("LINEBELOW", (2, 1), (2, 1), 0.7, INK),
                ("LINEBELOW", (0, 3), (0, 3), 0.7, INK),
                ("LINEBELOW", (2, 3), (2, 3), 0.7, INK),
            ]
        )
    )
    return [notice, Spacer(1, 2 * mm), sheet.para(esc(L("signatures")), "h3"), signatures]
