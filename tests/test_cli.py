"""The command line: a readable worksheet with numbered lines, the one JSON schema for every city and command, one-line
errors naming the file, the field and the value, the documented exit codes (0 fine, 1 some rows or checks failed,
2 bad input), and a pipe closed early that ends quietly."""

import csv
import json
import re
import subprocess
import sys
from decimal import Decimal

import pytest

from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.cli import main
from simulator.core.identity import mask_id
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from tests.support.json_schema import errors, load_schema

EXAMPLE = examples_dir() / "own-home-outside-centre.json"
THREE = examples_dir() / "three-cities.json"
# every city, with an example applicant and a round its rules hold
CITIES = [
    ("beijing", EXAMPLE, "2026"),
    ("xiongan", THREE, "2024"),
    ("hangzhou", THREE, "2025-Q3"),
    ("tianjin", examples_dir() / "tianjin-renter.json", "2025-H1"),
    ("shanghai", examples_dir() / "shanghai-bachelor.json", "2025"),
]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def valid(document: dict) -> dict:
    problems = errors(document, load_schema())
    assert problems == [], "\n".join(problems[:20])
    return document


def test_score_prints_a_worksheet_in_chinese_by_default_with_numbered_lines(capsys, pack2020):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026")
    assert code == 0
    total = evaluate(load_profile(EXAMPLE), pack2020, 2026).total
    assert "第1行 合法稳定就业: " in out and "[employment]" not in out
    assert "1a 计分的社保月数（截至2025-12） = 229" in out
    assert "229个月 × 3/12 = 57.25" in out
    assert f"第11行 总分: {total.normalize():f}" in out
    assert "以官方系统结果为准" in out
    profile = load_profile(EXAMPLE)
    assert profile.id_number not in out and mask_id(profile.id_number) in out  # ID masked by default


def test_score_in_english_with_the_id_shown(capsys):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026", "--lang", "en", "--show-id")
    assert code == 0
    assert "229 months × 3/12 = 57.25" in out
    assert load_profile(EXAMPLE).id_number in out


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_terminal_speaks_one_language(capsys, lang):
    """No English status word in the Chinese output ("[unconfirmed]"), no Chinese section name in the English one."""
    import re

    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026", "--lang", lang)
    assert code == 0
    body = out.replace(load_profile(EXAMPLE).name, "")
    if lang == "zh":
        assert "[unconfirmed]" not in out and "[未经确认]" in out
        assert " data " not in out
    else:
        assert not re.search(r"[\u4e00-\u9fff]", body), re.findall(r"[\u4e00-\u9fff]+", body)[:5]
        assert "article not verified" in out


def test_json_output_has_every_indicator_total_and_derivation(capsys, pack2020):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2026", "--json")
    assert code == 0
    document = valid(json.loads(out))
    assert document["schema"] == "points-simulator/v1" and document["schema_version"] == 1
    data = document["evaluation"]
    expected = evaluate(load_profile(EXAMPLE), pack2020, 2026)
    assert list(data["points"]) == list(INDICATOR_IDS)
    assert {k: Decimal(v) for k, v in data["points"].items()} == expected.points
    assert all(isinstance(v, str) for v in data["points"].values())  # decimals as strings, never int or float
    assert Decimal(data["total"]) == expected.total and data["total_line"] == len(INDICATOR_IDS) + 1
    assert data["qualified"] is True
    employment = data["indicators"][0]
    assert employment["line"] == 1 and employment["inputs"][0]["ref"] == "1a"
    assert employment["steps"][0]["en"] == "229 months × 3/12 = 57.25"
    assert employment["rules"][0]["citation"]["zh"].startswith("《北京市积分落户操作管理细则》")
    assert employment["rules"][0]["place"]["en"].endswith("article not verified")
    assert [line["round"] for line in data["lines"]][:2] == ["2018", "2019"]
    assert document["input"]["file"] == EXAMPLE.name and len(document["input"]["digest"]) == 12


@pytest.mark.parametrize("city, path, year", CITIES)
def test_the_json_of_every_city_fits_the_one_schema(capsys, city, path, year):
    code, out, _ = run(capsys, "score", str(path), "--city", city, "--year", year, "--json")
    assert code == 0
    data = valid(json.loads(out))["evaluation"]
    assert data["city"] == city and data["declaration_round"] == year
    # the same keys for every city, whatever applies
    assert set(data) == set(load_schema()["$defs"]["evaluation"]["properties"])


def test_a_channel_and_a_range_fit_the_schema_too(capsys, tmp_path):
    profile = json.loads(THREE.read_text(encoding="utf-8"))
    profile["applicant"]["settlement_group"] = "introduced_talent"
    channel = tmp_path / "channel.json"
    channel.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "score", str(channel), "--city", "xiongan", "--year", "2024", "--json")
    assert code == 0 and valid(json.loads(out))["evaluation"]["channel"]["id"] == "introduced_talent"
    profile = json.loads(THREE.read_text(encoding="utf-8"))
    profile["applicant"]["honours"].append({"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou"})
    ranged = tmp_path / "ranged.json"
    ranged.write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "score", str(ranged), "--city", "hangzhou", "--year", "2023", "--json")
    data = valid(json.loads(out))["evaluation"]
    assert code == 0 and data["ranged"] and data["missing"] and data["pass_mark"]["state"] in ("reached", "depends")


