"""Applicant files: round trip, versions, and a clear message naming the field for every kind of bad file."""

import json

import pytest

from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import ProfileFileError, dump_profile, load_profile, save_profile
from simulator.profile.checks import check_for_year

EXAMPLES = sorted(examples_dir().glob("*.json"))


def write(tmp_path, data, name="applicant.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def wrapped(applicant, version=1):
    return {"format": "points-simulator/applicant", "version": version, "applicant": applicant}


MINIMAL = {"birth_date": "1985-06-15", "retirement_category": "male", "social_insurance": [{"start": "2010-01"}]}


def problems_of(tmp_path, data):
    with pytest.raises(ProfileFileError) as caught:
        load_profile(write(tmp_path, data))
    return caught.value.problems


def test_there_is_an_example_for_each_typical_case_and_each_scores(pack2020):
    assert {p.stem for p in EXAMPLES} >= {"rental-bachelor", "own-home-outside-centre", "in-service-master", "short-insurance"}
    for path in EXAMPLES:
        result = evaluate(load_profile(path), pack2020, 2026)
        assert result.total > 0, path.name


def test_save_and_load_round_trip_keeps_every_fact(tmp_path):
    for path in EXAMPLES:
        profile = load_profile(path)
        save_profile(profile, tmp_path / path.name)
        assert load_profile(tmp_path / path.name) == profile
        assert dump_profile(load_profile(tmp_path / path.name)) == path.read_text(encoding="utf-8")


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    profile = load_profile(EXAMPLES[0])
    target = tmp_path / "a.json"
    save_profile(profile, target)
    save_profile(profile, target)
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_malformed_json_names_line_and_column(tmp_path):
    (problem,) = problems_of(tmp_path, '{"format": "points-simulator/applicant",\n "version": 1,, }')
    assert problem.startswith("not valid JSON at line 2, column")


def test_not_an_applicant_file(tmp_path):
    assert problems_of(tmp_path, {"hello": 1}) == [
        "format: not a Points Simulator applicant file (expected 'points-simulator/applicant')"
    ]
    assert problems_of(tmp_path, [1, 2]) == ["the file must hold a JSON object"]


def test_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    (problem,) = problems_of(tmp_path, wrapped(MINIMAL, version=7))
    assert problem.startswith("version: the file is format version 7, written by a newer Points Simulator")
    assert "reads up to version 1" in problem
    (problem,) = problems_of(tmp_path, wrapped(MINIMAL, version="1"))
    assert problem.startswith("version: expected a whole number")


def test_wrong_types_name_the_field(tmp_path):
    bad = {**MINIMAL, "birth_date": "15/06/1985", "income_tax": [{"year": 2023, "amount_yuan": "lots"}]}
    problems = problems_of(tmp_path, wrapped(bad))
    assert any(p.startswith("applicant.birth_date:") for p in problems)
    assert any(p.startswith("applicant.income_tax[0].amount_yuan:") for p in problems)


def test_a_month_must_be_written_yyyy_mm(tmp_path):
    bad = {**MINIMAL, "social_insurance": [{"start": "2010-13"}]}
    (problem,) = problems_of(tmp_path, wrapped(bad))
    assert problem.startswith("applicant.social_insurance[0].start:")
    assert "month must be 01 to 12" in problem


def test_end_before_start_names_the_period(tmp_path):
    bad = {**MINIMAL, "housing": [{"start": "2019-05", "end": "2019-01", "kind": "rented", "district": "haidian"}]}
    (problem,) = problems_of(tmp_path, wrapped(bad))
    assert problem == "applicant.housing[0]: end 2019-01 is before start 2019-05"


def test_overlapping_housing_periods_are_refused(tmp_path):
    bad = {
        **MINIMAL,
        "housing": [
            {"start": "2015-01", "end": "2019-03", "kind": "rented", "district": "haidian"},
            {"start": "2019-03", "kind": "own", "district": "tongzhou"},
        ],
    }
    (problem,) = problems_of(tmp_path, wrapped(bad))
    assert problem.startswith("applicant.housing: housing[1] (2019-03 – …) overlaps housing[0] (2015-01 – 2019-03) from 2019-03")


@pytest.mark.parametrize("tax_list", ["income_tax", "investment_tax"])
def test_a_tax_year_given_twice_for_one_city_is_refused_naming_both_entries(tmp_path, tax_list):
    years = [{"year": 2020, "amount_yuan": "100000"}, {"year": 2021, "amount_yuan": "1"}, {"year": 2020, "amount_yuan": "5"}]
    (problem,) = problems_of(tmp_path, wrapped({**MINIMAL, tax_list: years}))
    assert problem == f"applicant.{tax_list}: {tax_list}[2]: year 2020 is already given at {tax_list}[0]"
    other_city = [years[0], {**years[2], "city": "hangzhou"}]  # the same year in another city is another entry
    assert len(getattr(load_profile(write(tmp_path, wrapped({**MINIMAL, tax_list: other_city}))), tax_list)) == 2


def test_an_overlap_is_found_wherever_it_is_in_a_long_list(tmp_path):
    """Sorted, not compared pair by pair: the overlap of the first and the last of 600 periods is still found."""
    periods = [{"start": f"{1950 + i // 12}-{i % 12 + 1:02d}", "end": f"{1950 + i // 12}-{i % 12 + 1:02d}"} for i in range(599)]
    periods.insert(0, {"start": "1999-11", "end": "1999-11"})  # the same month as the last
    (problem,) = problems_of(tmp_path, wrapped({**MINIMAL, "social_insurance": periods}))
    assert "social_insurance[599] (1999-11 – 1999-11) overlaps social_insurance[0] (1999-11 – 1999-11)" in problem


@pytest.mark.parametrize(
    "change, field, words",
    [
        ({"social_insurance": [{"start": -1000000000000}]}, "social_insurance[0].start", "between 1900 and 2200"),
        ({"social_insurance": [{"start": 24000, "end": 30000}]}, "social_insurance[0].end", "between 1900 and 2200"),
        ({"income_tax": [{"year": 2020, "amount_yuan": "1e28"}]}, "income_tax[0].amount_yuan", "less than or equal"),
        ({"charity_donations": [{"date": "2020-01-01", "yuan": "99999999999"}]}, "charity_donations[0].yuan", "less than"),
        ({"city_facts": {"hangzhou": {"zhejiang_pension_months": 10**12}}}, "city_facts", "less than or equal to 600"),
        # years or months of a working life: no more than anyone has (10,000 years once scored 40,000 points)
        ({"city_facts": {"shanghai": {"public_service_years": 51}}}, "city_facts", "less than or equal to 50"),
        ({"city_facts": {"tianjin": {"housing_fund_months": 601}}}, "city_facts", "less than or equal to 600"),
        ({"name": "名" * 101}, "name", "at most 100 characters"),
        ({"notes": "x" * 10_001}, "notes", "at most 10000 characters"),
        ({"workplaces": [{"start": "2010-01", "employer": "x" * 3000}]}, "workplaces[0].employer", "at most 500"),
        ({"name": "\ud800"}, "name", "lone surrogate"),
        ({"workplaces": [{"start": "2010-01", "employer": "A\udc80"}]}, "workplaces[0].employer", "lone surrogate"),
        ({"supplied_values": [{"pack": "p", "path": "x", "value": "\ud800"}]}, "supplied_values[0].value", "lone surrogate"),
        (
            {"supplied_values": [{"pack": "p", "path": "x", "value": {"45": ["a\ud800"]}}]},
            "supplied_values[0].value",
            "lone surrogate",
        ),
        (
            {"declaration": {"city": "beijing", "edition": "e", "round": 2026, "total": "\ud800"}},
            "declaration.total",
            "lone surrogate",
        ),
        ({"housing": [{"start": "2010-01", "end": "2010-01", "kind": "own"}] * 601}, "applicant", "at most 600"),
    ],
)
def test_values_no_real_applicant_has_are_refused_naming_the_field(tmp_path, change, field, words):
    """A crafted file once scored 250 trillion points (a month written as a bare number) and could not be reopened."""
    text = json.dumps(wrapped({**MINIMAL, **change}))  # ensure_ascii: a lone surrogate is written as \\ud800
    problems = problems_of(tmp_path, text)
    assert any(p.startswith(f"applicant.{field}".removesuffix(".applicant")) and words in p for p in problems), problems


def test_a_key_written_twice_is_refused_not_silently_the_last(tmp_path):
    text = json.dumps(wrapped(MINIMAL)).replace(
        '"birth_date": "1985-06-15"', '"birth_date": "1985-06-15", "birth_date": "1990-01-01"'
    )
    assert problems_of(tmp_path, text) == ["the key 'birth_date' is written twice: keep one of them"]


def test_a_file_of_megabytes_is_refused_before_it_is_read(tmp_path):
    text = json.dumps(wrapped({**MINIMAL, "notes": "x" * 5_000_000}))
    assert problems_of(tmp_path, text) == ["the file is larger than 4 MB: not an applicant file"]


def test_unknown_fields_are_refused_rather_than_silently_ignored(tmp_path):
    (problem,) = problems_of(tmp_path, wrapped({**MINIMAL, "birthday": "1985-06-15"}))
    assert problem.startswith("applicant.birthday:")


def test_dates_after_the_cutoff_are_reported_by_field(pack2020):
    profile = load_profile(examples_dir() / "own-home-outside-centre.json")
    problems = check_for_year(profile, pack2020, 2022)  # cut-off 2021-12-31
    fields = {p.field for p in problems}
    assert "income_tax[0].year" in fields and "income_tax[2].year" in fields
    assert all(p.kind == "after_cutoff" for p in problems)
    assert "after the cut-off 2021-12-31 for declaration year 2022" in problems[0].message


def test_districts_and_kinds_the_rules_do_not_know_are_reported(make_profile, pack2020):
    profile = make_profile(
        housing=[{"start": "2015-01", "kind": "own", "district": "pudong"}],
        honours=[{"kind": "nobel"}],
        innovation={"kind": "award", "tier_points": "7"},
    )
    problems = {p.field: p.message for p in check_for_year(profile, pack2020, 2024)}
    assert problems["housing[0].district"].startswith("'pudong' is not a district of beijing")
    assert problems["honours[0].kind"].startswith("'nobel' is not an honour")
    assert problems["innovation.tier_points"].startswith("7 is not a tier of 'award'")
