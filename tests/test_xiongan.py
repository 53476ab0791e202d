"""Hand-computed Xiong'an cases at the trial measures' boundaries (declaration year 2024: everything counted to
2023-12-31, age on 2023-12-31): Art. 3 routing, the qualification with and without Beijing years, every
education and title level, the age band, and the bonus/deduction indicators whose values were not found."""

from datetime import date
from decimal import Decimal as D

import pytest

from simulator.engine import evaluate
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack

YEAR = 2024


@pytest.fixture(scope="module")
def xa():
    return load_pack("xiongan-2021-trial")


def person(**changes):
    """Qualifies: permit, Xiong'an insurance and own home since 2019-01 (60 months to the cut-off), bachelor."""
    base = dict(
        birth_date=date(1985, 6, 15),
        retirement_category="male",
        residence_permits=[{"city": "xiongan", "issued": "2019-03-01"}],
        city_facts={"xiongan": {"needed_person": True}},
        social_insurance=[{"start": "2019-01", "city": "xiongan"}],
        housing=[{"start": "2019-01", "kind": "own", "district": "rongcheng", "city": "xiongan"}],
        education={"level": "bachelor"},
    )
    base.update(changes)
    return ApplicantProfile.model_validate(base)


def score(profile, pack):
    return evaluate(profile, pack, YEAR)


def points(profile, pack, indicator):
    return score(profile, pack).indicator(indicator).points


def test_a_typical_applicant_scores_every_basic_indicator_and_nothing_is_missing(xa):
    result = score(person(), xa)
    assert result.qualified and result.channel is None
    assert result.cutoff == date(2023, 12, 31)
    assert result.points == {
        "age": D(20),
        "education": D(18),
        "title_skill": D(0),
        "employment": D(15),
        "residence": D(5),
        "honours": D(0),
        "innovation": D(0),
        "tax": D(0),
        "deductions": D(0),
    }
    assert result.total == D(58)
    assert not result.provisional and result.missing == []
    assert {i.group for i in result.indicators} == {"basic", "bonus", "deduction"}


# ---------------------------------------------------------------- Art. 3 routing
@pytest.mark.parametrize(
    "group, name",
    [
        ("beijing_relief_hukou", "Beijing relief-transfer staff with Beijing hukou"),
        ("relocated_staff_talent", "Non-Beijing-hukou staff of relocated bodies who meet the talent standard"),
        ("introduced_talent", "Introduced talent"),
        ("returning_graduate", "Graduates originally from Xiong'an returning"),
        ("family_reunion", "Close relatives joining family"),
    ],
)
def test_each_art3_group_is_routed_to_its_channel_and_not_scored(xa, group, name):
    result = score(person(settlement_group=group), xa)
    assert result.channel is not None and result.channel.id == group
    assert result.channel.name.en == name
    assert "apply to settle directly through this channel" in result.channel.reason.en
    assert result.channel.rules[0].key == f"channels.{group}.route"
    assert result.qualified is False and result.indicators == [] and result.qualification == []
    assert not result.scored


def test_other_staff_of_relocated_bodies_go_through_points(xa):
    result = score(person(settlement_group="relocated_staff"), xa)
    assert result.channel is None and result.scored
    assert result.total == D(58)


# ---------------------------------------------------------------- qualification
def test_exactly_36_continuous_months_qualify_and_35_do_not(xa):
    exactly = score(person(social_insurance=[{"start": "2021-01", "end": "2023-12", "city": "xiongan"}]), xa)
    short = score(person(social_insurance=[{"start": "2021-02", "end": "2023-12", "city": "xiongan"}]), xa)
    assert exactly.qualification[1].met
    assert not short.qualification[1].met and not short.qualified
    assert short.qualification[1].reason.en == "Continuous insurance since 2021-02 is 35 months, short of 36."


def test_a_gap_breaks_the_run(xa):
    broken = person(
        social_insurance=[{"start": "2015-01", "end": "2021-01", "city": "xiongan"}, {"start": "2021-03", "city": "xiongan"}]
    )
    result = score(broken, xa)
    assert not result.qualification[1].met  # 2021-03..2023-12 is 34 months
    assert result.indicator("employment").points == D(6)  # 2 full years of the run that reaches the cut-off


