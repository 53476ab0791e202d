"""Tianjin: what the rule cases (tests/cases/tianjin/) cannot say. The edition each round is scored under, a bare
year refused naming the rounds, the readings the packs use said in the derivation, the help rendered from each
edition, the facts only Tianjin asks about, the command line and the PDF worksheet."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from simulator import cities
from simulator.cli import main
from simulator.core.errors import NotApplicable
from simulator.core.lines import past_lines
from simulator.core.rounds import edition_and_round, rounds_of
from simulator.engine import evaluate
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack, pack_for
from simulator.rules.help import indicator_help
from simulator.worksheet import render_pdf_bytes
from tests.support.pdf_text import squash, text_of

ANSWERED = {"housing_fund_months": 60, "residence_card_endorsements": 0, "shortage_occupation": "none", "married": False}


def person(**changes):
    """Born 1990-05-01; a Tianjin residence card, Tianjin insurance and a rental since 2019-01; a bachelor's."""
    base = dict(
        name="李娜",
        birth_date=date(1990, 5, 1),
        retirement_category="male",
        residence_permits=[{"city": "tianjin"}],
        social_insurance=[{"start": "2019-01", "city": "tianjin"}],
        housing=[{"start": "2019-01", "kind": "rented", "city": "tianjin"}],
        education={"level": "bachelor"},
        city_facts={"tianjin": dict(ANSWERED)},
    )
    base.update(changes)
    return ApplicantProfile.model_validate(base)


def facts(**answers):
    return {"tianjin": {**ANSWERED, **answers}}


def score(profile, round_="2025-H1", **kw):
    return evaluate(profile, pack_for("tianjin", round_), round_, **kw)


def notes(item):
    return [e.text.en for e in item.events if e.kind == "note"]


# ---------------------------------------------------------------- editions and rounds
def test_each_round_is_scored_under_the_edition_in_force():
    assert pack_for("tianjin", "2022-H1").pack.id == "tianjin-2022"
    assert pack_for("tianjin", "2022-H2").pack.id == "tianjin-2022"
    assert pack_for("tianjin", "2023-H1").pack.id == "tianjin-2023"  # the amendment is in force from 2023-01-01
    assert pack_for("tianjin", "2030-H2").pack.id == "tianjin-2023"
    with pytest.raises(NotApplicable, match="no tianjin rules apply"):
        pack_for("tianjin", "2021-H2")  # the 2016-2021 edition is not given in full


def test_two_rounds_a_year_each_counted_to_its_own_date():
    pack = load_pack("tianjin-2023")
    assert [str(r) for r in rounds_of(pack, 2025)] == ["2025-H1", "2025-H2"]
    assert score(person(), "2025-H1").cutoff == date(2024, 12, 31)
    assert score(person(), "2025-H2").cutoff == date(2025, 6, 30)
    pack, round_ = edition_and_round("tianjin", 2024)  # what the cross-city faces pick: the year's first round
    assert pack.pack.id == "tianjin-2023" and str(round_) == "2024-H1"


def test_a_bare_year_is_refused_naming_the_rounds():
    with pytest.raises(
        NotApplicable, match=r"2025: the 2023-amendment rules hold 2 rounds a year; name one \(2025-H1, 2025-H2\)"
    ):
        evaluate(person(), load_pack("tianjin-2023"), 2025)
    with pytest.raises(NotApplicable, match=r"2022: .* 2 rounds a year; name one \(2022-H1, 2022-H2\)"):
        evaluate(person(), load_pack("tianjin-2022"), 2022)
    with pytest.raises(NotApplicable, match=r"declaration round 2023-H1: the 2022 rules apply to 2022-H1–2022-H2"):
        evaluate(person(), load_pack("tianjin-2022"), "2023-H1")


