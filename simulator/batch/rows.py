"""One spreadsheet row into an applicant profile (or the problems that name its row and columns), by the layout
of the city being scored. The checks against the round's rules come after (simulator.scoring); `locate` names the
column of any problem they find."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from simulator.batch.cells import (
    FORMULA_PROBLEM,
    CellError,
    FormulaCell,
    cell_text,
    is_blank,
    long_number_problem,
    parse_bool_cell,
    parse_choice_cell,
    parse_date_cell,
    parse_decimal_cell,
    parse_int_cell,
    parse_month_cell,
    parse_text_cell,
    split_cell,
)
from simulator.batch.layout import ID_COLUMN, OWN_COLUMN_PREFIX, Column, Group, Layout
from simulator.batch.sheets import BatchFileError
from simulator.core.errors import message_of
from simulator.profile.model import ApplicantProfile


@dataclass(slots=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    applicant_id: str
    column: str
    message: str
    value: str = ""  # the cell as found ("" for an empty cell, or a problem of the whole row)


@dataclass(slots=True)
class ParsedRow:
    row: int
    applicant_id: str
    profile: ApplicantProfile | None
    problems: list[RowProblem] = field(default_factory=list)
    # which numbered group each list entry came from: list field -> group numbers, in entry order
    origin: dict[str, list[int]] = field(default_factory=dict)


_GROUP_HEADER = re.compile(r"^([a-z]+)(\d+)_([a-z_]+)$")
MAX_CELL_CHARS = 20_000  # the notes column holds 10,000 characters; nothing else comes near
MAX_GROUP_DIGITS = 4  # si1_ … si9999_: more groups than any row needs


def _short(name: str) -> str:
    """A header as a message shows it: whole when short, its start and end when it is very long."""
    return name if len(name) <= 60 else f"{name[:30]}…{name[-20:]}"


_NOT_REMEMBERED = ("text", "dates", "choices", "permit")
_REMEMBERED_CHARS = 32  # "2012-03", "haidian", "是": a longer text is read each time
_REMEMBERED = 4096  # texts a converter keeps at most


def _remember(memo: dict, text: str, value):
    if len(text) <= _REMEMBERED_CHARS and len(memo) < _REMEMBERED:
        memo[text] = value
    return value


def _place(path: str) -> tuple[tuple[str, ...], str]:
    """A column's place in the nested data: (("education",), "level") for "education.level", ((), "name") for
    "name", (("city_facts", "hangzhou"), "chunan_origin") for a city's own fact."""
    *parents, key = path.split(".")
    return tuple(parents), key


