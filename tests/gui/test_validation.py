"""Problems are shown next to their field, in the user's language; only real errors block Next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.decimals import fmt
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from tests.gui.keyboard import alt, press, tab, type_text


def problem_under(page, key):
    return next(label for k, label in page._problem_labels if k == key)


def test_wrong_date_is_explained_in_chinese_and_blocks_next(open_window):
    window = open_window("zh")
    wizard = window.wizard
    wizard.go_to_id("qualification")
    page = wizard.current
    alt("d")
    type_text("1982-02-30")
    label = problem_under(page, "birth_date")
    assert label.isVisible()
    assert "1982-02-30" in label.text() and "不是日期" in label.text()
    assert "date" not in label.text().lower()  # no English in Chinese mode
    assert not wizard.next_button.isEnabled()
    assert page.birth_date.text() == "1982-02-30"  # kept as typed

    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    type_text("28")
    alt("t")
    press(Qt.Key.Key_Down)
    assert not label.isVisible()
    assert wizard.next_button.isEnabled()


def test_fresh_form_needs_birth_date_and_category(open_window):
    """A blank form shows no red before anything is typed; Next asks for the birth date and the category, marking
    them "required" and saying so; every other page can still be looked at."""
    window = open_window("en")
    wizard = window.wizard
    assert wizard.next_button.isEnabled()  # the start page has sensible defaults
    wizard.go_next()
    page = wizard.current
    assert page.page_id == "qualification"
    assert not problem_under(page, "birth_date").isVisible()  # nothing typed yet: no "required" marks
    assert not problem_under(page, "retirement_category").isVisible()
    assert window.score_panel.total.text() == "—"
    alt("n")  # Alt+N: trying to go on
    assert wizard.current is page
    assert problem_under(page, "birth_date").isVisible() and problem_under(page, "birth_date").text() == "Required."
    assert "cannot be left yet" in wizard.blocked.text() and "Birth date" in wizard.blocked.text()
    wizard.go_to_id("summary")
    assert wizard.current.page_id == "summary"  # a blank form can be looked through


def test_a_wrong_row_is_marked_and_the_rest_still_scored(open_window):
    window = open_window("en", demo=True)
    state = window.state
    expected = evaluate(load_profile(examples_dir() / "own-home-outside-centre.json"), state.pack, state.year)
    window.wizard.go_to_id("employment")
    press(Qt.Key.Key_Insert)
    type_text("2030-02")
    tab()
    type_text("2030-01")
    press(Qt.Key.Key_Return)
    table = window.wizard.current.periods
    assert table.problems.isVisible()
    assert "Row 4" in table.problems.text() and "before the start month" in table.problems.text()
    model = state.tables["social_insurance"]
    assert model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert window.score_panel.total.text() == fmt(expected.total)
    assert not window.wizard.next_button.isEnabled()

    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == 3
    assert window.wizard.next_button.isEnabled()


def test_overlapping_periods_name_the_other_row(open_window):
    window = open_window("en", demo=True)
    model = window.state.tables["social_insurance"]
    window.wizard.go_to_id("employment")
    press(Qt.Key.Key_Insert)
    type_text("2010-01")
    tab()
    type_text("2010-06")
    press(Qt.Key.Key_Return)
    assert model.rowCount() == 4
    assert "Overlaps row 1" in window.wizard.current.periods.problems.text()


def test_a_fact_after_the_cut_off_is_a_warning_not_an_error(open_window):
    window = open_window("en", demo=True)
    state = window.state
    window.wizard.go_to_id("tax")
    press(Qt.Key.Key_Insert)
    type_text(str(state.year))  # the declaration year itself is after the cut-off
    tab()
    type_text("200000")
    press(Qt.Key.Key_Return)
    table = window.wizard.current.income
    assert "After the cut-off" in table.problems.text()
    assert table.problems.property("severity") == "warning"
    assert window.wizard.next_button.isEnabled()


def test_typing_updates_the_score_at_each_keystroke(open_window):
    window = open_window("en", demo=True)
    window.wizard.go_to_id("education")
    alt("e")  # study end 2006-07: finished before the first insured month
    press(Qt.Key.Key_End)
    before = window.score_panel.points["study_deduction"].text()
    press(Qt.Key.Key_Backspace)
    type_text("8")  # 2006-08: still before
    assert window.score_panel.points["study_deduction"].text() == before == "0"
    for _ in range(4):
        press(Qt.Key.Key_Backspace)
    type_text("8-07")  # 2008-07: 23 insured months while studying
    assert window.state.values["education.study_end"] == "2008-07"
    deduction = window.state.result.indicator("study_deduction").points
    assert deduction < 0
    assert window.score_panel.points["study_deduction"].text() == fmt(deduction)
    assert window.score_panel.total.text() == fmt(window.state.result.total)
