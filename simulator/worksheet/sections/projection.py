"""The coming rounds: the applicant's projected total each year until retirement, with what changes and why,
against the published lines and the estimate band of future lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.projection_chart import projection_chart
from simulator.worksheet.styles import grid_table, table_style
from simulator.worksheet.text import esc


def projection_block(sheet: Sheet, data: dict | None) -> list:
    if not data or not data.get("years"):
        return []
    lang, L = sheet.lang, sheet.labels
    story = sheet.heading(L("projection_heading"))
    story.append(sheet.para(esc(L("projection_intro", as_of=data["as_of"])), "small"))
    legend = {"total": L("projection_legend_total"), "line": L("projection_legend_line"), "band": L("projection_legend_band")}
    story.append(Spacer(1, 2 * mm))
    story.append(projection_chart(data, legend, body_width(), 62 * mm))
    band = data.get("band")
    if band:
        story.append(
            sheet.para(
                esc(
                    f"{band['label'][lang]}：{band['note'][lang]}"
                    if lang == "zh"
                    else f"{band['label'][lang]}: {band['note'][lang]}"
                ),
                "small",
            )
        )
    by_year = {b["year"]: b for b in (band or {}).get("years", [])}
    rows = [[sheet.para(esc(L(f"projection_{key}")), "label") for key in ("year", "total", "band", "changes")]]
    for index, item in enumerate(data["years"]):
        changes = [
            f"{c['name'][lang]} {c['before']:g} → {c['after']:g}"
            + (f"（{'；'.join(r[lang] for r in c['reasons'])}）" if lang == "zh" and c["reasons"] else "")
            + (f" ({'; '.join(r[lang] for r in c['reasons'])})" if lang == "en" and c["reasons"] else "")
            for c in item["changes"]
        ]
        changes += [q["reason"][lang] for q in item["qualification_changes"] if q.get("reason")]
        if item.get("edition_change"):
            changes.append(item["edition_change"][lang])
        estimate = by_year.get(item["year"])
        rows.append(
            [
                sheet.para(str(item.get("round", item["year"]))),
                sheet.para(esc(_total_shown(item, sheet.lang) + ("" if item["qualified"] else L("projection_whatif")))),
                sheet.para(esc(f"{estimate['low']:g}–{estimate['high']:g}" if estimate else "—")),
                sheet.para(
                    esc(("；" if lang == "zh" else "; ").join(changes))
                    if changes
                    else esc(L("projection_none") if index else "—")
                ),
            ]
        )
    width = body_width()
    table = Table(rows, colWidths=[16 * mm, 26 * mm, 26 * mm, width - 68 * mm], repeatRows=1)
    table.setStyle(table_style(grid_table()))
    if data.get("end_reason"):
        story += [table, Spacer(1, 1.5 * mm), sheet.para(esc(data["end_reason"][lang]), "small")]
    else:
        story.append(table)
    # the heading, its introduction and the chart stay on one page
    return [story[0], KeepTogether(story[1:5])] + story[5:]


def _total_shown(item: dict, lang: str) -> str:
    """A year's total, or its range where values not known leave one."""
    if not item.get("ranged"):
        return f"{item['total']:g}"
    from decimal import Decimal

    from simulator.core.ranges import span

    def bound(value):
        return None if value is None else Decimal(str(value))

    return span(bound(item["total_low"]), bound(item["total_high"]))(lang)
