"""Fixtures for driving the wizard offscreen: isolated settings, built translations, a window, dialogs caught."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def built_translations():
    """The .qm files are built from the committed .ts files (as scripts/build_translations.sh does)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Never the user's own settings: QSettings writes into this test's folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def isolated_data(tmp_path, monkeypatch):
    """Never the user's data folder: autosave and logs go into this test's folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(folder))
    monkeypatch.delenv("POINTS_SIMULATOR_RESTORE_ANSWER", raising=False)
    return folder


class Dialogs:
    """Message boxes and file dialogs, answered without showing them (a modal dialog would hang the test)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answer = QMessageBox.StandardButton.Discard  # for the unsaved-changes question
        self.open_path = ""
        self.save_path = ""

    def install(self, monkeypatch) -> None:
        def record(kind):
            def show(parent, title, text, *args, **kwargs):
                self.messages.append((kind, title, text))
                return QMessageBox.StandardButton.Ok

            return show

        monkeypatch.setattr(QMessageBox, "warning", staticmethod(record("warning")))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(record("information")))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(record("critical")))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(record("about")))

        def exec_box(box):
            self.messages.append(("question", box.windowTitle(), box.text()))
            return self.answer

        monkeypatch.setattr(QMessageBox, "exec", exec_box)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (self.open_path, "")))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (self.save_path, "")))

    def of_kind(self, kind: str) -> list[tuple[str, str, str]]:
        return [m for m in self.messages if m[0] == kind]


@pytest.fixture
def dialogs(monkeypatch):
    found = Dialogs()
    found.install(monkeypatch)
    return found


@pytest.fixture
def open_window(qtbot, dialogs):
    """open_window(lang="en", demo=False) -> a shown main window; closed without questions afterwards."""
    from simulator.gui.app import launch

    windows = []

    def make(lang: str = "en", demo: bool = False, file=None):
        window = launch(lang=lang, demo=demo, file=file)
        windows.append(window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.ready, timeout=30000)  # the engine loads after the first paint
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
        return window

    yield make
    for window in windows:
        window.state.mark_saved()
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
