"""Choosing the rules explicitly, and the rental fill of the housing page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.cities.beijing.fill import rental_fill_from_insurance
from simulator.core.months import format_month
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


def test_rentals_before_registration_are_filled_from_insurance(open_window):
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
    window.wizard.go_to_id("residence")
    alt("t")  # district of those rentals
    type_text("Hai")
    alt("r")  # fill
    expected = rental_fill_from_insurance(profile, state.pack, "haidian")
    rows = state.tables["housing"].rows[1:]
    assert [(r["start"], r["end"], r["kind"], r["district"]) for r in rows] == [
        (format_month(p.start), format_month(p.end), "rented", "haidian") for p in expected
    ]
    assert rows and "Added 1 rental period" in window.wizard.current.fill_result.text()
    assert state.modified


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
