"""The applicant: who they are, the facts they gave, and every period they declared, row by row.

The period tables are what a clerk checks against the documents, and what makes a long history run over several
pages: they repeat their header row on each page and split between rows.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.identity import mask_id
from simulator.months import format_month
from simulator.worksheet.context import Sheet
from simulator.worksheet.flowables import TickBox
from simulator.worksheet.labels import EDUCATION, HELD, HOUSING, RETIREMENT
from simulator.worksheet.page import body_width
from simulator.worksheet.styles import grid_table, table_style
from simulator.worksheet.text import esc


def applicant_block(sheet: Sheet) -> list:
    L = sheet.labels
    facts = _facts(sheet)
    rows = [[sheet.para(esc(label), "label"), sheet.para(value)] for label, value in facts]
    table = Table(rows, colWidths=[38 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(grid_table(header_rows=0, zebra=False)))
    story = sheet.heading(L("applicant")) + [table]
    if sheet.profile.notes.strip():
        # Outside the table: a long note must be able to break across pages.
        story += [Spacer(1, 2 * mm), sheet.para(f"{esc(L('notes'))}{L('colon')}{esc(sheet.profile.notes.strip())}", "small")]
    return story


def _facts(sheet: Sheet) -> list[tuple[str, str]]:
    L, p = sheet.labels, sheet.profile
    if p.id_number:
        masked = f"{esc(mask_id(p.id_number))} <font size='7' color='#5B6673'>{esc(L('id_masked'))}</font>"
        shown = esc(p.id_number) if sheet.show_id else masked
    else:
        shown = _muted(L("not_given"))
    facts = [
        (L("name"), esc(p.name) if p.name.strip() else _muted(L("not_given"))),
        (L("id_number"), shown),
        (L("birth_date"), p.birth_date.isoformat()),
        (L("retirement_category"), esc(L.of(RETIREMENT, p.retirement_category))),
        (L("residence_permit"), esc(L("held") if p.has_residence_permit else L("not_held"))),
        (L("criminal_record"), esc(L("yes") if p.has_criminal_record else L("no"))),
        (L("education"), _education(sheet)),
        (L("innovation"), _innovation(sheet)),
        (L("income_tax"), _tax_years(sheet)),
        (L("tax_violations"), _dated(sheet, p.tax_violations)),
        (L("detentions"), _dated(sheet, p.detentions)),
        (L("honours"), _honours(sheet)),
    ]
    if p.meets_trial_tax_condition:
        facts.append((L("trial_tax"), esc(L("yes"))))
    return facts


def _muted(text: str) -> str:
    return f"<font color='#5B6673'>{esc(text)}</font>"


def _education(sheet: Sheet) -> str:
    L, education = sheet.labels, sheet.profile.education
    if education is None:
        return esc(L("none"))
    parts = [L.of(EDUCATION, education.level), L.of(HELD, (education.diploma, education.degree))]
    if education.study_start is not None:
        parts.append(f"{L('study_period')} {format_month(education.study_start)} – {format_month(education.study_end)}")
    if education.institution:
        parts.append(education.institution)
    return esc(" · ".join(parts))


def _innovation(sheet: Sheet) -> str:
    L, item = sheet.labels, sheet.profile.innovation
    if item is None:
        return esc(L("none"))
    kind = sheet.pack.innovation.kinds.get(item.kind) if sheet.pack else None
    parts = [(kind.name.zh if sheet.lang == "zh" else kind.name.en) if kind else item.kind]
    for key, value in (
        ("tier", item.tier_points),
        ("share", item.share_percent),
        ("financing", item.financing_yuan),
        ("item_years", item.years),
    ):
        if value is not None:
            parts.append(L(key, value=value))
    if item.description:
        parts.append(item.description)
    return esc(" · ".join(parts))


def _tax_years(sheet: Sheet) -> str:
    entries = sorted(sheet.profile.income_tax, key=lambda t: (t.city, t.year))
    if not entries:
        return esc(sheet.labels("none"))
    shown = []
    for entry in entries:
        city = "" if entry.city == sheet.result.city else f" ({sheet.city_name(entry.city)})"
        shown.append(f"{entry.year}: {esc(entry.amount_yuan)}{city}")
    return sheet.labels("list_separator").join(shown)


def _dated(sheet: Sheet, events) -> str:
    if not events:
        return esc(sheet.labels("none"))
    shown = []
    for event in sorted(events, key=lambda e: e.date):
        extra = [sheet.city_name(event.city)] if event.city != sheet.result.city else []
        if event.note:
            extra.append(esc(event.note))
        shown.append(event.date.isoformat() + (f" ({', '.join(extra)})" if extra else ""))
    return sheet.labels("list_separator").join(shown)


def _honours(sheet: Sheet) -> str:
    honours = sheet.profile.honours
    if not honours:
        return esc(sheet.labels("none"))
    kinds = sheet.pack.honours.kinds if sheet.pack else {}
    shown = []
    for honour in honours:
        kind = kinds.get(honour.kind)
        name = (kind.zh if sheet.lang == "zh" else kind.en) if kind else honour.kind
        details = [str(honour.year)] if honour.year else []
        if honour.note:
            details.append(honour.note)
        shown.append(esc(name + (f" ({', '.join(details)})" if details else "")))
    return sheet.labels("list_separator").join(shown)


# ---- the declared periods ----------------------------------------------------------------------------------


def periods_block(sheet: Sheet) -> list:
    L, p = sheet.labels, sheet.profile
    story = sheet.heading(L("periods_heading"))
    story += _period_table(
        sheet,
        L("insurance_periods"),
        p.social_insurance,
        [(L("col_back_paid"), None, lambda period: esc(L("yes") if period.back_paid else ""))],
    )
    story += _period_table(
        sheet,
        L("housing_periods"),
        p.housing,
        [
            (L("col_kind"), 26 * mm, lambda period: esc(L.of(HOUSING, period.kind))),
            (L("col_district"), None, lambda period: sheet.district_name(period.district)),
            (
                L("col_lease"),
                22 * mm,
                lambda period: esc(("✓" if period.lease_registered else "—") if period.kind == "rented" else ""),
            ),
        ],
    )
    story += _period_table(
        sheet,
        L("workplace_periods"),
        p.workplaces,
        [
            (L("col_district"), 38 * mm, lambda period: sheet.district_name(period.district)),
            (L("col_employer"), None, lambda period: esc(period.employer)),
        ],
    )
    return story


def _period_table(sheet: Sheet, title: str, periods: list, columns: list) -> list:
    """# | from | to | [city] | the kind's own columns | a box to tick once the document is checked."""
    L = sheet.labels
    heading = sheet.para(esc(title), "h3")
    if not periods:
        return [KeepTogether([heading, sheet.para(esc(L("no_periods")), "small")])]
    ordered = sorted(periods, key=lambda period: period.start)
    show_city = any(period.city != sheet.result.city for period in ordered)
    header = [L("col_no"), L("col_from"), L("col_to")] + ([L("col_city")] if show_city else [])
    header += [name for name, _, _ in columns] + [L("col_seen")]
    widths = [9 * mm, 17 * mm, 17 * mm] + ([20 * mm] if show_city else []) + [width for _, width, _ in columns] + [14 * mm]
    fixed = sum(w for w in widths if w is not None)
    flexible = [i for i, w in enumerate(widths) if w is None]
    for i in flexible:
        widths[i] = (body_width() - fixed) / len(flexible)

    # The title is the table's first row, so that it repeats with the column header on every page.
    rows = [[heading] + [""] * (len(header) - 1), [sheet.para(esc(text), "label") for text in header]]
    for number, period in enumerate(ordered, start=1):
        end = format_month(period.end) if period.end is not None else L("ongoing")
        row = [sheet.para(str(number), "cell"), sheet.para(format_month(period.start)), sheet.para(esc(end))]
        if show_city:
            row.append(sheet.para(sheet.city_name(period.city)))
        row += [sheet.para(render(period)) for _, _, render in columns]
        row.append(TickBox(""))
        rows.append(row)
    rows[1][-1] = sheet.para(esc(L("col_seen")), "label_centre")
    table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    commands = grid_table(top=1) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("TOPPADDING", (0, 0), (0, 0), 7),
        ("BOTTOMPADDING", (0, 0), (0, 0), 1),
    ]
    commands += [("ALIGN", (-1, 2), (-1, -1), "CENTER"), ("VALIGN", (-1, 2), (-1, -1), "MIDDLE")]
    table.setStyle(table_style(commands))
    return [table]
