"""Beijing's derivations at the boundaries of the 2020 rules: what the worksheet says (steps, reasons, events).
The points themselves are rule cases, data in tests/cases/beijing/ (declaration year 2024 unless stated:
cut-off 2023-12-31, age taken on 2023-01-01, tax years 2021–2023, penalty window 2019–2023)."""

from decimal import Decimal as D

from simulator.engine import evaluate

YEAR = 2024


def score(profile, pack, year=YEAR):
    return evaluate(profile, pack, year)


def points(profile, pack, indicator, year=YEAR):
    return score(profile, pack, year).indicator(indicator).points


# ---------------------------------------------------------------- the official worked example
def test_official_example_in_service_bachelor_finished_in_8_months(make_profile, pack2020):
    # Q&A 2020-07: an in-service bachelor finished in 8 months scores 15 - 3.5/12 x 8 = 12.67
    profile = make_profile(education={"level": "bachelor", "study_start": "2015-01", "study_end": "2015-08"})
    result = score(profile, pack2020)
    assert result.indicator("education").points == D("15")
    assert result.indicator("study_deduction").points == D("-2.33")
    assert result.indicator("education").points + result.indicator("study_deduction").points == D("12.67")
    assert result.indicator("study_deduction").steps[0].en == "−3.5/12 × 8 months = -2.33"


# ---------------------------------------------------------------- qualification: 84 continuous months
def test_exactly_84_continuous_months_qualify_and_83_do_not(make_profile, pack2020):
    exactly = make_profile(social_insurance=[{"start": "2017-01", "end": "2023-12"}])
    short = make_profile(social_insurance=[{"start": "2017-02", "end": "2023-12"}])
    assert score(exactly, pack2020).qualification[2].met
    result = score(short, pack2020)
    assert not result.qualified
    assert "83 months, short of 84" in result.qualification[2].reason.en
    assert result.indicator("employment").points == D("20.75")  # the what-if still scores 83 x 0.25


def test_five_back_paid_months_are_allowed_six_are_not(make_profile, pack2020):
    def with_back_paid(n):
        return make_profile(
            social_insurance=[
                {"start": "2015-01", "end": "2019-12"},
                {"start": "2020-01", "end": f"2020-{n:02d}", "back_paid": True},
                {"start": f"2020-{n + 1:02d}"},
            ]
        )

    five, six = score(with_back_paid(5), pack2020), score(with_back_paid(6), pack2020)
    assert five.qualification[2].met
    assert not six.qualification[2].met
    assert "6 of the last 84 months were back-paid" in six.qualification[2].reason.en
    # back-paid months keep continuity but earn no points: 108 months insured, 5 back-paid
    assert five.indicator("employment").points == D("25.75")


def test_a_gap_never_back_paid_breaks_continuity(make_profile, pack2020):
    profile = make_profile(social_insurance=[{"start": "2010-01", "end": "2019-05"}, {"start": "2019-07"}])
    result = score(profile, pack2020)
    assert not result.qualification[2].met
    assert "since 2019-07 is 54 months" in result.qualification[2].reason.en


def test_insurance_must_reach_the_cutoff_month(make_profile, pack2020):
    result = score(make_profile(social_insurance=[{"start": "2010-01", "end": "2023-11"}]), pack2020)
    assert not result.qualification[2].met
    assert "cut-off month 2023-12" in result.qualification[2].reason.en


# ---------------------------------------------------------------- age around Jan 1


# ---------------------------------------------------------------- employment and residence
def test_employment_counts_months_up_to_the_cutoff(make_profile, pack2020):
    result = score(make_profile(social_insurance=[{"start": "2010-06", "end": "2025-06"}]), pack2020)
    employment = result.indicator("employment")
    assert employment.points == D("40.75")  # 163 months x 3/12
    assert employment.steps[0].en == "163 months × 3/12 = 40.75"
    assert any("18 months after the cut-off" in e.text.en for e in employment.events)


