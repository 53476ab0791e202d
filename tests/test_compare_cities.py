"""One person, several cities: facts entered once are scored by each city's rules side by side."""

from datetime import date
from decimal import Decimal as D

import pytest

from simulator.core.rounds import edition_and_round
from simulator.engine import evaluate
from simulator.engine.compare_cities import compare_cities
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack
from simulator.rules.help import indicator_help


@pytest.fixture(scope="module")
def mover():
    """Seven years in Beijing, then Hangzhou; a bachelor with income tax in both cities."""
    return ApplicantProfile.model_validate(
        dict(
            birth_date=date(1988, 3, 10),
            retirement_category="female_cadre",
            social_insurance=[{"start": "2012-07", "end": "2019-06"}, {"start": "2019-07", "city": "hangzhou"}],
            housing=[
                {"start": "2012-07", "end": "2019-06", "kind": "rented", "district": "haidian"},
                {"start": "2019-07", "kind": "rented", "district": "xihu", "city": "hangzhou", "lease_registered": True},
            ],
            residence_permits=[{"city": "hangzhou"}],
            residence_registrations=[{"city": "hangzhou", "start": "2019-07-01"}],
            education={"level": "bachelor"},
            # Hangzhou's revised rules give 30 for a Hangzhou honour, but not its cap or how long it counts
            honours=[{"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou"}],
            income_tax=[
                {"year": 2018, "amount_yuan": "12000"},
                {"year": 2021, "amount_yuan": "9000", "city": "hangzhou"},
                {"year": 2022, "amount_yuan": "9000", "city": "hangzhou"},
            ],
        )
    )


def editions(year=2024):
    """Each city's edition in force for the year: Hangzhou, holding four rounds a year from 2024, its first (Q1)."""
    return [edition_and_round(city, year) for city in ("beijing", "xiongan", "hangzhou")]


def test_each_city_row_matches_its_own_evaluation(mover):
    comparison = compare_cities(mover, editions())
    assert [row.city for row in comparison.rows] == ["beijing", "xiongan", "hangzhou"]
    for row, (pack, year) in zip(comparison.rows, editions()):
        alone = evaluate(mover, pack, year)
        assert row.total == alone.total and row.qualified == alone.qualified and row.provisional == alone.provisional
        assert row.missing == len(alone.missing)
        assert comparison.evaluation(pack.pack.id).total == alone.total


def test_the_rows_say_what_each_total_is_compared_with(mover):
    beijing, xiongan, hangzhou = compare_cities(mover, editions()).rows
    assert not beijing.qualified  # Beijing insurance stopped in 2019
    assert (beijing.target_kind, beijing.target_round, beijing.target) == ("line", "2023", D("109.92"))
    assert beijing.difference == beijing.total - D("109.92")
    assert not xiongan.qualified and xiongan.target is None  # no Xiong'an line was found
    assert (hangzhou.target_kind, hangzhou.target) == ("pass_mark", D(100))
    assert hangzhou.difference == hangzhou.total - D(100)
    assert hangzhou.provisional and hangzhou.qualified
    assert str(hangzhou.declaration_year) == "2024-Q1"


def test_the_shared_facts_table(mover):
    comparison = compare_cities(mover, editions())
    tax = next(t for t in comparison.topics if t.id == "tax")
    # Beijing: no year of at least 100,000; Xiong'an: none there; Hangzhou 2024-Q1: 18,000 in 2019-2023 = 1 + 1
    assert tax.points == {"beijing-2020": D(0), "xiongan-2021-trial": D(0), "hangzhou-2024-quarterly": D(2)}
    title = next(t for t in comparison.topics if t.id == "title_skill")
    assert title.points["beijing-2020"] is None  # Beijing does not score titles
    education = next(t for t in comparison.topics if t.id == "education")
    assert education.points["beijing-2020"] == D(15) and education.points["xiongan-2021-trial"] == D(18)
    assert education.points["hangzhou-2024-quarterly"] == D(50) and not education.provisional["hangzhou-2024-quarterly"]
    honours = (
        next(t for t in comparison.topics if t.id == "honours") if any(t.id == "honours" for t in comparison.topics) else None
    )
    assert honours is None or honours.provisional["hangzhou-2024-quarterly"]


def test_a_channel_is_shown_instead_of_a_total(mover):
    talent = mover.model_copy(update={"settlement_group": "introduced_talent"})
    row = compare_cities(talent, editions()).rows[1]
    assert row.total is None and row.target is None and row.difference is None
    assert row.channel.id == "introduced_talent"


def test_overrides_are_given_per_pack(mover):
    supplied = {"hangzhou-2024-quarterly": {"bonus.honours.window_years": 5, "bonus.honours.levels.municipal.max_points": "90"}}
    plain = compare_cities(mover, editions()).rows[2]
    filled = compare_cities(mover, editions(), overrides=supplied).rows[2]
    assert (plain.total_low, plain.total_high) == (plain.total, plain.total + D(30))
    assert filled.total == filled.total_high == plain.total + D(30)
    assert filled.missing == plain.missing - 2 == 0


def test_facts_that_do_not_fit_a_city_are_listed_not_fatal(mover):
    data = mover.model_dump()
    data["income_tax"].append({"year": 2025, "amount_yuan": "1000", "city": "hangzhou"})
    later = ApplicantProfile.model_validate(data)
    rows = compare_cities(later, editions()).rows
    assert rows[2].problems == ["income_tax[3].year: 2025 is after the cut-off 2024-02-01 for declaration round 2024-Q1"]


@pytest.mark.parametrize(
    "pack_id, year",
    [
        ("xiongan-2021-trial", 2024),
        ("hangzhou-2018-trial", 2020),
        ("hangzhou-2021-revised", 2022),
        ("hangzhou-2023", 2023),
        ("hangzhou-2024-07", "2025-Q3"),
    ],
)
def test_every_indicator_has_plain_language_help(mover, pack_id, year):
    pack = load_pack(pack_id)
    result = evaluate(mover, pack, year)
    for item in result.indicators:
        found = indicator_help(pack.pack.city, item.id)
        assert found is not None, item.id
        assert found.what_counts.zh and found.how_computed.en
    assert indicator_help(pack.pack.city, "qualification") is not None
