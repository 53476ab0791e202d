"""Opening a batch spreadsheet: CSV (UTF-8 or GB18030, with the blocks worker processes read themselves) or
XLSX, as a header and rows of cells. A file that cannot be used at all is a `BatchFileError`."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from simulator.core.errors import InputError

# The csv module refuses a field over 128 KB, which would stop the whole file; a long cell is rather refused with
# its own row (simulator.batch.rows.MAX_CELL_CHARS), so the limit of what can be read at all is set far above it.
csv.field_size_limit(max(csv.field_size_limit(), 16 << 20))


MAX_XLSX_ROWS = 1_048_576  # the most rows a sheet of Excel or LibreOffice holds


class BatchFileError(InputError):
    """The file cannot be used at all; the message says why, naming the column where there is one."""


@dataclass(slots=True)
class Sheet:
    header: list[str]
    rows: Iterator[tuple[int, list]]  # (row number, cells)
    estimated_rows: int  # for progress; may be off by a few (quoted line breaks, trailing empty rows)
    close: callable = lambda: None
    text_cells: bool = False  # CSV: every cell is a string
    # CSV only: the data rows as blocks of byte offsets, for worker processes to read and parse themselves.
    blocks: Callable[[int], Iterator[CsvBlock]] | None = None


@dataclass(frozen=True, slots=True)
class CsvBlock:
    """A run of whole CSV records given by byte offsets: a worker process reads and parses it itself, which
    spares the main process parsing every row and handing over its cells."""

    path: str
    encoding: str
    start: int
    end: int
    first_row: int  # the spreadsheet's number of the block's first row
    rows: int


def csv_blocks(path: Path, encoding: str, rows_per_block: int) -> Iterator[CsvBlock]:
    """Cut the data rows into blocks at record ends: a line break outside quotes (a quote count that is odd
    opens or closes a quoted field; doubled quotes inside one keep the count even)."""
    block_encoding = "utf-8" if encoding == "utf-8-sig" else encoding  # the mark sits before the header only
    with open(path, "rb") as handle:
        offset = start = 0
        first = 2
        count = 0
        in_quotes = header_done = False
        for line in handle:  # GB18030 and UTF-8 never use the byte of a line break inside a character
            offset += len(line)
            if line.count(b'"') % 2:
                in_quotes = not in_quotes
            if in_quotes:
                continue
            if not header_done:
                header_done, start = True, offset
                continue
            count += 1
            if count == rows_per_block:
                yield CsvBlock(str(path), block_encoding, start, offset, first, count)
                first, start, count = first + count, offset, 0
        if header_done and offset > start:
            yield CsvBlock(str(path), block_encoding, start, offset, first, max(count, 1))


def read_block(block: CsvBlock) -> list[tuple[int, list]]:
    name = Path(block.path).name
    with open(block.path, "rb") as handle:
        handle.seek(block.start)
        data = handle.read(block.end - block.start)
    try:
        text = data.decode(block.encoding)
    except UnicodeDecodeError:
        raise BatchFileError(
            f"{name}: rows {block.first_row}–{block.first_row + block.rows - 1} are not {block.encoding} text"
        ) from None
    try:
        return [(block.first_row + i, cells) for i, cells in enumerate(csv.reader(io.StringIO(text, newline="")))]
    except csv.Error as exc:
        raise BatchFileError(f"{name}: near row {block.first_row}: {exc}") from None


def open_sheet(path: Path | str) -> Sheet:
    path = Path(path)
    if not path.exists():
        raise BatchFileError(f"{path.name}: file not found")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _open_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path)
    raise BatchFileError(f"{path.name}: expected a .csv or .xlsx file")


def _encoding(path: Path) -> str:
    """UTF-8 (with or without the mark Excel adds), else GB18030: what Excel on a Chinese system saves CSV in."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut by the end of the sample
            return "gb18030"
    return "utf-8-sig"