def test_the_amendment_changes_the_own_home_item_only():
    old, new = load_pack("tianjin-2022"), load_pack("tianjin-2023")
    assert new.pack.extends == "tianjin-2022"
    before = {path: cited.value for path, cited in old.cited_values()}
    after = {path: cited.value for path, cited in new.cited_values()}
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {f"basic.residence.own_home.new_home_bonus.{a}" for a in ("central", "ring", "outer", "binhai")} | {
        "basic.residence.own_home.per_year.ring"
    }
    assert before["basic.residence.own_home.per_year.ring"] == D(11) and after["basic.residence.own_home.per_year.ring"] == D(12)


def test_the_guiding_score_is_a_pass_mark_with_no_quota_and_no_tie_break():
    result = score(person())
    assert result.pass_mark == D(110) and result.meets_pass_mark is True
    assert result.tie_break is None and result.lines == []  # no yearly line to compare with
    assert [(x.round, x.line) for x in past_lines("tianjin")] == [("2022-H1", D(110)), ("2024-H1", D(110))]


# ---------------------------------------------------------------- the readings, said in the derivation
def test_the_reading_of_a_year_is_named_where_items_are_counted_by_the_year():
    result = score(person())
    for indicator in ("social_insurance", "housing_fund", "residence"):
        assert any(
            "each full 12 months" in n and "the reading this pack uses" in n for n in notes(result.indicator(indicator))
        ), indicator
    supplied = score(person(), overrides={"counting.per_year": "pro_rata_months"})
    assert any("pro rata by month (the reading this pack uses" in n for n in notes(supplied.indicator("social_insurance")))


def test_back_paid_months_never_score_and_the_other_reading_is_named():
    insurance = [
        {"start": "2019-01", "end": "2019-06", "city": "tianjin", "back_paid": True},
        {"start": "2019-07", "city": "tianjin"},
    ]
    item = score(person(social_insurance=insurance)).indicator("social_insurance")
    note = next(n for n in notes(item) if "never score (the reading this pack uses)" in n)
    assert "a single source, possibly the old rule" in note and "it is not used" in note
    # aged 34 with a bachelor's degree: one of those the single source's exception names
    assert "under it the back-paid months would count" in note
    older = score(person(social_insurance=insurance, birth_date=date(1980, 1, 1))).indicator("social_insurance")
    assert not any("would count" in n for n in notes(older))
    exception = score(
        person(social_insurance=insurance), overrides={"basic.social_insurance.back_paid_reading": "young_talent_exception"}
    )
    assert exception.indicator("social_insurance").points == D(150)  # 72 months count: 6 full years


def test_an_assumed_age_reference_date_is_said():
    item = score(person(), "2025-H2").indicator("age")
    assert any("assumes the round's counting date, 2025-06-30" in n for n in notes(item))


def test_residence_items_whose_adding_up_is_not_found_take_both_readings():
    result = score(person(city_facts=facts(residence_card_endorsements=4)))
    item = result.indicator("residence")
    assert (item.low, item.high) == (D(36), D(60))
    assert "the highest only: 36; all added up: 60" in [s.en for s in item.steps]
    assert any("The range takes both readings" in n for n in notes(item))
    assert [m.path for m in result.missing] == ["basic.residence.items_add_up"]


def test_an_unanswered_fact_is_named_as_what_the_range_depends_on():
    result = score(person(city_facts={"tianjin": {}}))
    unanswered = {m.path for m in result.missing if m.unanswered}
    assert unanswered == {
        "city_facts.tianjin.housing_fund_months",
        "city_facts.tianjin.residence_card_endorsements",
        "city_facts.tianjin.shortage_occupation",
        "city_facts.tianjin.married",
    }
    assert result.provisional and result.pass_state(result.pass_mark) == "reached"  # 201 at the least


# ---------------------------------------------------------------- facts only Tianjin asks about
def test_a_fact_of_the_wrong_kind_is_refused_naming_it():
    with pytest.raises(ValueError, match=r"city_facts\.tianjin\.own_home_area: 'downtown' is not one of central, ring"):
        person(city_facts=facts(own_home_area="downtown"))
    with pytest.raises(ValueError, match=r"city_facts\.tianjin\.housing_fund_months"):
        person(city_facts=facts(housing_fund_months=-1))


