"""Hand-computed Hangzhou cases at each edition's boundaries.

Trial: declaration year 2020, counted to 2020-02-01 (last whole month 2020-01), tax years 2015-2019.
Revised: declaration year 2022, counted to 2022-10-01 (assumed; last whole month 2022-09), tax years 2017-2021.
2023 reform: declaration year 2023, counted to 2023-10-01 (assumed), tax years 2018-2022, pass mark 100.
Most hand-computed cases are data: tests/cases/hangzhou/<edition>.toml; these are the ones that look at the
derivation's wording, the ranking and the editions' dates.
"""

from datetime import date
from decimal import Decimal as D

import pytest

from simulator.core.ranking import rank
from simulator.engine import evaluate
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack, pack_for

TRIAL, REVISED, REFORM = 2020, 2022, 2023


@pytest.fixture(scope="module")
def trial():
    return load_pack("hangzhou-2018-trial")


@pytest.fixture(scope="module")
def revised():
    return load_pack("hangzhou-2021-revised")


@pytest.fixture(scope="module")
def reform():
    return load_pack("hangzhou-2023")


def person(**changes):
    """Permit, insurance, a registered rental and residence registration since January 2015; bachelor."""
    base = dict(
        birth_date=date(1985, 6, 15),
        retirement_category="male",
        residence_permits=[{"city": "hangzhou"}],
        social_insurance=[{"start": "2015-01", "city": "hangzhou"}],
        housing=[{"start": "2015-01", "kind": "rented", "district": "xihu", "city": "hangzhou", "lease_registered": True}],
        residence_registrations=[{"city": "hangzhou", "start": "2015-01-01"}],
        education={"level": "bachelor"},
    )
    base.update(changes)
    return ApplicantProfile.model_validate(base)


YEARS = {"hangzhou-2018-trial": TRIAL, "hangzhou-2021-revised": REVISED, "hangzhou-2023": REFORM}


def score(profile, pack, **kw):
    return evaluate(profile, pack, YEARS[pack.pack.id], **kw)


def points(profile, pack, indicator):
    return score(profile, pack).indicator(indicator).points


def missing(result):
    return [m.path for m in result.missing]


# ---------------------------------------------------------------- a typical applicant under each edition
def test_trial_typical_applicant(trial):
    result = score(person(), trial)
    assert result.cutoff == date(2020, 2, 1)
    assert {k: v for k, v in result.points.items() if v} == {
        "age": D(30),
        "education": D(50),
        "social_insurance": D("15.25"),
        "rental": D(30),
        "residence_registration": D(15),
    }
    assert result.total == D("140.25")
    assert result.qualified and not result.provisional and result.veto is None
    assert [x.round for x in result.lines] == ["2018-03", "2019-03", "2020-03", "2021-03"]
    assert result.pass_mark is None
    assert [p.id for p in result.tie_break.parts] == ["registered_residence_time", "social_insurance_points", "basic_points"]
    assert result.tie_break.key == (D(1858), D("15.25"), D("140.25"))


def test_revised_typical_applicant(revised):
    result = score(person(), revised)
    # insurance 93 months x 0.5; rental 93 months = 7 full years x 6 = 42, capped at 30; 2831 days = 94 months = 7 years x 5
    assert result.points["social_insurance"] == D("46.5")
    assert result.points["rental"] == D(30)
    assert result.points["residence_registration"] == D(35)
    assert "employment" not in result.points  # the employment item is gone
    assert result.total == D("191.5") and not result.provisional
    assert [(x.round, x.difference) for x in result.lines] == [("2021-11", D("31.5"))]


def test_2023_reform_is_a_pass_mark_not_a_line(reform):
    result = score(person(), reform)
    assert result.lines == [] and result.pass_mark == D(100)
    assert result.tie_break is None  # no quota, no ranking
    assert not result.provisional and result.meets_pass_mark is True


