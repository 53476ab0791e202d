"""Batch scoring from a spreadsheet: good rows scored and ranked, each bad row reported with its row and column,
a bad row never stopping the others; CSV and XLSX alike; the template is itself a valid batch."""

import csv
import io
import struct
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from simulator import cities
from simulator.batch import BatchFileError, BatchOptions, run_batch, write_template
from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.cli import main
from simulator.core.rounds import edition_and_round
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import load_pack, pack_for

BEIJING = cities.get("beijing").batch
template_headers = BEIJING.template_headers

YEAR = 2024
HEADER = template_headers()


def row(**cells):
    return [cells.get(h, "") for h in HEADER]


def person(applicant_id, **cells):
    base = {"applicant_id": applicant_id, "birth_date": "1986-04-02", "retirement_category": "male", "si1_start": "2012-01"}
    base.update(cells)
    return row(**base)


GOOD_LOW = person("G1", name="低分")  # 12 years of insurance only
GOOD_HIGH = person("G2", name="高分", edu_level="master", home1_start="2015-01", home1_kind="own", home1_district="tongzhou")
GOOD_MID = person("G3", edu_level="bachelor")
BAD_MONTH = person("B1", si1_start="2012-13")
BAD_DISTRICT = person("B2", home1_start="2015-01", home1_kind="own", home1_district="atlantis")
BAD_GROUP = person("B3", home1_start="2015-01", home1_district="haidian")  # no kind
BAD_DATE = person("B4", birth_date="1986-02-30")
AFTER_CUTOFF = person("B5", tax1_year="2024", tax1_yuan="120000")  # the 2024 round counts 2021–2023
NOT_QUALIFIED = person("N1", si1_start="2019-01", edu_level="doctor")  # 60 months: a what-if total


