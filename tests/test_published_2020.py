"""The engine reproduces Beijing's officially published 2020 scores, for every one of the 6,032 people."""

from collections import Counter

import pytest

from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.engine import evaluate
from tests.support.published import COLUMNS, birth_date, published_rows, reconstruct

ROWS = published_rows()


def test_the_list_is_complete_and_its_totals_are_the_sum_of_the_parts():
    assert len(ROWS) == 6032
    assert all(sum(r.scores.values()) == r.total for r in ROWS)
    assert set(COLUMNS) == set(INDICATOR_IDS)


def test_every_age_score_follows_from_the_birth_month(pack2020, make_profile):
    mismatches = []
    for row in ROWS:
        profile = make_profile(birth_date=birth_date(row.birth_month))
        got = evaluate(profile, pack2020, 2020, compare_lines=False).indicator("age").points
        if got != row.scores["age"]:
            mismatches.append((row.rank, row.birth_month, row.scores["age"], got))
    assert mismatches == []
    # the list really does exercise every band of the age table
    assert {r.scores["age"] for r in ROWS} == {0, 4, 8, 12, 16, 20}


def test_every_reconstructed_profile_scores_exactly_the_published_total(pack2020):
    wrong = Counter()
    examples = {}
    for row in ROWS:
        result = evaluate(reconstruct(row), pack2020, 2020, compare_lines=False)
        assert result.qualified, (row.rank, [c.reason.en for c in result.failed_conditions])
        for item in result.indicators:
            if item.points != row.scores[item.id]:
                wrong[item.id] += 1
                examples.setdefault(item.id, (row.rank, row.scores[item.id], item.points, [s.en for s in item.steps]))
        if result.total != row.total:
            wrong["total"] += 1
            examples.setdefault("total", (row.rank, row.total, result.total))
    assert not wrong, examples


@pytest.mark.parametrize("rank", [1, 2, 6032])
def test_a_published_row_is_derived_line_by_line(pack2020, rank):
    row = ROWS[rank - 1]
    result = evaluate(reconstruct(row), pack2020, 2020)
    employment = result.indicator("employment")
    months = int(row.scores["employment"] * 4)
    assert employment.steps[0].en.startswith(f"{months} months × 3/12 = ")
    assert result.total == row.total
