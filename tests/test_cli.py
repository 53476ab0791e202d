"""The command line: a readable worksheet, JSON with the indicator ids, one-line errors and non-zero exits."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest

from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.cli import main
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile

EXAMPLE = examples_dir() / "own-home-outside-centre.json"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_score_prints_a_worksheet_in_chinese_by_default(capsys, pack2020):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026")
    assert code == 0
    total = evaluate(load_profile(EXAMPLE), pack2020, 2026).total
    assert "合法稳定就业 [employment]" in out
    assert "229个月 × 3/12 = 57.25" in out
    assert f"总分: {total.normalize():f}" in out
    assert "以官方系统结果为准" in out
    assert "110112198207204321" not in out and "110*************21" in out  # ID masked by default


def test_score_in_english_with_the_id_shown(capsys):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026", "--lang", "en", "--show-id")
    assert code == 0
    assert "229 months × 3/12 = 57.25" in out
    assert "110112198207204321" in out


def test_json_output_has_every_indicator_total_and_derivation(capsys, pack2020):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026", "--json")
    assert code == 0
    data = json.loads(out)
    expected = evaluate(load_profile(EXAMPLE), pack2020, 2026)
    assert list(data["points"]) == list(INDICATOR_IDS)
    assert {k: Decimal(str(v)) for k, v in data["points"].items()} == expected.points
    assert Decimal(str(data["total"])) == expected.total
    assert data["qualified"] is True
    employment = data["derivation"][0]
    assert employment["steps"][0]["en"] == "229 months × 3/12 = 57.25"
    assert employment["rules"][0]["citation"]["zh"].startswith("《北京市积分落户操作管理细则》")
    assert [line["round"] for line in data["lines"]][:2] == ["2018", "2019"]


def test_a_what_if_is_marked(capsys):
    code, out, _ = run(capsys, "score", str(examples_dir() / "short-insurance.json"), "--year", "2026", "--lang", "en")
    assert code == 0
    assert "NOT MET" in out and "what-if" in out


@pytest.mark.parametrize(
    "content, expected",
    [
        ("{not json", "not valid JSON at line 1"),
        ('{"format": "points-simulator/applicant", "version": 9, "applicant": {}}', "version: the file is format version 9"),
        (
            '{"format": "points-simulator/applicant", "version": 1, "applicant": {"birth_date": "1985-06-15", '
            '"retirement_category": "male", "social_insurance": [{"start": "2012-05", "end": "2011-01"}]}}',
            "applicant.social_insurance[0]: end 2011-01 is before start 2012-05",
        ),
    ],
)
def test_a_bad_file_gives_one_line_naming_the_field_and_exit_2(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "score", str(path), "--year", "2024")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: bad.json: ")
    assert expected in err


def test_facts_after_the_cutoff_are_refused_unless_rescoring(capsys):
    code, _, err = run(capsys, "score", str(EXAMPLE), "--year", "2022")
    assert code == 2 and "income_tax[0].year: 2022 is after the cut-off 2021-12-31" in err and "--drop-after-cutoff" in err
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2022", "--drop-after-cutoff", "--lang", "en")
    assert code == 0 and "Total:" in out


def test_a_year_without_rules_is_refused(capsys):
    code, _, err = run(capsys, "score", str(EXAMPLE), "--year", "2016")
    assert code == 2 and "no beijing rules apply to declaration year 2016" in err


def test_a_quarterly_city_asks_for_the_round_and_counts_to_its_date(capsys):
    three = examples_dir() / "three-cities.json"
    code, _, err = run(capsys, "score", str(three), "--city", "hangzhou", "--year", "2025")
    assert code == 2 and "Traceback" not in err
    assert "2025: the 2024-07 rules hold 4 rounds a year; name one (2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4)" in err
    code, out, _ = run(capsys, "score", str(three), "--city", "hangzhou", "--year", "2025-Q3", "--lang", "en")
    assert code == 0 and "2025-08-01" in out
    for year, problem in (
        ("2025-Q5", "expected a declaration year (2024) or a round (2025-Q3, 2024-H2)"),
        ("2101", "up to 2100"),
    ):
        with pytest.raises(SystemExit) as stopped:  # argparse's usage error
            main(["score", str(three), "--city", "hangzhou", "--year", year])
        assert stopped.value.code == 2 and problem in capsys.readouterr().err


def test_packs_lists_editions_with_their_data_version(capsys):
    code, out, _ = run(capsys, "packs")
    assert code == 0
    assert "beijing-2020" in out and "2020-revised" in out and "beijing-2018-trial" in out


def test_python_dash_m_entry_point_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "score", str(EXAMPLE), "--year", "2026", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["qualified"] is True
