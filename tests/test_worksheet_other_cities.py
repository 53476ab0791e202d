"""The applicant section of the worksheet for Xiong'an and Hangzhou results: the facts those cities' rules use
(the city's residence permit, title or skill level, the Art. 3 group, ranked honours, public-good facts,
penalties and listings) and Hangzhou's residence registrations to the day, without a Beijing pack to look
names up in."""

from __future__ import annotations

from datetime import date

import pytest

from simulator import cities
from simulator.core.phrases import Phrasebook as Labels
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack, pack_for
from simulator.worksheet import render_pdf_bytes
from tests.support.pdf_text import squash, text_of

COMPUTED_ON = date(2026, 11, 22)
YEAR = 2024
ROUNDS = {"xiongan": 2024, "hangzhou": "2024-Q3"}  # Hangzhou holds four rounds a year from 2024


@pytest.fixture(scope="module")
def applicant() -> ApplicantProfile:
    return load_profile(examples_dir() / "three-cities.json")


def with_honours_and_innovation(profile: ApplicantProfile) -> ApplicantProfile:
    """The example with a ranked honour earned in Hangzhou, an unranked one, and an innovation item."""
    data = profile.model_dump(mode="json")
    data["honours"] = [
        {"kind": "title", "year": 2022, "note": "Zhejiang model worker", "level": "provincial", "city": "hangzhou"},
        {"kind": "commendation", "year": 2016},
    ]
    data["innovation"] = {"kind": "award", "tier_points": "6", "description": "provincial science award"}
    return ApplicantProfile.model_validate(data)