@pytest.mark.parametrize(
    "args",
    [
        ("project", str(EXAMPLE), "--as-of", "2026-11-22", "--until", "2030", "--json"),
        ("whatif", str(EXAMPLE), "--as-of", "2026-11-22", "--horizon", "2", "--json"),
        ("scenarios", str(EXAMPLE), "--year", "2026", "--json"),
        ("compare", str(EXAMPLE), "--years", "2024", "2026", "--json"),
        ("compare", str(EXAMPLE), "--packs", "beijing-2018-trial", "beijing-2020", "--year", "2024", "--json"),
        ("packs", "--json"),
        ("packs", "--values", "beijing-2020", "--json"),
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_every_command_that_prints_a_result_prints_the_schema_with_json(capsys, args):
    code, out, _ = run(capsys, *args)
    assert code == 0
    document = valid(json.loads(out))
    assert document["kind"] in ("projection", "whatif", "scenarios", "comparison", "packs", "pack_values")


def test_compare_years_puts_each_value_beside_its_own_window(capsys):
    code, out, _ = run(capsys, "compare", str(EXAMPLE), "--years", "2024", "2026", "--lang", "en")
    assert code == 0
    assert "insured months counted (to 2023-12): 205 → insured months counted (to 2025-12): 229" in out


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
def test_a_bad_file_gives_one_line_naming_the_file_and_the_field_and_exit_2(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "score", str(path), "--year", "2024")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("error: bad.json: ")
    assert expected in err


def test_facts_the_rounds_checks_refuse_are_checks_failed_exit_1(capsys):
    code, out, err = run(capsys, "score", str(EXAMPLE), "--year", "2022")
    assert code == 1 and out == ""
    assert "income_tax[0].year: 2022 is after the cut-off 2021-12-31" in err and "--drop-after-cutoff" in err
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2022", "--json")
    document = valid(json.loads(out))
    assert code == 1 and document["evaluation"] is None
    assert document["problems"][0]["file"] == EXAMPLE.name and document["problems"][0]["field"] == "income_tax[0].year"
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--year", "2022", "--drop-after-cutoff", "--lang", "en")
    assert code == 0 and "Total:" in out


def test_a_year_without_rules_is_refused(capsys):
    code, _, err = run(capsys, "score", str(EXAMPLE), "--year", "2016")
    assert code == 2 and "no beijing rules apply to declaration year 2016" in err


@pytest.mark.parametrize("name", ["Beijing", "北京", "北京市", "BEIJING", "bj"])
def test_a_city_is_named_in_either_language_and_any_case(capsys, name):
    code, out, _ = run(capsys, "score", str(EXAMPLE), "--city", name, "--year", "2026", "--json")
    assert code == 0 and json.loads(out)["evaluation"]["city"] == "beijing"


def test_an_unknown_city_is_blamed_on_the_city_and_the_known_ones_are_listed(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["score", str(EXAMPLE), "--city", "atlantis", "--year", "2026"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2
    assert "--city" in err and "'atlantis'" in err and "hangzhou (杭州市)" in err and "year" not in err.split("--city")[1]


@pytest.mark.parametrize(
    "word, expected",
    [
        ("scroe", "unknown command 'scroe' (did you mean 'score'?)"),
        ("bach", "unknown command 'bach' (did you mean 'batch'?)"),
        ("nothing-here.json", "nothing-here.json: no such file"),
    ],
)
def test_a_mistyped_command_is_not_taken_for_a_file_for_the_window(capsys, word, expected):
    code, out, err = run(capsys, word)
    assert code == 2 and out == ""
    assert expected in err
    if "command" in expected:
        assert "score, packs" in err  # the commands there are


def test_without_a_display_the_window_is_refused_in_one_line(monkeypatch, capsys):
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is Linux's")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "--demo")
    assert code == 2 and "no display" in err and "score" in err


@pytest.mark.parametrize("display", [":987", "unix:986.0"])
@pytest.mark.parametrize("args", [("--demo",), (str(EXAMPLE),)], ids=["demo", "file"])
def test_a_display_named_but_not_there_is_refused_in_one_line_not_a_core_dump(monkeypatch, capsys, display, args):
    """DISPLAY set to a server that is not running: Qt would abort the process (rc 134); the program says so."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is Linux's")
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", display)
    code, out, err = run(capsys, *args)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"the display {display} is not there" in err and "score" in err


def test_the_window_is_left_to_qt_where_it_needs_no_display(monkeypatch):
    from simulator.cli.main import _no_display

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert _no_display() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert _no_display() is not None or not sys.platform.startswith("linux")


def test_a_quarterly_city_asks_for_the_round_and_counts_to_its_date(capsys):
    code, _, err = run(capsys, "score", str(THREE), "--city", "hangzhou", "--year", "2025")
    assert code == 2 and "Traceback" not in err
    assert "2025: the 2024-07 rules hold 4 rounds a year; name one (2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4)" in err
    code, out, _ = run(capsys, "score", str(THREE), "--city", "hangzhou", "--year", "2025-Q3", "--lang", "en")
    assert code == 0 and "2025-08-01" in out
    for year, problem in (
        ("2025-Q5", "expected a declaration year (2024) or a round (2025-Q3, 2024-H2)"),
        ("2101", "up to 2100"),
    ):
        with pytest.raises(SystemExit) as stopped:  # argparse's usage error
            main(["score", str(THREE), "--city", "hangzhou", "--year", year])
        assert stopped.value.code == 2 and problem in capsys.readouterr().err


def test_packs_lists_editions_with_their_data_version(capsys):
    code, out, _ = run(capsys, "packs")
    assert code == 0
    assert "beijing-2020" in out and "2020-revised" in out and "beijing-2018-trial" in out


def test_template_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "applicants.csv"
    code, _, _ = run(capsys, "template", str(target))
    assert code == 0 and target.exists()
    target.write_text("applicant_id\nfilled-in row\n", encoding="utf-8")
    code, out, err = run(capsys, "template", str(target))
    assert code == 2 and out == "" and "exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "applicant_id\nfilled-in row\n"  # untouched
    code, out, _ = run(capsys, "template", str(target), "--force", "--json")
    document = valid(json.loads(out))
    assert code == 0 and document["replaced"] is True and "filled-in row" not in target.read_text(encoding="utf-8-sig")


def test_python_dash_m_entry_point_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "score", str(EXAMPLE), "--year", "2026", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["evaluation"]["qualified"] is True


@pytest.mark.parametrize(
    "args",
    [
        ("score", str(THREE), "--city", "hangzhou", "--year", "2025-Q3", "--json"),  # ~100 kB: more than a pipe holds
        ("packs", "--values", "hangzhou-2024-quarterly"),
    ],
    ids=["score --json", "packs --values"],
)
def test_a_pipe_closed_early_ends_quietly(args):
    """`score … | head`: the reader goes away after the first bytes; no traceback, the command's own exit code."""
    process = subprocess.Popen([sys.executable, "-m", "simulator", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(100)
    process.stdout.close()  # as `head -c 100` does
    err = process.stderr.read().decode()
    code = process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    assert code == 0


def test_refusals_follow_lang_in_chinese_and_english(tmp_path, capsys):
    """Under --lang zh the refusal lines are Chinese (argparse's, the file's, the checks', a batch row's); under
    --lang en the English scripts match on."""
    from simulator.cli import main

    example = str(examples_dir() / "three-cities.json")
    cases = [
        (["score", "nofile.json", "--year", "2024"], "找不到文件", "file not found"),
        (["score", example], "缺少必需的参数：--year", "the following arguments are required: --year"),
        (["score", example, "--year", "2024", "--city", "atlantis"], "没有名为'atlantis'的城市", "no city called 'atlantis'"),
        (["score", example, "--year", "10000"], "应为申报年度", "expected a declaration year"),
        (["score", example, "--year", "2019"], "晚于2019年度申报的截止日2018-12-31", "is after the cut-off 2018-12-31"),
        (["score", example, "--year", "2025", "--city", "hangzhou"], "每年有4个批次", "rounds a year; name one"),
    ]

    def code_of(argv) -> int:
        try:
            return main(argv)
        except SystemExit as exc:  # argparse's own refusals
            return int(exc.code)

    for argv, zh, en in cases:
        assert code_of([*argv, "--lang", "zh"]) in (1, 2)
        said = capsys.readouterr().err.strip().splitlines()[-1]
        assert zh in said and "错误：" in said, said
        assert not re.search(r"\b(error|expected|cannot|the following)\b", said), said
        assert code_of([*argv, "--lang", "en"]) in (1, 2)
        assert en in capsys.readouterr().err


def test_a_batch_rows_problems_are_worded_in_chinese_under_lang_zh(tmp_path, capsys):
    from simulator import cities
    from simulator.cli import main

    header = cities.get("beijing").batch.template_headers()
    source = tmp_path / "in.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        row = {"applicant_id": "A1", "birth_date": "1986-04-02", "retirement_category": "male", "si1_start": "2012-13"}
        writer.writerow([row.get(h, "") for h in header])
    assert main(["batch", str(source), "--year", "2024", "--out", str(tmp_path / "out"), "--lang", "zh", "--quiet"]) == 1
    said = capsys.readouterr().err
    assert "第2行（A1），si1_start列" in said and "月份应为01至12" in said, said


def test_without_lang_a_refusal_follows_the_systems_language(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["score", "nofile.json", "--year", "2024"]) == 2
    assert "错误：nofile.json：找不到文件" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["score", "nofile.json", "--year", "2024"]) == 2
    assert "error: nofile.json: file not found" in capsys.readouterr().err
