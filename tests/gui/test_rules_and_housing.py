"""Choosing the rules explicitly, and what the housing page says of the months counted without being entered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.profile.model import ApplicantProfile
from tests.gui.keyboard import alt, press, type_text


def test_year_picks_the_edition_in_force(open_window):
    window = open_window("en")
    state = window.state
    assert state.year == window.wizard.page("start").year.value()
    alt("y")
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("2019")
    assert state.pack.pack.id == "beijing-2018-trial"
    page = window.wizard.page("tax")
    assert not page.income.isVisibleTo(page) and page.trial.isVisibleTo(page)

    start = window.wizard.page("start")
    start.edition.setCurrentIndex(start.edition.findData("beijing-2020"))
    assert state.pack.pack.id == "beijing-2020" and state.year == 2020  # the year follows the edition


def test_the_housing_page_says_the_months_to_2020_07_count_without_being_entered(open_window):
    window = open_window("en")
    state = window.state
    profile = ApplicantProfile.model_validate(
        dict(
            birth_date="1990-01-01",
            retirement_category="male",
            social_insurance=[{"start": "2014-03"}],
            housing=[{"start": "2019-01", "kind": "own", "district": "daxing"}],
        )
    )
    state.load(profile)
    page = window.wizard.go_to_id("residence") or window.wizard.page("residence")
    note = page.automatic_note
    assert note.isVisible() and "up to 2020-07" in note.text() and "from 2020-08 on" in note.text()
    # 2014-03 to 2018-12 (58 insured months before the own home) count as rental without a row for them
    derivation = page.derivations["residence"].text()
    assert "counted automatically 58 months × 0.5/12 = 2.42" in derivation
    start = window.wizard.page("start")
    start.year.setValue(2019)  # the trial rules count only declared homes
    assert not page.automatic_note.isVisibleTo(page)


def test_an_item_of_the_older_edition_is_flagged_under_the_newer(open_window):
    window = open_window("en", demo=True)
    state, wizard = window.state, window.wizard
    start = wizard.page("start")
    start.year.setValue(2019)  # trial rules: per-year innovation items exist
    assert state.pack.pack.id == "beijing-2018-trial"
    wizard.go_to_id("innovation")
    page = wizard.current
    page.kind.setCurrentIndex(page.kind.findData("senior_manager"))
    assert page.years.isVisibleTo(page) and not page.tier.isVisibleTo(page)
    page.years.setFocus()
    type_text("2")
    assert state.result.indicator("innovation").points > 0

    start.year.setValue(2025)  # the 2020 revision has no such item
    assert state.pack.pack.id == "beijing-2020"
    assert page.kind.currentData() == "senior_manager"  # kept as it was, and flagged
    problem = state.problems.at("innovation.kind")
    assert problem is not None and problem.severity == "error"
    assert not wizard.next_button.isEnabled()
    assert state.result.indicator("innovation").points == 0
