"""Outputs that cannot hurt the user: CSV cells a spreadsheet would run as formulas are defused; every output is
written through a temporary file made safely in its folder (no planted link followed, no fixed name); nothing that
exists is replaced without --force; worksheet names are unique and safe on Windows, macOS and Linux; every file
holding personal data is readable by its owner only."""

from __future__ import annotations

import csv
import os
import stat
import sys

import pytest

from simulator import cities
from simulator.batch import BatchFileError, BatchOptions, existing_outputs, run_batch
from simulator.batch.file_names import NameBook, portable_stem, same_file_key
from simulator.batch.formulas import defused
from simulator.cli import main
from simulator.paths import examples_dir
from simulator.rules import pack_for

HEADER = cities.get("beijing").batch.template_headers()
YEAR = 2024
EXAMPLE = examples_dir() / "own-home-outside-centre.json"
links = pytest.mark.skipif(sys.platform.startswith("win"), reason="symbolic links need privileges on Windows")


def person(applicant_id, **cells):
    base = {"applicant_id": applicant_id, "birth_date": "1986-04-02", "retirement_category": "male", "si1_start": "2012-01"}
    base.update(cells)
    return [base.get(h, "") for h in HEADER]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def options(**changes):
    return BatchOptions(pack_for("beijing", YEAR), YEAR, **changes)


def leftovers(folder):
    return [p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part"))]


# ---------------------------------------------------------------- formula injection


@pytest.mark.parametrize(
    "text, shown",
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),  # the tab is kept: never turned into =1+1
        ("\r=1+1", "'\r=1+1"),
        ("  =1+1", "'  =1+1"),
        ("张伟", "张伟"),
        ("A0001", "A0001"),
        ("", ""),
    ],
)
def test_a_cell_that_starts_like_a_formula_is_defused(text, shown):
    assert defused(text) == shown


def test_summary_and_errors_csv_never_hold_a_formula(tmp_path):
    rows = [
        person("F1", name='=HYPERLINK("http://evil","click")'),
        person("F2", name="+cmd|' /C calc'!A0"),
        person("@F3", name="@SUM(A1)"),
        person("F4", name="-1"),
        person("F5", si1_start="=1+1"),  # a bad cell: its value goes to errors.csv
        person("=F6", birth_date="@bad"),
    ]
    result = run_batch(write_csv(tmp_path / "in.csv", rows), tmp_path / "out", options(), workers=1)
    summary = read_csv(tmp_path / "out" / "summary.csv")
    errors = read_csv(tmp_path / "out" / "errors.csv")
    assert len(summary) == 4 and len(errors) == 2
    for line in summary + errors:
        for column, cell in line.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (column, cell)
            if column in ("name", "applicant_id", "value", "problem") and cell.startswith("-"):
                pytest.fail(f"{column}: {cell!r}")
    assert {line["name"] for line in summary} == {
        '\'=HYPERLINK("http://evil","click")',
        "'+cmd|' /C calc'!A0",
        "'@SUM(A1)",
        "'-1",
    }
    assert {e["value"] for e in errors} == {"'=1+1", "'@bad"}
    assert {e["applicant_id"] for e in errors} == {"F5", "'=F6"}
    # the numbers are ours and stay numbers (a negative deduction is not text)
    assert all(line["total"][0].isdigit() for line in summary)
    assert {r.name for r in result.rows} >= {"-1"}  # the applicant's own text is kept, only the CSV cell is defused


# ---------------------------------------------------------------- atomic writes, planted links


