"""A clerk enters a real applicant with the keyboard only, page by page; the live total is the engine's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTableView

from simulator.core.decimals import fmt
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import pack_for
from tests.gui.keyboard import alt, enter, focused, press, tab, type_text

YEAR = 2025
EXAMPLE = examples_dir() / "own-home-outside-centre.json"


def add_row(*cells: str) -> None:
    """Insert a row from within the table, then fill its cells left to right (Tab between cells)."""
    press(Qt.Key.Key_Insert)
    for i, text in enumerate(cells):
        if i:
            tab()
        if text:
            type_text(text)
    enter()


def test_whole_applicant_by_keyboard(open_window):
    window = open_window("en")
    wizard, state = window.wizard, window.state

    # Start page: the rules in force for the coming round are preselected; choose the 2025 round.
    assert wizard.current.page_id == "start"
    alt("y")
    assert isinstance(focused(), QSpinBox)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(str(YEAR))
    assert state.year == YEAR and state.pack.pack.id == "beijing-2020"
    alt("n")

    # Qualification: who the applicant is.
    assert wizard.current.page_id == "qualification"
    assert isinstance(focused(), QLineEdit)  # the first field has the focus: typing starts at once
    type_text("李华")
    tab()
    type_text("110112198207204821")
    alt("d")
    type_text("1982-07-20")
    alt("t")
    assert isinstance(focused(), QComboBox)
    press(Qt.Key.Key_Down)  # Man
    press(Qt.Key.Key_Down)  # Woman, formerly retiring at 55
    assert state.values["retirement_category"] == "female_cadre"
    alt("d")
    enter()  # Enter in a text field goes on

    # 1 Employment: three social-insurance periods, the middle one back-paid.
    assert wizard.current.page_id == "employment"
    assert isinstance(focused(), QTableView)
    add_row("2006-09", "2011-04")
    press(Qt.Key.Key_Insert)
    type_text("2011-05")
    tab()
    type_text("2011-07")
    tab()  # on to the back-paid box
    press(Qt.Key.Key_Space)
    add_row("2011-08")
    assert [r["back_paid"] for r in state.tables["social_insurance"].rows] == [False, True, False]
    alt("n")

    # 2 Residence: a dormitory in Chaoyang, then an own home in Tongzhou.
    assert wizard.current.page_id == "residence"
    add_row("2006-09", "2015-05", "Emp", "Chao")
    add_row("2015-06", "", "Own", "Tong")
    alt("n")

    # 3 Education: a master's with diploma and degree, studied before working.
    assert wizard.current.page_id == "education"
    alt("q")
    type_text("Mas")
    alt("s")
    type_text("2003-09")
    alt("e")
    type_text("2006-07")
    alt("n")

    # 4 Area: where the insuring employer was.
    assert wizard.current.page_id == "work_residence_area"
    add_row("2006-09", "2019-02", "Chao")
    add_row("2019-03", "", "Tong")
    alt("n")

    assert wizard.current.page_id == "innovation"
    alt("n")

    # 6 Tax: three years of income tax.
    assert wizard.current.page_id == "tax"
    for year in ("2022", "2023", "2024"):
        add_row(year, "118000")
    for page_id in ("age", "honours", "law_abiding", "summary"):
        alt("n")
        assert wizard.current.page_id == page_id

    expected_profile = load_profile(EXAMPLE)
    assert state.problems.errors == []
    # everything typed is the example's, all but its notes and its date (the example is dated, a typed form not yet)
    assert state.profile.model_dump(exclude={"notes", "as_of"}) == expected_profile.model_dump(exclude={"notes", "as_of"})
    expected = evaluate(expected_profile, pack_for("beijing", YEAR), YEAR)
    assert window.score_panel.total.text() == fmt(expected.total)
    for item in expected.indicators:
        assert window.score_panel.points[item.id].text() == fmt(item.points)
