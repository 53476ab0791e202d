"""Properties that hold for any valid applicant (hypothesis): the engine always answers, the total is the sum of
its parts, every indicator stays within its bounds, and the rules' monotonic promises hold."""

from datetime import date
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.engine import evaluate
from simulator.engine.serialize import evaluation_to_dict
from simulator.profile.model import InsurancePeriod
from tests.support.strategies import profiles

YEARS = st.integers(2020, 2031)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BOUNDS = {
    "employment": (D(0), None),
    "residence": (D(0), None),
    "education": (D(0), D(37)),
    "study_deduction": (D(-14), D(0)),
    "work_residence_area": (D(0), D(12)),
    "innovation": (D(0), D(12)),
    "tax": (None, D(6)),
    "age": (D(0), D(20)),
    "honours": (D(0), D(20)),
    "law_abiding": (None, D(0)),
}


@SETTINGS
@given(profiles(), YEARS)
def test_any_valid_profile_is_scored_and_the_total_is_the_sum_of_its_parts(pack2020, profile, year):
    result = evaluate(profile, pack2020, year)
    assert [i.id for i in result.indicators] == list(INDICATOR_IDS)
    assert result.total == sum(i.points for i in result.indicators)
    for item in result.indicators:
        low, high = BOUNDS[item.id]
        assert low is None or item.points >= low, (item.id, item.points)
        assert high is None or item.points <= high, (item.id, item.points)
        assert item.points == item.points.quantize(D("0.01")), item.id
        for step in item.steps:  # every derivation line renders in both languages
            assert step.zh and step.en
    assert result.qualified == all(c.met for c in result.qualification)
    evaluation_to_dict(result)  # and serialises


@SETTINGS
@given(profiles(), YEARS, st.integers(1, 36))
def test_more_insured_months_never_lower_employment_points(pack2020, profile, year, extra):
    before = evaluate(profile, pack2020, year).indicator("employment").points
    periods = profile.social_insurance
    first = min((p.start for p in periods), default=None)
    if first is None:
        more = [InsurancePeriod(start="2015-01", end="2015-01")]
    else:
        more = [InsurancePeriod(start=first - extra, end=first - 1), *periods]
    after = evaluate(profile.model_copy(update={"social_insurance": more}), pack2020, year).indicator("employment").points
    assert after >= before


@SETTINGS
@given(profiles(), YEARS)
def test_a_later_declaration_year_never_raises_age_points(pack2020, profile, year):
    now = evaluate(profile, pack2020, year).indicator("age").points
    later = evaluate(profile, pack2020, year + 1).indicator("age").points
    assert later <= now


@SETTINGS
@given(st.dates(date(1950, 1, 1), date(2005, 12, 31)), YEARS)
def test_age_points_follow_the_table_exactly(pack2020, make_profile, birth, year):
    points = evaluate(make_profile(birth_date=birth), pack2020, year).indicator("age").points
    on = date(year - 1, 1, 1)
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    assert points == {46: D(16), 47: D(12), 48: D(8), 49: D(4)}.get(age, D(20) if age <= 45 else D(0))


def _area_by_hand(profile, year):
    """The area rule month by month, as the fact sheet states it (a reference for the engine's span walk)."""
    outside = {"tongzhou", "daxing", "changping", "yanqing"}
    first, last = 2018 * 12, (year - 1) * 12 + 11
    live = []
    for p in profile.housing:
        end = last if p.end is None else min(p.end, last)
        if p.kind == "own" and p.district in outside:
            live += [m for m in range(max(p.start, first), end + 1)]
    work = set()
    for p in profile.workplaces:
        end = last if p.end is None else min(p.end, last)
        if p.district in outside:
            work.update(range(p.start, end + 1))
    live.sort()
    if not live or live[-1] != last:
        return D(0)
    points = 0
    for i in range(0, len(live) - 11, 12):
        points += 3 if all(m in work for m in live[i : i + 12]) else 2
    return D(min(points, 12))


@SETTINGS
@given(profiles(), YEARS)
def test_area_points_match_the_rule_counted_month_by_month(pack2020, profile, year):
    assert evaluate(profile, pack2020, year).indicator("work_residence_area").points == _area_by_hand(profile, year)
