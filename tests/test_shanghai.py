"""Shanghai's residence-card points: what the rule cases (tests/cases/shanghai/<edition>.toml) cannot say — the
edition picked for each declaration year, the derivation's words (the readings used, the unknowns named), the help
rendered from each edition, the command line and the PDF worksheet.

2018 edition: declaration years 2018-2022; 2023 edition: 2023-2027. Each counts to Dec 31 of the declaration year.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from simulator import cities
from simulator.cli import main
from simulator.core.errors import NotApplicable
from simulator.engine import evaluate
from simulator.profile import save_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack, pack_for
from simulator.rules.help import PLACEHOLDER, indicator_help
from simulator.worksheet import render_pdf_bytes
from tests.support.pdf_text import squash, text_of

BASE = {"base_months_x0_8": 48, "base_months_x1": 48, "base_months_x2": 0, "base_months_x3": 0}


def person(**changes) -> ApplicantProfile:
    """A Shanghai card, Shanghai insurance since 2017-01, a bachelor's diploma and degree, a base of 1x to 2x."""
    base = dict(
        name="周敏",
        birth_date=date(1990, 6, 15),
        retirement_category="female_cadre",
        residence_permits=[{"city": "shanghai"}],
        social_insurance=[{"start": "2017-01", "city": "shanghai"}],
        education={"level": "bachelor"},
        city_facts={"shanghai": dict(BASE)},
    )
    base.update(changes)
    return ApplicantProfile.model_validate(base)


def facts(**answers) -> dict:
    return {"shanghai": {**BASE, **answers}}


def notes(item) -> list[str]:
    return [e.text.en for e in item.events if e.kind == "note"]


# ---------------------------------------------------------------- the city and its editions
def test_shanghai_is_a_built_in_city_found_by_either_name():
    assert "shanghai" in cities.BUILT_IN
    for name in ("shanghai", "Shanghai", "上海", "上海市", "sh"):
        assert cities.find(name).id == "shanghai"


@pytest.mark.parametrize(
    "year, pack_id",
    [(2018, "shanghai-2018"), (2022, "shanghai-2018"), (2023, "shanghai-2023"), (2027, "shanghai-2023")],
)
def test_the_edition_in_force_for_each_declaration_year(year, pack_id):
    assert pack_for("shanghai", year).pack.id == pack_id


def test_no_edition_before_2018_or_after_2027():
    for year in (2017, 2028):
        with pytest.raises(NotApplicable):
            pack_for("shanghai", year)
    with pytest.raises(NotApplicable, match="2018–2022"):
        evaluate(person(), load_pack("shanghai-2018"), 2023)


def test_the_2023_edition_changes_only_what_the_sources_say_changed():
    old, new = load_pack("shanghai-2018"), load_pack("shanghai-2023")
    changed = {
        path
        for path, cited in new.cited_values()
        if old.value_at(path) is None or old.value_at(path).model_dump() != cited.model_dump()
    }
    assert changed == {
        "veto.family_planning",
        "bonus.remote_district.lingang_reading",
        "bonus.remote_district.lingang_first_year_from",
        "bonus.remote_district.wider_areas_from",
        "bonus.remote_district.wider_areas_counts_after_years",
        "average_wage.from_2023_07",
        "average_wage.from_2024_07",
    }
    assert new.sources["measures"].zh.startswith("《上海市居住证积分管理办法》（沪府规〔2022〕21号")


def test_the_values_not_found_have_no_value():
    assert set(load_pack("shanghai-2023").not_found()) == {
        "basic.education.levels.bachelor.degree_only",
        "basic.education.levels.master.diploma_only",
        "basic.education.levels.master.degree_only",
        "basic.education.levels.doctor.diploma_only",
        "basic.education.levels.doctor.degree_only",
        "bonus.public_service.max_points",
        "bonus.fresh_graduate.years_after_graduation",
        "bonus.remote_district.wider_areas_from",
        "average_wage.from_2024_07",
    }


def test_every_reading_chosen_is_marked_assumed_and_names_the_other():
    pack = load_pack("shanghai-2023")
    for path in (
        "basic.social_insurance.counting_reading",
        "bonus.threshold_reading",
        "bonus.remote_district.lingang_reading",
        "average_wage.from_2023_07",
    ):
        cited = pack.value_at(path)
        assert cited.confidence == "?" and cited.note.startswith("Readings:") and "this pack uses" in cited.note.lower(), path


# ---------------------------------------------------------------- the standard score
def test_the_standard_score_is_a_fixed_pass_mark_not_a_line():
    result = evaluate(person(), load_pack("shanghai-2023"), 2025)
    assert result.pass_mark == D(120) and result.lines == [] and result.tie_break is None
    assert result.meets_pass_mark is True


def test_a_range_across_the_pass_mark_depends():
    result = evaluate(person(education={"level": "junior_college"}, city_facts={}), load_pack("shanghai-2018"), 2022)
    assert (result.total_low, result.total_high) == (D(98), D(218))
    assert result.pass_state(result.pass_mark) == "depends" and result.meets_pass_mark is None