@links
def test_a_link_planted_where_the_summary_goes_is_replaced_never_written_through(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in ("summary.csv", "errors.csv", "summary.xlsx", ".summary.csv.part", ".errors.csv.part"):
        (out / name).symlink_to(victim)
    run_batch(write_csv(tmp_path / "in.csv", [person("G1")]), out, options(), workers=1)
    assert victim.read_text(encoding="utf-8") == "precious"
    for name in ("summary.csv", "errors.csv", "summary.xlsx"):
        assert not (out / name).is_symlink() and (out / name).is_file()
    assert read_csv(out / "summary.csv")[0]["applicant_id"] == "G1"
    assert sorted(leftovers(out)) == [".errors.csv.part", ".summary.csv.part"]  # the planted links, untouched; no temporary file


@links
def test_the_command_line_counts_a_planted_link_as_a_file_that_exists(tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    template = tmp_path / "applicants.csv"
    template.symlink_to(victim)
    assert main(["template", str(template)]) == 2
    assert "exists" in capsys.readouterr().err
    assert main(["template", str(template), "--force"]) == 0
    assert victim.read_text(encoding="utf-8") == "precious" and not template.is_symlink()
    sheet = tmp_path / "sheet.pdf"
    sheet.symlink_to(victim)
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(sheet)]) == 2
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(sheet), "--force"]) == 0
    assert victim.read_text(encoding="utf-8") == "precious" and sheet.read_bytes().startswith(b"%PDF")


@links
def test_worksheets_are_not_written_through_a_linked_pdf_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "pdf").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(BatchFileError, match="is a link"):
        run_batch(write_csv(tmp_path / "in.csv", [person("G1")]), out, options(pdf=True), workers=1)
    assert list(elsewhere.iterdir()) == []


def test_a_template_is_written_whole_through_a_temporary_file(tmp_path, monkeypatch):
    """A write that fails half way leaves neither half a template nor a temporary file."""
    from simulator.batch import template as template_module

    target = tmp_path / "applicants.csv"
    target.write_text("old", encoding="utf-8")

    def broken(handle, suffix, layout):
        handle.write(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(template_module, "_write", broken)
    assert main(["template", str(target), "--force"]) == 2
    assert target.read_text(encoding="utf-8") == "old" and leftovers(tmp_path) == []


# ---------------------------------------------------------------- nothing replaced without --force


def test_a_second_batch_into_the_same_folder_needs_force(tmp_path, capsys):
    source = write_csv(tmp_path / "in.csv", [person("G1")])
    out = tmp_path / "out"
    args = ["batch", str(source), "--year", str(YEAR), "--out", str(out), "--quiet"]
    assert main(args) == 0
    before = (out / "summary.csv").read_bytes()
    write_csv(source, [person("G2")])
    capsys.readouterr()
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "summary.csv" in err and "--force" in err and "\n" == err[-1] and err.count("\n") == 1
    assert (out / "summary.csv").read_bytes() == before
    assert main([*args, "--force"]) == 0
    assert read_csv(out / "summary.csv")[0]["applicant_id"] == "G2"


def test_earlier_outputs_are_found_also_the_worksheets(tmp_path):
    assert existing_outputs(tmp_path / "none") == []
    (tmp_path / "pdf").mkdir()
    assert existing_outputs(tmp_path, pdf=True) == []  # an empty folder replaces nothing
    (tmp_path / "pdf" / "A1.pdf").write_bytes(b"%PDF")
    (tmp_path / "errors.csv").write_text("", encoding="utf-8")
    assert [p.name for p in existing_outputs(tmp_path, pdf=True)] == ["errors.csv", "pdf"]
    assert [p.name for p in existing_outputs(tmp_path, pdf=False)] == ["errors.csv"]


def test_score_pdf_refuses_to_replace_a_file_without_force(tmp_path, capsys):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"someone's worksheet")
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "sheet.pdf" in captured.err and "--force" in captured.err
    assert target.read_bytes() == b"someone's worksheet"
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(target), "--force"]) == 0
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args, expected",
    [
        (["template", "a\x00b.xlsx"], "NUL"),
        (["score", "a\x00b.json", "--year", "2026"], "NUL"),
        (["batch", "in.csv", "--year", "2024", "--out", "o\x00ut"], "NUL"),
    ],
)
def test_a_name_holding_a_nul_character_is_one_line_not_a_traceback(capsys, args, expected):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and err.count("\n") == 1


def test_a_worksheet_into_a_folder_that_does_not_exist_is_refused_before_scoring(tmp_path, capsys):
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(tmp_path / "no" / "sheet.pdf")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "does not exist" in captured.err


# ---------------------------------------------------------------- names unique and safe everywhere