def test_beijing_years_are_added_in_only_for_relief_transfer_staff(xa):
    insurance = [{"start": "2019-01", "end": "2021-12", "city": "beijing"}, {"start": "2022-01", "city": "xiongan"}]
    relief = score(person(social_insurance=insurance, settlement_group="relocated_staff"), xa)
    ordinary = score(person(social_insurance=insurance), xa)
    assert relief.qualification[1].met
    assert (
        "60 continuous months from 2019-01 to 2023-12 (including 36 months of Beijing insurance"
        in relief.qualification[1].reason.en
    )
    assert not ordinary.qualification[1].met  # 24 Xiong'an months only
    # Beijing years count toward the qualification, not toward the employment points
    assert relief.indicator("employment").points == ordinary.indicator("employment").points == D(6)


def test_beijing_years_before_a_gap_do_not_join_the_run(xa):
    insurance = [{"start": "2019-01", "end": "2021-10", "city": "beijing"}, {"start": "2022-01", "city": "xiongan"}]
    assert not score(person(social_insurance=insurance, settlement_group="relocated_staff"), xa).qualification[1].met


def test_beijing_insurance_alone_never_qualifies(xa):
    result = score(person(social_insurance=[{"start": "2015-01", "city": "beijing"}], settlement_group="relocated_staff"), xa)
    assert not result.qualification[1].met
    assert "No Xiong'an social insurance in the cut-off month 2023-12" in result.qualification[1].reason.en


def test_the_residence_permit_prerequisite(xa):
    none = score(person(residence_permits=[]), xa).qualification[0]
    suspended = score(person(residence_permits=[{"city": "xiongan", "suspended": True}]), xa).qualification[0]
    relief = score(person(residence_permits=[], settlement_group="relocated_staff"), xa).qualification[0]
    other_city = score(person(residence_permits=[{"city": "hangzhou"}]), xa).qualification[0]
    assert not none.met and "more than 6 months" in none.reason.en
    assert not suspended.met and "suspended" in suspended.reason.en
    assert not relief.met and "apply for it directly" in relief.reason.en
    assert not other_city.met


def test_retirement_age_and_criminal_record(xa):
    def condition(result, condition_id):
        return next(c for c in result.qualification if c.id == condition_id)

    old = score(person(birth_date=date(1960, 5, 1)), xa)
    assert not condition(old, "retirement_age").met  # born before 1965: 60 reached in 2020-05
    record = score(person(has_criminal_record=True), xa)
    assert not condition(record, "no_criminal_record").met and not record.qualified
    # the conditions the measures set are cited as their Art. 5 (the others from the implementation rules)
    from_measures = [r for c in old.qualification for r in c.rules if "积分落户办法" in r.citation("zh")]
    assert from_measures and all("第五条" in r.citation("zh") for r in from_measures)


# ---------------------------------------------------------------- age: 20 up to 45, minus 1 a year over 45
@pytest.mark.parametrize(
    "birth, expected",
    [
        (date(1978, 12, 31), D(20)),  # 45 on 2023-12-31
        (date(1977, 12, 31), D(19)),  # 46
        (date(1978, 1, 1), D(20)),  # 45
        (date(1973, 12, 31), D(15)),  # 50
        (date(1958, 12, 31), D(0)),  # 65
    ],
)
def test_age_band(xa, birth, expected):
    assert points(person(birth_date=birth), xa, "age") == expected


def test_age_beyond_the_table_is_not_available(xa):
    result = score(person(birth_date=date(1957, 12, 31)), xa)  # 66
    assert result.indicator("age").points == D(0)
    assert [m.path for m in result.missing] == ["basic.age.otherwise"]
    assert result.provisional


# ---------------------------------------------------------------- education (highest only)
@pytest.mark.parametrize(
    "education, expected",
    [
        ({"level": "doctor"}, D(46)),
        ({"level": "doctor", "degree": False}, D(24)),
        ({"level": "master"}, D(32)),
        ({"level": "master", "degree": False}, D(24)),
        ({"level": "bachelor"}, D(18)),
        ({"level": "bachelor", "degree": False}, D(12)),
        ({"level": "junior_college", "degree": False}, D(6)),
        ({"level": "high_school", "degree": False}, D(0)),
        (None, D(0)),
    ],
)
def test_each_education_level(xa, education, expected):
    result = score(person(education=education), xa)
    assert result.indicator("education").points == expected
    assert not result.provisional


