"""What-if suggestions (never more than the engine gives for the changed profile) and saved scenarios."""

from datetime import date
from decimal import Decimal

import pytest

from simulator.core.months import format_month
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.planning import ScenarioError, apply_scenario, score_scenarios, suggest
from simulator.profile import ProfileFileError, dump_profile, load_profile, save_profile
from simulator.profile.files import parse_profile
from simulator.profile.model import ApplicantProfile, Scenario
from simulator.rules import pack_for

AS_OF = date(2026, 11, 22)


def renter(make_profile, **changes):
    base = dict(
        housing=[{"start": "2010-01", "kind": "rented", "district": "haidian", "lease_registered": True}],
        workplaces=[{"start": "2010-01", "district": "haidian"}],
    )
    base.update(changes)
    return make_profile(**base)


def engine_gain(profile, changed, year):
    pack = pack_for("beijing", year)
    return evaluate(changed, pack, year).total - evaluate(profile, pack, year).total


PROFILES = {
    "renter": lambda mk: renter(mk),
    "unregistered renter": lambda mk: renter(mk, housing=[{"start": "2015-01", "kind": "rented", "district": "chaoyang"}]),
    "diploma only": lambda mk: renter(mk, education={"level": "master", "degree": False}),
    "dormitory, age 44": lambda mk: mk(
        birth_date=date(1982, 2, 2), housing=[{"start": "2010-01", "kind": "dormitory", "district": "daxing"}]
    ),
    "own home outside, works inside": lambda mk: mk(
        housing=[{"start": "2024-05", "kind": "own", "district": "shunyi"}],
        workplaces=[{"start": "2010-01", "district": "xicheng"}],
    ),
}


@pytest.mark.parametrize("name", [*PROFILES, *(p.name for p in examples_dir().glob("*.json"))])
def test_every_suggestion_gains_exactly_what_the_engine_gives(name, make_profile):
    profile = PROFILES[name](make_profile) if name in PROFILES else load_profile(examples_dir() / name)
    found = suggest(profile, "beijing", AS_OF)
    assert found, "each of these applicants has something that would raise the score"
    for s in found:
        assert s.gained > 0
        assert s.gained == engine_gain(profile, s.profile, s.earliest_year)
        for later in s.later:
            assert later.gained == engine_gain(profile, s.profile, later.year)
        base = evaluate(profile, pack_for("beijing", s.earliest_year), s.earliest_year)
        new = evaluate(s.profile, pack_for("beijing", s.earliest_year), s.earliest_year)
        assert s.by_indicator == {
            a.id: a.points - b.points for a, b in zip(new.indicators, base.indicators) if a.points != b.points
        }
        assert sum(s.by_indicator.values()) == s.gained
    gains = [s.gained for s in found]
    assert gains == sorted(gains, reverse=True)


def test_an_own_home_outside_counts_once_a_full_year_is_complete(make_profile):
    found = {s.id: s for s in suggest(renter(make_profile), "beijing", AS_OF)}
    home = found["own_home_outside"]
    # Own home from 2026-12: the first full 12 months end 2027-11, inside the 2028 round's counting (to 2027-12).
    assert home.earliest_year == 2028
    assert home.by_indicator["work_residence_area"] == 2
    assert home.by_indicator["residence"] > 0  # own home 1 a year instead of a rental's 0.5
    assert "2026-12" in home.description.en and "2026-12" in home.description.zh
    both = found["own_home_and_work_outside"]
    assert both.by_indicator["work_residence_area"] == 3
    assert both.gained > home.gained
    assert [g.year for g in home.later][:3] == [2028, 2029, 2030]
    assert home.later[1].gained > home.later[0].gained  # a block more each year


def test_tax_suggestion_counts_from_the_round_after_the_first_taxed_year(make_profile):
    tax = next(s for s in suggest(renter(make_profile), "beijing", AS_OF) if s.id == "tax")
    # tax years 2027–2029; the renter paid none in 2025 and 2026, and the pack reads the rules as requiring tax in
    # every year of the window: the 2028 and 2029 rounds (counting 2025–2027, 2026–2028) give nothing, 2030 all 6
    assert tax.earliest_year == 2030
    assert [(g.year, g.gained) for g in tax.later[:1]] == [(2030, 6)]
    assert "2027–2029" in tax.description.en


def test_completing_the_degree(make_profile):
    found = {s.id: s for s in suggest(renter(make_profile, education={"level": "master", "degree": False}), "beijing", AS_OF)}
    degree = found["complete_education"]
    assert degree.earliest_year == 2027
    assert degree.by_indicator == {"education": Decimal(11)}  # master 26 instead of one level lower, 15
    assert degree.description.en.startswith("Obtain the missing degree")


def test_registering_the_lease_counts_only_from_next_month(make_profile):
    profile = renter(make_profile, housing=[{"start": "2015-01", "kind": "rented", "district": "chaoyang"}])
    lease = next(s for s in suggest(profile, "beijing", AS_OF) if s.id == "register_lease")
    assert lease.earliest_year == 2027
    months = lease.profile.housing
    assert [(m.start, m.end, m.lease_registered) for m in months] == [
        (months[0].start, months[1].start - 1, False),  # the months already lived stay unregistered
        (months[1].start, None, True),
    ]
    assert lease.later[0].gained < lease.later[1].gained