def write_csv(path, rows, header=HEADER, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for values in rows:
        sheet.append([v if v != "" else None for v in values])
    book.save(path)
    return path


def options(**changes):
    return BatchOptions(pack_for("beijing", YEAR), YEAR, **changes)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


MIXED = [GOOD_LOW, BAD_MONTH, GOOD_HIGH, BAD_DISTRICT, NOT_QUALIFIED, BAD_GROUP, GOOD_MID, BAD_DATE, AFTER_CUTOFF]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_good_rows_are_ranked_and_every_bad_row_is_reported(tmp_path, kind):
    source = write_csv(tmp_path / "in.csv", MIXED) if kind == "csv" else write_xlsx(tmp_path / "in.xlsx", MIXED)
    result = run_batch(source, tmp_path / "out", options(), workers=1)

    assert [r.applicant_id for r in result.rows] == ["G2", "G3", "G1", "N1"]
    assert result.ranks == [1, 2, 3, None]  # the unqualified applicant has no rank
    totals = [r.total for r in result.rows[:3]]
    assert totals == sorted(totals, reverse=True)

    problems = {(p.row, p.applicant_id, p.column) for p in result.problems}
    assert problems == {
        (3, "B1", "si1_start"),
        (5, "B2", "home1_district"),
        (7, "B3", "home1_kind"),
        (9, "B4", "birth_date"),
        (10, "B5", "tax1_year"),
    }
    messages = {p.applicant_id: p.message for p in result.problems}
    assert "month must be 01 to 12, got '2012-13'" in messages["B1"]
    assert "'atlantis' is not a district of beijing" in messages["B2"]
    assert "after the cut-off 2023-12-31" in messages["B5"]

    summary = read_csv(tmp_path / "out" / "summary.csv")
    assert [line["applicant_id"] for line in summary] == ["G2", "G3", "G1", "N1"]
    assert summary[0]["rank"] == "1" and summary[3]["rank"] == "" and summary[3]["qualified"] == "no"
    assert summary[3]["unmet_conditions"] == "continuous_insurance"
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert [(e["row"], e["column"]) for e in errors] == [
        ("3", "si1_start"),
        ("5", "home1_district"),
        ("7", "home1_kind"),
        ("9", "birth_date"),
        ("10", "tax1_year"),
    ]


def test_scores_are_the_engine_scores_of_the_same_facts(tmp_path):
    """A row with the facts of an example applicant file gives exactly that file's evaluation."""
    example = load_profile(examples_dir() / "own-home-outside-centre.json")
    cells = {
        "applicant_id": "E1",
        "name": example.name,
        "id_number": example.id_number,
        "birth_date": example.birth_date.isoformat(),
        "retirement_category": example.retirement_category,
    }
    for n, p in enumerate(example.social_insurance, 1):
        cells |= {f"si{n}_start": f"{p.start // 12}-{p.start % 12 + 1:02d}", f"si{n}_back_paid": "yes" if p.back_paid else "no"}
        if p.end is not None:
            cells[f"si{n}_end"] = f"{p.end // 12}-{p.end % 12 + 1:02d}"
    for n, p in enumerate(example.housing, 1):
        cells |= {
            f"home{n}_start": f"{p.start // 12}/{p.start % 12 + 1}",
            f"home{n}_kind": p.kind,
            f"home{n}_district": p.district,
        }
        if p.end is not None:
            cells[f"home{n}_end"] = f"{p.end // 12}{p.end % 12 + 1:02d}"
    for n, p in enumerate(example.workplaces, 1):
        cells |= {f"work{n}_start": f"{p.start // 12}-{p.start % 12 + 1:02d}", f"work{n}_district": p.district}
        if p.end is not None:
            cells[f"work{n}_end"] = f"{p.end // 12}-{p.end % 12 + 1:02d}"
    e = example.education
    cells |= {
        "edu_level": e.level,
        "edu_diploma": "是",
        "edu_degree": "是",
        "edu_study_start": "2003-09",
        "edu_study_end": "2006-07",
    }
    year = 2026
    for n, t in enumerate(t for t in example.income_tax if t.year < year):
        cells |= {f"tax{n + 1}_year": str(t.year), f"tax{n + 1}_yuan": f"{t.amount_yuan:,}"}
    source = write_csv(tmp_path / "one.csv", [row(**cells)])
    result = run_batch(source, tmp_path / "out", BatchOptions(pack_for("beijing", year), year), workers=1)
    assert result.problems == []
    (scored,) = result.rows
    expected = evaluate(example, pack_for("beijing", year), year)
    assert scored.total == expected.total
    assert scored.points == tuple(expected.points[i] for i in INDICATOR_IDS)
    assert scored.id_shown == "110*************21"  # masked unless asked


def test_the_template_is_a_valid_batch(tmp_path):
    for name in ("template.xlsx", "template.csv"):
        path = write_template(tmp_path / name, BEIJING)
        result = run_batch(path, tmp_path / f"out-{name}", options(), workers=1)
        assert result.problems == []
        assert [r.applicant_id for r in result.rows] == ["A0001", "A0002"]
    book = load_workbook(tmp_path / "template.xlsx")
    assert book.sheetnames == ["applicants", "notes"]
    documented = {r[0] for r in book["notes"].iter_rows(min_row=2, values_only=True) if r[0]}
    for header in template_headers():
        generic = header.split("_", 1)
        name = header if header in documented else f"{generic[0].rstrip('0123456789')}N_{generic[1]}"
        assert name in documented, header


def test_ties_share_a_rank_and_keep_the_input_order(tmp_path):
    rows = [person("T1"), person("T2", edu_level="bachelor"), person("T3"), person("T4")]
    result = run_batch(write_csv(tmp_path / "t.csv", rows), tmp_path / "out", options(), workers=1)
    assert [(r.applicant_id, rank) for r, rank in zip(result.rows, result.ranks)] == [("T2", 1), ("T1", 2), ("T3", 2), ("T4", 2)]


def test_a_repeated_applicant_number_is_reported(tmp_path):
    rows = [person("D1"), person("D1", edu_level="master"), person("D2")]
    result = run_batch(write_csv(tmp_path / "d.csv", rows), tmp_path / "out", options(), workers=1)
    assert [r.applicant_id for r in result.rows] == ["D1", "D2"]
    (problem,) = result.problems
    assert (problem.row, problem.column) == (3, "applicant_id")
    assert "already used on row 2" in problem.message


def test_problems_use_the_sheets_own_names(tmp_path):
    overlapping = person(
        "O1",
        home1_start="2015-01",
        home1_kind="rented",
        home1_district="海淀区",
        home3_start="2016-01",
        home3_kind="own",
        home3_district="通州",
    )
    chinese_words = person(
        "C1", retirement_category="女干部", home1_start="2015-01", home1_kind="自有", home1_district="Tongzhou", edu_level="硕士"
    )
    result = run_batch(write_csv(tmp_path / "o.csv", [overlapping, chinese_words]), tmp_path / "out", options(), workers=1)
    (problem,) = result.problems
    assert problem.column.startswith("home")
    assert "home3" in problem.message and "home1" in problem.message and "housing[" not in problem.message
    (scored,) = result.rows
    assert scored.applicant_id == "C1" and scored.points[INDICATOR_IDS.index("education")] == 26


def test_a_gb18030_csv_from_a_chinese_excel_is_read(tmp_path):
    source = write_csv(tmp_path / "gbk.csv", [person("Z1", name="张伟")], encoding="gb18030")
    result = run_batch(source, tmp_path / "out", options(), workers=1)
    assert [r.name for r in result.rows] == ["张伟"]


@pytest.mark.parametrize(
    "header, expected",
    [
        ([h for h in HEADER if h != "birth_date"], "'birth_date' is missing"),
        ([*HEADER, "brith_date"], "'brith_date' is not part of the layout"),
        ([h for h in HEADER if h != "applicant_id"], "'applicant_id' is missing"),
        ([*HEADER, "home4_start"], "'home4_kind' is missing"),
    ],
)
def test_a_file_that_does_not_fit_the_layout_is_refused_naming_the_column(tmp_path, header, expected):
    source = write_csv(tmp_path / "bad.csv", [], header=header)
    with pytest.raises(BatchFileError) as caught:
        run_batch(source, tmp_path / "out", options(), workers=1)
    assert expected in str(caught.value)
    assert not (tmp_path / "out" / "summary.csv").exists()


def test_own_columns_are_ignored(tmp_path):
    source = write_csv(tmp_path / "own.csv", [[*person("U1"), "call back on Monday"]], header=[*HEADER, "_clerk_note"])
    assert [r.applicant_id for r in run_batch(source, tmp_path / "out", options(), workers=1).rows] == ["U1"]


def test_summary_xlsx_holds_the_same_ranking_with_numbers(tmp_path):
    result = run_batch(write_csv(tmp_path / "in.csv", MIXED), tmp_path / "out", options(lang="en"), workers=1)
    book = load_workbook(tmp_path / "out" / "summary.xlsx", read_only=True)
    sheet = book["summary"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:11] == (
        "Rank",
        "Row",
        "Applicant",
        "Name",
        "ID number",
        "Qualified",
        "Conditions not met",
        "Total",
        "Total, lowest",
        "Total, highest",
        "Status",
    )
    assert rows[0][11] == "Legal stable employment"
    assert [r[2] for r in rows[1:]] == [r.applicant_id for r in result.rows]
    assert [Decimal(str(r[7])) for r in rows[1:]] == [r.total for r in result.rows]
    about = dict(book["about"].iter_rows(min_row=2, values_only=True))
    assert about["declaration year"] == YEAR and about["rows with problems"] == 5


def test_progress_is_reported_and_a_cancelled_run_writes_nothing(tmp_path):
    source = write_csv(tmp_path / "in.csv", MIXED * 3)
    seen = []
    run_batch(
        source, tmp_path / "out", options(), workers=1, progress=lambda stage, done, total: seen.append((stage, done, total))
    )
    scoring = [s for s in seen if s[0] == "scoring"]
    assert scoring[0][1] == 0 and scoring[-1][1] == len(MIXED) * 3
    assert [done for _, done, _ in scoring] == sorted(done for _, done, _ in scoring)
    assert seen[-1] == ("writing", 3, 3)

    cancelled = run_batch(source, tmp_path / "never", options(), workers=1, cancelled=lambda: True)
    assert cancelled.cancelled and cancelled.rows == []
    assert not (tmp_path / "never" / "summary.csv").exists()


def test_worker_processes_give_the_same_result(tmp_path):
    source = write_csv(tmp_path / "in.csv", MIXED)
    alone = run_batch(source, tmp_path / "one", options(), workers=1)
    shared = run_batch(source, tmp_path / "two", options(), workers=2)
    assert [(r.applicant_id, r.total, r.points) for r in shared.rows] == [(r.applicant_id, r.total, r.points) for r in alone.rows]
    assert shared.problems == alone.problems


def test_pdf_worksheets_one_per_scored_applicant(tmp_path):
    pytest.importorskip("simulator.worksheet")
    source = write_csv(tmp_path / "in.csv", [GOOD_LOW, BAD_MONTH, person("A/7")])
    result = run_batch(source, tmp_path / "out", options(pdf=True), workers=1)
    assert sorted(p.name for p in (tmp_path / "out" / "pdf").iterdir()) == ["A_7-row4.pdf", "G1.pdf"]
    assert result.pdfs == 2
    assert (tmp_path / "out" / "pdf" / "G1.pdf").read_bytes().startswith(b"%PDF")


def test_command_line_batch_and_template(tmp_path, capsys):
    template = tmp_path / "t.xlsx"
    assert main(["template", str(template)]) == 0
    assert template.exists()
    code = main(["batch", str(template), "--year", str(YEAR), "--out", str(tmp_path / "out"), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "已测算2人（其中2人符合申请条件），0行有问题" in out  # printed in the language asked for (default zh)
    args = ["batch", str(template), "--year", str(YEAR), "--out", str(tmp_path / "en"), "--quiet", "--lang", "en"]
    assert main(args) == 0
    assert "2 applicants scored (2 qualified), 0 rows with problems" in capsys.readouterr().out
    assert main(["template", str(tmp_path / "t.csv"), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {tmp_path / 't.csv'}: the Beijing layout")

    assert main(["batch", str(tmp_path / "missing.csv"), "--year", str(YEAR), "--out", str(tmp_path / "out")]) == 2
    _, err = capsys.readouterr()
    assert err.strip() == "error: missing.csv: file not found"
    bad = write_csv(tmp_path / "bad.csv", [], header=["applicant_id"])
    assert main(["batch", str(bad), "--year", str(YEAR), "--out", str(tmp_path / "out")]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "'birth_date' is missing" in err


def test_workbook_cells_typed_by_excel_are_read_as_such(tmp_path):
    """Dates, numbers and TRUE/FALSE typed in Excel are values like their text forms; FALSE is not an empty cell."""
    from datetime import datetime

    header = [
        "applicant_id",
        "birth_date",
        "retirement_category",
        "has_residence_permit",
        "si1_start",
        "tax1_year",
        "tax1_yuan",
        "tax2_year",
        "tax2_yuan",
        "tax3_year",
        "tax3_yuan",
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    sheet.append(["X1", datetime(1986, 4, 2), "male", False, datetime(2012, 1, 1), 2021, 5000, 2022, 0.5, 2023, 150000.0])
    book.save(tmp_path / "typed.xlsx")
    result = run_batch(tmp_path / "typed.xlsx", tmp_path / "out", options(), workers=1)
    assert result.problems == []
    (row,) = result.rows
    assert not row.qualified and row.unmet == ("residence_permit",)  # FALSE counted, not read as "empty = yes"
    assert row.points[INDICATOR_IDS.index("tax")] == 2  # tax in each year, 150,000 (a float cell) in 2023
    assert row.points[INDICATOR_IDS.index("employment")] == Decimal("36")  # 2012-01 to 2023-12: 144 months


def test_text_with_commas_and_quotes_survives_the_summary(tmp_path):
    source = write_csv(tmp_path / "q.csv", [person("Q,1", name='Wang "Junior", Jr')])
    run_batch(source, tmp_path / "out", options(), workers=1)
    (line,) = read_csv(tmp_path / "out" / "summary.csv")
    assert (line["applicant_id"], line["name"]) == ("Q,1", 'Wang "Junior", Jr')
    book = load_workbook(tmp_path / "out" / "summary.xlsx", read_only=True)
    values = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))[0]
    assert values[2:4] == ("Q,1", 'Wang "Junior", Jr')


def test_terminal_progress_bar_redraws_one_line(monkeypatch):
    import io

    from simulator.cli.planning_commands import _ProgressBar

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    bar = _ProgressBar(True)
    for done in (0, 500, 1000):
        bar("scoring", done, 1000)
    bar.close()
    text = screen.getvalue()
    assert text.count("\r") == 3 and text.endswith("\n") and text.count("\n") == 1
    assert "100%  1,000/1,000" in text
    quiet = Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    _ProgressBar(False)("scoring", 1, 2)
    assert quiet.getvalue() == ""


def test_workers_reading_blocks_agree_with_one_process(tmp_path, monkeypatch):
    """Worker processes read the CSV in blocks of whole records: a quoted line break stays inside its row, row
    numbers stay the spreadsheet's, a repeated applicant number is still caught."""
    import simulator.batch.runner as runner

    monkeypatch.setattr(runner, "CHUNK_ROWS", 2)
    rows = [
        person("W1", notes="first line\nsecond line, with a comma"),
        BAD_MONTH,
        person("W2", notes='say "hi"\n'),
        person("W1", edu_level="master"),  # repeated number, on row 5
        GOOD_HIGH,
        BAD_DATE,
        person("W3"),
    ]
    source = write_csv(tmp_path / "blocks.csv", rows)
    alone = run_batch(source, tmp_path / "one", options(), workers=1)
    shared = run_batch(source, tmp_path / "two", options(), workers=2)
    assert [(r.row, r.applicant_id, r.total) for r in shared.rows] == [(r.row, r.applicant_id, r.total) for r in alone.rows]
    assert shared.problems == alone.problems
    assert [(p.row, p.column) for p in shared.problems] == [(3, "si1_start"), (5, "applicant_id"), (7, "birth_date")]
    assert "'W1' is already used on row 2" in shared.problems[1].message


@pytest.mark.parametrize("city_id", cities.BUILT_IN)
def test_every_city_scores_its_own_template_with_titles_matching_values(tmp_path, city_id):
    """The template of each city is a valid batch of that city: the summary has one title per value in every row,
    and one column for each indicator of the edition scored, in CSV and in XLSX."""
    city = cities.get(city_id)
    template = write_template(tmp_path / f"{city_id}.xlsx", city.batch)
    pack, round_ = edition_and_round(city_id, 2024)  # Hangzhou: 2024-Q1, its first round that year
    result = run_batch(template, tmp_path / "out", BatchOptions(pack, round_, lang="en"), workers=1)
    assert result.problems == [], result.problems
    assert len(result.rows) == len(city.batch.examples)
    ids = [i.id for i in city.indicators_of(pack)]
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][-len(ids) :] == ids
    assert all(len(line) == len(lines[0]) for line in lines[1:])
    book = load_workbook(tmp_path / "out" / "summary.xlsx", read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    names = [i.name.en for i in city.indicators_of(pack)]
    assert list(rows[0][-len(names) :]) == names
    assert all(len(row) <= len(rows[0]) for row in rows[1:])
    for line, row in zip(lines[1:], rows[1:]):
        assert Decimal(line[7]) == Decimal(str(row[7]))  # the total, in both
        assert [Decimal(v) for v in line[-len(ids) :]] == [Decimal(str(v)) for v in row[-len(ids) :]]


def test_a_range_and_the_pass_state_are_columns_of_the_summary(tmp_path):
    """A Hangzhou 2023 cohort: one applicant whose honour's cap and validity are not known (a range that depends on
    them against the pass mark of 100), one whose total is exact."""
    pack = load_pack("hangzhou-2023")
    base = {
        "birth_date": "1990-01-01",
        "retirement_category": "male",
        "residence_permit": "yes",
        "si1_start": "2022-01",
        "reg1_start": "2022-01-01",
        "edu_level": "bachelor",
    }
    header = ["applicant_id", *base, "hon1_kind", "hon1_level", "hon1_year"]
    rows = [
        ["R1", *base.values(), "title", "municipal", "2023"],
        ["E1", *base.values(), "", "", ""],
    ]
    source = write_csv(tmp_path / "cohort.csv", rows, header=header)
    result = run_batch(source, tmp_path / "out", BatchOptions(pack, 2023, lang="en"), workers=1)
    assert result.problems == [], result.problems
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        lines = {line["applicant_id"]: line for line in csv.DictReader(handle)}
    ranged, exact = lines["R1"], lines["E1"]
    assert (Decimal(ranged["total_low"]) + 30, Decimal(ranged["total_high"])) == (Decimal(ranged["total_high"]),) * 2
    assert ranged["status"] == "range;pass_depends"  # 95.5 to 125.5 against 100
    assert exact["total_low"] == exact["total_high"] == exact["total"] and exact["status"] == "below_pass"


def test_a_citys_own_facts_are_columns_and_a_wrong_answer_names_its_column(tmp_path):
    pack = load_pack("hangzhou-2024-07")
    header = [
        "applicant_id",
        "birth_date",
        "retirement_category",
        "residence_permit",
        "si1_start",
        "fact_chunan_origin",
        "fact_home_ownership",
    ]
    assert set(header) <= set(cities.get("hangzhou").batch.template_headers())
    rows = [
        ["C1", "1990-01-01", "male", "yes", "2022-01", "yes", ""],
        ["C2", "1990-01-01", "male", "yes", "2022-01", "", "halves"],
    ]
    source = write_csv(tmp_path / "facts.csv", rows, header=header)
    result = run_batch(source, tmp_path / "out", BatchOptions(pack, "2025-Q3", lang="en"), workers=1)
    (scored,) = result.rows
    assert (
        scored.applicant_id == "C1"
        and scored.points[[i.id for i in cities.get("hangzhou").indicators_of(pack)].index("chunan_origin")] == 30
    )
    (problem,) = result.problems
    assert (problem.applicant_id, problem.column) == ("C2", "fact_home_ownership") and "halves" in problem.message


# ---------------------------------------------------------------- what a script can rely on


def test_batch_exit_codes_are_0_all_fine_1_some_rows_failed_2_bad_input(tmp_path, capsys):
    import json

    from tests.support.json_schema import errors, load_schema

    fine = write_csv(tmp_path / "fine.csv", [GOOD_LOW, GOOD_MID])
    assert main(["batch", str(fine), "--year", str(YEAR), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    capsys.readouterr()
    some = write_csv(tmp_path / "some.csv", [GOOD_LOW, BAD_MONTH])
    assert main(["batch", str(some), "--year", str(YEAR), "--out", str(tmp_path / "b"), "--quiet"]) == 1
    _, err = capsys.readouterr()
    # the problem on stderr names the file, the row, the column and the value found
    assert "error: some.csv: row 3 (B1), column si1_start" in err and "'2012-13'" in err
    every = write_csv(tmp_path / "every.csv", [BAD_MONTH, BAD_DATE])
    assert main(["batch", str(every), "--year", str(YEAR), "--out", str(tmp_path / "c"), "--quiet", "--json"]) == 1
    out, _ = capsys.readouterr()
    document = json.loads(out)
    assert errors(document, load_schema()) == []
    assert document["kind"] == "batch" and document["scored"] == 0 and document["rows_with_problems"] == 2
    assert {p["value"] for p in document["problems"]} == {"2012-13", "1986-02-30"}
    assert main(["batch", str(tmp_path / "none.csv"), "--year", str(YEAR), "--out", str(tmp_path / "d")]) == 2


def test_every_problem_names_the_value_found_and_says_what_is_allowed(tmp_path):
    rows = [
        person("V1", birth_date=""),  # required, empty
        person("V2", tax1_year="2022", tax1_yuan="-5"),  # below the smallest allowed
        person("V3", edu_level="phd", edu_diploma="yes"),  # an unreadable choice: said once, not also "empty"
        person("V4", si1_start="2012-13", home1_start="2015-01", home1_kind="own", home1_district="atlantis"),
    ]
    result = run_batch(write_csv(tmp_path / "in.csv", rows), tmp_path / "out", options())
    by_row = {}
    for problem in result.problems:
        by_row.setdefault(problem.applicant_id, []).append(problem)
    assert [(p.column, p.message) for p in by_row["V1"]] == [("birth_date", "empty: this column is required")]
    (negative,) = by_row["V2"]
    assert negative.column == "tax1_yuan" and negative.value == "-5" and "must be at least 0" in negative.message
    assert "Input should be" not in negative.message
    assert [(p.column, p.value) for p in by_row["V3"]] == [("edu_level", "phd")]
    # the district is checked with the row's other problems, not only once they are put right
    assert {p.column for p in by_row["V4"]} == {"si1_start", "home1_district"}
    errors_csv = read_csv(tmp_path / "out" / "errors.csv")
    assert {"row", "applicant_id", "column", "problem", "value", "file"} <= set(errors_csv[0])
    assert {e["file"] for e in errors_csv} == {"in.csv"}


def test_the_summary_files_are_private_like_the_worksheets(tmp_path):
    import stat

    result = run_batch(write_csv(tmp_path / "in.csv", [GOOD_LOW]), tmp_path / "out", options(pdf=True))
    written = list(result.files) + list((tmp_path / "out" / "pdf").iterdir())
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_template_refuses_to_overwrite_a_filled_file_without_force(tmp_path, capsys):
    target = tmp_path / "applicants.xlsx"
    assert main(["template", str(target)]) == 0
    before = target.read_bytes()
    assert main(["template", str(target)]) == 2
    assert "--force" in capsys.readouterr().err and target.read_bytes() == before
    assert main(["template", str(target), "--force"]) == 0


def test_a_number_is_written_alike_in_every_workbook_row():
    """Rows of one shape go through a template, others (a bound not known) cell by cell: the same number is the
    same text in both (15, not 15.00 in one and 15 in the other; -0 as 0)."""
    from simulator.batch.xlsx import render_cells, row_template
    from simulator.core.decimals import fmt

    numbers = [Decimal("15.00"), Decimal("-0.00"), Decimal("40.750"), Decimal("1E+1")]
    one_by_one = render_cells(numbers)
    templated = row_template("n" * len(numbers)).format(*(fmt(n) for n in numbers))
    assert one_by_one == templated
    assert [v.split("</v>")[0] for v in one_by_one.split("<v>")[1:]] == ["15", "0", "40.75", "10"]


@pytest.mark.parametrize("deflate", ["isal", "zlib"])
def test_a_workbook_is_a_zip_every_reader_opens_whichever_deflate_wrote_it(tmp_path, monkeypatch, deflate):
    """The workbook's container is written by simulator.batch.zipped (ISA-L's deflate where installed, else
    zlib's): Python's zipfile checks every entry's CRC and size, and openpyxl reads the sheets back."""
    import zipfile
    import zlib

    from simulator.batch import zipped
    from simulator.batch.xlsx import Sheet, write_xlsx

    if deflate == "zlib":
        monkeypatch.setattr(zipped, "_deflate", zlib)
    else:
        pytest.importorskip("isal")
    monkeypatch.setattr(zipped, "PIECE", 64 << 10)  # the sheet deflated behind the writer, piece by piece
    rows = [("name", "points"), *((f"申请人{i}", Decimal(i) / 4) for i in range(20_000))]
    path = tmp_path / "book.xlsx"
    write_xlsx(path, [Sheet("排名", rows), Sheet("about", [("item", "value"), ("rows", 20_000)])])
    with zipfile.ZipFile(path) as book:
        assert book.testzip() is None
        assert book.namelist()[-2:] == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]
        entries = book.infolist()
    raw = path.read_bytes()
    for entry in entries:  # readers that stream the file trust each entry's own header: it says what the directory says
        assert raw[entry.header_offset : entry.header_offset + 4] == b"PK\x03\x04"
        crc, compressed, size = struct.unpack_from("<III", raw, entry.header_offset + 14)
        assert (crc, compressed, size) == (entry.CRC, entry.compress_size, entry.file_size), entry.filename
    sheets = load_workbook(path, read_only=True)
    assert sheets.sheetnames == ["排名", "about"]
    read = list(sheets["排名"].iter_rows(values_only=True))
    assert read[0] == ("name", "points") and read[-1] == ("申请人19999", 4999.75) and len(read) == 20_001
    assert list(sheets["about"].iter_rows(values_only=True))[1] == ("rows", 20_000)


def test_a_disk_that_fills_while_the_sheet_is_deflated_behind_the_writer_stops_the_workbook(tmp_path, monkeypatch):
    """The deflating thread's failure reaches the writer as the error it is (batch: one line, nothing left half
    written), and no thread is left running."""
    import threading

    from simulator.batch import zipped
    from simulator.batch.xlsx import Sheet, write_xlsx

    monkeypatch.setattr(zipped, "PIECE", 64 << 10)

    class FillingDisk(io.BytesIO):
        def write(self, data):
            if self.tell() + len(data) > 200_000:
                raise OSError(28, "No space left on device")
            return super().write(data)

    rows = [("name", "points"), *((f"申请人{i}", Decimal(i)) for i in range(100_000))]
    with pytest.raises(OSError, match="No space left"):
        write_xlsx(FillingDisk(), [Sheet("排名", rows)])
    assert not [t for t in threading.enumerate() if t.name.startswith("deflate")]