def test_pack_for_picks_the_edition_of_each_round():
    assert pack_for("hangzhou", 2020).pack.id == "hangzhou-2018-trial"
    assert pack_for("hangzhou", 2021).pack.id == "hangzhou-2021-revised"  # the November round; March 2021 is the trial's
    assert pack_for("hangzhou", 2023).pack.id == "hangzhou-2023"
    assert pack_for("hangzhou", "2024-Q2").pack.id == "hangzhou-2024-quarterly"
    assert pack_for("hangzhou", "2024-Q3").pack.id == "hangzhou-2024-07"
    assert pack_for("hangzhou", "2030-Q1").pack.id == "hangzhou-2024-07"


def test_a_year_of_quarterly_rounds_must_name_its_round():
    from simulator.core.errors import NotApplicable

    with pytest.raises(NotApplicable, match=r"2025: .* 4 rounds a year; name one \(2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4\)"):
        evaluate(person(), pack_for("hangzhou", "2025-Q1"), 2025)
    with pytest.raises(NotApplicable, match="one round a year"):
        evaluate(person(), load_pack("hangzhou-2021-revised"), "2022-Q3")


# ---------------------------------------------------------------- age bands
@pytest.mark.parametrize(
    "birth, expected",
    [
        (date(1976, 2, 2), D(30)),  # 43 on 2020-02-01
        (date(1976, 2, 1), D(29)),  # 44
        (date(1975, 2, 1), D(27)),  # 45
        (date(1964, 2, 2), D(7)),  # 55
        (date(1964, 2, 1), D(5)),  # 56
        (date(1960, 2, 1), D(5)),  # 60
    ],
)
def test_trial_age_bands(trial, birth, expected):
    assert points(person(birth_date=birth), trial, "age") == expected


def test_trial_age_over_60_is_not_available(trial):
    result = score(person(birth_date=date(1959, 2, 1)), trial)
    assert result.points["age"] == D(0) and missing(result) == ["basic.age.otherwise"]


@pytest.mark.parametrize(
    "birth, expected",
    [
        (date(1982, 10, 2), D(30)),  # 40 on 2023-10-01
        (date(1982, 10, 1), D(28)),  # 41
        (date(1969, 10, 1), D(2)),  # 54
        (date(1968, 10, 1), D(0)),  # 55
        (date(1959, 10, 1), D(0)),  # 64: stays at 0
    ],
)
def test_2023_age_bands(reform, birth, expected):
    result = score(person(birth_date=birth), reform)
    assert result.points["age"] == expected
    assert "basic.age.otherwise" not in missing(result)


# ---------------------------------------------------------------- caps
def test_social_insurance_caps_75_and_120(trial, revised):
    exactly = score(person(social_insurance=[{"start": "1995-02", "city": "hangzhou"}]), trial).indicator("social_insurance")
    over = score(person(social_insurance=[{"start": "1995-01", "city": "hangzhou"}]), trial).indicator("social_insurance")
    assert exactly.points == D(75) and not any(e.kind == "cap" for e in exactly.events)  # 300 months
    assert over.points == D(75) and any(e.text.en == "Capped at 75 (computed 75.25)." for e in over.events)
    assert points(person(social_insurance=[{"start": "2002-10", "city": "hangzhou"}]), revised, "social_insurance") == D(
        120
    )  # 240
    assert points(person(social_insurance=[{"start": "2002-09", "city": "hangzhou"}]), revised, "social_insurance") == D(
        120
    )  # 241


def test_back_paid_and_transferred_months_do_not_count_in_the_trial(trial):
    insurance = [
        {"start": "2014-01", "end": "2014-06", "city": "hangzhou", "transferred_in": True},
        {"start": "2014-07", "end": "2014-12", "city": "hangzhou", "back_paid": True},
        {"start": "2015-01", "city": "hangzhou"},
    ]
    result = score(person(social_insurance=insurance), trial)
    assert result.points["social_insurance"] == D("15.25")  # 61 months
    assert not result.provisional
    said = [(e.text.zh, e.text.en) for e in result.indicator("social_insurance").events if e.kind == "exclusion"]
    assert ("6个补缴月份不计分。", "6 back-paid months earn no points.") in said
    assert ("6个转入月份不计分。", "6 transferred-in months earn no points.") in said


