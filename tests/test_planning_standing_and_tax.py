"""Where a total would have stood among the admitted of past years (history, never a prediction), and the
projection's tax assumption and first row."""

from datetime import date
from decimal import Decimal

from simulator.planning import project
from simulator.planning.standing import admitted_lists, standing

AS_OF = date(2026, 11, 22)


def test_the_published_lists_are_shipped_and_match_the_lines():
    lists = {a.round: a for a in admitted_lists("beijing")}
    assert sorted(lists) == ["2018", "2020", "2021"]
    assert lists["2020"].listed == 6032 and lists["2021"].listed == 6045
    assert lists["2018"].listed == 6000  # the published 2018 list stops at 6,000 of the 6,019 admitted
    for admitted in lists.values():
        assert admitted.lowest == admitted.line  # the line is the lowest admitted total


def test_rank_and_percentile_in_each_year():
    found = {s.round: s for s in standing("beijing", Decimal("105.5"), Decimal("105.5"))}
    assert found["2020"].best == found["2020"].worst == 376
    assert found["2020"].percent(376) == Decimal("6.3")
    assert "2020 (line 97.13): would have ranked 376 of the 6,032 admitted (top 6.3%)." == found["2020"].text().en
    assert "2020年（分数线97.13）" in found["2020"].text().zh
    top = {s.round: s for s in standing("beijing", Decimal("200"), Decimal("200"))}
    assert all(s.best == 1 for s in top.values())


def test_below_the_line_and_a_range():
    below = {s.round: s for s in standing("beijing", Decimal("95"), Decimal("95"))}
    assert below["2020"].best is None and "below that year's line 97.13" in below["2020"].text().en
    assert below["2018"].best is not None  # 95 was above 2018's line
    ranged = {s.round: s for s in standing("beijing", Decimal("95"), Decimal("110"))}
    assert ranged["2020"].best is not None and ranged["2020"].worst is None
    assert "to below the line" in ranged["2020"].text().en


def test_a_city_without_published_lists_has_no_standing():
    assert standing("hangzhou", Decimal("100")) == ()
    assert admitted_lists("xiongan") == ()


def test_tax_is_carried_forward_only_as_the_stated_assumption(make_profile):
    profile = make_profile(
        income_tax=[{"year": y, "amount_yuan": "120000"} for y in (2022, 2023, 2024, 2025)],
    )
    plain = project(profile, "beijing", AS_OF, until_year=2031)
    assumed = project(profile, "beijing", AS_OF, until_year=2031, assume_tax=True)
    tax_plain = [y.evaluation.indicator("tax").points for y in plain.years]
    tax_assumed = [y.evaluation.indicator("tax").points for y in assumed.years]
    assert tax_plain[-1] < tax_plain[0] or tax_plain[-1] == 0  # without it, the years entered leave the window
    assert tax_assumed[-1] == tax_assumed[0] > 0  # with it, the tax keeps counting
    assert all(not y.assumptions or "income tax" not in y.assumptions[0].en for y in plain.years)
    last = assumed.years[-1]
    assert "Assumed: income tax in Beijing continues at 120000 yuan a year, as in 2025 (2026–2030)." in [
        a.en for a in last.assumptions
    ]
    assert "假设" in last.assumptions[0].zh


def test_an_old_tax_year_is_not_carried_forward_and_that_is_said(make_profile):
    profile = make_profile(income_tax=[{"year": 2019, "amount_yuan": "120000"}])
    projection = project(profile, "beijing", AS_OF, until_year=2028, assume_tax=True)
    assert "entered up to 2019 only: not assumed to continue" in projection.years[0].assumptions[0].en


def test_the_first_row_is_explained_against_the_round_before(make_profile):
    projection = project(make_profile(), "beijing", AS_OF, until_year=2029)
    first = projection.years[0]
    assert first.year == 2027 and first.compared_with == 2026
    assert any(c.id == "employment" for c in first.changes)  # a year more of insurance since the 2026 round
    assert all(item.compared_with == item.year - 1 for item in projection.years)