def test_facts_after_the_counting_date_are_checked():
    late = person(housing=[{"start": "2025-03", "kind": "rented", "city": "tianjin"}])
    problems = check_for_year(late, pack_for("tianjin", "2025-H1"), "2025-H1")
    assert [p.field for p in problems] == ["housing[0].start"]


# ---------------------------------------------------------------- help
def test_help_is_rendered_from_the_edition_chosen():
    new = indicator_help("tianjin", "residence", load_pack("tianjin-2023")).how_computed
    old = indicator_help("tianjin", "residence", load_pack("tianjin-2022")).how_computed
    assert "four ring districts 12" in new.en and "a new commercial home adds once: central 15" in new.en
    assert "four ring districts 11" in old.en and "no one-off bonus in 2022" in old.en
    assert "official value not available" in new.en  # whether the items add up
    qualification = indicator_help("tianjin", "qualification", load_pack("tianjin-2023"))
    assert "guiding score of 110" in qualification.what_counts.en
    assert "H1: Dec 31 of the year before the declaration" in qualification.how_computed.en
    assert "H2: Jun 30 of the declaration year" in qualification.how_computed.en
    age = indicator_help("tianjin", "age", load_pack("tianjin-2023"))
    assert "each round's counting date" in age.what_counts.en and "35: 10; 45: 5" in age.how_computed.en


# ---------------------------------------------------------------- the faces
@pytest.fixture()
def applicant_file(tmp_path):
    profile = person(
        social_insurance=[
            {"start": "2019-01", "end": "2019-06", "city": "tianjin", "back_paid": True},
            {"start": "2019-07", "city": "tianjin"},
        ],
        housing=[
            {"start": "2019-01", "end": "2020-12", "kind": "rented", "city": "tianjin"},
            {"start": "2021-01", "kind": "own", "city": "tianjin"},
        ],
        city_facts=facts(own_home_area="ring", own_home_new=True, residence_card_endorsements=2),
    )
    path = tmp_path / "tianjin.json"
    document = {"format": "points-simulator/applicant", "version": 1, "applicant": profile.model_dump(mode="json")}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_command_line_scores_a_round_in_both_languages(applicant_file, capsys):
    assert main(["score", str(applicant_file), "--city", "tianjin", "--year", "2025-H1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Declaration year: 2025-H1" in out and "Counted up to: 2024-12-31" in out
    assert "3 years × 22 (pension 10 + medical 3 + unemployment 3 + work injury 3 + maternity 3) = 66" in out
    assert "Pass mark: 110" in out
    assert main(["score", str(applicant_file), "--city", "天津", "--year", "2025-H1", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "申报年度: 2025-H1" in out and "自有住房（环城四区）：4个满年 × 12 = 48" in out
    assert main(["score", str(applicant_file), "--city", "tianjin", "--year", "2025"]) == 2
    assert "name one (2025-H1, 2025-H2)" in capsys.readouterr().err


def test_the_worksheet_renders_in_both_languages(applicant_file):
    from simulator.profile import load_profile

    profile = load_profile(applicant_file)
    result = score(profile)
    zh = text_of(render_pdf_bytes(result, profile, lang="zh"))
    en = text_of(render_pdf_bytes(result, profile, lang="en"))
    assert squash("天津市") in zh and squash("新建商品住房一次性加分（环城四区）：25") in zh
    assert squash("rental: 2 full years × 6 = 12") in en and squash("2025-H1") in en


def test_the_city_is_registered_with_its_names():
    city = cities.find("天津")
    assert city.id == "tianjin" and cities.find("Tianjin") is city
    assert [i.id for i in city.indicators] == [
        "social_insurance",
        "residence",
        "housing_fund",
        "age",
        "education",
        "title_skill",
        "occupation",
        "marriage",
        "skill_competition",
        "deductions",
    ]
