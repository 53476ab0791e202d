"""User-supplied rule values: an override fills a value not found (or replaces a known one), changes the total,
and is labelled user-supplied; a bad override file is refused naming the entry and the path."""

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from simulator.cli.main import main
from simulator.engine import evaluate
from simulator.engine.serialize import evaluation_to_dict
from simulator.profile import save_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack
from simulator.rules.overrides import (
    OverrideError,
    Overrides,
    OverrideValue,
    load_overrides,
    save_overrides,
)


@pytest.fixture(scope="module")
def xa():
    return load_pack("xiongan-2021-trial")


@pytest.fixture(scope="module")
def honoured():
    return ApplicantProfile.model_validate(
        dict(
            birth_date="1985-06-15",
            retirement_category="male",
            residence_permits=[{"city": "xiongan"}],
            social_insurance=[{"start": "2019-01", "city": "xiongan"}],
            honours=[{"kind": "model_worker", "year": 2022}],
        )
    )


def write(tmp_path: Path, text: str, name: str = "values.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEADER = 'format = "points-simulator/overrides"\nformat_version = 1\npack = "xiongan-2021-trial"\n'


def refused(tmp_path, text, pack) -> list[str]:
    with pytest.raises(OverrideError) as caught:
        load_overrides(write(tmp_path, text), pack)
    return caught.value.problems


def test_an_override_file_fills_a_value_not_found_and_is_labelled(tmp_path, xa, honoured):
    path = write(
        tmp_path, HEADER + '\n[[values]]\npath = "bonus.honours.points"\nvalue = "6"\nnote = "Official table 2023, item 2.1"\n'
    )
    overrides = load_overrides(path, xa)
    before = evaluate(honoured, xa, 2024)
    after = evaluate(honoured, xa, 2024, overrides=overrides)
    assert before.provisional and [m.path for m in before.missing] == ["bonus.honours.points"]
    assert not after.provisional
    assert after.total == before.total + D(6)
    (supplied,) = after.user_supplied
    assert (supplied.path, supplied.value, supplied.note, supplied.replaced) == (
        "bonus.honours.points",
        "6",
        "Official table 2023, item 2.1",
        None,
    )
    assert supplied.label.en == "honours bonus (by the official table)"
    rule = after.indicator("honours").rules[0]
    assert (rule.confidence, rule.citation.en, rule.note) == (
        "user-supplied",
        "User-supplied value",
        "Official table 2023, item 2.1",
    )
    assert any(
        e.text.en == "Uses a user-supplied value: honours bonus (by the official table) = 6"
        for e in after.indicator("honours").events
    )
    assert after.pack_hash != before.pack_hash and after.pack_hash.startswith(before.pack_hash + "+")
    data = evaluation_to_dict(after)
    assert data["user_supplied"][0]["path"] == "bonus.honours.points" and data["provisional"] is False


def test_the_pack_itself_is_not_changed(xa, honoured):
    evaluate(honoured, xa, 2024, overrides={"bonus.honours.points": "6"})
    assert xa.value_at("bonus.honours.points").value is None
    assert evaluate(honoured, xa, 2024).provisional


def test_replacing_a_known_value_says_what_it_replaced(pack2020, make_profile):
    profile = make_profile()
    before = evaluate(profile, pack2020, 2024)
    after = evaluate(profile, pack2020, 2024, overrides={"employment.points_per_year": "4"})
    # 168 insured months (2010-01..2023-12): 42 points at 3 a year, 56 at 4
    assert before.indicator("employment").points == D(42) and after.indicator("employment").points == D(56)
    assert after.total - before.total == D(14)
    (supplied,) = after.user_supplied
    assert supplied.replaced == "3"
    assert any("(instead of the pack's 3)" in e.text.en for e in after.indicator("employment").events)


def test_a_supplied_value_is_noted_once_in_each_result_and_never_in_others(pack2020, make_profile):
    # Indicators that come out the same for many applicants are built once and shared between results: the note
    # on a supplied value must go to that one result, not to the shared indicator.
    profile = make_profile()

    def notes(result) -> list[str]:
        return [e.text.en for e in result.indicator("honours").events if "user-supplied" in e.text.en]

    first = evaluate(profile, pack2020, 2024, overrides={"honours.points": "5"})
    second = evaluate(profile, pack2020, 2024, overrides={"honours.points": "5"})
    plain = evaluate(profile, pack2020, 2024)
    assert len(notes(first)) == 1 and len(notes(second)) == 1
    assert notes(plain) == []


def test_save_and_load_round_trip(tmp_path, xa):
    overrides = Overrides(
        "xiongan-2021-trial",
        (OverrideValue("bonus.tax.points", D("2.5"), "table, row 4"), OverrideValue("deduction.records.points", D(-5))),
    )
    save_overrides(overrides, tmp_path / "o.toml")
    assert load_overrides(tmp_path / "o.toml", xa) == overrides
    assert [p.name for p in tmp_path.iterdir()] == ["o.toml"]


def test_an_unknown_path_names_the_entry_and_suggests_the_right_one(tmp_path, xa):
    problems = refused(tmp_path, HEADER + '[[values]]\npath = "bonus.honours.pointz"\nvalue = "6"\n', xa)
    assert problems == [
        "values[0].path: 'bonus.honours.pointz' is not a value of rule pack 'xiongan-2021-trial' (did you mean bonus.honours.points?)"
    ]


def test_a_value_of_the_wrong_type_names_the_path(tmp_path, xa):
    (problem,) = refused(tmp_path, HEADER + '[[values]]\npath = "bonus.honours.points"\nvalue = "six"\n', xa)
    assert problem.startswith("values[0].value (bonus.honours.points): ")


def test_the_packs_own_checks_apply(tmp_path, xa):
    problems = refused(tmp_path, HEADER + '[[values]]\npath = "deduction.records.points"\nvalue = "5"\n', xa)
    assert problems == ["values[0] (deduction.records.points): a deduction must be zero or negative"]
    problems = refused(tmp_path, HEADER + '[[values]]\npath = "bonus.tax.points"\nvalue = "1.005"\n', xa)
    assert problems == ["values[0] (bonus.tax.points): points and amounts are whole cents (at most 2 decimal places)"]


def test_a_file_for_another_pack_or_malformed_is_refused(tmp_path, xa):
    assert refused(tmp_path, HEADER.replace("xiongan-2021-trial", "hangzhou-2023"), xa) == [
        "pack: the values are for rule pack 'hangzhou-2023', not 'xiongan-2021-trial'"
    ]
    assert refused(tmp_path, HEADER + '[[values]]\npath = "bonus.tax.points"\nvalue = "1"\nsource = "me"\n', xa) == [
        "values[0].source: not a field of an override entry (path, value, note)"
    ]
    assert refused(tmp_path, HEADER + '[[values]]\npath = "bonus.tax.points"\n', xa) == [
        "values[0].value: missing (bonus.tax.points)"
    ]
    twice = HEADER + '[[values]]\npath = "bonus.tax.points"\nvalue = "1"\n[[values]]\npath = "bonus.tax.points"\nvalue = "2"\n'
    assert refused(tmp_path, twice, xa) == ["values[1].path: 'bonus.tax.points' is already given at values[0]"]
    assert refused(tmp_path, "format = 'x'", xa)[0].startswith("format: not a Points Simulator override file")
    assert refused(tmp_path, "[broken", xa)[0].startswith("not valid TOML")


def test_a_mapping_given_in_the_program_is_checked_like_a_file(xa, honoured):
    with pytest.raises(OverrideError) as caught:
        evaluate(honoured, xa, 2024, overrides={"bonus.nothing": "1"})
    assert caught.value.problems[0].startswith("values[0].path: 'bonus.nothing' is not a value")


def test_cli_score_with_overrides(tmp_path, honoured, capsys):
    profile = tmp_path / "p.json"
    save_profile(honoured, profile)
    values = write(tmp_path, HEADER + '[[values]]\npath = "bonus.honours.points"\nvalue = "6"\nnote = "official table"\n')
    assert main(["score", str(profile), "--year", "2024", "--city", "xiongan", "--overrides", str(values), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    data = data["evaluation"]
    assert data["points"]["honours"] == "6" and data["user_supplied"][0]["note"] == "official table"
    assert main(["score", str(profile), "--year", "2024", "--city", "xiongan", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Provisional total" in out and "rule value bonus.honours.points, which --overrides takes" in out
    bad = write(tmp_path, HEADER + '[[values]]\npath = "bonus.honours.points"\nvalue = "six"\n', "bad.toml")
    assert main(["score", str(profile), "--year", "2024", "--city", "xiongan", "--overrides", str(bad)]) == 2
    assert "values[0].value (bonus.honours.points)" in capsys.readouterr().err