def test_back_paid_months_the_sources_do_not_settle_make_the_score_a_range(trial):
    """Had the sources not said whether back-paid months count: the lowest total leaves them out, the highest
    counts them, and the value is named as missing."""
    data = trial.model_dump()
    data["basic"]["social_insurance"]["back_paid_counts"] = {"source": "rules", "confidence": "not found"}
    unsettled = type(trial).model_validate(data)
    insurance = [
        {"start": "2014-07", "end": "2014-12", "city": "hangzhou", "back_paid": True},
        {"start": "2015-01", "city": "hangzhou"},
    ]
    result = score(person(social_insurance=insurance), unsettled)
    insured = result.indicator("social_insurance")
    assert insured.points == D("15.25") and result.provisional  # 61 months at 0.25; with the 6 back-paid: 67
    assert (insured.low_bound, insured.high_bound) == (D("15.25"), D("16.75"))
    assert "basic.social_insurance.back_paid_counts" in missing(result)
    (note,) = [e.text for e in insured.events if e.kind == "note" and "6" in e.text.en]
    assert note.en.startswith("Whether the 6 back-paid months count: ") and "the highest counts them" in note.en
    assert note.zh.startswith("6个补缴月份是否计分：")


def test_a_month_both_back_paid_and_transferred_in_is_counted_once(trial):
    data = trial.model_dump()
    for kind in ("back_paid_counts", "transferred_in_counts"):
        data["basic"]["social_insurance"][kind] = {"source": "rules", "confidence": "not found"}
    unsettled = type(trial).model_validate(data)
    both = {"start": "2014-07", "end": "2014-12", "city": "hangzhou", "back_paid": True, "transferred_in": True}
    result = score(person(social_insurance=[both, {"start": "2015-01", "city": "hangzhou"}]), unsettled)
    insured = result.indicator("social_insurance")
    assert (insured.low_bound, insured.high_bound) == (D("15.25"), D("16.75"))  # 61 months, at most 67: not 73


def test_rental_cap_30_and_registration(trial, revised):
    six_years = [{"start": "2014-01", "kind": "rented", "district": "xihu", "city": "hangzhou"}]  # 73 months, unregistered
    assert points(person(housing=six_years), trial, "rental") == D(30)  # 6 x 6 = 36, capped
    assert points(person(housing=six_years), revised, "rental") == D(0)  # the revised edition counts registered leases only


def test_residence_caps_45_and_100(trial, revised):
    assert points(
        person(residence_registrations=[{"city": "hangzhou", "start": "2004-08-01"}]), trial, "residence_registration"
    ) == D(45)
    sixteen = score(person(residence_registrations=[{"city": "hangzhou", "start": "2004-01-01"}]), trial).indicator(
        "residence_registration"
    )
    assert sixteen.points == D(45) and any(e.kind == "cap" for e in sixteen.events)  # 16 x 3 = 48
    assert points(
        person(residence_registrations=[{"city": "hangzhou", "start": "2002-06-01"}]), revised, "residence_registration"
    ) == D(100)
    assert points(
        person(residence_registrations=[{"city": "hangzhou", "start": "2001-06-01"}]), revised, "residence_registration"
    ) == D(100)


# ---------------------------------------------------------------- 30 days = 1 month, 12 months = 1 year across interruptions
def test_twelve_months_across_interruptions_make_a_year(trial):
    registrations = [
        {"city": "hangzhou", "start": "2010-01-01", "end": "2010-06-29"},  # 180 days
        {"city": "hangzhou", "start": "2012-03-01", "end": "2012-08-27"},  # 180 days
    ]
    result = score(person(residence_registrations=registrations), trial).indicator("residence_registration")
    assert result.points == D(3)
    assert result.steps[0].en == "360 registered days ÷ 30 = 12 months (0 days left over, not counted)"
    assert result.steps[1].en == "12 months ÷ 12 = 1 year (0 months left over, not counted)"