class RowParser:
    """Built once per file from its header and the city's layout; turns each row's cells into a profile."""

    def __init__(
        self,
        header: list[str],
        layout: Layout,
        city: str,
        districts: dict[str, str],
        *,
        source: str = "file",
        text_cells: bool = False,
    ):
        from simulator import cities

        self.layout = layout
        self.city = city
        city_name = cities.name_of(city).en
        self.text_cells = text_cells  # every cell a string (CSV), never None, 0 or False
        self.header = header
        self.districts = districts
        self.single: list[tuple[int, Column]] = []
        groups: dict[tuple[str, int], list[tuple[int, Column]]] = {}
        problems: list[str] = []
        seen: dict[str, int] = {}
        for index, name in enumerate(header):
            if not name or name.startswith(OWN_COLUMN_PREFIX):
                continue
            if name in seen:
                problems.append(f"column {_short(name)!r} appears twice (columns {seen[name] + 1} and {index + 1})")
                continue
            seen[name] = index
            if name in layout.single_by_name:
                self.single.append((index, layout.single_by_name[name]))
                continue
            m = _GROUP_HEADER.match(name)
            if m and len(m.group(2)) > MAX_GROUP_DIGITS:  # never int() of thousands of digits
                problems.append(f"column {_short(name)!r}: a group number has at most {MAX_GROUP_DIGITS} digits")
                continue
            group = layout.group_by_prefix.get(m.group(1)) if m else None
            column = next((c for c in group.columns if c.name == m.group(3)), None) if group and m else None
            if column is None or m is None:
                problems.append(
                    f"column {_short(name)!r} is not part of the layout for {city_name} "
                    "(see docs/batch-layout.md, or write a template; columns starting with '_' are ignored)"
                )
                continue
            groups.setdefault((group.prefix, int(m.group(2))), []).append((index, column))
        if ID_COLUMN not in seen:
            problems.append(f"column {ID_COLUMN!r} is missing: every row needs an applicant number")
        for column in layout.single:
            if column.required and column.name not in seen:
                problems.append(f"column {column.name!r} is missing (required)")
        self.groups: list[tuple[Group, int, list[tuple[int, Column]]]] = []
        for (prefix, number), columns in sorted(groups.items()):
            group = layout.group_by_prefix[prefix]
            names = {c.name for _, c in columns}
            for column in group.columns:
                if column.required and column.name not in names:
                    problems.append(f"column {group.header(number, column)!r} is missing: the {prefix}{number}_ group needs it")
            self.groups.append((group, number, columns))
        if problems:
            more = f" (and {len(problems) - 5:,} more)" if len(problems) > 5 else ""
            raise BatchFileError(f"{source}: " + "; ".join(problems[:5]) + more)
        self.id_index = seen[ID_COLUMN]
        self.width = len(header)
        self._plan()

    def cell_of(self, column: str, cells: list) -> str:
        """The text of a row's cell under a header ("" where the column is not one of the file's)."""
        try:
            index = self.header.index(column)
        except ValueError:
            return ""
        return cell_text(cells[index]) if index < len(cells) else ""

    def applicant_id(self, cells: list) -> str:
        return cell_text(cells[self.id_index]) if self.id_index < len(cells) else ""

    def _converter(self, column: Column):
        """A function from a cell to the value the applicant file takes, chosen once per column."""
        kind = column.kind
        simple = {
            "text": parse_text_cell,
            "month": parse_month_cell,
            "date": parse_date_cell,
            "bool": parse_bool_cell,
            "decimal": parse_decimal_cell,
            "int": parse_int_cell,
        }
        if kind in simple:
            return simple[kind]
        if kind == "choice":
            return lambda value: parse_choice_cell(column, value)
        if kind == "district":
            districts = self.districts

            known = ", ".join(sorted(set(districts.values())))
            city = self.city

            def district(value) -> str:
                text = cell_text(value)
                found = districts.get(text.lower())
                if found is None and districts:
                    # said here, with the row's other problems, rather than only once the rest of the row is right
                    raise CellError(f"{text!r} is not a district of {city} (known: {known})")
                return found if found is not None else text

            return district
        city = self.city
        if kind == "dates":
            return lambda value: [{"date": parse_date_cell(part), "city": city} for part in split_cell(value)]
        if kind == "choices":
            return lambda value: [{"kind": part} for part in split_cell(value)]
        if kind == "permit":
            return lambda value: [{"city": city}] if parse_bool_cell(value) else []
        raise AssertionError(kind)

    def _plan(self) -> None:
        # The texts each converter has read already, and what they gave: a cohort's cells repeat a few thousand
        # months, districts, yes/no answers. Not for free text (names, numbers) nor for lists (they are changed).
        memos: dict = {}  # by converter: the columns of one kind share theirs (every month column, ...)

        def reader(column: Column) -> tuple:
            convert = self._converter(column)
            return convert, None if column.kind in _NOT_REMEMBERED else memos.setdefault(convert, {})

        # (cell index, converter, its memo, the parts of the file it is in, its field there, the column's name)
        self.single_plan = [
            (index, *reader(column), *_place(column.field), column.name) for index, column in self.single if column.field
        ]
        self.group_plan = []
        for group, number, columns in self.groups:
            cells = [(index, *reader(c), c.field, group.header(number, c)) for index, c in columns]
            required = [(c.field, group.header(number, c)) for _, c in columns if c.required]
            indexes = sorted(i for i, *_ in cells)
            # A group's columns usually sit side by side: a slice tells at C speed whether any is filled.
            span = slice(indexes[0], indexes[-1] + 1) if indexes == list(range(indexes[0], indexes[-1] + 1)) else None
            self.group_plan.append((group, number, indexes, span, cells, required))

    def parse(self, number: int, cells: list) -> ParsedRow | None:
        """The row as a profile, or its problems; None for a row with no content at all."""
        if len(cells) < self.width:  # a short row: the cells past its end are empty ("" in a CSV, as every cell is text)
            cells = list(cells) + ["" if self.text_cells else None] * (self.width - len(cells))
        if not any(cells) or all(is_blank(c) for c in cells):
            return None
        applicant_id = self.applicant_id(cells)[:MAX_CELL_CHARS]
        result = ParsedRow(number, applicant_id, None)
        problems = result.problems

        def problem(column: str, message: str, value="") -> None:
            text = cell_text(value)
            problems.append(RowProblem(number, applicant_id, column, message, text if len(text) <= 200 else text[:200] + "…"))

        # Text cells: no cell is too long when the whole row is not (a join, at C speed); else each is looked at.
        if self.text_cells and len("".join(cells)) > MAX_CELL_CHARS and max(map(len, cells)) > MAX_CELL_CHARS:
            for index, value in enumerate(cells):
                if value and len(value) > MAX_CELL_CHARS and index < len(self.header):
                    problem(
                        self.header[index] or f"column {index + 1}",
                        f"{len(value):,} characters: a cell holds at most {MAX_CELL_CHARS:,}",
                        value,
                    )
            return result

        if not self.text_cells:  # a workbook: formulas without a value, and numbers too long to be exact
            formulas = [(i, c) for i, c in enumerate(cells) if c.__class__ is FormulaCell and i < len(self.header)]
            for index, cell in formulas:
                problem(self.header[index] or f"column {index + 1}", FORMULA_PROBLEM, cell.formula)
            if formulas:
                return result
            inexact = long_number_problem(cells[self.id_index])
            if inexact:
                problem(ID_COLUMN, inexact, cells[self.id_index])
        if not applicant_id:
            problem(ID_COLUMN, "empty: every row needs an applicant number")
        data: dict = {}
        for index, convert, memo, parents, key, name in self.single_plan:
            value = cells[index]
            if value is None or (value.__class__ is str and (not value or value.isspace())):  # is_blank, inlined
                continue
            try:
                if memo is None or value.__class__ is not str:  # a workbook's 1 and True are equal keys: not kept
                    converted = convert(value)
                elif (converted := memo.get(value)) is None:
                    converted = _remember(memo, value, convert(value))
            except CellError as exc:
                problem(name, str(exc), value)
                continue
            place = data
            for part in parents:  # a part of the file ("education" of "education.level")
                place = place.setdefault(part, {})
            place[key] = converted
        used: list[tuple[str, int]] = []
        text_cells = self.text_cells
        for group, group_number, indexes, span, group_cells, required in self.group_plan:
            # Text cells (CSV) are empty exactly when falsy, which a slice tells at C speed; a workbook's cells
            # may also hold 0 or False, which are values.
            if text_cells and span is not None:
                if not any(cells[span]):
                    continue
            elif all(is_blank(cells[i]) for i in indexes):
                continue
            entry: dict = {}
            bad = False
            for index, convert, memo, sub_field, header in group_cells:
                value = cells[index]
                if value is None or (value.__class__ is str and (not value or value.isspace())):
                    continue
                try:
                    if memo is None or value.__class__ is not str:  # as in the single columns above
                        converted = convert(value)
                    elif (converted := memo.get(value)) is None:
                        converted = _remember(memo, value, convert(value))
                    entry[sub_field] = converted
                except CellError as exc:
                    problem(header, str(exc), value)
                    bad = True
            if not entry and not bad:
                continue  # only spaces in the group's cells
            for sub_field, header in required:
                if sub_field not in entry and not bad:
                    problem(header, f"empty, but the {group.prefix}{group_number}_ group is used")
                    bad = True
            if bad:
                continue
            if group.with_city:
                entry["city"] = self.city
            data.setdefault(group.field, []).append(entry)
            used.append((group.field, group_number))
        reported = {p.column for p in problems}
        for parent, first in (("education", "edu_level"), ("innovation", "innov_kind")):
            part = data.get(parent)
            key = "level" if parent == "education" else "kind"
            # a cell of the column that could not be read is reported already: not again as "empty"
            if isinstance(part, dict) and key not in part and first not in reported:
                problem(first, f"empty, but other {first.split('_')[0]}_ columns are filled")
        if problems:
            return result
        for field_name, group_number in used:
            result.origin.setdefault(field_name, []).append(group_number)
        try:
            result.profile = ApplicantProfile.model_validate(data)
        except ValidationError as exc:
            for item in exc.errors(include_url=False):
                column, message = self.locate(item["loc"], worded(item), result.origin)
                found = item.get("input")
                # a check of a whole entry ("end … is before start …"): the value of the column it names
                whole = isinstance(found, (dict, list)) or found is None
                problem(column, message, self.cell_of(column, cells) if whole else found)
        return result

    def locate(self, loc: tuple, message: str, origin: dict[str, list[int]]) -> tuple[str, str]:
        """The spreadsheet column for a place in the applicant profile, and the message in the sheet's terms."""
        message = message.removeprefix("Value error, ")
        parts = [p for p in loc if not (isinstance(p, str) and ("[" in p or p.startswith("function-")))]
        message = self._rename_entries(message, origin)
        if not parts:
            return "(row)", message
        head = parts[0]
        for group in self.layout.groups:
            if group.field != head:
                continue
            if len(parts) >= 2 and isinstance(parts[1], int):
                numbers = origin.get(head, [])
                number = numbers[parts[1]] if parts[1] < len(numbers) else parts[1] + 1
                named = parts[2] if len(parts) >= 3 else _first_word(message)  # a check of the whole entry names its field
                column = next((c for c in group.columns if c.field == named), None)
                if column is not None:
                    return group.header(number, column), message
                return f"{group.prefix}{number}", message
            return f"{group.prefix}…", message
        dotted = ".".join(str(p) for p in parts)
        for column in self.layout.single:
            if column.field and (column.field == dotted or column.field == head):
                return column.name, message
        if len(parts) == 1:  # a check of a whole part ("education") that names its field first: that column
            for column in self.layout.single:
                if column.field == f"{head}.{_first_word(message)}":
                    return column.name, message
        for column in self.layout.single:
            if column.field.split(".")[0] == head:  # a check of a whole part ("education"): its columns' prefix
                return column.name.split("_")[0] + "_…", message
        return str(head), message

    def locate_path(self, path: str, message: str, origin: dict[str, list[int]]) -> tuple[str, str]:
        """The column for a problem of the round's checks, which names its field as a path ("housing[1].district")."""
        return self.locate(tuple(_path_parts(path)), message, origin)

    def _rename_entries(self, message: str, origin: dict[str, list[int]]) -> str:
        """ "housing[1] overlaps housing[0]" becomes "home3 overlaps home1": the sheet's own names."""
        by_field = {g.field: g for g in self.layout.groups}

        def rename(m: re.Match) -> str:
            group = by_field.get(m.group(1))
            if group is None:
                return m.group(0)
            index = int(m.group(2))
            numbers = origin.get(group.field, [])
            return f"{group.prefix}{numbers[index] if index < len(numbers) else index + 1}"

        return _ENTRY.sub(rename, message)