# ---------------------------------------------------------------- the derivation names the readings used
def test_the_insurance_reading_is_named_with_what_the_other_gives():
    profile = person(
        social_insurance=[{"start": "2015-01", "end": "2016-12", "city": "shanghai"}, {"start": "2019-01", "city": "shanghai"}]
    )
    item = evaluate(profile, load_pack("shanghai-2018"), 2022).indicator("social_insurance")
    assert item.points == D(18)
    said = notes(item)
    assert said[0].startswith("Reading used: every counted month adds up across breaks.")
    assert "Under the other reading (the latest unbroken run only) it would be 48 months, 12 points." in said


def test_the_threshold_reading_is_named():
    profile = person(city_facts=facts(remote_district_area="listed", remote_district_years=5))
    item = evaluate(profile, load_pack("shanghai-2018"), 2022).indicator("remote_district")
    assert item.points == D(10)
    assert any(n.startswith("Reading used: once the years are reached, every year counts") for n in notes(item))


def test_the_lingang_reading_is_named_and_unconfirmed():
    profile = person(city_facts=facts(remote_district_area="lingang", remote_district_years=2))
    item = evaluate(profile, load_pack("shanghai-2023"), 2025).indicator("remote_district")
    assert item.points == D(4)
    assert (
        "Lingang: counted from the first year from 2024-08-21 (this pack's reading, unconfirmed; the other reading still needs 3 years)."
        in notes(item)
    )
    assert "Lingang New Area: 2 years (counted from the first year) × 2 = 4" in [s.en for s in item.steps]


def test_the_family_planning_veto_of_2023_says_it_may_no_longer_be_enforced():
    profile = person(city_facts=facts(family_planning_violation=True))
    old = evaluate(profile, load_pack("shanghai-2018"), 2022)
    new = evaluate(profile, load_pack("shanghai-2023"), 2025)
    assert old.veto is not None and "may no longer be enforced" not in old.veto.en
    assert new.veto is not None and "it may no longer be enforced" in new.veto.en
    assert not new.qualified


def test_a_serious_crime_is_vetoed_and_the_missing_definition_said():
    profile = person(has_criminal_record=True, penalties=[{"kind": "criminal", "date": "2015-01-01", "serious_crime": True}])
    result = evaluate(profile, load_pack("shanghai-2023"), 2025)
    assert "Shanghai's rules do not define serious crime." in result.veto.en
    assert result.indicator("deductions").points == D(0)  # a veto, not a deduction


def test_an_unknown_value_is_named_in_the_derivation():
    profile = person(city_facts=facts(public_service_years=6))
    item = evaluate(profile, load_pack("shanghai-2018"), 2022).indicator("public_service")
    assert (item.low, item.high) == (D(0), D(24))
    assert [m.path for m in item.missing] == ["bonus.public_service.max_points"]
    assert item.steps[-1].en == "between 0 and 24: depends on what is not known (below)"
    assert any("official value not available" in e.text.en for e in item.events)


def test_an_unanswered_fact_is_named_and_answering_it_settles_the_points():
    profile = person(city_facts=facts(spouse_shanghai_hukou=True))
    item = evaluate(profile, load_pack("shanghai-2023"), 2025).indicator("spouse")
    assert (item.low, item.high) == (D(0), D(40))
    assert item.missing[0].unanswered and item.missing[0].path == "city_facts.shanghai.marriage_date"
    answered = person(city_facts=facts(spouse_shanghai_hukou=True, marriage_date="2019-05-01"))
    assert evaluate(answered, load_pack("shanghai-2023"), 2025).indicator("spouse").points == D(24)


def test_education_and_title_only_the_higher_counts_and_the_loser_says_so():
    profile = person(professional_title="intermediate", city_facts=facts(title_skill_counts=True, base_months_title=6))
    result = evaluate(profile, load_pack("shanghai-2018"), 2022)
    assert result.points["title_skill"] == D(100) and result.points["education"] == D(0)
    assert any(
        e.kind == "exclusion" and "only the higher (100) counts" in e.text.en for e in result.indicator("education").events
    )


def test_the_qualification_reasons_in_words():
    result = evaluate(person(social_insurance=[{"start": "2022-08", "city": "shanghai"}]), load_pack("shanghai-2018"), 2022)
    recent = next(c for c in result.qualification if c.id == "recent_insurance")
    assert recent.reason.en == "5 insured months in the 12 months to 2022-12 (back-payments left out): short of 6."
    assert recent.reason.zh == "截至2022-12的最近12个月内缴费5个月（补缴不计），不足6个月。"


