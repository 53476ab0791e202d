"""What some cities' results carry beyond a total: a settlement channel instead of a score, values the sources do
not give (a provisional total), values the user supplied, a one-vote veto, a pass mark and the tie-break order."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.core.decimals import fmt
from simulator.core.ranges import span, verdict
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.sections.rules_cited import cited_rules
from simulator.worksheet.styles import (
    CAP,
    CAP_BG,
    FAINT,
    NAVY,
    OK,
    WARN,
    WARN_BG,
    cell_padding,
    grid_table,
    hex_of,
    table_style,
)
from simulator.worksheet.text import esc, path_markup, signed, tr

GROUPS = ("basic", "bonus", "deduction")


def _boxed(sheet: Sheet, content: list, border, background) -> Table:
    box = Table([[content]], colWidths=[body_width()])
    box.setStyle(
        table_style(
            cell_padding()
            + [
                ("BOX", (0, 0), (-1, -1), 0.8, border),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return box


def channel_block(sheet: Sheet) -> list:
    """Xiong'an: the group that settles directly, and why, in place of a score."""
    L, r = sheet.labels, sheet.result
    if r.channel is None:
        return []
    content = [
        sheet.para(f"<b>{esc(L('channel_instead'))}</b>"),
        sheet.para(f"<font size='11'><b>{tr(r.channel.name, sheet.lang)}</b></font>"),
        sheet.para(tr(r.channel.reason, sheet.lang)),
    ]
    content += [sheet.para(line, "small") for line in cited_rules(sheet, r.channel.rules)]
    return sheet.heading(L("channel_heading"), "channel") + [_boxed(sheet, content, NAVY, FAINT), Spacer(1, 3 * mm)]


def veto_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    if r.veto is None:
        return []
    content = [sheet.para(f"<font color='{hex_of(WARN)}'><b>{esc(L('veto'))}</b></font>"), sheet.para(tr(r.veto, sheet.lang))]
    return [_boxed(sheet, content, WARN, WARN_BG), Spacer(1, 3 * mm)]


def missing_block(sheet: Sheet) -> list:
    """Every value the total leaves out, by indicator, with the path a user-supplied value is given for."""
    L, r = sheet.labels, sheet.result
    if not r.provisional and not r.missing:
        return []
    names = {item.id: item.name for item in r.indicators}
    width = body_width()
    path_width = width * 0.33
    rows = [
        [
            sheet.para(esc(L("indicator")), "label"),
            sheet.para(esc(L("not_available")), "label"),
            sheet.para(esc(L("value_path")), "label"),
        ]
    ]
    for gap in r.missing:
        name = names.get(gap.indicator)
        line = sheet.lines.numbers.get(gap.indicator)
        shown_name = tr(name, sheet.lang) if name is not None else esc(gap.indicator)
        if line is not None:
            shown_name = (
                f"{esc(L('line_named', n=line))}　{shown_name}"
                if sheet.lang == "zh"
                else f"{esc(L('line_named', n=line))} · {shown_name}"
            )
        what = tr(gap.label, sheet.lang) + (f" <i>({esc(L('not_answered'))})</i>" if gap.unanswered else "")
        # an unanswered question is answered, not supplied: it has no value path to give
        where = esc(L("not_answered")) if gap.unanswered else path_markup(gap.path, path_width - 8)
        rows.append([sheet.para(shown_name), sheet.para(what), sheet.para(where)])
    table = Table(rows, colWidths=[width * 0.27, width * 0.40, path_width], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(grid_table() + [("LINEABOVE", (0, 0), (-1, 0), 0.8, CAP)]))
    return sheet.heading(L("provisional_heading"), "missing") + [
        sheet.para(esc(L("provisional_intro")), "body"),
        Spacer(1, 1.5 * mm),
        table,
    ]


def user_supplied_block(sheet: Sheet) -> list:
    """Each value the user supplied: what it is, the value, where they say it comes from and what it replaced."""
    L, r = sheet.labels, sheet.result
    if not r.user_supplied:
        return []
    rows = [[sheet.para(esc(L(key)), "label") for key in ("indicator", "value", "user_note", "replaced")]]
    for value in r.user_supplied:
        replaced = esc(value.replaced) if value.replaced is not None else esc(L("filled_gap"))
        rows.append(
            [
                [sheet.para(tr(value.label, sheet.lang)), sheet.para(path_markup(value.path, body_width() * 0.44 - 8))],
                sheet.para(f"<b>{esc(value.value)}</b>"),
                sheet.para(esc(value.note)),
                sheet.para(replaced),
            ]
        )
    width = body_width()
    table = Table(rows, colWidths=[width * 0.44, width * 0.14, width * 0.26, width * 0.16], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        table_style(grid_table() + [("LINEABOVE", (0, 0), (-1, 0), 0.8, CAP), ("BACKGROUND", (0, 1), (-1, -1), CAP_BG)])
    )
    return sheet.heading(L("user_supplied_heading"), "supplied") + [
        sheet.para(esc(L("user_supplied_intro")), "body"),
        Spacer(1, 1.5 * mm),
        table,
    ]


