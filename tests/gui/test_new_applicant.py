"""After New applicant no widget holds anything of the previous person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.core.identity import mask_id
from tests.gui.keyboard import press
from tests.gui.snapshot import all_text, input_values

# What identifies the demo applicant (resources/examples/own-home-outside-centre.json).
PREVIOUS_PERSON = (
    "李华",
    "110112198207204821",
    mask_id("110112198207204821"),
    "1982-07-20",
    "2006-09",
    "2015-06",
    "118000",
    "Tongzhou",
)


def test_new_applicant_clears_everything(open_window, dialogs):
    fresh = open_window("en")
    fresh.wizard.go_to(1)
    window = open_window("en", demo=True)
    for index in range(len(window.wizard.pages)):  # every page drawn with the previous person
        window.wizard.go_to(index)
        QApplication.processEvents()
    window.wizard.page("qualification").id_number.show_box.setChecked(True)
    assert "李华" in all_text(window)
    window.state.set_value("notes", "seen at the window today")  # an unsaved change: New asks first
    dialogs.answer = dialogs.answer.Discard

    window.wizard.current.setFocus()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()

    assert dialogs.of_kind("question"), "unsaved changes were dropped without asking"
    assert window.wizard.current.page_id == "qualification"
    assert input_values(window) == input_values(fresh)
    text = all_text(window)
    for trace in PREVIOUS_PERSON:
        assert trace not in text, f"{trace!r} of the previous person is still shown"
    assert window.state.modified is False
    assert window.windowTitle() == fresh.windowTitle()


def test_new_applicant_can_be_cancelled(open_window, dialogs):
    window = open_window("en", demo=True)
    window.state.set_value("name", "王五")
    dialogs.answer = dialogs.answer.Cancel
    window.act_new.trigger()
    assert window.state.values["name"] == "王五"
    assert window.state.tables["social_insurance"].rowCount() == 3
