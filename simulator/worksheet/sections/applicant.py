"""The applicant: who they are, the facts they gave, and every period they declared, row by row.

The period tables are what a clerk checks against the documents, and what makes a long history run over several
pages: they repeat their header row on each page and split between rows.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator import cities
from simulator.core.identity import mask_id
from simulator.core.months import format_month
from simulator.core.phrases import (
    EDUCATION,
    HONOUR_KINDS,
    HOUSING,
    LEVELS,
    PENALTIES,
    RETIREMENT,
    SKILLS,
    TITLES,
    held_words,
)
from simulator.engine.qualifications import qualifications_of
from simulator.worksheet.context import Sheet
from simulator.worksheet.exhibits import home_rows
from simulator.worksheet.flowables import TickBox, WriteIn
from simulator.worksheet.page import body_width
from simulator.worksheet.period_months import PeriodCounter
from simulator.worksheet.styles import WARN, grid_table, hex_of, table_style
from simulator.worksheet.text import esc, tr


def applicant_block(sheet: Sheet) -> list:
    L = sheet.labels
    facts = _facts(sheet)
    rows = [[sheet.para(esc(label), "label"), sheet.para(value)] for label, value in facts]
    table = Table(rows, colWidths=[38 * mm, None], hAlign="LEFT")
    table.setStyle(table_style(grid_table(header_rows=0, zebra=False)))
    story = sheet.heading(L("applicant"), "applicant") + [table]
    if sheet.profile.notes.strip():
        # Outside the table: a long note must be able to break across pages.
        story += [Spacer(1, 2 * mm), sheet.para(f"{esc(L('notes'))}{L('colon')}{esc(sheet.profile.notes.strip())}", "small")]
    return story


def _facts(sheet: Sheet) -> list[tuple[str, str]]:
    """Who the applicant is, then each fact the city's rules read (its WorksheetFacts), in its order; a key ending
    in "?" is shown only when the applicant has that fact (no row of "no" on every sheet)."""
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
    ]
    for key in sheet.city.worksheet.facts:
        optional = key.endswith("?")
        label, render, present = FACTS[key.rstrip("?")]
        if optional and not present(p):
            continue
        facts.append((label(sheet), render(sheet)))
    # the city's own facts: those answered, and those not answered that the score depends on
    asked = {m.path for m in sheet.result.missing if m.unanswered}
    answers = p.facts_of(sheet.city.id)
    for fact in sheet.city.facts:
        value = answers.get(fact.key)
        if value != fact.default or f"city_facts.{sheet.city.id}.{fact.key}" in asked:
            shown = esc(fact.answer(value)(sheet.lang))
            label = fact.caption(sheet.lang)
            label = label[:1].upper() + label[1:]  # the label reads inside a sentence elsewhere
            facts.append((esc(label), shown if value is not None else _muted(fact.answer(value)(sheet.lang))))
    return facts


def _muted(text: str) -> str:
    return f"<font color='#5B6673'>{esc(text)}</font>"


def _education(sheet: Sheet) -> str:
    """Every qualification held, one a line, the one entered first first (which one the rules scored, and what
    the others gave, the result says among its assumptions)."""
    held = qualifications_of(sheet.profile)
    if not held:
        return esc(sheet.labels("none"))
    return "<br/>".join(esc(_qualification(sheet, education)) for education in held)


def _qualification(sheet: Sheet, education) -> str:
    L = sheet.labels
    parts = [L.of(EDUCATION, education.level), held_words(education.level, education.diploma, education.degree)(sheet.lang)]
    if education.study_start is not None:
        parts.append(f"{L('study_period')} {format_month(education.study_start)} – {format_month(education.study_end)}")
    if education.institution:
        parts.append(education.institution)
    return " · ".join(parts)


def _innovation(sheet: Sheet) -> str:
    L, item = sheet.labels, sheet.profile.innovation
    if item is None:
        return esc(L("none"))
    kind = _pack_kinds(sheet, "innovation").get(item.kind)
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


def _tax_years(sheet: Sheet, entries: list | None = None) -> str:
    entries = sorted(sheet.profile.income_tax if entries is None else entries, key=lambda t: (t.city, t.year))
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
    L, kinds = sheet.labels, _pack_kinds(sheet, "honours")
    shown = []
    for honour in honours:
        kind = kinds.get(honour.kind)
        name = (kind.zh if sheet.lang == "zh" else kind.en) if kind else L.of(HONOUR_KINDS, honour.kind)
        details = [esc(honour.year)] if honour.year else []
        # Xiong'an and Hangzhou rank an honour by the awarding body's level and ask where it was earned.
        if honour.level:
            details.append(esc(L.of(LEVELS, honour.level)))
        if honour.city and honour.city != sheet.result.city:
            details.append(sheet.city_name(honour.city))
        if honour.note:
            details.append(esc(honour.note))
        shown.append(esc(name) + (f" ({', '.join(details)})" if details else ""))
    return L("list_separator").join(shown)


def _pack_kinds(sheet: Sheet, section: str) -> dict:
    """The kinds the rules name under `section` ("honours", "innovation"); {} where they name none (the
    worksheet then shows the stored id)."""
    if sheet.pack is None:
        return {}
    kinds = sheet.pack.honour_kinds() if section == "honours" else sheet.pack.innovation_kinds()
    return kinds or {}


# ---- the facts a city's rules may read ---------------------------------------------------------------------


def _permit(sheet: Sheet) -> str:
    L = sheet.labels
    permits = [permit for permit in sheet.profile.residence_permits if permit.city == sheet.result.city]
    if not permits:
        return esc(L("not_held"))
    shown = []
    for permit in sorted(permits, key=lambda p: p.issued or date.min):
        text = L("permit_since", date=permit.issued.isoformat()) if permit.issued else L("permit_undated")
        if permit.suspended:
            text += f"{L('list_separator')}{L('permit_suspended')}"
            shown.append(f"<font color='{hex_of(WARN)}'>{esc(text)}</font>")
        else:
            shown.append(esc(text))
    return L("list_separator").join(shown)


def _group(sheet: Sheet) -> str:
    """Xiong'an's Art. 3 group by the name the pack gives it."""
    L, group = sheet.labels, sheet.profile.settlement_group
    if group is None:
        return esc(L("no_group"))
    channel = sheet.pack.channel(group) if sheet.pack is not None else None
    return tr(channel.name, sheet.lang) if channel is not None else esc(group)


def _title_skill(sheet: Sheet) -> str:
    L, p = sheet.labels, sheet.profile
    parts = []
    if p.professional_title is not None:
        parts.append(L("title_part", value=L.of(TITLES, p.professional_title)))
    if p.skill_level is not None:
        parts.append(L("skill_part", value=L.of(SKILLS, p.skill_level)))
    return esc(L("list_separator").join(parts) if parts else L("none"))


def _blood(sheet: Sheet) -> str:
    L, donations = sheet.labels, sorted(sheet.profile.blood_donations, key=lambda d: d.date)
    if not donations:
        return esc(L("none"))
    shown = [f"{d.date.isoformat()}: {L('ml', ml=d.ml)}" for d in donations]
    if len(donations) > 1:
        shown.append(L("blood_total", ml=sum(d.ml for d in donations)))
    return esc(L("list_separator").join(shown))


def _volunteering(sheet: Sheet) -> str:
    L, years = sheet.labels, sorted(sheet.profile.volunteering, key=lambda v: v.year)
    if not years:
        return esc(L("none"))
    return esc(L("list_separator").join(f"{v.year}: {L('hours', hours=v.hours)}" for v in years))


def _charity(sheet: Sheet) -> str:
    L, donations = sheet.labels, sorted(sheet.profile.charity_donations, key=lambda d: d.date)
    if not donations:
        return esc(L("none"))
    return esc(L("list_separator").join(f"{d.date.isoformat()}: {d.yuan}" for d in donations))


def _patents(sheet: Sheet) -> str:
    L, patents = sheet.labels, sorted(sheet.profile.invention_patents, key=lambda p: p.granted)
    if not patents:
        return esc(L("none"))
    shown = []
    for patent in patents:
        details = [L("patent_granted", date=patent.granted.isoformat())]
        if patent.shared:
            details += [L("patent_shared"), L("patent_first") if patent.first_patentee else L("patent_not_first")]
        if patent.transferred:
            details.append(L("patent_transferred"))
        title = f"{patent.title} " if patent.title else ""
        shown.append(f"{title}({', '.join(details)})")
    return esc(L("list_separator").join(shown))


def _penalties(sheet: Sheet) -> str:
    L, records = sheet.labels, sorted(sheet.profile.penalties, key=lambda r: r.date)
    if not records:
        return esc(L("none"))
    shown = []
    for record in records:
        details = []
        if record.kind == "criminal":
            if record.sentence_years is not None:
                details.append(esc(L("sentence", years=record.sentence_years)))
            if record.serious_crime:
                details.append(esc(L("serious_crime")))
        if record.city and record.city != sheet.result.city:
            details.append(sheet.city_name(record.city))
        if record.act:
            details.append(esc(L("act", act=record.act)))
        if record.note:
            details.append(esc(record.note))
        text = f"{record.date.isoformat()} {esc(L.of(PENALTIES, record.kind))}"
        shown.append(text + (f" ({', '.join(details)})" if details else ""))
    return L("list_separator").join(shown)


def _listings(sheet: Sheet) -> str:
    L, listings = sheet.labels, sorted(sheet.profile.dishonesty_listings, key=lambda r: r.date)
    if not listings:
        return esc(L("none"))
    shown = []
    for listing in listings:
        details = [L("act", act=listing.act)] if listing.act else []
        if listing.note:
            details.append(listing.note)
        text = f"{listing.date.isoformat()} {L.of(LEVELS, listing.level)}"
        shown.append(esc(text + (f" ({', '.join(details)})" if details else "")))
    return L("list_separator").join(shown)


# ---- the declared periods ----------------------------------------------------------------------------------


def periods_block(sheet: Sheet) -> list:
    """Each list of periods the city's rules read, with the columns they need (its WorksheetFacts), the months each
    brings to the round and those not counted, with the reason."""
    L, p = sheet.labels, sheet.profile
    story = sheet.heading(L("periods_heading"), "periods")
    counter = PeriodCounter(sheet.result, sheet.lines, cities.name_of(sheet.result.city))
    for name, columns in sheet.city.worksheet.periods.items():
        title, to_the_day = PERIOD_TABLES[name]
        periods = home_rows(p) if name == "housing" else getattr(p, name)
        story += _period_table(sheet, name, L(title), periods, [PERIOD_COLUMNS[c](sheet) for c in columns], counter, to_the_day)
    story += [Spacer(1, 1.5 * mm), sheet.para(esc(L("periods_note")), "small")]
    return story


# The lists of periods a worksheet can show: title, kept to the day.
PERIOD_TABLES = {
    "social_insurance": ("insurance_periods", False),
    "housing": ("housing_periods", False),
    "workplaces": ("workplace_periods", False),
    "residence_registrations": ("registration_periods", True),
}


def _yes_if(sheet: Sheet, attribute: str):
    return lambda period: esc(sheet.labels("yes") if getattr(period, attribute) else "")


# A period table's own columns: (title, width or None to share the rest, the cell of a period).
PERIOD_COLUMNS = {
    "back_paid": lambda sheet: (sheet.labels("col_back_paid"), 16 * mm, _yes_if(sheet, "back_paid")),
    "transferred_in": lambda sheet: (sheet.labels("col_transferred"), 16 * mm, _yes_if(sheet, "transferred_in")),
    "kind": lambda sheet: (sheet.labels("col_kind"), 18 * mm, lambda period: esc(sheet.labels.of(HOUSING, period.kind))),
    "district": lambda sheet: (sheet.labels("col_district"), 22 * mm, lambda period: sheet.district_name(period.district)),
    "lease_registered": lambda sheet: (
        sheet.labels("col_lease"),
        16 * mm,
        lambda period: esc(("✓" if period.lease_registered else "—") if period.kind == "rented" else ""),
    ),
    "employer": lambda sheet: (sheet.labels("col_employer"), None, lambda period: esc(period.employer)),
}


def _not_counted(sheet: Sheet, count) -> str:
    if not count.not_counted:
        return ""
    return "<br/>".join(f"<font color='{hex_of(WARN)}'>{esc(why(sheet.lang))}</font>" for _, why in count.not_counted)


def _period_table(sheet: Sheet, name: str, title: str, periods: list, columns: list, counter, to_the_day: bool = False) -> list:
    """# | from | to | [city] | the kind's own columns | months to the cut-off | not counted (why) | [exhibit,
    certificate no.] | a box to tick once the document is checked.

    Periods are months ("2019-07"), or days ("2019-07-15", `to_the_day`) for residence registrations."""
    L = sheet.labels
    shown = (lambda day: day.isoformat()) if to_the_day else format_month
    column_from, column_to, date_width = (
        ("col_first_day", "col_last_day", 19 * mm) if to_the_day else ("col_from", "col_to", 14 * mm)
    )
    heading = sheet.para(esc(title), "h3")
    if not periods:
        return [KeepTogether([heading, sheet.para(esc(L("no_periods")), "small")])]
    ordered = periods if name == "housing" else sorted(periods, key=lambda period: period.start)
    show_city = any(period.city != sheet.result.city for period in ordered)
    homes = name == "housing" and bool(sheet.exhibits.by_home)
    header = [L("col_no"), L(column_from), L(column_to)] + ([L("col_city")] if show_city else [])
    header += [title_ for title_, _, _ in columns]
    header += [L("col_days" if to_the_day else "col_months"), L("col_not_counted")]
    header += [L("col_exhibit"), L("col_certificate")] if homes else []
    header += [L("col_seen")]
    widths = [9 * mm, date_width, date_width] + ([16 * mm] if show_city else []) + [width for _, width, _ in columns]
    widths += [15 * mm, None] + ([13 * mm, 24 * mm] if homes else []) + [14 * mm]
    fixed = sum(w for w in widths if w is not None)
    flexible = [i for i, w in enumerate(widths) if w is None]
    for i in flexible:
        widths[i] = max((body_width() - fixed) / len(flexible), 20 * mm)

    # The title is the table's first row, so that it repeats with the column header on every page.
    rows = [[heading] + [""] * (len(header) - 1), [sheet.para(esc(text), "label") for text in header]]
    for number, period in enumerate(ordered, start=1):
        end = shown(period.end) if period.end is not None else L("ongoing")
        count = counter.days(period) if to_the_day else counter.months(period, name)
        row = [sheet.para(str(number), "cell"), sheet.para(shown(period.start)), sheet.para(esc(end))]
        if show_city:
            row.append(sheet.para(sheet.city_name(period.city)))
        row += [sheet.para(render(period)) for _, _, render in columns]
        row += [sheet.para(str(count.counted), "cell_right"), sheet.para(_not_counted(sheet, count), "small")]
        if homes:
            exhibit = sheet.exhibits.by_home.get(number)
            row.append(sheet.para(esc(sheet.exhibit_ref(exhibit)), "cell_centre"))
            row.append(WriteIn("") if exhibit is not None else "")
        row.append(TickBox(""))
        rows.append(row)
    rows[1][-1] = sheet.para(esc(L("col_seen")), "label_centre")
    table = Table(rows, colWidths=widths, repeatRows=2, hAlign="LEFT")
    commands = grid_table(top=1) + [
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 0),
        ("TOPPADDING", (0, 0), (0, 0), 7),
        ("BOTTOMPADDING", (0, 0), (0, 0), 1),
        ("LEFTPADDING", (0, 1), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 1), (-1, -1), 2.5),
    ]
    commands += [("ALIGN", (-1, 2), (-1, -1), "CENTER"), ("VALIGN", (-1, 2), (-1, -1), "MIDDLE")]
    table.setStyle(table_style(commands))
    return [table]


def _flag(flag: str):
    return lambda sheet: esc(sheet.labels("yes") if getattr(sheet.profile, flag) else sheet.labels("no"))


def _label(key: str):
    return lambda sheet: sheet.labels(key)


# Every fact a worksheet can print: key -> (label, value as markup, whether the applicant has it).
FACTS = {
    "residence_permit": (
        _label("residence_permit"),
        lambda s: esc(s.labels("held") if s.profile.has_residence_permit else s.labels("not_held")),
        lambda p: True,
    ),
    "city_permit": (lambda s: s.labels("city_permit", city=s.city.name(s.lang)), _permit, lambda p: bool(p.residence_permits)),
    "settlement_group": (_label("settlement_group"), _group, lambda p: p.settlement_group is not None),
    "criminal_record": (_label("criminal_record"), _flag("has_criminal_record"), lambda p: p.has_criminal_record),
    "education": (_label("education"), _education, lambda p: p.education is not None),
    "title_skill": (_label("title_skill"), _title_skill, lambda p: p.professional_title is not None or p.skill_level is not None),
    "innovation": (_label("innovation"), _innovation, lambda p: p.innovation is not None),
    "income_tax": (_label("income_tax"), _tax_years, lambda p: bool(p.income_tax)),
    "investment_tax": (
        _label("investment_tax"),
        lambda s: _tax_years(s, s.profile.investment_tax),
        lambda p: bool(p.investment_tax),
    ),
    "tax_violations": (_label("tax_violations"), lambda s: _dated(s, s.profile.tax_violations), lambda p: bool(p.tax_violations)),
    "detentions": (_label("detentions"), lambda s: _dated(s, s.profile.detentions), lambda p: bool(p.detentions)),
    "honours": (_label("honours"), _honours, lambda p: bool(p.honours)),
    "trial_tax": (_label("trial_tax"), lambda s: esc(s.labels("yes")), lambda p: p.meets_trial_tax_condition),
    "blood_donations": (_label("blood_donations"), _blood, lambda p: bool(p.blood_donations)),
    "volunteering": (_label("volunteering"), _volunteering, lambda p: bool(p.volunteering)),
    "charity_donations": (_label("charity_donations"), _charity, lambda p: bool(p.charity_donations)),
    "stem_cell_donation": (_label("stem_cell_donation"), _flag("stem_cell_donation"), lambda p: p.stem_cell_donation),
    "invention_patents": (_label("invention_patents"), _patents, lambda p: bool(p.invention_patents)),
    "penalties": (_label("penalties"), _penalties, lambda p: bool(p.penalties)),
    "dishonesty_listings": (_label("dishonesty_listings"), _listings, lambda p: bool(p.dishonesty_listings)),
    "banned_organisation": (_label("banned_organisation"), lambda s: esc(s.labels("yes")), lambda p: p.banned_organisation),
    "points_fraud": (
        _label("points_fraud"),
        lambda s: esc(s.labels("found_on", date=s.profile.points_fraud.isoformat())),
        lambda p: p.points_fraud is not None,
    ),
}