def pass_mark_text(sheet: Sheet) -> str | None:
    L, r = sheet.labels, sheet.result
    if r.pass_mark is None or not r.scored:
        return None
    name = r.pass_mark_name(sheet.lang) if r.pass_mark_name is not None else L("pass_mark")
    return f"{name} {fmt(r.pass_mark)}{L('colon')}{verdict(r, r.pass_mark)[1](sheet.lang)}"


def tie_break_block(sheet: Sheet) -> list:
    L, r = sheet.labels, sheet.result
    if r.tie_break is None or not r.scored:
        return []
    rows = [
        [
            sheet.para(esc(L("col_no")), "label"),
            sheet.para(esc(L("tie_break")), "label"),
            sheet.para(esc(L("value")), "label_right"),
        ]
    ]
    for number, part in enumerate(r.tie_break.parts, start=1):
        rows.append([sheet.para(str(number)), sheet.para(tr(part.name, sheet.lang)), sheet.para(esc(part.shown), "cell_right")])
    table = Table(rows, colWidths=[12 * mm, body_width() - 12 * mm - 40 * mm, 40 * mm], hAlign="LEFT")
    table.setStyle(table_style(grid_table()))
    heading = sheet.heading(L("tie_break"), "tie_break")
    return [heading[0], KeepTogether([heading[1], sheet.para(esc(L("tie_break_intro")), "body"), Spacer(1, 1 * mm), table])]


def group_rows(sheet: Sheet) -> list[tuple[str, str]]:
    """(label, points) of each indicator group the result uses, in the rules' order; none for Beijing."""
    r = sheet.result
    used = {item.group for item in r.indicators if item.group}
    return [(sheet.labels(f"group_{group}"), fmt(r.group_points(group))) for group in GROUPS if group in used]


def status_colour(ok: bool) -> str:
    return hex_of(OK if ok else WARN)


def comparison_block(sheet: Sheet, comparison) -> list:
    """The same applicant under several cities, side by side: one row per city, then each shared topic's points.

    `comparison` is a `simulator.engine.compare_cities.CityComparison` (or just its list of rows)."""
    L, lang = sheet.labels, sheet.lang
    rows_in = getattr(comparison, "rows", comparison)
    topics = getattr(comparison, "topics", [])
    width = body_width()
    header = [sheet.para(esc(L(key)), "label") for key in ("col_city", "edition", "col_result", "col_qualified", "col_target")]
    rows = [header]
    for row in rows_in:
        if row.channel is not None:
            result = f"<b>{tr(row.channel.name, lang)}</b>"
        else:
            result = f"<b>{esc(span(row.total_low, row.total_high)(lang))}</b>"
            if row.provisional:
                result += f" <font color='{hex_of(WARN)}' size='7'>{esc(L('missing_count', n=row.missing))}</font>"
        if row.veto is not None:
            result += f"<br/><font color='{hex_of(WARN)}' size='7'>{esc(L('veto'))}</font>"
        qualified = L("met") if row.qualified else L("unmet")
        if row.target is None:
            target = L("not_scored")
        else:
            if row.target_kind == "pass_mark":
                what = row.target_name(lang) if row.target_name is not None else L("pass_mark")
            else:
                what = f"{row.target_round} {L('line')}"
            target = f"{what} {fmt(row.target)} ({signed(row.difference)})"
            if row.ranged:  # reached only at the lowest total, not reached only at the highest
                target = f"{what} {fmt(row.target)}{L('colon')}{L('verdict_' + (row.verdict or 'depends'))}"
        rows.append(
            [
                sheet.para(sheet.city_name(row.city)),
                sheet.para(f"{tr(row.edition_name, lang)} · {row.declaration_year}"),
                sheet.para(result),
                sheet.para(f"<font color='{status_colour(row.qualified)}'>{esc(qualified)}</font>"),
                sheet.para(esc(target)),
            ]
        )
    table = Table(rows, colWidths=[width * w for w in (0.14, 0.30, 0.20, 0.13, 0.23)], repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(grid_table()))
    story = sheet.heading(L("comparison"), "comparison") + [
        sheet.para(esc(L("comparison_intro")), "body"),
        Spacer(1, 1.5 * mm),
        table,
    ]
    if topics:
        topic_rows = [
            [sheet.para(esc(L("topic")), "label")] + [sheet.para(sheet.city_name(row.city), "label_right") for row in rows_in]
        ]
        for topic in topics:
            cells = [sheet.para(tr(topic.name, lang))]
            for row in rows_in:
                points = topic.points.get(row.pack_id)
                bounds = topic.ranges.get(row.pack_id, (points, points))
                shown = (
                    L("not_scored")
                    if points is None
                    else span(*bounds)(lang) + ("*" if topic.provisional.get(row.pack_id) else "")
                )
                cells.append(sheet.para(esc(shown), "cell_right"))
            topic_rows.append(cells)
        share = (width * 0.70) / max(len(rows_in), 1)
        topic_table = Table(topic_rows, colWidths=[width * 0.30] + [share] * len(rows_in), repeatRows=1, hAlign="LEFT")
        topic_table.setStyle(table_style(grid_table()))
        story += [Spacer(1, 3 * mm), topic_table, Spacer(1, 1 * mm), sheet.para(esc("* " + L("not_available")), "small")]
    return story
