"""The appendix: the applicant's projected total in each coming round until retirement, with what changes and why,
against the published lines and the estimate band of future lines. It is not part of the round scored and may be
left out (`projection=None`; `score --no-projection`).

Rounds in a row that change nothing (the same total, the same qualification, no change named) are one row
("2030–2054: the same in each round"), and the first round says how it differs from the round on this sheet."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from simulator.core.decimals import fmt
from simulator.core.ranges import span
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import body_width
from simulator.worksheet.projection_chart import projection_chart
from simulator.worksheet.styles import grid_table, table_style
from simulator.worksheet.text import esc, signed


def _changes(sheet: Sheet, item: dict) -> list[str]:
    lang = sheet.lang
    changes = []
    for c in item["changes"]:
        text = f"{c['name'][lang]} {fmt(Decimal(str(c['before'])))} → {fmt(Decimal(str(c['after'])))}"
        if c["reasons"]:
            reasons = [r[lang] for r in c["reasons"]]
            text += f"（{'；'.join(reasons)}）" if lang == "zh" else f" ({'; '.join(reasons)})"
        changes.append(text)
    changes += [q["reason"][lang] for q in item["qualification_changes"] if q.get("reason")]
    if item.get("edition_change"):
        changes.append(item["edition_change"][lang])
    return changes


def _bound(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _total_shown(item: dict, lang: str) -> str:
    """A round's total, or its range where values not known leave one."""
    if not item.get("ranged"):
        return fmt(Decimal(str(item["total"])))
    return span(_bound(item["total_low"]), _bound(item["total_high"]))(lang)


def _runs(years: list[dict]) -> list[list[dict]]:
    """Rounds grouped: a round that changes nothing joins the one before it."""
    runs: list[list[dict]] = []
    for item in years:
        same = (
            runs
            and not item["changes"]
            and not item["qualification_changes"]
            and not item.get("edition_change")
            and item["total"] == runs[-1][-1]["total"]
            and item["qualified"] == runs[-1][-1]["qualified"]
            and item.get("ranged") == runs[-1][-1].get("ranged")
        )
        if same:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def projection_block(sheet: Sheet, data: dict | None) -> list:
    if not data or not data.get("years"):
        return []
    lang, L, r = sheet.lang, sheet.labels, sheet.result
    story = [PageBreak(), sheet.para(esc(L("projection_heading")), "h2")]
    story.append(sheet.para(esc(L("projection_appendix_note")), "small"))
    story.append(sheet.para(esc(L("projection_intro", as_of=data["as_of"])), "small"))
    legend = {"total": L("projection_legend_total"), "line": L("projection_legend_line"), "band": L("projection_legend_band")}
    story.append(Spacer(1, 2 * mm))
    story.append(projection_chart(data, legend, body_width(), 62 * mm))
    band = data.get("band")
    if band:
        separator = "：" if lang == "zh" else ": "
        story.append(sheet.para(esc(f"{band['label'][lang]}{separator}{band['note'][lang]}"), "small"))
    by_year = {b["year"]: b for b in (band or {}).get("years", [])}
    rows = [[sheet.para(esc(L(f"projection_{key}")), "label") for key in ("year", "total", "band", "changes")]]
    for index, run in enumerate(_runs(data["years"])):
        first, last = run[0], run[-1]
        changes = _changes(sheet, first)
        if index == 0 and not changes:  # the first round against the round on this sheet
            total = Decimal(str(first["total"]))
            if total != r.total or first.get("ranged") != r.ranged:
                changes.append(
                    L("projection_vs_sheet", round=r.declaration_year, total=fmt(r.total), diff=signed(total - r.total))
                )
            else:
                changes.append(L("projection_same_as_sheet", round=r.declaration_year))
        if len(run) > 1:
            changes.append(
                L(
                    "projection_same_rounds",
                    first=first.get("round", first["year"]),
                    last=last.get("round", last["year"]),
                    n=len(run),
                )
            )
        elif not changes:
            changes.append(L("projection_none"))
        estimates = [by_year[item["year"]] for item in run if item["year"] in by_year]
        if estimates:
            low, high = min(e["low"] for e in estimates), max(e["high"] for e in estimates)
            estimate = f"{fmt(Decimal(str(low)))}–{fmt(Decimal(str(high)))}"
        else:
            estimate = "—"
        rounds = str(first.get("round", first["year"]))
        if len(run) > 1:
            rounds = f"{rounds}–{last.get('round', last['year'])}"
        rows.append(
            [
                sheet.para(esc(rounds)),
                sheet.para(esc(_total_shown(first, lang) + ("" if first["qualified"] else L("projection_whatif")))),
                sheet.para(esc(estimate)),
                sheet.para(esc(("；" if lang == "zh" else "; ").join(changes))),
            ]
        )
    width = body_width()
    table = Table(rows, colWidths=[22 * mm, 30 * mm, 26 * mm, width - 78 * mm], repeatRows=1)
    table.setStyle(table_style(grid_table()))
    story.append(table)
    if data.get("end_reason"):
        story += [Spacer(1, 1.5 * mm), sheet.para(esc(data["end_reason"][lang]), "small")]
    # the heading, its notes and the chart stay on one page
    return [story[0], KeepTogether(story[1:6])] + story[6:]
