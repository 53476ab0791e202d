"""Projection: the score in each coming round if nothing changes, each year's change explained; the forecast band.

The expected numbers are worked out by hand from the Beijing 2020 rules (age on Jan 1 of Y-1: 45 → 20, 46 → 16,
47 → 12, 48 → 8, 49 → 4, 50 → 0; detentions count in the 5 years Y-5..Y-1; area: 2 a full year of own home
outside the six districts, capped at 12; tax: 2 for each of Y-3..Y-1 with at least 100,000 yuan).
"""

import json
from datetime import date
from decimal import Decimal

import pytest

from simulator.engine import evaluate
from simulator.planning import coming_round, forecast_band, project
from simulator.planning.chart import projection_data
from simulator.rules import pack_for

AS_OF = date(2026, 11, 22)  # the coming round is 2027 (cut-off 2026-12-31)


def points(projection, indicator):
    return {y.year: y.evaluation.indicator(indicator).points for y in projection.years}


def change(projection, year, indicator):
    return next(c for c in projection.year(year).changes if c.id == indicator)


def test_the_first_year_is_the_first_round_whose_cutoff_is_still_ahead():
    assert coming_round("beijing", date(2026, 11, 22)) == 2027
    assert coming_round("beijing", date(2026, 12, 30)) == 2027
    assert coming_round("beijing", date(2026, 12, 31)) == 2028  # the 2027 cut-off is that very day
    assert coming_round("beijing", date(2027, 1, 1)) == 2028


def test_age_points_step_down_year_by_year(make_profile):
    # Born 1981-03-10: on 2026-01-01 aged 44, then 45, 46, 47, 48, 49, 50.
    profile = make_profile(birth_date=date(1981, 3, 10))
    projection = project(profile, "beijing", AS_OF, until_year=2033)
    assert [y.year for y in projection.years] == list(range(2027, 2034))
    age = points(projection, "age")
    assert [age[y] for y in range(2027, 2034)] == [Decimal(p) for p in (20, 20, 16, 12, 8, 4, 0)]
    step = change(projection, 2029, "age")
    assert (step.before, step.after) == (20, 16)
    # each value beside its own reference day: 45 was the age on 2027-01-01, 46 is the age on 2028-01-01
    assert any("completed age on 2027-01-01: 45 → completed age on 2028-01-01: 46" == r.text.en for r in step.reasons)
    assert any("2027-01-01的周岁年龄：45 → 2028-01-01的周岁年龄：46" == r.text.zh for r in step.reasons)
    assert not any(c.id == "age" for c in projection.year(2028).changes)  # 20 → 20: nothing to explain


def test_a_detention_leaves_the_five_year_window(make_profile):
    profile = make_profile(detentions=[{"date": "2022-06-02"}])
    projection = project(profile, "beijing", AS_OF, until_year=2029)
    law = points(projection, "law_abiding")
    assert law[2027] == -30  # window 2022–2026
    assert law[2028] == 0 and law[2029] == 0  # window 2023–2027: the detention has left it
    step = change(projection, 2028, "law_abiding")
    assert step.headline.en == "Law-abiding record: -30 → 0"
    texts = [r.text.en for r in step.reasons]
    assert "administrative detentions 2022–2026: 1 → administrative detentions 2023–2027: 0" in texts
    assert any("2022-06-02" in t and "before 2023–2027" in t for t in texts)


def test_area_blocks_grow_until_the_twelve_point_cap(make_profile):
    # Own home in Tongzhou from 2022-01, work in a central district: 2 points per full year, capped at 12.
    profile = make_profile(
        housing=[{"start": "2022-01", "kind": "own", "district": "tongzhou"}],
        workplaces=[{"start": "2010-01", "district": "haidian"}],
    )
    projection = project(profile, "beijing", AS_OF, until_year=2030)
    area = points(projection, "work_residence_area")
    # 2027: 2022-01..2026-12 = 5 blocks → 10; 2028: 6 → 12; 2029: 7 blocks would be 14 → capped at 12.
    assert [area[y] for y in (2027, 2028, 2029, 2030)] == [10, 12, 12, 12]
    grew = change(projection, 2028, "work_residence_area")
    assert "months in own home outside the six districts (from 2018-01): 60 → 72" in [r.text.en for r in grew.reasons]
    capped = projection.year(2029).evaluation.indicator("work_residence_area")
    assert any(e.kind == "cap" for e in capped.events)
    assert not any(c.id == "work_residence_area" for c in projection.year(2029).changes)


def test_the_tax_window_moves_past_the_years_entered(make_profile):
    profile = make_profile(
        income_tax=[
            {"year": 2024, "amount_yuan": "150000"},
            {"year": 2025, "amount_yuan": "150000"},
            {"year": 2026, "amount_yuan": "100000"},
        ]
    )
    projection = project(profile, "beijing", AS_OF, until_year=2030)
    tax = points(projection, "tax")
    # 2027 counts 2024-2026: 6. From 2028 the window reaches years with no tax entered: the pack reads the rules
    # as requiring tax in every year of the three (a pack value of one source, said in the derivation), so 0.
    assert [tax[y] for y in (2027, 2028, 2029, 2030)] == [6, 0, 0, 0]
    texts = [r.text.en for r in change(projection, 2028, "tax").reasons]
    assert "years counted: 2024–2026 → 2025–2027" in texts
    assert "income tax 2024 (yuan): 150,000 (no longer counted)" in texts
    events = [e.text.en for e in projection.year(2028).evaluation.indicator("tax").events]
    assert any(e.startswith("No income tax in 2027: this pack reads the rules as requiring tax") for e in events)


