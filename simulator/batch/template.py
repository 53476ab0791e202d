"""A template to fill in: the layout's headers, two example applicants and, in XLSX, a notes sheet that explains
every column in Chinese and English. Scoring the template as it is works: it is a valid batch."""

from __future__ import annotations

import csv
from pathlib import Path

from simulator.batch.layout import GROUPS, SINGLE, Column, template_headers

# Two typical applicants: a renter in a central district with a registered lease, and a woman with her own home
# and work outside the six central districts, a back-paid stretch and a master's diploma without the degree.
EXAMPLES: tuple[dict[str, str], ...] = (
    {
        "applicant_id": "A0001",
        "name": "张伟",
        "id_number": "11010519880615001X",
        "birth_date": "1988-06-15",
        "retirement_category": "male",
        "has_residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2012-03",
        "home1_start": "2012-03",
        "home1_end": "2020-07",
        "home1_kind": "rented",
        "home1_district": "haidian",
        "home1_lease_registered": "no",
        "home2_start": "2020-08",
        "home2_kind": "rented",
        "home2_district": "haidian",
        "home2_lease_registered": "yes",
        "work1_start": "2012-03",
        "work1_district": "haidian",
        "tax1_year": "2022",
        "tax1_yuan": "105000",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
        "edu_study_start": "2006-09",
        "edu_study_end": "2010-06",
    },
    {
        "applicant_id": "A0002",
        "name": "李娜",
        "id_number": "110112198302014328",
        "birth_date": "1983-02-01",
        "retirement_category": "female_cadre",
        "si1_start": "2008-07",
        "si1_end": "2015-03",
        "si2_start": "2015-04",
        "si2_end": "2015-06",
        "si2_back_paid": "yes",
        "si3_start": "2015-07",
        "home1_start": "2008-07",
        "home1_end": "2016-04",
        "home1_kind": "dormitory",
        "home1_district": "chaoyang",
        "home2_start": "2016-05",
        "home2_kind": "own",
        "home2_district": "通州区",
        "work1_start": "2008-07",
        "work1_end": "2017-12",
        "work1_district": "chaoyang",
        "work2_start": "2018-01",
        "work2_district": "tongzhou",
        "edu_level": "master",
        "edu_diploma": "yes",
        "edu_degree": "no",
        "edu_study_start": "2011-09",
        "edu_study_end": "2014-06",
        "detention_dates": "2019-05-20",
    },
)

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
}
GENERAL_NOTES = (
    ("每行一位申请人。带编号的列组（si1_、si2_ …）每组填一段期间；不用的组留空。可自行增加更多组（如 si4_start）。",
     "One applicant per row. Numbered column groups (si1_, si2_, …) take one period each; leave unused groups empty. "
     "More groups may be added (si4_start, …)."),
    ("结束月留空表示仍在持续（算到申报年度的截止日）。", "An empty end month means still ongoing (counted to the declaration year's cut-off)."),
    ("以“_”开头的列为自用列，不读取。", "Columns whose name starts with '_' are your own and are not read."),
    ("详见 docs/batch-layout.md。", "See docs/batch-layout.md."),
)


def _example_rows(headers: list[str]) -> list[list[str]]:
    return [[example.get(h, "") for h in headers] for example in EXAMPLES]


def _notes_rows() -> list[tuple]:
    def row(name: str, column: Column, required: str) -> tuple:
        fmt = FORMATS[column.kind]
        if column.choices:
            fmt = " / ".join(column.choices)
        if column.default:
            fmt += f" (empty = {column.default})"
        return (name, required, fmt, column.zh, column.en, column.example)

    rows = [row(c.name, c, "yes" if c.required else "") for c in SINGLE]
    for group in GROUPS:
        for column in group.columns:
            required = f"yes, in a used {group.prefix}N_ group" if column.required else ""
            rows.append(row(f"{group.prefix}N_{column.name}", column, required))
    return rows


def write_template(path: Path | str) -> Path:
    path = Path(path)
    headers = template_headers()
    if path.suffix.lower() == ".csv":
        # The byte-order mark makes Excel open the Chinese text as UTF-8.
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows(_example_rows(headers))
        return path
    if path.suffix.lower() != ".xlsx":
        raise ValueError(f"{path.name}: a template is written as .xlsx or .csv")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "applicants"
    sheet.append(headers)
    for values in _example_rows(headers):
        sheet.append(values)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "B2"
    for index, name in enumerate(headers, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(10, len(name) + 2)
        # Text cells: Excel must not turn "2012-03" into a date or an ID number into a rounded number.
        for r in (2, 3):
            sheet.cell(r, index).number_format = "@"

    notes = book.create_sheet("notes")
    notes.append(NOTES_HEADER)
    for cell in notes[1]:
        cell.font = bold
    for values in _notes_rows():
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
    book.save(path)
    return path