def test_suggestions_that_gain_nothing_are_left_out(make_profile):
    # Own home and work outside the six districts since 2018: the area indicator is already at its cap.
    profile = make_profile(
        housing=[{"start": "2016-01", "kind": "own", "district": "tongzhou"}],
        workplaces=[{"start": "2016-01", "district": "tongzhou"}],
        education={"level": "doctor"},
    )
    ids = {s.id for s in suggest(profile, "beijing", AS_OF)}
    assert ids == {"tax"}


# ---------------------------------------------------------------- scenarios


MOVE = {"name": "buy in Tongzhou", "add": {"housing": [{"start": "2027-01", "kind": "own", "district": "tongzhou"}]}}
DEGREE = {"name": "finish the degree", "replace": {"education": {"level": "master"}}}


def test_scenarios_round_trip_through_the_applicant_file(tmp_path, make_profile):
    profile = renter(make_profile, education={"level": "master", "degree": False}, scenarios=[MOVE, DEGREE])
    path = tmp_path / "with-scenarios.json"
    save_profile(profile, path)
    loaded = load_profile(path)
    assert loaded == profile
    assert [s.name for s in loaded.scenarios] == ["buy in Tongzhou", "finish the degree"]
    assert loaded.scenarios[0].add["housing"][0]["start"] == "2027-01"


def test_a_file_without_scenarios_still_loads():
    data = {
        "format": "points-simulator/applicant",
        "version": 1,
        "applicant": {"birth_date": "1985-01-01", "retirement_category": "male"},
    }
    assert parse_profile(data).scenarios == []


def test_a_bad_scenario_is_refused_naming_the_field(make_profile):
    data = {
        "format": "points-simulator/applicant",
        "version": 1,
        "applicant": {
            "birth_date": "1985-01-01",
            "retirement_category": "male",
            "scenarios": [{"name": "typo", "add": {"housing": [{"start": "2027-13", "kind": "own", "district": "tongzhou"}]}}],
        },
    }
    with pytest.raises(ProfileFileError) as caught:
        parse_profile(data)
    assert caught.value.problems == ["applicant.scenarios[0].add: housing[0].start: month must be 01 to 12, got '2027-13'"]
    with pytest.raises(ProfileFileError) as caught:
        parse_profile(
            {**data, "applicant": {**data["applicant"], "scenarios": [{"name": "x", "replace": {"birth_date": "1990-01-01"}}]}}
        )
    assert "applicant.scenarios[0].replace: 'birth_date' cannot be changed by a scenario" in caught.value.problems[0]


def test_an_added_home_ends_the_ongoing_one(make_profile):
    profile = renter(make_profile)
    moved = apply_scenario(profile, Scenario.model_validate(MOVE))
    assert [(h.kind, h.district) for h in moved.housing] == [("rented", "haidian"), ("own", "tongzhou")]
    assert moved.housing[0].end == moved.housing[1].start - 1
    assert profile.housing[0].end is None  # the facts themselves are untouched


def test_an_added_period_inside_a_longer_one_is_refused_not_a_silent_cut(make_profile):
    """Adding a year of own home inside an eight-year rental once cut the rental short at the added start: 67
    months gone, nothing said. The overlap is refused instead, naming both periods."""
    profile = make_profile(housing=[{"start": "2012-07", "end": "2020-07", "kind": "rented", "district": "haidian"}])
    inside = Scenario.model_validate(
        {
            "name": "a year in Tongzhou",
            "add": {"housing": [{"start": "2015-01", "end": "2015-12", "kind": "own", "district": "tongzhou"}]},
        }
    )
    with pytest.raises(ScenarioError) as refused:
        apply_scenario(profile, inside)
    assert "overlaps" in " ".join(refused.value.problems) and "2012-07" in " ".join(refused.value.problems)
    after = Scenario.model_validate(
        {
            "name": "then Tongzhou",
            "add": {"housing": [{"start": "2020-01", "end": "2022-12", "kind": "own", "district": "tongzhou"}]},
        }
    )
    moved = apply_scenario(profile, after)  # a period reaching past the rental's end still ends it where it starts
    assert [(format_month(h.start), format_month(h.end)) for h in moved.housing] == [
        ("2012-07", "2019-12"),
        ("2020-01", "2022-12"),
    ]


