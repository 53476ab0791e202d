"""Walk-in privacy: New applicant wipes the autosave too and offers to forget the file; kiosk mode keeps no
recent files and never asks."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from simulator.cli.main import _window_parser
from simulator.gui.stored import snapshot as store
from simulator.paths import examples_dir


def _answers(monkeypatch, *answers):
    asked = []
    queue = list(answers)

    def exec_box(box):
        asked.append(box.text())
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return asked


def _person_file(tmp_path):
    path = tmp_path / "walk-in.json"
    shutil.copy(examples_dir() / "own-home-outside-centre.json", path)
    return path


def test_new_applicant_wipes_the_autosave_and_can_forget_the_file(open_window, dialogs, qtbot, tmp_path, monkeypatch):
    path = _person_file(tmp_path)
    window = open_window("en", file=path)
    assert str(path.resolve()) in window.settings.recent_files()
    window.state.set_value("notes", "unsaved")
    qtbot.waitUntil(store.autosave_path().exists, timeout=5000)
    asked = _answers(monkeypatch, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)

    window.act_new.trigger()

    assert len(asked) == 2 and "walk-in.json" in asked[1]
    assert not store.autosave_path().exists()
    assert window.settings.recent_files() == []
    assert window.state.values["name"] == "" and window.path is None
    assert path.exists()  # the file itself is the person's; only its mention goes


def test_new_applicant_keeps_the_recent_entry_when_told_no(open_window, dialogs, tmp_path, monkeypatch):
    path = _person_file(tmp_path)
    window = open_window("en", file=path)
    _answers(monkeypatch, QMessageBox.StandardButton.No)
    window.act_new.trigger()
    assert window.settings.recent_files() == [str(path.resolve())]


def test_kiosk_mode_records_no_recent_files_and_never_asks(open_window, dialogs, qtbot, tmp_path, monkeypatch):
    window = open_window("en")
    window.act_kiosk.trigger()
    assert window.settings.kiosk is True
    path = _person_file(tmp_path)
    window.open_file(path)
    assert window.settings.recent_files() == []
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["(off in kiosk mode)"]
    window.state.set_value("notes", "unsaved, walk-in")
    qtbot.waitUntil(store.autosave_path().exists, timeout=5000)
    asked = _answers(monkeypatch)

    window.act_new.trigger()

    assert asked == []
    assert window.state.values["notes"] == "" and window.state.values["name"] == ""
    assert not store.autosave_path().exists()


def test_kiosk_flag_on_the_command_line(qtbot, dialogs, tmp_path):
    assert _window_parser().parse_args(["--kiosk"]).kiosk is True
    from simulator.gui.app import launch

    window = launch(lang="en", kiosk=True)
    try:
        qtbot.waitUntil(lambda: window.ready, timeout=30000)
        assert window.act_kiosk.isChecked() and not window.act_kiosk.isEnabled()
        assert window.settings.kiosk is True  # the flag alone is enough
        window.settings.add_recent(str(_person_file(tmp_path)))
        assert window.settings.recent_files() == []
    finally:
        window.settings.kiosk_for_this_run = False
        window.close()
        window.deleteLater()


def test_save_and_export_never_suggest_the_persons_name_in_normal_mode_either(open_window, dialogs, monkeypatch, tmp_path):
    """The suggestion would stay in the folder and in the recent files for the next person at the desk to see."""
    from PySide6.QtWidgets import QFileDialog

    window = open_window("en", demo=True)
    assert not window.settings.kiosk and window.state.values["name"]
    suggested = []

    def remember(parent, caption, path, *rest, **kw):
        suggested.append(path)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(remember))
    window.save_as()
    window.export_pdf(show_id=False)
    assert len(suggested) == 2
    for path in suggested:
        assert window.state.values["name"] not in path
        assert "x" * 4 in path or "applicant" in path or "worksheet" in path  # the masked ID number, or a plain word