def test_every_year_is_the_engine_result_for_that_year(make_profile):
    profile = make_profile(birth_date=date(1983, 7, 1), detentions=[{"date": "2023-01-05"}])
    projection = project(profile, "beijing", AS_OF, until_year=2032)
    for item in projection.years:
        expected = evaluate(profile, pack_for("beijing", item.year), item.year)
        assert item.total == expected.total
        assert item.evaluation.points == expected.points
    for before, after in zip(projection.years, projection.years[1:]):
        assert sum((c.delta for c in after.changes), Decimal(0)) == after.total - before.total


def test_the_projection_ends_when_the_retirement_age_is_reached(make_profile):
    # A man born 1968-01-15 retires at 60 plus 10 months (2024 reform: one month per 4 months of birth after
    # 1965-01): on 2028-11-15. The 2029 round's cut-off (2028-12-31) is after that.
    profile = make_profile(birth_date=date(1968, 1, 15))
    projection = project(profile, "beijing", AS_OF)
    assert projection.retirement_on == date(2028, 11, 15)
    assert [y.year for y in projection.years] == [2027, 2028]
    assert "2029" in projection.end_reason.en and "2028-11-15" in projection.end_reason.en


def test_a_qualification_reached_later_is_explained(make_profile):
    # Insured since 2021-03: 70 continuous months at the 2027 cut-off, 82 at 2028's, 94 at 2029's.
    profile = make_profile(social_insurance=[{"start": "2021-03"}])
    projection = project(profile, "beijing", AS_OF, until_year=2029)
    assert [y.qualified for y in projection.years] == [False, False, True]
    (reached,) = projection.year(2029).qualification_changes
    assert reached.id == "continuous_insurance" and reached.after is True


def test_forecast_band_rests_on_the_published_lines_only():
    band = forecast_band("beijing", [2027, 2030])
    # Published lines 2018–2023: 90.75, 93.58, 97.13, 100.88, 105.42, 109.92; changes 2.83, 3.55, 3.75, 4.54, 4.50.
    assert band.data_points == 5
    assert [line.round for line in band.based_on] == ["2018", "2019", "2020", "2021", "2022", "2023"]  # not the unconfirmed
    b2027 = band.at(2027)
    # four years on from 2023: 109.92 + 4 x 2.83, + 4 x 3.834 (the mean), + 4 x 4.54
    assert (b2027.low, b2027.central, b2027.high) == (Decimal("121.24"), Decimal("125.26"), Decimal("128.08"))
    assert band.at(2030).high - band.at(2030).low > b2027.high - b2027.low  # wider further out
    assert "estimate" in band.note.en and "5 data points" in band.note.en
    assert band.label.zh == "估计"


def test_no_band_without_two_published_yearly_lines():
    assert forecast_band("xiongan", [2027]) is None


def test_chart_data_is_plain_json_for_any_renderer(make_profile):
    profile = make_profile(birth_date=date(1981, 3, 10))
    projection = project(profile, "beijing", AS_OF, until_year=2030)
    data = json.loads(json.dumps(projection_data(projection)))
    assert [y["year"] for y in data["years"]] == [2027, 2028, 2029, 2030]
    assert data["years"][2]["total"] == pytest.approx(float(projection.year(2029).total))
    age = next(c for c in data["years"][2]["changes"] if c["id"] == "age")
    assert (age["before"], age["after"]) == (20, 16)
    assert data["band"]["label"]["en"] == "estimate"
    assert {p["status"] for p in data["past_lines"]} >= {"published", "unconfirmed"}


def test_command_line_projection(capsys, tmp_path):
    from simulator.cli import main
    from simulator.paths import examples_dir

    example = str(examples_dir() / "in-service-master.json")
    assert main(["project", example, "--as-of", "2026-11-22", "--until", "2030", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "2027" in out and "2030" in out and "2031" not in out.split("Projected up to")[0]
    assert "Age: 12 → 8" in out
    assert "[estimate]" in out and "5 data points" in out
    assert main(["project", example, "--as-of", "2026-11-22", "--until", "2028", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "projection" and [y["round"] for y in data["rounds"]] == ["2027", "2028"]
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "points-simulator/applicant", "version": 1, "applicant": {"birth_date": "1985-13-01"}}', encoding="utf-8"
    )
    assert main(["project", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "applicant.birth_date" in err
    with pytest.raises(SystemExit) as stopped:
        main(["project", example, "--as-of", "2026-02-30"])
    assert stopped.value.code == 2
    assert "argument --as-of: expected a date written as YYYY-MM-DD, got '2026-02-30'" in capsys.readouterr().err


def test_a_projection_shows_each_years_range_where_values_are_not_known(capsys, tmp_path):
    """Hangzhou's honour caps and validity are not known: from the coming quarter on, each year is a range, and its
    highest is not mistaken for a projected total."""
    from simulator.cli import main
    from simulator.paths import examples_dir
    from simulator.profile import load_profile, save_profile

    example = load_profile(examples_dir() / "three-cities.json")
    data = example.model_dump(mode="json")
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2026, "city": "hangzhou"}]
    profile = type(example).model_validate(data)
    projection = project(profile, "hangzhou", AS_OF, until_year=2029)
    first = projection.years[0]
    assert str(first.year) == "2027-Q1" and first.evaluation.ranged
    data = projection_data(projection)
    assert data["years"][0]["round"] == "2027-Q1"
    assert data["years"][0]["total_high"] == pytest.approx(data["years"][0]["total_low"] + 30)
    path = tmp_path / "p.json"
    save_profile(profile, path)
    assert main(["project", str(path), "--city", "hangzhou", "--as-of", "2026-11-22", "--until", "2029", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    low, high = data["years"][0]["total_low"], data["years"][0]["total_high"]
    assert "2027-Q1" in out and f"{low:g}–{high:g}" in out