def test_scenarios_side_by_side_are_the_engine_results(make_profile):
    broken = {
        "name": "overlap",
        "add": {"housing": [{"start": "2005-01", "end": "2012-01", "kind": "own", "district": "daxing"}]},
    }
    profile = renter(make_profile, education={"level": "master", "degree": False}, scenarios=[MOVE, broken, DEGREE])
    pack = pack_for("beijing", 2029)
    results = score_scenarios(profile, pack, 2029)
    assert [r.name for r in results] == ["as filed", "buy in Tongzhou", "overlap", "finish the degree"]
    assert results[0].total == evaluate(profile, pack, 2029).total
    move = results[1]
    assert move.total == evaluate(apply_scenario(profile, profile.scenarios[0]), pack, 2029).total
    assert {c.id for c in move.changes} == {"residence", "work_residence_area"}
    assert results[2].evaluation is None and "overlaps" in results[2].problems[0]  # reported; the others still scored
    assert results[3].total - results[0].total == 11
    with pytest.raises(ScenarioError):
        apply_scenario(profile, profile.scenarios[1])


def test_dumped_file_lists_scenarios(make_profile):
    text = dump_profile(renter(make_profile, scenarios=[DEGREE]))
    assert '"scenarios": [' in text and '"finish the degree"' in text
    assert (
        ApplicantProfile.model_validate(renter(make_profile, scenarios=[DEGREE]).model_dump(mode="json")).scenarios[0].name
        == "finish the degree"
    )


def test_command_line_whatif_and_scenarios(capsys, tmp_path, make_profile):
    import json

    from simulator.cli import main

    path = tmp_path / "applicant.json"
    save_profile(renter(make_profile, education={"level": "master", "degree": False}, scenarios=[MOVE, DEGREE]), path)
    assert main(["whatif", str(path), "--as-of", "2026-11-22", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2].startswith("1. +11  from 2027: Obtain the missing degree")
    assert main(["whatif", str(path), "--as-of", "2026-11-22", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["suggestions"][0]
    assert first["id"] == "complete_education" and first["gained"] == "11"
    assert main(["scenarios", str(path), "--year", "2029", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "buy in Tongzhou" in out and "finish the degree" in out and "(+11)" in out


# ---- Xiong'an and Hangzhou -----------------------------------------------------------------------------------


def hangzhou_newcomer():
    """Living in Hangzhou on an unregistered lease, not registered with the police, no donations or volunteering."""
    person = load_profile(examples_dir() / "three-cities.json")
    return person.model_copy(
        update={
            "residence_registrations": [],
            "blood_donations": [],
            "volunteering": [],
            "housing": [h.model_copy(update={"lease_registered": False}) for h in person.housing],
        }
    )


def test_hangzhou_suggestions_gain_exactly_what_the_engine_gives():
    person = hangzhou_newcomer()
    as_of = date(2021, 6, 1)  # the coming rounds are scored under the revised rules, whose values are known
    found = {s.id: s for s in suggest(person, "hangzhou", as_of)}
    assert {"register_lease", "register_residence", "donate_blood", "volunteer"} <= set(found)
    for suggestion in found.values():
        for gain in suggestion.later:
            pack = pack_for("hangzhou", gain.year)
            before = evaluate(person, pack, gain.year).total
            after = evaluate(suggestion.profile, pack, gain.year).total
            assert gain.gained == after - before
    lease = found["register_lease"]
    assert set(lease.by_indicator) == {"rental"}  # registering the lease changes the rental points only
    assert [h.lease_registered for h in lease.profile.housing if h.city == "hangzhou"] == [False, True]


def test_quarterly_suggestions_are_measured_in_the_same_quarter_of_each_year():
    # from 2026-11-22 the coming Hangzhou round is 2027-Q1 (counted to 2027-02-01); later years: their Q1 rounds
    found = {s.id: s for s in suggest(hangzhou_newcomer(), "hangzhou", AS_OF)}
    assert {"register_lease", "register_residence", "donate_blood", "volunteer"} <= set(found)
    for suggestion in found.values():
        assert all(str(gain.year).endswith("-Q1") for gain in suggestion.later), suggestion.id
        for gain in suggestion.later:
            pack = pack_for("hangzhou", gain.year)
            assert (
                evaluate(suggestion.profile, pack, gain.year).total - evaluate(hangzhou_newcomer(), pack, gain.year).total
                == gain.gained
            )


def test_an_art3_group_that_settles_directly_gets_no_suggestions():
    person = hangzhou_newcomer().model_copy(update={"settlement_group": "introduced_talent"})
    assert suggest(person, "xiongan", AS_OF) == []


def test_shanghai_suggests_the_missing_degree_and_stops_where_its_editions_end():
    """Shanghai's 2023 edition runs to 2027: the years after it have no rules, and the planner says nothing of them
    (it once failed there) while still measuring the degree's gain with the engine in the years it covers."""
    profile = load_profile(examples_dir() / "shanghai-bachelor.json")
    profile = profile.model_copy(update={"education": profile.education.model_copy(update={"degree": False})})
    (found,) = [s for s in suggest(profile, "shanghai", date(2026, 11, 22)) if s.id == "complete_education"]
    for gain in found.later:
        pack, year = pack_for("shanghai", gain.year), gain.year
        base = evaluate(profile, pack, year).total
        assert gain.gained == evaluate(found.profile, pack, year).total - base > 0
    assert max(g.year for g in found.later) <= 2027
