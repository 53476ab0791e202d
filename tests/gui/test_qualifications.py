"""Every qualification an applicant holds, in the window: the education page's table of other qualifications is
scored with the highest one, the best counts (saying which), and the file keeps them all."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.profile import load_profile
from tests.gui.keyboard import press, type_text


def test_a_second_qualification_typed_in_scores_where_the_highest_does_not_and_is_saved(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    state = window.state
    state.set_rules(state.catalogue.edition("beijing-2018-trial"), 2019)
    state.set_value("education.level", "bachelor")
    state.set_value("education.degree", False)  # a bachelor's diploma without the degree: 0 under the trial rules
    state.set_value("education.study_start", "")
    state.set_value("education.study_end", "")
    assert state.result.indicator("education").points == Decimal(0)

    window.wizard.go_to_id("education")
    table = window.wizard.current.others.view
    table.setFocus()
    press(Qt.Key.Key_Insert)  # a new row, its first cell (the qualification) being edited
    type_text("Junior")  # the drop-down finds it by typing
    press(Qt.Key.Key_Return)
    QApplication.processEvents()

    rows = state.tables["other_qualifications"].rows
    assert [r["level"] for r in rows] == ["junior_college"]
    assert state.result.indicator("education").points == Decimal("10.5")
    assert any("junior college" in a.en for a in state.result.assumptions)

    dialogs.save_path = str(tmp_path / "two.json")
    assert window.save_as()
    saved = load_profile(tmp_path / "two.json")
    assert [q.level for q in saved.other_qualifications] == ["junior_college"]
    assert saved.education.level == "bachelor"
