"""A template to fill in for one city: its layout's headers, its example applicants and, in XLSX, a notes sheet
that explains every column in Chinese and English. Scoring the template as it is works: it is a valid batch."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import BinaryIO

from simulator.batch.layout import Column, Layout
from simulator.core.atomic import atomic_output

NOTES_HEADER = ("column", "required", "format", "说明", "meaning", "example")
FORMATS = {
    "text": "text",
    "date": "YYYY-MM-DD",
    "month": "YYYY-MM",
    "bool": "yes / no",
    "decimal": "number",
    "int": "whole number",
    "choice": "one of the listed words",
    "dates": "YYYY-MM-DD; YYYY-MM-DD",
    "choices": "word; word",
    "district": "district id or name",
    "permit": "yes / no",
}
GENERAL_NOTES = (
    (
        "每行一位申请人。带编号的列组（si1_、si2_ …）每组填一段期间；不用的组留空。可自行增加更多组（如 si4_start）。",
        "One applicant per row. Numbered column groups (si1_, si2_, …) take one period each; leave unused groups empty. "
        "More groups may be added (si4_start, …).",
    ),
    (
        "结束月留空表示仍在持续（算到申报年度的截止日）。",
        "An empty end month means still ongoing (counted to the declaration year's cut-off).",
    ),
    ("以“_”开头的列为自用列，不读取。", "Columns whose name starts with '_' are your own and are not read."),
    ("详见 docs/batch-layout.md。", "See docs/batch-layout.md."),
)


def _example_rows(layout: Layout, headers: list[str]) -> list[list[str]]:
    return [[example.get(h, "") for h in headers] for example in layout.examples]


def _notes_rows(layout: Layout) -> list[tuple]:
    def row(name: str, column: Column, required: str) -> tuple:
        fmt = FORMATS[column.kind]
        if column.choices:
            fmt = " / ".join(column.choices)
        if column.default:
            fmt += f" (empty = {column.default})"
        return (name, required, fmt, column.zh, column.en, column.example)

    rows = [row(c.name, c, "yes" if c.required else "") for c in layout.single]
    for group in layout.groups:
        for column in group.columns:
            required = f"yes, in a used {group.prefix}N_ group" if column.required else ""
            rows.append(row(f"{group.prefix}N_{column.name}", column, required))
    return rows


def write_template(path: Path | str, layout: Layout) -> Path:
    """Write the template of a city's layout (`city.batch`): whole or not at all, through a temporary file made
    safely beside it (simulator.core.atomic), owner-only (once filled in, it holds applicants' data). Replaces a
    file of that name: the command line asks for --force first."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise ValueError(f"{path.name}: a template is written as .xlsx or .csv")
    with atomic_output(path) as handle:
        _write(handle, path.suffix.lower(), layout)
    return path


def _write(handle: BinaryIO, suffix: str, layout: Layout) -> None:
    headers = layout.template_headers()
    if suffix == ".csv":
        # The byte-order mark makes Excel open the Chinese text as UTF-8.
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerow(headers)
        writer.writerows(_example_rows(layout, headers))
        text.flush()
        text.detach()
        return
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "applicants"
    sheet.append(headers)
    for values in _example_rows(layout, headers):
        sheet.append(values)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "B2"
    for index, name in enumerate(headers, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(10, len(name) + 2)
        # Text cells: Excel must not turn "2012-03" into a date or an ID number into a rounded number.
        for r in range(2, 2 + len(layout.examples)):
            sheet.cell(r, index).number_format = "@"

    notes = book.create_sheet("notes")
    notes.append(NOTES_HEADER)
    for cell in notes[1]:
        cell.font = bold
    for values in _notes_rows(layout):
        notes.append(values)
    notes.append(())
    for zh, en in GENERAL_NOTES:
        notes.append(("", "", "", zh, en))
    for letter, width in zip("ABCDEF", (26, 22, 30, 60, 60, 18)):
        notes.column_dimensions[letter].width = width
    for row in notes.iter_rows(min_row=2):
        for cell in row[3:5]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes.freeze_panes = "A2"
    book.save(handle)
