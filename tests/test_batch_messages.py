"""Every batch problem is one message naming the row, the column and the value found, in the sheet's words (never
a validator's "Field required" or "String should have"), and a hostile cell stops its own row only, at once."""

from __future__ import annotations

import time

import pytest

from simulator.batch import run_batch
from simulator.batch.cells import CellError, parse_decimal_cell, parse_int_cell
from tests.test_outputs_safe import HEADER, options, person, write_csv

RAW = ("Field required", "String should", "Input should", "Value error", "validation error", "Traceback")


def problems_of(tmp_path, rows):
    started = time.perf_counter()
    result = run_batch(write_csv(tmp_path / "in.csv", rows), tmp_path / "out", options(), workers=1)
    assert time.perf_counter() - started < 30, "a hostile cell must not hold the batch up"
    found: dict[str, list] = {}
    for p in result.problems:
        assert not any(raw in p.message for raw in RAW), p.message
        assert len(p.message) < 400 and len(p.value) <= 201, (p.column, len(p.message), len(p.value))
        found.setdefault(p.applicant_id, []).append((p.column, p.message, p.value))
    return result, found


def test_a_check_of_a_whole_period_names_the_column_and_its_value(tmp_path):
    _, found = problems_of(
        tmp_path,
        [
            person("E1", si1_start="2015-01", si1_end="2012-01"),
            person("E2", edu_level="bachelor", edu_study_start="2010-09", edu_study_end="2006-06"),
        ],
    )
    assert found["E1"] == [("si1_end", "end 2012-01 is before start 2015-01", "2012-01")]
    assert found["E2"] == [("edu_study_end", "study_end 2006-06 is before study_start 2010-09", "2006-06")]


def test_a_text_too_long_says_how_long_and_the_limit(tmp_path):
    _, found = problems_of(tmp_path, [person("L1", name="x" * 2000)])
    ((column, message, value),) = found["L1"]
    assert column == "name" and message == "2,000 characters: at most 100" and value.startswith("xxx")


@pytest.mark.parametrize("cell", ["1e10000000", "9" * 5000, "-1e400"])
def test_a_number_of_thousands_of_digits_is_refused_at_once(tmp_path, cell):
    result, found = problems_of(tmp_path, [person("N1", tax1_year="2022", tax1_yuan=cell), person("G1")])
    ((column, message, _),) = found["N1"]
    assert column == "tax1_yuan" and "too large" in message
    assert [r.applicant_id for r in result.rows] == ["G1"]  # the other row is scored


def test_a_cell_of_200_kb_stops_its_row_only(tmp_path):
    result, found = problems_of(tmp_path, [person("G1"), person("H1", notes="y" * 200_000), person("G2")])
    ((column, message, value),) = found["H1"]
    assert column == "notes" and message == "200,000 characters: a cell holds at most 20,000"
    assert value.endswith("…")
    assert [r.applicant_id for r in result.rows] == ["G1", "G2"]


@pytest.mark.parametrize(
    "value", [float("inf"), float("nan"), 10**5000, "1e10000000"], ids=["inf", "nan", "huge int", "1e10000000"]
)
def test_a_workbook_number_that_is_no_number_is_a_cell_problem(value):
    with pytest.raises(CellError):
        parse_int_cell(value)
    with pytest.raises(CellError):
        parse_decimal_cell(value)


def test_a_short_row_with_a_long_cell_is_reported_not_a_crash(tmp_path):
    path = tmp_path / "in.csv"
    good = person("G1")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        import csv

        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerow(["S1", "z" * 30_000])  # a row that stops after its second cell
        writer.writerow(good)
    result = run_batch(path, tmp_path / "out", options(), workers=1)
    assert [(p.applicant_id, p.column) for p in result.problems] == [("S1", "name")]
    assert [r.applicant_id for r in result.rows] == ["G1"]


def _workbook(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "applicants"
    sheet.append(HEADER)
    for values in rows:
        sheet.append([None if v == "" else v for v in values])
    book.save(path)
    return path


def test_a_formula_without_a_saved_value_is_reported_not_read_as_empty(tmp_path):
    """A workbook written by a program that does not compute keeps the formula only: said so, once."""
    formula = person("X2", tax1_year=2022, tax1_yuan="=1000*2")
    source = _workbook(tmp_path / "in.xlsx", [person("X1"), formula])
    result = run_batch(source, tmp_path / "out", options(), workers=1)
    assert [(p.applicant_id, p.column, p.value) for p in result.problems] == [("X2", "tax1_yuan", "=1000*2")]
    assert "formula without a saved value" in result.problems[0].message
    assert [r.applicant_id for r in result.rows] == ["X1"]


def test_an_id_typed_into_a_number_cell_is_reported_it_has_lost_its_last_digits(tmp_path):
    rows = [person(110105198806150019), person("N2", id_number=110105198806150019), person("N3", tax1_year=2022, tax1_yuan=12000)]
    result = run_batch(_workbook(tmp_path / "in.xlsx", rows), tmp_path / "out", options(), workers=1)
    found = {(p.column, p.value) for p in result.problems}
    assert found == {("applicant_id", "110105198806150000"), ("id_number", "110105198806150000")}
    assert all("format the column as text" in p.message for p in result.problems)
    assert [r.applicant_id for r in result.rows] == ["N3"]  # an ordinary number cell is still a number


def test_a_workbook_claiming_more_rows_than_a_spreadsheet_holds_is_refused_at_once(tmp_path):
    import re
    import zipfile

    from simulator.batch import BatchFileError

    small = _workbook(tmp_path / "small.xlsx", [person("G1")])
    crafted = tmp_path / "crafted.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(crafted, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="A1:[A-Z]+\d+"', b'<dimension ref="A1:BJ20000000"', data)
            target.writestr(item, data)
    started = time.perf_counter()
    with pytest.raises(BatchFileError, match="20,000,000 rows; a workbook holds at most 1,048,576"):
        run_batch(crafted, tmp_path / "out", options(), workers=1)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    "kind, found, raw, expected",
    [
        ("int_parsing", "x", "Input should be a valid integer", "expected a valid integer (found 'x')"),
        ("missing", None, "Field required", "empty: this column is required"),
        ("too_long", ["a"] * 700, "List should have at most 600 items after validation, not 700", "700 entries: at most 600"),
        ("greater_than_equal", "-5", "Input should be greater than or equal to 0", "'-5' is not allowed: it must be at least 0"),
    ],
)
def test_a_validators_words_become_the_sheets(kind, found, raw, expected):
    from simulator.batch.rows import worded

    context = {"max_length": 600} if kind == "too_long" else {"ge": 0} if kind.startswith("greater") else {}
    assert worded({"type": kind, "input": found, "msg": raw, "ctx": context}) == expected