def test_a_day_short_of_twelve_30_day_months_scores_nothing(trial):
    registrations = [
        {"city": "hangzhou", "start": "2010-01-01", "end": "2010-06-29"},
        {"city": "hangzhou", "start": "2012-03-01", "end": "2012-08-26"},  # 359 days in all: 11 months
    ]
    assert points(person(residence_registrations=registrations), trial, "residence_registration") == D(0)


def test_registrations_in_another_city_do_not_count(trial):
    registrations = [{"city": "beijing", "start": "2010-01-01"}]
    assert points(person(residence_registrations=registrations), trial, "residence_registration") == D(0)


# ---------------------------------------------------------------- tax: 10,000 = 1, +1 per further 5,000
@pytest.mark.parametrize(
    "amount, expected",
    [("9999", D(0)), ("10000", D(1)), ("14999", D(1)), ("15000", D(2)), ("105000", D(20)), ("110000", D(20))],
)
def test_revised_tax_steps_and_cap_20(revised, amount, expected):
    assert points(person(income_tax=[{"year": 2020, "amount_yuan": amount, "city": "hangzhou"}]), revised, "tax") == expected


def test_tax_window_is_the_five_years_before_the_cut_off_year(revised):
    taxes = [
        {"year": 2016, "amount_yuan": "50000", "city": "hangzhou"},  # before the window
        {"year": 2017, "amount_yuan": "6000", "city": "hangzhou"},
        {"year": 2021, "amount_yuan": "4000", "city": "hangzhou"},
        {"year": 2022, "amount_yuan": "50000", "city": "hangzhou"},  # the cut-off year itself
        {"year": 2019, "amount_yuan": "50000", "city": "beijing"},  # another city
    ]
    assert points(person(income_tax=taxes), revised, "tax") == D(1)


@pytest.mark.parametrize("amount, expected", [("405000", D(80)), ("410000", D(80))])
def test_2023_tax_cap_80(reform, amount, expected):
    assert points(person(income_tax=[{"year": 2022, "amount_yuan": amount, "city": "hangzhou"}]), reform, "tax") == expected


def test_trial_tax_has_no_known_cap_so_its_points_are_a_range(trial):
    result = score(person(income_tax=[{"year": 2018, "amount_yuan": "15000", "city": "hangzhou"}]), trial)
    tax = result.indicator("tax")
    assert (tax.low, tax.high) == (D(0), D(2)) and missing(result) == ["bonus.tax.personal.max_points"]
    assert tax.steps[-1].en == "between 0 and 2: depends on what is not known (below)"
    assert (result.total_low, result.total_high) == (D("140.25"), D("142.25"))


def test_investors_are_scored_by_the_enterprise_tax(trial, revised):
    investor = person(investment_tax=[{"year": 2018, "amount_yuan": "80000", "city": "hangzhou"}])
    trial_tax = score(investor, trial).indicator("tax")
    assert (trial_tax.low, trial_tax.high) == (D(0), D(2))  # 50,000 = 1, +1 per further 30,000; the cap is not known
    result = score(investor, revised)
    assert (result.indicator("tax").low, result.indicator("tax").high) == (D(0), None)  # no upper bound known
    assert missing(result) == [
        f"bonus.tax.investor.{name}" for name in ("first_amount", "first_points", "step_amount", "step_points", "max_points")
    ]
    assert result.total_high is None and result.pass_state(D(100)) == "reached"  # the lowest total is above it


# ---------------------------------------------------------------- blood, volunteering, charity
@pytest.mark.parametrize(
    "ml, expected",
    [((199,), D(0)), ((200,), D(1)), ((299,), D(1)), ((300,), D("1.5")), ((400, 1600), D(10)), ((400, 1600, 100), D(10))],
)
def test_trial_blood_donation_steps_and_cap_10(trial, ml, expected):
    donations = [{"date": "2018-05-01", "ml": amount} for amount in ml]
    assert points(person(blood_donations=donations), trial, "blood_donation") == expected


