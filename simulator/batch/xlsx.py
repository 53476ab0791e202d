"""A small streaming XLSX writer for large summaries: plain values, a bold header row that stays in view,
column widths. Nothing else.

openpyxl (used to read workbooks and to write the template) needs about 17 seconds for a summary of Beijing's
130,000 applicants even in its write-only mode; this writes the same SpreadsheetML in about a second, which is
what keeps a whole cohort within its time budget. openpyxl, Excel and LibreOffice read the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, NamedTuple

from simulator.batch.zipped import ZipWriter
from simulator.core.decimals import fmt

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
{sheets}
</Types>"""
SHEET_TYPE = '<Override PartName="/xl/worksheets/sheet{0}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>{sheets}</sheets>
</workbook>"""
WORKBOOK_SHEET = '<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>'
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
{sheets}
<Relationship Id="rId{styles}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
WORKBOOK_REL = '<Relationship Id="rId{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{0}.xml"/>'
# Style 0: normal; style 1: bold (the header row).
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""
SHEET_HEAD = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>
<sheetFormatPr defaultRowHeight="15"/>
{cols}<sheetData>
"""
FROZEN_HEADER = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
SHEET_TAIL = "</sheetData>\n</worksheet>"


def _letters(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def _escape(text: str) -> str:
    if not text.isprintable():  # control characters are not allowed in XML (the row mark is one of them)
        text = _ILLEGAL.sub("", text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


class Sheet:
    def __init__(self, name: str, rows: Iterable[Sequence], widths: Sequence[float] = (), header: bool = True):
        self.name = name[:31]
        self.rows = rows
        self.widths = widths
        self.header = header


class Rendered(NamedTuple):
    """A row whose cells from `first_column` on were rendered beforehand (by `render_cells`, in a worker process);
    `lead` holds the values of the columns before it, known only when the rows are in their final order."""

    lead: tuple
    tail: bytes


ROW_MARK = "\x00"  # stands for the row number in pre-rendered cells; never in a cell's text (_escape drops it)
_LETTERS = [_letters(i) for i in range(64)]


def render_cells(values: Sequence, first_column: int = 0, style: str = "", row: str = ROW_MARK) -> str:
    """The <c> elements of `values`, placed from `first_column`. Dispatches on the exact class: this runs a couple
    of million times for a whole cohort."""
    parts = []
    append = parts.append
    for c, value in enumerate(values, start=first_column):
        cls = value.__class__
        ref = f"{_LETTERS[c] if c < 64 else _letters(c)}{row}"
        if cls is str:
            if value:
                append(f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_escape(value)}</t></is></c>')
        elif cls is Decimal:  # written as everywhere (15, 40.75), as the pre-rendered rows write it too
            append(f'<c r="{ref}"{style}><v>{fmt(value)}</v></c>')
        elif cls is int or cls is float:
            append(f'<c r="{ref}"{style}><v>{value}</v></c>')
        elif cls is bool:
            append(f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>')
        elif value is not None:
            append(f'<c r="{ref}"{style} t="inlineStr"><is><t xml:space="preserve">{_escape(str(value))}</t></is></c>')
    return "".join(parts)


def row_template(kinds: str, first_column: int = 0) -> str:
    """A str.format template of cells typed by `kinds` ("i" whole number, "n" a number given written already
    (core.decimals.fmt), "s" text, given already escaped with `escape_text`), placed from `first_column`, the row
    number left as ROW_MARK. Rendering a row through it is several times faster than `render_cells` when every row
    has the same shape."""
    cells = []
    for c, kind in enumerate(kinds, start=first_column):
        ref = f"{_LETTERS[c] if c < 64 else _letters(c)}{ROW_MARK}"
        if kind == "s":  # the texts are trimmed: no xml:space="preserve" needed, and every byte counts here
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{{}}</t></is></c>')
        elif kind in ("i", "n"):
            cells.append(f'<c r="{ref}"><v>{{}}</v></c>')
        else:
            raise ValueError(f"{kind!r}: a cell is i (whole number), n (number written already) or s (text)")
    return "".join(cells)


def escape_text(text: str) -> str:
    return _escape(text)


def _sheet_xml(sheet: Sheet, write) -> None:
    cols = ""
    if sheet.widths:
        cols = (
            "<cols>"
            + "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(sheet.widths, 1))
            + "</cols>\n"
        )
    write(SHEET_HEAD.format(pane=FROZEN_HEADER if sheet.header else "", cols=cols).encode("utf-8"))
    buffer: list[bytes] = []
    append = buffer.append
    mark = ROW_MARK.encode()
    for r, row in enumerate(sheet.rows, start=1):
        number = str(r)
        if row.__class__ is Rendered and len(row.lead) == 1 and row.lead[0].__class__ is int:  # the usual: a rank
            at = number.encode()
            append(b'<row r="%b"><c r="A%b"><v>%d</v></c>%b</row>\n' % (at, at, row.lead[0], row.tail.replace(mark, at)))
        elif row.__class__ is Rendered:
            head = render_cells(row.lead, 0, "", number)
            append(f'<row r="{number}">{head}'.encode() + row.tail.replace(mark, number.encode()) + b"</row>\n")
        else:
            style = ' s="1"' if sheet.header and r == 1 else ""
            append(f'<row r="{number}">{render_cells(row, 0, style, number)}</row>\n'.encode())
        if len(buffer) >= 5000:
            write(b"".join(buffer))
            buffer.clear()
    write(b"".join(buffer))
    write(SHEET_TAIL.encode("utf-8"))


def write_xlsx(path: Path | str | BinaryIO, sheets: list[Sheet]) -> None:
    """Write the workbook to a path or to an open, seekable binary file (simulator.core.atomic.atomic_output)."""
    if isinstance(path, (str, Path)):
        with open(path, "wb") as handle:
            write_xlsx(handle, sheets)
        return
    book = ZipWriter(path)
    names = range(1, len(sheets) + 1)
    book.add("[Content_Types].xml", CONTENT_TYPES.format(sheets="\n".join(SHEET_TYPE.format(n) for n in names)).encode())
    book.add("_rels/.rels", ROOT_RELS.encode())
    book.add(
        "xl/workbook.xml",
        WORKBOOK.format(
            sheets="".join(WORKBOOK_SHEET.format(name=_escape(s.name).replace('"', "&quot;"), n=n) for n, s in zip(names, sheets))
        ).encode(),
    )
    book.add(
        "xl/_rels/workbook.xml.rels",
        WORKBOOK_RELS.format(sheets="\n".join(WORKBOOK_REL.format(n) for n in names), styles=len(sheets) + 1).encode(),
    )
    book.add("xl/styles.xml", STYLES.encode())
    for n, sheet in zip(names, sheets):
        with book.entry(f"xl/worksheets/sheet{n}.xml") as write:
            _sheet_xml(sheet, write)
    book.close()