def _count_lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def _open_csv(path: Path) -> Sheet:
    encoding = _encoding(path)
    try:
        handle = open(path, encoding=encoding, newline="")
    except OSError as exc:
        raise BatchFileError(f"{path.name}: cannot read the file ({exc.strerror or exc})") from None
    reader = csv.reader(handle)
    try:
        header = next(reader, None)
    except (UnicodeDecodeError, csv.Error) as exc:
        handle.close()
        raise BatchFileError(f"{path.name}: not a readable CSV file ({exc})") from None
    if not header:
        handle.close()
        raise BatchFileError(f"{path.name}: the file is empty (expected a header row)")

    def rows() -> Iterator[tuple[int, list]]:
        number = 1
        try:
            for cells in reader:
                number += 1
                yield number, cells
        except UnicodeDecodeError:
            raise BatchFileError(f"{path.name}: row {number + 1} is not {encoding} text") from None
        except csv.Error as exc:
            raise BatchFileError(f"{path.name}: row {number + 1}: {exc}") from None
        finally:
            handle.close()

    return Sheet(
        [h.strip() for h in header],
        rows(),
        max(_count_lines(path) - 1, 0),
        handle.close,
        text_cells=True,
        blocks=lambda rows_per_block: csv_blocks(path, encoding, rows_per_block),
    )


def _open_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # only when a workbook is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise BatchFileError(f"{path.name}: not a readable XLSX workbook ({exc})") from None
    if not book.worksheets:
        book.close()
        raise BatchFileError(f"{path.name}: the workbook holds no sheet (expected one with a header row)")
    sheet = book["applicants"] if "applicants" in book.sheetnames else book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    header_cells = next(values, None)
    if not header_cells:
        book.close()
        raise BatchFileError(f"{path.name}: the sheet {sheet.title!r} is empty (expected a header row)")
    header = ["" if h is None else str(h).strip() for h in header_cells]
    while header and not header[-1]:
        header.pop()

    if (sheet.max_row or 0) > MAX_XLSX_ROWS:  # as the file says of itself: refused before reading a row
        book.close()
        raise BatchFileError(
            f"{path.name}: the sheet {sheet.title!r} has {sheet.max_row:,} rows; a workbook holds at most {MAX_XLSX_ROWS:,}"
        )
    formulas = _formula_rows(path, sheet.title) if _has_formulas(path) else None

    def rows() -> Iterator[tuple[int, list]]:
        try:
            for number, cells in enumerate(values, start=2):
                if number > MAX_XLSX_ROWS:  # a file that does not say its size, or says it wrongly
                    raise BatchFileError(f"{path.name}: the sheet {sheet.title!r} has more than {MAX_XLSX_ROWS:,} rows")
                if formulas is None:
                    yield number, list(cells)
                    continue
                written = next(formulas, ())
                yield number, [_formula_or(value, written[i] if i < len(written) else None) for i, value in enumerate(cells)]
        finally:
            book.close()

    return Sheet(header, rows(), max((sheet.max_row or 1) - 1, 0), book.close)


def _has_formulas(path: Path) -> bool:
    """Whether any sheet of the workbook holds a formula (an <f> element), read at C speed from the file."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as stream:
                        tail = b""
                        while chunk := stream.read(1 << 20):
                            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                                return True
                            tail = chunk[-3:]
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError):
        return False
    return False


def _formula_rows(path: Path, title: str) -> Iterator[tuple]:
    """The sheet's cells as written (formulas as their text), row by row beside the values: a formula whose value
    the file does not keep is then told from an empty cell."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=False)
    try:
        rows = book[title].iter_rows(values_only=True)
        next(rows, None)  # the header
        yield from rows
    finally:
        book.close()


def _formula_or(value, written):
    if value is None and isinstance(written, str) and written.startswith("="):
        from simulator.batch.cells import FormulaCell

        return FormulaCell(written)
    return value
