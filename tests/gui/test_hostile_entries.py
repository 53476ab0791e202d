"""What no real applicant types, typed into the wizard: each is refused in the field with a message, the entry is
kept as typed, and nothing raises (a huge number once brought the crash dialog back on every edit)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize(
    "table, column, text",
    [
        ("income_tax", "amount_yuan", "9" * 5000),
        ("income_tax", "amount_yuan", "1e400"),
        ("income_tax", "amount_yuan", "99999999999"),
        ("income_tax", "year", "10000000000000000000000"),
        ("social_insurance", "start", "-83333333333334-09"),
    ],
)
def test_a_value_no_one_has_is_refused_in_its_cell_and_kept_as_typed(open_window, table, column, text):
    window = open_window("en", demo=True)
    state = window.state
    total = state.result.total
    model = state.tables[table]
    row = 0 if model.rows else model.add_row()
    at = [c.key for c in model.spec.columns].index(column)
    assert model.setData(model.index(row, at), text)
    QApplication.processEvents()
    assert model.rows[row][column] == text  # kept exactly as typed
    problem = model.problem_at(row, column) or next((p for p in state.problems.errors if p.field == table), None)
    assert problem is not None and problem.message
    assert state.result is not None and state.result.total <= total + 1000  # still scored, without that entry
    model.setData(model.index(row, at), "")  # and the next edit works as ever
    QApplication.processEvents()
    assert state.result is not None