def test_a_degree_without_the_diploma_is_not_listed(xa):
    result = score(person(education={"level": "master", "diploma": False}), xa)
    assert result.indicator("education").points == D(0)
    assert [m.path for m in result.missing] == ["basic.education.levels.master.degree_only"]
    assert "official value not available" in result.indicator("education").steps[0].en


# ---------------------------------------------------------------- title or skill level (highest only)
@pytest.mark.parametrize(
    "facts, expected",
    [
        ({"professional_title": "senior"}, D(50)),
        ({"professional_title": "deputy_senior"}, D(24)),
        ({"professional_title": "intermediate"}, D(8)),
        ({"professional_title": "assistant"}, D(4)),
        ({"skill_level": "senior_technician"}, D(24)),
        ({"skill_level": "technician"}, D(8)),
        ({"skill_level": "senior_worker"}, D(4)),
        ({"skill_level": "intermediate_worker"}, D(0)),
        ({"professional_title": "intermediate", "skill_level": "senior_technician"}, D(24)),
    ],
)
def test_each_title_and_skill_level(xa, facts, expected):
    assert points(person(**facts), xa, "title_skill") == expected


def test_education_and_title_both_count_in_xiongan(xa):
    result = score(person(education={"level": "master"}, professional_title="senior"), xa)
    assert result.indicator("education").points == D(32) and result.indicator("title_skill").points == D(50)


# ---------------------------------------------------------------- employment and residence: full years
def test_employment_counts_full_years_of_the_run(xa):
    assert points(person(social_insurance=[{"start": "2019-01", "city": "xiongan"}]), xa, "employment") == D(15)
    eleven_short = score(person(social_insurance=[{"start": "2019-02", "city": "xiongan"}]), xa).indicator("employment")
    assert eleven_short.points == D(12)  # 59 months: 4 full years
    assert any("11 months short of a full year" in e.text.en for e in eleven_short.events)


def test_residence_counts_registered_homes_only(xa):
    housing = [
        {"start": "2019-01", "end": "2020-12", "kind": "rented", "district": "rongcheng", "city": "xiongan"},
        {"start": "2021-01", "kind": "rented", "district": "rongcheng", "city": "xiongan", "lease_registered": True},
    ]
    result = score(person(housing=housing), xa).indicator("residence")
    assert result.points == D(3)  # registered 2021-01..2023-12: 36 months
    assert any("24 months of rental without a registered lease" in e.text.en for e in result.events)


# ---------------------------------------------------------------- bonus and deduction values not found
def test_bonus_and_deduction_items_make_the_total_provisional_listing_exactly_the_missing_values(xa):
    result = score(
        person(
            honours=[{"kind": "model_worker", "year": 2022}],
            income_tax=[{"year": 2023, "amount_yuan": "20000", "city": "xiongan"}],
            detentions=[{"date": "2022-03-01", "city": "xiongan"}],
        ),
        xa,
    )
    assert result.provisional
    assert [(m.indicator, m.path) for m in result.missing] == [
        ("honours", "bonus.honours.points"),
        ("tax", "bonus.tax.points"),
        ("deductions", "deduction.records.points"),
    ]
    assert result.total == D(58)  # only what is known is counted
    honours = result.indicator("honours")
    assert not honours.available and honours.rules[0].confidence == "not found"
    assert "official value not available" in honours.steps[0].en


def test_income_tax_in_another_city_does_not_matter(xa):
    result = score(person(income_tax=[{"year": 2023, "amount_yuan": "20000", "city": "beijing"}]), xa)
    assert not result.provisional


def test_a_user_supplied_bonus_is_counted_and_labelled(xa):
    result = evaluate(person(honours=[{"kind": "model_worker", "year": 2022}]), xa, YEAR, overrides={"bonus.honours.points": "5"})
    assert result.indicator("honours").points == D(5)
    assert result.total == D(63) and not result.provisional
    assert [u.path for u in result.user_supplied] == ["bonus.honours.points"]
    rule = result.indicator("honours").rules[0]
    assert rule.confidence == "user-supplied" and rule.citation.en == "User-supplied value"
    assert "user-supplied" in result.indicator("honours").steps[0].en


def test_checks_name_facts_after_the_cut_off(xa):
    profile = person(social_insurance=[{"start": "2019-01", "end": "2024-03", "city": "xiongan"}])
    problems = check_for_year(profile, xa, YEAR)
    assert [(p.field, p.kind) for p in problems] == [("social_insurance[0].end", "after_cutoff")]