def _first_word(message: str) -> str:
    return message.split(" ", 1)[0]


def worded(item: dict) -> str:
    """A validation error in the sheet's words, with the value found: never pydantic's bare "Field required"."""
    kind, found, context = item.get("type", ""), item.get("input"), item.get("ctx") or {}
    shown = cell_text(found) if not isinstance(found, (dict, list)) and found is not None else ""
    if len(shown) > 40:
        shown = f"{shown[:20]}…{shown[-10:]}"
    if kind == "missing":
        return "empty: this column is required"
    if kind in ("string_too_long", "too_long") and "max_length" in context and isinstance(found, (str, list)):
        what = "characters" if kind == "string_too_long" else "entries"
        return f"{len(found):,} {what}: at most {context['max_length']:,}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {
            "greater_than_equal": "at least",
            "greater_than": "more than",
            "less_than_equal": "at most",
            "less_than": "less than",
        }
        limit = next(iter(context.values()), "")
        return f"{shown!r} is not allowed: it must be {bound[kind]} {cell_text(limit)}"
    message = message_of(item)
    for validator_words, sheet_words in _VALIDATOR_WORDS:  # any other kind, still in the sheet's words
        if message.startswith(validator_words):
            message = sheet_words + message[len(validator_words) :]
            break
    return f"{message} (found {shown!r})" if shown and repr(shown) not in message else message


_VALIDATOR_WORDS = (
    ("Input should be ", "expected "),
    ("String should have ", "the text should have "),
    ("List should have ", "the list should have "),
    ("Decimal input should have ", "the number should have "),
    ("Field required", "empty: this column is required"),
)


_ENTRY = re.compile(r"\b([a-z_]+)\[(\d+)\]")


def _path_parts(path: str) -> list:
    parts: list = []
    for piece in path.split("."):
        m = re.match(r"^([^\[]+)((?:\[\d+\])*)$", piece)
        if not m:
            parts.append(piece)
            continue
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\[(\d+)\]", m.group(2)))
    return parts


def district_names(pack) -> dict[str, str]:
    """Every way a district of the pack may be written (id, Chinese name with or without 区, English name)."""
    names: dict[str, str] = {}
    for d in pack.district_list():  # rules without districts name none
        for name in (d.id, d.zh, d.zh.removesuffix("区"), d.en.lower()):
            names[name.lower()] = d.id
    return names