def render(profile: ApplicantProfile, city: str, lang: str, year=None, pack=None) -> str:
    year = year or ROUNDS[city]
    result = evaluate(profile, pack or pack_for(city, year), year)
    return text_of(render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("city", ["xiongan", "hangzhou"])
def test_honours_and_innovation_export_without_a_beijing_pack(applicant, city, lang):
    profile = with_honours_and_innovation(applicant)
    text = render(profile, city, lang)
    assert "Zhejiangmodelworker" in text
    assert "provincialscienceaward" in text


def hangzhou_facts(profile: ApplicantProfile) -> ApplicantProfile:
    """The example with a second Hangzhou registration that ended, one in another city, and a skill level."""
    data = profile.model_dump(mode="json")
    data["skill_level"] = "senior_worker"
    data["residence_registrations"] = [
        {"city": "hangzhou", "start": "2019-07-15", "end": "2021-03-31"},
        {"city": "hangzhou", "start": "2021-04-02", "end": None},
        {"city": "beijing", "start": "2013-01-05", "end": "2019-06-30"},
    ]
    data["volunteering"] = [{"year": 2022, "hours": "12"}, {"year": 2023, "hours": "36"}]
    return ApplicantProfile.model_validate(data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_hangzhou_sheet_shows_its_permit_registrations_title_and_public_good_facts(applicant, lang):
    profile = hangzhou_facts(applicant)
    text = render(profile, "hangzhou", lang)
    L = Labels(lang)
    # the Hangzhou permit with its issue date, not Beijing's yes/no flag
    assert squash(L("city_permit", city=cities.get("hangzhou").name(L.lang))) in text
    assert squash(L("permit_since", date="2019-09-02")) in text
    # every registration to the day, in order, with "ongoing" for the open one and the other city named
    assert squash(L("registration_periods")) in text
    start = text.index(squash(L("registration_periods")))
    table = text[start:]
    rows = ["2013-01-05", "2019-06-30", "2019-07-15", "2021-03-31", "2021-04-02", squash(L("ongoing"))]
    positions = [table.index(value) for value in rows]
    assert positions == sorted(positions)
    # title and skill level, by name in the sheet's language
    title = "中级" if lang == "zh" else "intermediate"
    skill = "高级工" if lang == "zh" else "senior worker"
    assert squash(L("title_part", value=title)) in text
    assert squash(L("skill_part", value=skill)) in text
    # the blood donation and the volunteer hours by year
    assert squash(L("blood_donations")) + "2021-04-10:" + squash(L("ml", ml=400)) in text
    assert "2022:" + squash(L("hours", hours=12)) in text and "2023:" + squash(L("hours", hours=36)) in text
    # Beijing's flag and Beijing-only rows are not on a Hangzhou sheet
    assert squash(L("residence_permit")) + squash(L("held")) not in text
    assert squash(L("trial_tax")) not in text


def test_a_hangzhou_sheet_names_penalties_listings_and_patents():
    data = hangzhou_base()
    data.update(
        has_criminal_record=True,
        penalties=[
            {"kind": "criminal", "date": "2016-05-03", "sentence_years": "1.5", "act": "A"},
            {"kind": "judicial_detention", "date": "2018-02-01"},
        ],
        dishonesty_listings=[{"level": "provincial", "date": "2019-08-08", "note": "unpaid fine"}],
        invention_patents=[{"granted": "2022-06-30", "title": "Battery seal", "shared": True, "first_patentee": False}],
        charity_donations=[{"date": "2023-01-09", "yuan": "5000"}],
        stem_cell_donation=True,
        points_fraud="2020-10-10",
    )
    profile = ApplicantProfile.model_validate(data)
    text = render(profile, "hangzhou", "en", year=2023, pack=load_pack("hangzhou-2023"))
    assert "2016-05-03criminalconviction(sentence1.5years,act:A)" in text
    assert "2018-02-01judicialdetention" in text
    assert "2019-08-08provincial(unpaidfine)" in text
    assert "Batteryseal(granted2022-06-30,shared,notfirstpatentee)" in text
    assert "2023-01-09:5000" in text
    assert "Stem-celldonationyes" in text
    assert "Pointsfraudfoundon2020-10-10" in text


def hangzhou_base() -> dict:
    return {
        "birth_date": "1985-06-15",
        "retirement_category": "male",
        "residence_permits": [{"city": "hangzhou", "issued": "2015-03-01"}],
        "social_insurance": [{"start": "2015-01", "city": "hangzhou"}],
        "housing": [{"start": "2015-01", "kind": "rented", "district": "xihu", "city": "hangzhou", "lease_registered": True}],
        "residence_registrations": [{"city": "hangzhou", "start": "2015-01-01"}],
        "education": {"level": "bachelor"},
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_suspended_or_missing_permit_is_said_so(lang):
    L = Labels(lang)
    suspended = ApplicantProfile.model_validate(
        {**hangzhou_base(), "residence_permits": [{"city": "hangzhou", "suspended": True}]}
    )
    text = render(suspended, "hangzhou", lang)
    assert squash(L("permit_undated")) + squash(L("list_separator")) + squash(L("permit_suspended")) in text
    # a Beijing permit flag (the default) and a permit for another city do not make a Hangzhou permit
    none = ApplicantProfile.model_validate(
        {**hangzhou_base(), "residence_permits": [{"city": "xiongan", "issued": "2020-01-01"}]}
    )
    text = render(none, "hangzhou", lang)
    assert squash(L("city_permit", city=cities.get("hangzhou").name(L.lang))) + squash(L("not_held")) in text
    assert "2020-01-01" not in text


@pytest.mark.parametrize("lang, words", [("zh", "高中（含中专）"), ("en", "highschool(incl.secondaryvocational)")])
def test_a_high_school_qualification_is_named_in_words_on_the_sheet(lang, words):
    """Hangzhou scores high school; the applicant block names it as the wizard does, never by its file id."""
    profile = ApplicantProfile.model_validate({**hangzhou_base(), "education": {"level": "high_school"}})
    text = render(profile, "hangzhou", lang)
    assert words in text and "high_school" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_xiongan_sheet_names_the_art3_group_of_relocated_staff(applicant, lang):
    pack = load_pack("xiongan-2021-trial")
    data = applicant.model_dump(mode="json")
    data["settlement_group"] = "relocated_staff"
    data["residence_permits"].append({"city": "xiongan", "issued": "2022-05-06"})
    profile = ApplicantProfile.model_validate(data)
    result = evaluate(profile, pack, YEAR)
    assert result.channel is None  # relocated staff go through the points system
    text = text_of(render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON))
    L = Labels(lang)
    group = pack.channels["relocated_staff"].name.zh if lang == "zh" else pack.channels["relocated_staff"].name.en
    assert squash(L("settlement_group")) + squash(group) in text
    assert squash(L("permit_since", date="2022-05-06")) in text
    assert "2019-09-02" not in text  # the Hangzhou permit is not Xiong'an's
    # Hangzhou's public-good rows and registrations are not on a Xiong'an sheet
    assert squash(L("blood_donations")) not in text
    assert squash(L("registration_periods")) not in text


def test_an_applicant_outside_art3_is_said_to_be_so_on_a_xiongan_sheet(applicant):
    text = render(applicant, "xiongan", "en", pack=load_pack("xiongan-2021-trial"))
    assert squash("Art. 3 group" + "not in an Art. 3 group") in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_ranked_honours_show_level_and_the_city_earned_in(applicant, lang):
    profile = with_honours_and_innovation(applicant)
    L = Labels(lang)
    text = render(profile, "xiongan", lang)
    name = "荣誉称号" if lang == "zh" else "honorary title"
    level = "省级" if lang == "zh" else "provincial"
    city = "杭州市" if lang == "zh" else "Hangzhou"
    assert squash(f"{name} (2022, {level}, {city}, Zhejiang model worker)") in text
    # under Hangzhou the city it was earned in is the sheet's own and is not repeated
    text = render(profile, "hangzhou", lang)
    assert squash(f"{name} (2022, {level}, Zhejiang model worker)") in text
    assert squash(L("innovation")) + "award" in text