def test_revised_blood_cap_20(revised):
    donations = [{"date": "2019-05-01", "ml": 2000}, {"date": "2021-05-01", "ml": 2000}, {"date": "2022-05-01", "ml": 100}]
    assert points(person(blood_donations=donations), revised, "blood_donation") == D(20)  # 4100 ml: 20.5, capped


@pytest.mark.parametrize("hours, expected", [("19", D(0)), ("20", D(2)), ("100", D(10)), ("120", D(10))])
def test_trial_volunteering_steps_and_cap_10(trial, hours, expected):
    assert points(person(volunteering=[{"year": 2019, "hours": hours}]), trial, "volunteering") == expected


def test_revised_volunteering_within_5_years_cap_20(revised):
    service = [{"year": 2017, "hours": "200"}, {"year": 2018, "hours": "100"}, {"year": 2022, "hours": "140"}]
    assert points(person(volunteering=service), revised, "volunteering") == D(20)  # 240 h in 2018-2022: 24, capped
    assert points(person(volunteering=[{"year": 2017, "hours": "200"}]), revised, "volunteering") == D(0)


@pytest.mark.parametrize("yuan, expected", [("999", D(0)), ("1000", D(2)), ("5000", D(10)), ("6000", D(10))])
def test_charity_steps_and_cap_10(revised, yuan, expected):
    assert points(person(charity_donations=[{"date": "2020-05-01", "yuan": yuan}]), revised, "charity") == expected


def test_charity_counts_donations_within_5_years(revised):
    assert points(person(charity_donations=[{"date": "2017-10-01", "yuan": "1000"}]), revised, "charity") == D(0)
    assert points(person(charity_donations=[{"date": "2017-10-02", "yuan": "1000"}]), revised, "charity") == D(2)


# ---------------------------------------------------------------- honours, stem cells, patents
def test_trial_honours_by_level_with_caps_and_validity(trial):
    honours = [{"kind": "award", "level": "national", "year": y, "city": "hangzhou"} for y in (2016, 2017, 2018, 2019)]
    honours += [
        {"kind": "award", "level": "provincial", "year": 2019, "city": "hangzhou"},
        {"kind": "award", "level": "municipal", "year": 2015, "city": "hangzhou"},  # whether still valid depends on the date
        {"kind": "award", "level": "district", "year": 2012, "city": "hangzhou"},  # expired
        {"kind": "award", "level": "national", "year": 2019, "city": "beijing"},  # earned elsewhere
        {"kind": "model_worker", "year": 2019},  # no level
    ]
    result = score(person(honours=honours), trial).indicator("honours")
    assert result.points == D(290)  # national 4 x 80 = 320, capped at 240; provincial 50
    assert [e.text.en for e in result.events if e.kind == "cap"] == ["Honours of national level are capped at 240."]
    assert sum(e.kind == "exclusion" for e in result.events) == 4


def test_revised_honours_validity_and_caps_are_not_available(revised):
    result = score(person(honours=[{"kind": "award", "level": "municipal", "year": 2021, "city": "hangzhou"}]), revised)
    assert missing(result) == ["bonus.honours.window_years", "bonus.honours.levels.municipal.max_points"]
    honours = result.indicator("honours")
    assert (honours.low, honours.high) == (D(0), D(30))
    assert any("each may have lapsed" in e.text.en for e in honours.events)


def test_stem_cells_and_patents(trial, revised):
    assert points(person(stem_cell_donation=True), trial, "stem_cell_donation") == D(80)
    assert points(person(stem_cell_donation=True), revised, "stem_cell_donation") == D(80)
    patents = [
        {"granted": "2017-03-01"},
        {"granted": "2018-03-01", "shared": True, "first_patentee": False},
        {"granted": "2019-03-01", "transferred": True},
    ]
    result = score(person(invention_patents=patents), trial)
    found = result.indicator("patents")
    assert (found.low, found.high) == (D(0), D(30))  # 20 + 10 + 0, under a cap the trial sources do not give
    assert missing(result) == ["bonus.patents.max_points"]


# ---------------------------------------------------------------- education and title do not add up
def test_education_and_title_are_not_cumulative(trial):
    title_higher = score(person(professional_title="intermediate"), trial)
    assert title_higher.points["education"] == D(0) and title_higher.points["title_skill"] == D(60)
    education_higher = score(person(education={"level": "master"}, professional_title="intermediate"), trial)
    assert education_higher.points["education"] == D(70) and education_higher.points["title_skill"] == D(0)
    assert any(e.kind == "exclusion" for e in education_higher.indicator("title_skill").events)


def test_revised_assistant_title_not_found(revised):
    result = score(person(education=None, professional_title="assistant"), revised)
    title = result.indicator("title_skill")
    assert (title.low, title.high) == (D(0), None) and missing(result) == ["basic.title_skill.title.assistant"]
    assert points(person(education=None, skill_level="senior_technician"), revised, "title_skill") == D(80)


# ---------------------------------------------------------------- employment, housing
def test_trial_employment_needs_work_and_insurance_in_the_cut_off_month(trial):
    working = person(workplaces=[{"start": "2015-01", "district": "xihu", "city": "hangzhou"}])
    assert points(working, trial, "employment") == D(10)
    left = person(workplaces=[{"start": "2015-01", "end": "2019-12", "district": "xihu", "city": "hangzhou"}])
    assert points(left, trial, "employment") == D(0)


def test_own_home_and_rental_together_are_not_known(trial):
    housing = [
        {"start": "2015-01", "end": "2017-12", "kind": "rented", "district": "xihu", "city": "hangzhou"},
        {"start": "2018-01", "kind": "own", "district": "xihu", "city": "hangzhou"},
    ]
    result = score(person(housing=housing), trial)
    assert result.points["own_home"] == D(30)
    rental = result.indicator("rental")
    assert (rental.low, rental.high) == (D(0), D(18))  # added to the own home, or not at all
    assert missing(result) == ["basic.housing_combined_max"]


# ---------------------------------------------------------------- deductions and the veto
def test_revised_deductions_one_act_counts_only_the_largest(revised):
    profile = person(
        has_criminal_record=True,
        penalties=[
            {"kind": "criminal", "date": "2019-05-01", "act": "A", "sentence_years": "1"},
            {"kind": "judicial_detention", "date": "2019-04-01", "act": "A"},
        ],
        dishonesty_listings=[{"level": "national", "date": "2020-01-01"}],
        detentions=[{"date": "2017-09-30", "city": "hangzhou"}],  # more than 5 years before 2022-10-01
    )
    result = score(profile, revised)
    deductions = result.indicator("deductions")
    assert deductions.points == D(-190)  # -150 (not -150 - 60) and a dishonesty record -40
    assert deductions.group == "deduction"
    assert any("only the largest deduction, -150, counts" in e.text.en for e in deductions.events)
    assert any("outside the window" in e.text.en for e in deductions.events)
    assert result.veto is None


def test_trial_deductions_add_up(trial):
    result = score(
        person(detentions=[{"date": "2019-03-01", "city": "hangzhou"}, {"date": "2019-06-01", "city": "hangzhou"}]), trial
    )
    assert result.points["deductions"] == D(-60) and not result.provisional


@pytest.mark.parametrize(
    "facts, vetoed",
    [
        ({"has_criminal_record": True, "penalties": [{"kind": "criminal", "date": "2010-01-01", "serious_crime": True}]}, True),
        ({"has_criminal_record": True, "penalties": [{"kind": "criminal", "date": "2010-01-01", "sentence_years": "5"}]}, True),
        (
            {"has_criminal_record": True, "penalties": [{"kind": "criminal", "date": "2010-01-01", "sentence_years": "4.5"}]},
            False,
        ),
        ({"banned_organisation": True}, True),
        ({"points_fraud": "2019-03-01"}, True),  # barred until 2024-03-01
        ({"points_fraud": "2017-09-01"}, False),  # barred until 2022-09-01, before the cut-off
    ],
)
def test_revised_one_vote_veto(revised, facts, vetoed):
    result = score(person(**facts), revised)
    assert (result.veto is not None) is vetoed
    if vetoed:
        assert not result.qualified and result.total > 0  # the total is still shown, but counts for nothing