def test_rentals_straddling_2020_08_need_a_registered_lease(make_profile, pack2020):
    unregistered = make_profile(housing=[{"start": "2020-01", "end": "2020-12", "kind": "rented", "district": "haidian"}])
    registered = make_profile(
        housing=[{"start": "2020-01", "end": "2020-12", "kind": "rented", "district": "haidian", "lease_registered": True}]
    )
    # Jan-Jul count automatically with every insured month to 2020-07 (127 x 0.5/12 = 5.29), declared or not;
    # Aug-Dec only with a registered lease (5 x 0.5/12 = 0.21)
    assert points(unregistered, pack2020, "residence") == D("5.29")
    assert points(registered, pack2020, "residence") == D("5.5")
    found = score(unregistered, pack2020).indicator("residence")
    assert any("5 unregistered months" in e.text.en for e in found.events)
    assert any("count as rental/dormitory time without being declared: 127 months" in e.text.en for e in found.events)
    assert "counted automatically 127 months × 0.5/12 = 5.29" in [s.en for s in found.steps]


# ---------------------------------------------------------------- work and residence area
def _area_profile(make_profile, own_from, work_outside_from=None):
    workplaces = [{"start": "2010-01", "district": "haidian"}]
    if work_outside_from:
        workplaces = [
            {"start": "2010-01", "end": _previous(work_outside_from), "district": "haidian"},
            {"start": work_outside_from, "district": "daxing"},
        ]
    return make_profile(housing=[{"start": own_from, "kind": "own", "district": "tongzhou"}], workplaces=workplaces)


def _previous(month):
    y, m = (int(x) for x in month.split("-"))
    return f"{y - (m == 1)}-{12 if m == 1 else m - 1:02d}"


def test_area_counts_from_2018_and_is_capped_at_12(make_profile, pack2020):
    profile = _area_profile(make_profile, "2015-01", "2015-01")
    result = score(profile, pack2020, 2026)  # 2018-01..2025-12: 8 blocks x 3 = 24 -> 12
    area = result.indicator("work_residence_area")
    assert area.points == D("12")
    assert area.inputs[0].value == "96"
    assert any(e.kind == "cap" for e in area.events)


# ---------------------------------------------------------------- tax, penalties, innovation, honours
def test_tax_years_just_outside_the_window_do_not_count(make_profile, pack2020):
    profile = make_profile(income_tax=[{"year": y, "amount_yuan": "100000"} for y in (2020, 2021, 2022, 2023)])
    tax = score(profile, pack2020).indicator("tax")
    assert tax.points == D("6")
    assert any("2020 is outside the years counted (2021–2023)" in e.text.en for e in tax.events)
    below = make_profile(income_tax=[{"year": 2023, "amount_yuan": "99999.99"}])
    assert points(below, pack2020, "tax") == D("0")


def test_total_is_the_sum_of_the_rounded_parts(make_profile, pack2020):
    profile = make_profile(
        education={"level": "bachelor", "study_start": "2015-01", "study_end": "2015-08"},
        housing=[{"start": "2010-01", "kind": "own", "district": "shunyi"}],
        income_tax=[{"year": 2023, "amount_yuan": "150000"}],
    )
    result = score(profile, pack2020)
    assert result.total == sum(item.points for item in result.indicators)
    assert [item.id for item in result.indicators] == [
        "employment",
        "residence",
        "education",
        "study_deduction",
        "work_residence_area",
        "innovation",
        "tax",
        "age",
        "honours",
        "law_abiding",
    ]


def test_every_indicator_cites_its_rule_values(make_profile, pack2020):
    result = score(make_profile(), pack2020)
    for item in result.indicators:
        assert item.rules, item.id
        for rule in item.rules:
            assert rule.citation.zh and rule.citation.en and rule.confidence


def test_results_compare_with_the_published_lines(make_profile, pack2020):
    result = score(make_profile(), pack2020)
    by_round = {line.round: line for line in result.lines}
    assert by_round["2022"].line == D("105.42")
    assert by_round["2022"].difference == result.total - D("105.42")
    assert by_round["2026"].status == "unconfirmed"


def test_the_residence_permit_condition_says_by_when_it_must_have_been_applied_for(make_profile, pack2020):
    permit = score(make_profile(), pack2020).qualification[0]
    assert permit.id == "residence_permit" and permit.met
    assert permit.reason.en == "Holds a Beijing residence permit (it must have been applied for by 2023-12-31)."
    assert permit.reason.zh == "已持有本市居住证（须于2023-12-31前申领）。"
    assert "qualification.residence_permit_by_cutoff" in {r.key for r in permit.rules}
