"""Reading a batch spreadsheet (CSV or XLSX): rows of cells, then each row into an ApplicantProfile or a list of
problems naming the row and the column.

A problem with the file as a whole (unreadable, a required column missing, an unknown column) is a
`BatchFileError`; a problem in one row never stops the others.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Iterator

from pydantic import ValidationError

from simulator.batch.layout import (
    ALIASES,
    FALSE_WORDS,
    GROUP_BY_PREFIX,
    ID_COLUMN,
    LIST_SEPARATORS,
    OWN_COLUMN_PREFIX,
    SINGLE,
    SINGLE_BY_NAME,
    TRUE_WORDS,
    Column,
    Group,
)
from simulator.months import month_of
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile
from simulator.rules.model import RulePack


class BatchFileError(Exception):
    """The file cannot be used at all; the message says why, naming the column where there is one."""


@dataclass(slots=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    applicant_id: str
    column: str
    message: str


@dataclass(slots=True)
class ParsedRow:
    row: int
    applicant_id: str
    profile: ApplicantProfile | None
    problems: list[RowProblem] = field(default_factory=list)


class CellError(ValueError):
    pass


# ---------------------------------------------------------------- opening files


@dataclass(slots=True)
class Sheet:
    header: list[str]
    rows: Iterator[tuple[int, list]]  # (row number, cells)
    estimated_rows: int  # for progress; may be off by a few (quoted line breaks, trailing empty rows)
    close: callable = lambda: None
    text_cells: bool = False  # CSV: every cell is a string
    # CSV only: the data rows as blocks of byte offsets, for worker processes to read and parse themselves.
    blocks: Callable[[int], Iterator["CsvBlock"]] | None = None


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
        raise BatchFileError(f"{name}: rows {block.first_row}–{block.first_row + block.rows - 1} are not {block.encoding} text") from None
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
    sheet = book["applicants"] if "applicants" in book.sheetnames else book.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    header_cells = next(values, None)
    if not header_cells:
        book.close()
        raise BatchFileError(f"{path.name}: the sheet {sheet.title!r} is empty (expected a header row)")
    header = ["" if h is None else str(h).strip() for h in header_cells]
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[tuple[int, list]]:
        try:
            for number, cells in enumerate(values, start=2):
                yield number, list(cells)
        finally:
            book.close()

    return Sheet(header, rows(), max((sheet.max_row or 1) - 1, 0), book.close)


# ---------------------------------------------------------------- cells


def _blank(value) -> bool:
    if value.__class__ is str:
        return not value or value.isspace()
    return value is None


def _text(value) -> str:
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_MONTH_COMPACT = re.compile(r"^(\d{4})(\d{2})$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_month_cell(value) -> int:
    if value.__class__ is str and len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        year, month = int(value[:4]), int(value[5:])  # the usual "2012-03", without the general parsing below
        if 1 <= month <= 12 and 1900 <= year <= 2200:
            return year * 12 + month - 1
    if isinstance(value, (datetime, date)):
        return month_of(value.year, value.month)
    text = _text(value)
    m = _MONTH.match(text) or _MONTH_COMPACT.match(text)
    if not m:
        raise CellError(f"expected a month written as YYYY-MM, got {text!r}")
    year, month = int(m.group(1)), int(m.group(2))
    if not 1 <= month <= 12:
        raise CellError(f"month must be 01 to 12, got {text!r}")
    if not 1900 <= year <= 2200:
        raise CellError(f"year out of range in {text!r}")
    return month_of(year, month)


def parse_date_cell(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    m = _DATE.match(text)
    if not m:
        raise CellError(f"expected a date written as YYYY-MM-DD, got {text!r}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise CellError(f"{text!r} is not a date ({exc})") from None


def parse_bool_cell(value) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(f"expected yes or no, got {text!r}")


def parse_decimal_cell(value) -> Decimal:
    if isinstance(value, bool):
        raise CellError(f"expected a number, got {value!r}")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = _text(value).replace(",", "").replace("，", "").replace(" ", "").removesuffix("元").removeprefix("¥")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError(f"expected a number, got {_text(value)!r}") from None
    if not number.is_finite():
        raise CellError(f"expected a number, got {_text(value)!r}")
    return number


def parse_int_cell(value) -> int:
    number = parse_decimal_cell(value)
    if number != number.to_integral_value():
        raise CellError(f"expected a whole number, got {_text(value)!r}")
    return int(number)


def _choice(column: Column, value) -> str:
    text = _text(value)
    key = text.lower()
    if key in column.choices:
        return key
    alias = ALIASES.get(column.name, {}).get(key) or ALIASES.get(column.name, {}).get(text)
    if alias:
        return alias
    raise CellError(f"expected one of {', '.join(column.choices)}, got {text!r}")


def _split(value) -> list[str]:
    text = _text(value)
    for sep in LIST_SEPARATORS[1:]:
        text = text.replace(sep, LIST_SEPARATORS[0])
    return [part.strip() for part in text.split(LIST_SEPARATORS[0]) if part.strip()]


# ---------------------------------------------------------------- rows


class RowParser:
    """Built once per file from its header; turns each row's cells into an applicant profile."""

    def __init__(
        self, header: list[str], pack: RulePack, year: int, *, drop_after_cutoff: bool = False, source: str = "file", text_cells: bool = False
    ):
        self.pack = pack
        self.year = year
        self.city = pack.pack.city
        self.drop_after_cutoff = drop_after_cutoff
        self.text_cells = text_cells  # every cell a string (CSV), never None, 0 or False
        self.header = header
        self.single: list[tuple[int, Column]] = []
        groups: dict[tuple[str, int], list[tuple[int, Column]]] = {}
        problems: list[str] = []
        seen: dict[str, int] = {}
        group_header = re.compile(r"^([a-z]+)(\d+)_([a-z_]+)$")
        for index, name in enumerate(header):
            if not name or name.startswith(OWN_COLUMN_PREFIX):
                continue
            if name in seen:
                problems.append(f"column {name!r} appears twice (columns {seen[name] + 1} and {index + 1})")
                continue
            seen[name] = index
            if name in SINGLE_BY_NAME:
                self.single.append((index, SINGLE_BY_NAME[name]))
                continue
            m = group_header.match(name)
            group = GROUP_BY_PREFIX.get(m.group(1)) if m else None
            column = next((c for c in group.columns if c.name == m.group(3)), None) if group else None
            if column is None:
                problems.append(f"column {name!r} is not part of the layout (see docs/batch-layout.md; columns starting with '_' are ignored)")
                continue
            groups.setdefault((group.prefix, int(m.group(2))), []).append((index, column))
        if ID_COLUMN not in seen:
            problems.append(f"column {ID_COLUMN!r} is missing: every row needs an applicant number")
        for column in SINGLE:
            if column.required and column.name not in seen:
                problems.append(f"column {column.name!r} is missing (required)")
        self.groups: list[tuple[Group, int, list[tuple[int, Column]]]] = []
        for (prefix, number), columns in sorted(groups.items()):
            group = GROUP_BY_PREFIX[prefix]
            names = {c.name for _, c in columns}
            for column in group.columns:
                if column.required and column.name not in names:
                    problems.append(f"column {group.header(number, column)!r} is missing: the {prefix}{number}_ group needs it")
            self.groups.append((group, number, columns))
        if problems:
            raise BatchFileError(f"{source}: " + "; ".join(problems))
        self.id_index = seen[ID_COLUMN]
        self.width = len(header)
        self.districts = self._district_names(pack)
        self._plan()

    @staticmethod
    def _district_names(pack: RulePack) -> dict[str, str]:
        names: dict[str, str] = {}
        for d in getattr(pack, "districts", ()):  # rules without districts know none
            for name in (d.id, d.zh, d.zh.removesuffix("区"), d.en.lower()):
                names[name.lower()] = d.id
        return names

    def applicant_id(self, cells: list) -> str:
        return _text(cells[self.id_index]) if self.id_index < len(cells) else ""

    def _converter(self, column: Column):
        """A function from a cell to the value the applicant file takes, chosen once per column."""
        kind = column.kind
        if kind == "text":
            return _text
        if kind == "month":
            return parse_month_cell
        if kind == "date":
            return parse_date_cell
        if kind == "bool":
            return parse_bool_cell
        if kind == "decimal":
            return parse_decimal_cell
        if kind == "int":
            return parse_int_cell
        if kind == "choice":
            return lambda value: _choice(column, value)
        if kind == "district":
            districts = self.districts

            def district(value) -> str:
                text = _text(value)
                return districts.get(text.lower(), text)  # an unknown one is kept and reported by the year's checks

            return district
        if kind == "dates":
            city = self.city
            return lambda value: [{"date": parse_date_cell(part), "city": city} for part in _split(value)]
        if kind == "choices":
            return lambda value: [{"kind": part} for part in _split(value)]
        raise AssertionError(kind)

    def _plan(self) -> None:
        self.single_plan = [
            (index, self._converter(column), *column.field.partition(".")[::2], column.name)
            for index, column in self.single
            if column.field
        ]
        self.group_plan = []
        for group, number, columns in self.groups:
            cells = [(index, self._converter(c), c.field, group.header(number, c)) for index, c in columns]
            required = [(c.field, group.header(number, c)) for _, c in columns if c.required]
            indexes = sorted(i for i, *_ in cells)
            # A group's columns usually sit side by side: a slice tells at C speed whether any is filled.
            span = slice(indexes[0], indexes[-1] + 1) if indexes == list(range(indexes[0], indexes[-1] + 1)) else None
            self.group_plan.append((group, number, indexes, span, cells, required))

    def parse(self, number: int, cells: list) -> ParsedRow | None:
        """The row as a profile, or its problems; None for a row with no content at all."""
        if len(cells) < self.width:
            cells = list(cells) + [None] * (self.width - len(cells))
        if not any(cells) or all(_blank(c) for c in cells):
            return None
        applicant_id = self.applicant_id(cells)
        result = ParsedRow(number, applicant_id, None)
        problems = result.problems

        def problem(column: str, message: str) -> None:
            problems.append(RowProblem(number, applicant_id, column, message))

        if not applicant_id:
            problem(ID_COLUMN, "empty: every row needs an applicant number")
        # Every list given, even empty: pydantic deep-copies a mutable default for each model it builds.
        data: dict = {name: [] for name in _LISTS}
        education: dict = {}
        innovation: dict = {}
        for index, convert, head, tail, name in self.single_plan:
            value = cells[index]
            if value is None or (value.__class__ is str and (not value or value.isspace())):  # _blank, inlined
                continue
            try:
                parsed = convert(value)
            except CellError as exc:
                problem(name, str(exc))
                continue
            if not tail:
                data[head] = parsed
            elif head == "education":
                education[tail] = parsed
            else:
                innovation[tail] = parsed
        # Which numbered group each list entry came from, to name the column of a problem found later.
        used: list[tuple[str, int]] = []
        text_cells = self.text_cells
        for group, group_number, indexes, span, group_cells, required in self.group_plan:
            # Text cells (CSV) are empty exactly when falsy, which a slice tells at C speed; a workbook's cells
            # may also hold 0 or False, which are values.
            if text_cells and span is not None:
                if not any(cells[span]):
                    continue
            elif all(_blank(cells[i]) for i in indexes):
                continue
            entry: dict = {}
            bad = False
            for index, convert, sub_field, header in group_cells:
                value = cells[index]
                if value is None or (value.__class__ is str and (not value or value.isspace())):
                    continue
                try:
                    entry[sub_field] = convert(value)
                except CellError as exc:
                    problem(header, str(exc))
                    bad = True
            if not entry and not bad:
                continue  # only spaces in the group's cells
            for sub_field, header in required:
                if sub_field not in entry and not bad:
                    problem(header, f"empty, but the {group.prefix}{group_number}_ group is used")
                    bad = True
            if bad:
                continue
            entry["city"] = self.city
            data[group.field].append(entry)
            used.append((group.field, group_number))
        if education:
            if "level" not in education:
                problem("edu_level", "empty, but other edu_ columns are filled")
            else:
                data["education"] = education
        if innovation:
            if "kind" not in innovation:
                problem("innov_kind", "empty, but other innov_ columns are filled")
            else:
                data["innovation"] = innovation
        if problems:
            return result
        origin: dict[str, list[int]] = {}
        for field_name, group_number in used:
            origin.setdefault(field_name, []).append(group_number)
        try:
            profile = ApplicantProfile.model_validate(data)
        except ValidationError as exc:
            for item in exc.errors(include_url=False):
                column, message = self._locate(item["loc"], item["msg"], origin)
                problem(column, message)
            return result
        checks = check_for_year(profile, self.pack, self.year)
        if self.drop_after_cutoff:
            checks = [p for p in checks if p.kind != "after_cutoff"]
        for found in checks:
            column, message = self._locate(tuple(_path_parts(found.field)), found.message, origin)
            problem(column, message)
        if not problems:
            result.profile = profile
        return result

    def _locate(self, loc: tuple, message: str, origin: dict[str, list[int]]) -> tuple[str, str]:
        """The spreadsheet column for a place in the applicant profile, and the message in the sheet's terms."""
        message = message.removeprefix("Value error, ")
        parts = [p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-")))]
        message = _rename_entries(message, origin)
        if not parts:
            return "(row)", message
        head = parts[0]
        for group in GROUP_BY_PREFIX.values():
            if group.field != head:
                continue
            if len(parts) >= 2 and isinstance(parts[1], int):
                numbers = origin.get(head, [])
                number = numbers[parts[1]] if parts[1] < len(numbers) else parts[1] + 1
                if len(parts) >= 3:
                    column = next((c for c in group.columns if c.field == parts[2]), None)
                    if column is not None:
                        return group.header(number, column), message
                return f"{group.prefix}{number}", message
            return f"{group.prefix}…", message
        if head in ("education", "innovation"):
            prefix = "edu_" if head == "education" else "innov_"
            if len(parts) >= 2:
                return prefix + str(parts[1]), message
            return prefix + "…", message
        for column in SINGLE:
            if column.field == head:
                return column.name, message
        return str(head), message

_LISTS = tuple(name for name, f in ApplicantProfile.model_fields.items() if f.default == [])
_ENTRY = re.compile(r"\b(social_insurance|housing|workplaces|income_tax)\[(\d+)\]")


def _rename_entries(message: str, origin: dict[str, list[int]]) -> str:
    """"housing[1] overlaps housing[0]" becomes "home3 overlaps home1": the sheet's own names."""

    def rename(m: re.Match) -> str:
        field_name, index = m.group(1), int(m.group(2))
        group = next(g for g in GROUP_BY_PREFIX.values() if g.field == field_name)
        numbers = origin.get(field_name, [])
        return f"{group.prefix}{numbers[index] if index < len(numbers) else index + 1}"

    return _ENTRY.sub(rename, message)


def _path_parts(path: str) -> list:
    parts: list = []
    for piece in re.split(r"\.", path):
        m = re.match(r"^([^\[]+)((?:\[\d+\])*)$", piece)
        if not m:
            parts.append(piece)
            continue
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return parts