def test_trial_veto_rules_out_a_serious_crime(trial):
    result = score(
        person(has_criminal_record=True, penalties=[{"kind": "criminal", "date": "2010-01-01", "serious_crime": True}]), trial
    )
    assert result.veto is not None and not result.qualified


# ---------------------------------------------------------------- qualification
def test_qualification_age_18_and_a_valid_permit(trial):
    minor = score(person(birth_date=date(2002, 2, 2)), trial)  # 17 on 2020-02-01
    assert not minor.qualification[0].met and not minor.qualified
    assert score(person(birth_date=date(2002, 2, 1)), trial).qualification[0].met
    suspended = score(person(residence_permits=[{"city": "hangzhou", "suspended": True}]), trial)
    assert not suspended.qualification[1].met and "points lapse" in suspended.qualification[1].reason.en


# ---------------------------------------------------------------- tie-break
def test_equal_totals_rank_by_registered_time_then_insurance_points(trial):
    longer = score(person(), trial)
    shorter = score(person(residence_registrations=[{"city": "hangzhou", "start": "2015-01-20"}]), trial)
    # 57 insured months (14.25) and a 200 ml blood donation (1) make the same total with fewer insurance points
    fewer_insurance = score(
        person(social_insurance=[{"start": "2015-05", "city": "hangzhou"}], blood_donations=[{"date": "2018-01-01", "ml": 200}]),
        trial,
    )
    assert longer.total == shorter.total == fewer_insurance.total == D("140.25")
    ranked = rank([fewer_insurance, shorter, longer])
    assert [r.result for r in ranked] == [longer, fewer_insurance, shorter]
    assert [r.position for r in ranked] == [1, 2, 3]
    assert ranked[1].decided_by.en == "equal totals: ranked by social-insurance points"
    assert ranked[2].decided_by.en == "equal totals: ranked by registered residence time in Hangzhou (days)"


def test_checks_for_hangzhou_report_facts_after_the_cut_off(revised):
    profile = person(residence_registrations=[{"city": "hangzhou", "start": "2015-01-01", "end": "2022-12-31"}])
    problems = check_for_year(profile, revised, REVISED)
    assert [(p.field, p.kind) for p in problems] == [("residence_registrations[0].end", "after_cutoff")]


def test_the_latest_comparable_line_of_each_edition(trial, revised, reform):
    from simulator.core.lines import latest_line_for

    assert (latest_line_for(trial).round, latest_line_for(trial).line) == ("2021-03", D(135))
    assert (latest_line_for(revised).round, latest_line_for(revised).line) == ("2021-11", D(160))
    assert latest_line_for(reform) is None  # 100 is a pass mark, not a line


def test_the_result_says_its_counting_date_is_assumed_only_where_the_pack_marks_it_so(trial, revised, reform):
    def said(pack):
        return [a.en for a in score(person(), pack).assumptions if "counting date" in a.en]

    assert said(trial) == []  # February 1, before the March acceptance: from one source, not assumed
    assumed = (
        "The counting date {} is this program's assumption: the rules set no such day, or the sources found do not confirm it."
    )
    assert said(revised) == [assumed.format("2022-10-01")]
    assert said(reform) == [assumed.format("2023-10-01")]


def test_the_result_says_the_day_age_is_taken_on_is_assumed_only_where_the_pack_marks_it_so(trial, revised):
    def said(pack):
        return [a.en for a in score(person(), pack).assumptions if a.en.startswith("Age is taken on")]

    assert said(trial) == []
    assert said(revised) == ["Age is taken on 2022-10-01, this program's assumption: the sources found do not confirm that day."]
