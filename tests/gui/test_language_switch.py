"""Switching language mid-way keeps every value, and the window really changes language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.keyboard import alt, press, tab, type_text
from tests.gui.snapshot import input_values


def settle():
    for _ in range(3):
        QApplication.processEvents()


def test_switching_language_keeps_every_value(open_window):
    window = open_window("en", demo=True)
    wizard, state = window.wizard, window.state
    wizard.go_to_id("qualification")
    alt("m")
    press(Qt.Key.Key_End)
    type_text(" Jr")
    wizard.go_to_id("employment")
    press(Qt.Key.Key_Insert)
    type_text("2024-1x")  # a typo, left as typed
    tab()
    type_text("2024-12")
    press(Qt.Key.Key_Return)
    assert state.values["name"] == "李华 Jr"
    before = input_values(window)
    heading_en = wizard.heading.text()
    next_en = wizard.next_button.text()
    problem_en = wizard.current.periods.problems.text()
    assert "2024-1x" in problem_en and "not a month" in problem_en

    window.language_actions["zh"].trigger()
    settle()

    assert input_values(window) == before
    assert wizard.heading.text() != heading_en and "合法稳定就业" in wizard.heading.text()
    assert wizard.next_button.text() != next_en
    problem_zh = wizard.current.periods.problems.text()
    assert "2024-1x" in problem_zh and "不是月份" in problem_zh and "not a month" not in problem_zh
    assert window.score_panel.names["employment"].text() == "合法稳定就业"

    window.language_actions["en"].trigger()
    settle()
    assert input_values(window) == before
    assert wizard.heading.text() == heading_en
    assert wizard.current.periods.problems.text() == problem_en


def test_language_from_the_start_page_by_keyboard(open_window):
    window = open_window("en")
    assert window.wizard.current.page_id == "start"
    alt("z")
    settle()
    assert window.state.lang == "zh"
    assert window.translations.lang == "zh"
    assert window.wizard.next_button.text().startswith("下一步")
    assert window.language_actions["zh"].isChecked()
    assert window.settings.language == "zh"  # remembered for the next start