def test_every_text_is_bilingual():
    profile = person(
        professional_title="senior",
        honours=[{"kind": "award", "level": "municipal", "year": 2020, "city": "shanghai"}],
        detentions=[{"date": "2021-01-01", "city": "shanghai"}],
        investment_tax=[{"year": 2024, "amount_yuan": "500000", "city": "shanghai"}],
        city_facts=facts(remote_district_years=6, fresh_graduate=True, graduation_year=2024, public_service_years=5),
    )
    result = evaluate(profile, load_pack("shanghai-2023"), 2025)
    for item in result.indicators:
        for text in [*item.steps, *(e.text for e in item.events), item.name]:
            assert text.zh and text.en and text.zh != text.en, (item.id, text.en)


# ---------------------------------------------------------------- help
@pytest.mark.parametrize("pack_id", ["shanghai-2018", "shanghai-2023"])
def test_every_indicator_has_help_rendered_from_its_edition(pack_id):
    pack = load_pack(pack_id)
    for topic in [i.id for i in cities.get("shanghai").indicators] + ["qualification", "veto"]:
        found = indicator_help("shanghai", topic, pack)
        assert found is not None, topic
        for entry in (found.what_counts, found.how_computed, found.documents, found.verified_by, found.where_to_look):
            assert entry.zh and entry.en and not PLACEHOLDER.search(entry.zh + entry.en), topic


def test_the_help_names_the_values_of_the_edition_chosen():
    old = indicator_help("shanghai", "remote_district", load_pack("shanghai-2018"))
    new = indicator_help("shanghai", "remote_district", load_pack("shanghai-2023"))
    assert "after 3 in Lingang" in old.how_computed.en and "counted from the first year" not in old.how_computed.en
    assert "this pack uses: counted from the first year" in new.how_computed.en
    assert "from: official value not available" in new.how_computed.en
    wages = indicator_help("shanghai", "contribution_base", load_pack("shanghai-2023")).what_counts.en
    assert "2023-07 11396" in wages and "2024-07 official value not available" in wages
    public = indicator_help("shanghai", "public_service", load_pack("shanghai-2018")).how_computed.en
    assert (
        "cap: official value not available" in public
        and "this pack uses: once the years are reached, every year counts" in public
    )


# ---------------------------------------------------------------- the command line and the worksheet
def _saved(tmp_path, profile) -> str:
    path = tmp_path / "applicant.json"
    save_profile(profile, path)
    return str(path)


def test_the_command_line_scores_and_prints_the_total(tmp_path, capsys):
    path = _saved(tmp_path, person())
    assert main(["score", path, "--city", "shanghai", "--year", "2025", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Shanghai residence-card points (2023-2027)" in out and "Total: 197" in out
    assert main(["score", path, "--city", "上海", "--year", "2022", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    found = data["evaluation"]
    assert found["city"] == "shanghai" and found["rule_pack"]["id"] == "shanghai-2018" and found["total"] == "188"
    assert found["cutoff"] == "2022-12-31"


def test_the_command_line_in_chinese(tmp_path, capsys):
    path = _saved(tmp_path, person())
    assert main(["score", path, "--city", "shanghai", "--year", "2025", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "上海市居住证积分（2023—2027年）" in out and "在本市工作及缴纳职工社会保险年限" in out


@pytest.mark.parametrize(
    "lang, words",
    [
        (
            "en",
            (
                "Shanghai residence-card points (2023-2027)",
                "Years of Shanghai social insurance",
                "Standard score 120: reached",
                "Social-insurance contribution base",
                "Spouse with Shanghai hukou",
            ),
        ),
        (
            "zh",
            (
                "上海市居住证积分（2023—2027年）",
                "在本市工作及缴纳职工社会保险年限",
                "标准分值120：达到",
                "缴纳职工社会保险费基数",
            ),
        ),
    ],
)
def test_the_pdf_worksheet_renders(lang, words):
    profile = person(city_facts=facts(spouse_shanghai_hukou=True))  # a range, so the sheet shows what it depends on
    result = evaluate(profile, load_pack("shanghai-2023"), 2025)
    pdf = render_pdf_bytes(result, profile, lang=lang)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    for word in words:
        assert squash(word) in text, word


def test_the_total_stops_at_its_floor_and_says_so_while_the_deduction_keeps_its_own_points():
    # 86 points (the case "the total does not go below 0" of tests/cases/shanghai/2018.toml) less 150 for false materials
    profile = person(
        education={"level": "junior_college"},
        social_insurance=[{"start": "2021-01", "city": "shanghai"}],
        city_facts=facts(base_months_x0_8=0, base_months_x1=0, base_months_x2=0, base_months_x3=0),
        points_fraud="2021-06-01",
    )
    result = evaluate(profile, load_pack("shanghai-2018"), 2022)
    assert result.indicator("deductions").points == -150  # the deduction as the rules give it
    assert sum(i.points for i in result.indicators) == -64
    assert (result.total, result.total_low, result.total_high) == (0, 0, 0)
    assert [note.en for note in result.assumptions] == [
        "By the rules the total is never below 0: the total and its range stop there.",
        "The counting date 2022-12-31 is this program's assumption: the rules set no such day, or the sources found do not confirm it.",
        "Age is taken on 2022-12-31, this program's assumption: the sources found do not confirm that day.",
    ]