@pytest.mark.parametrize(
    "text, stem",
    [
        ("A0001", "A0001"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1", "_com1"),
        ("LPT9", "_LPT9"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("trailing. . ", "trailing"),
        ("..hidden", "hidden"),
        ("张伟", "张伟"),
        ("tab\there", "tab_here"),
        ("x" * 300, "x" * 80),
        ("...", ""),
    ],
)
def test_a_file_name_is_one_every_system_accepts(text, stem):
    assert portable_stem(text) == stem


def test_names_differing_only_in_case_or_unicode_form_are_told_apart():
    book = NameBook(".pdf")
    names = [
        book.name(text, row)
        for row, text in enumerate(["Ab", "AB", "ab", "con", "CON", "a/b", "a_b", "a_b-row8", "é", "e\u0301"], start=2)
    ]
    keys = [same_file_key(n) for n in names]
    assert len(set(keys)) == len(names), names
    assert names[0] == "Ab.pdf" and names[1] == "AB-row3.pdf" and names[3] == "_con-row5.pdf"
    assert all(n.split(".")[0].lower() not in ("con", "nul") for n in names)


def test_every_scored_applicant_gets_a_worksheet_of_their_own(tmp_path):
    ids = ["con", "CON", "Ab", "AB", "a/b", "a_b", "a_b-row8", "x."]
    rows = [person(i, name="张伟") for i in ids]  # the same name for everyone
    result = run_batch(write_csv(tmp_path / "in.csv", rows), tmp_path / "out", options(pdf=True), workers=1)
    assert len(result.rows) == len(ids) and result.problems == []
    written = sorted(p.name for p in (tmp_path / "out" / "pdf").iterdir())
    assert len(written) == len(ids) == result.pdfs
    assert len({same_file_key(n) for n in written}) == len(written), written
    for name in written:
        stem = name.removesuffix(".pdf")
        assert stem == portable_stem(stem) and not stem.endswith((".", " ")), name
        assert stem.split(".")[0].lower() not in ("con", "prn", "aux", "nul"), name


# ---------------------------------------------------------------- owner-only


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permissions")
def test_every_output_holding_personal_data_is_owner_only(tmp_path, capsys):
    previous = os.umask(0o022)  # the usual default, under which a plain open() makes a file readable by all
    try:
        _check_owner_only(tmp_path)
    finally:
        os.umask(previous)


def _check_owner_only(tmp_path):
    source = write_csv(tmp_path / "in.csv", [person("G1", name="张伟"), person("B1", si1_start="2012-13")])
    out = tmp_path / "out"
    assert main(["batch", str(source), "--year", str(YEAR), "--out", str(out), "--pdf", "--quiet"]) == 1
    files = [out / "summary.csv", out / "summary.xlsx", out / "errors.csv", *(out / "pdf").iterdir()]
    assert main(["template", str(tmp_path / "t.xlsx")]) == 0
    assert main(["template", str(tmp_path / "t.csv")]) == 0
    assert main(["score", str(EXAMPLE), "--year", "2026", "--pdf", str(tmp_path / "s.pdf")]) == 0
    files += [tmp_path / "t.xlsx", tmp_path / "t.csv", tmp_path / "s.pdf"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE((out / "pdf").stat().st_mode) == 0o700


def test_full_id_numbers_are_in_the_summary_only_when_asked(tmp_path, capsys):
    source = write_csv(tmp_path / "in.csv", [person("G1", id_number="11010519880615001X")])
    assert main(["batch", str(source), "--year", str(YEAR), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert read_csv(tmp_path / "a" / "summary.csv")[0]["id_number"] == "110*************1X"
    assert "full ID" not in capsys.readouterr().err
    args = ["batch", str(source), "--year", str(YEAR), "--out", str(tmp_path / "b"), "--quiet", "--show-id"]
    assert main(args) == 0
    assert read_csv(tmp_path / "b" / "summary.csv")[0]["id_number"] == "11010519880615001X"
    assert "完整身份证号" in capsys.readouterr().err  # said, in the language asked for
    assert main([*args, "--force", "--lang", "en"]) == 0
    assert "full ID numbers" in capsys.readouterr().err


# ---------------------------------------------------------------- hostile headers


def test_a_group_number_of_thousands_of_digits_is_one_short_line(tmp_path):
    header = [*HEADER, "si" + "9" * 5000 + "_start"]
    path = tmp_path / "in.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, person("G1") + ["2012-01"]])
    with pytest.raises(BatchFileError) as caught:
        run_batch(path, tmp_path / "out", options(), workers=1)
    message = str(caught.value)
    assert "group number has at most 4 digits" in message and "si999" in message and len(message) < 200


def test_many_bad_columns_are_summed_up_in_one_line(tmp_path):
    header = [*HEADER, *(f"nonsense{i}" for i in range(500))]
    path = tmp_path / "in.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(header)
    with pytest.raises(BatchFileError) as caught:
        run_batch(path, tmp_path / "out", options(), workers=1)
    message = str(caught.value)
    assert "'nonsense0'" in message and "495 more" in message and "\n" not in message and len(message) < 2000


def test_a_full_disk_while_writing_the_summaries_is_one_line_and_leaves_nothing_half_written(tmp_path, monkeypatch, capsys):
    from simulator.batch import xlsx

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx, "ZipWriter", full)
    source = write_csv(tmp_path / "in.csv", [person("G1")])
    out = tmp_path / "out"
    assert main(["batch", str(source), "--year", str(YEAR), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "Traceback" not in err
    assert not (out / "summary.xlsx").exists() and leftovers(out) == []


def test_a_failed_batch_leaves_the_earlier_batch_s_three_files_together(tmp_path, monkeypatch, capsys):
    """The summaries and the errors are replaced all together or not at all: never a new summary.csv beside the
    workbook and the list of errors of an earlier run."""
    from simulator.batch import xlsx

    source = write_csv(tmp_path / "in.csv", [person("G1"), person("G2", si1_start="2015-13")])
    out = tmp_path / "out"
    args = ["batch", str(source), "--year", str(YEAR), "--out", str(out), "--quiet", "--force"]
    assert main(args) == 1  # one row with a problem
    earlier = {name: (out / name).read_bytes() for name in ("summary.csv", "summary.xlsx", "errors.csv")}
    write_csv(source, [person("G3")])
    real_zip = xlsx.ZipWriter

    def full_while_writing_the_workbook(handle):
        real_zip(handle).add("half", b"x")  # part of the workbook written, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx, "ZipWriter", full_while_writing_the_workbook)
    capsys.readouterr()
    assert main(args) == 2
    assert {name: (out / name).read_bytes() for name in earlier} == earlier
    assert leftovers(out) == []


@pytest.mark.parametrize("failing", ["moving the old file aside", "moving the new file in"])
def test_files_replaced_together_stay_as_they_were_when_a_rename_fails(tmp_path, monkeypatch, failing):
    """A target held open by another program (Excel on Windows refuses the rename): nothing is replaced."""
    from simulator.core import atomic

    paths = [tmp_path / "a.csv", tmp_path / "b.xlsx", tmp_path / "c.csv"]
    paths[0].write_bytes(b"old a")
    paths[1].write_bytes(b"old b")  # c.csv is new
    real_replace = os.replace

    def refuse_b(source, target):
        moving_aside = str(source) == str(paths[1])
        moving_in = str(target) == str(paths[1]) and str(source).endswith(".tmp")
        if moving_aside if failing == "moving the old file aside" else moving_in:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", refuse_b)
    with pytest.raises(PermissionError):
        with atomic.atomic_outputs(paths) as handles:
            for handle, text in zip(handles, (b"new a", b"new b", b"new c")):
                handle.write(text)
    assert paths[0].read_bytes() == b"old a" and paths[1].read_bytes() == b"old b" and not paths[2].exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.xlsx"]  # no temporary or set-aside file left


def test_a_close_that_fails_again_still_leaves_no_temporary_file(tmp_path, monkeypatch):
    from simulator.core import atomic

    target = tmp_path / "a.csv"
    with pytest.raises(OSError):
        with atomic.atomic_outputs([target]) as (handle,):
            handle.write(b"x")
            real_close = handle.close

            def full_again():
                real_close()
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(handle, "close", full_again)
            raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []
