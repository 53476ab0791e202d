"""The program never uses the network: a full run opens no socket (audit hooks watch the interpreter)."""

from simulator.paths import examples_dir
from tests.support.no_network import network_events

EXAMPLE = examples_dir() / "own-home-outside-centre.json"


def test_the_watch_sees_a_connection_attempt(tmp_path):
    # the harness itself must be able to fail
    events, done = network_events(
        "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=0.2)\nexcept OSError:\n    pass\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert any(e[0] in ("socket.connect", "socket.__new__", "socket.getaddrinfo") for e in events)


def test_scoring_and_exporting_the_worksheet_open_no_socket(tmp_path):
    pdf = tmp_path / "out.pdf"
    code = f"""
from simulator.cli import main
assert main(["score", {str(EXAMPLE)!r}, "--year", "2026", "--pdf", {str(pdf)!r}, "--json"]) == 0
assert main(["score", {str(EXAMPLE)!r}, "--year", "2026", "--lang", "en"]) == 0
assert main(["packs"]) == 0
"""
    events, done = network_events(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert pdf.stat().st_size > 10_000
    assert events == []


def test_a_wizard_session_opens_no_socket(tmp_path):
    """The window, offscreen: the demo applicant opened, every page walked, the worksheet exported through the
    summary page's button (the wizard's own code path), an autosave written, a file saved, the window closed."""
    pdf = tmp_path / "from-wizard.pdf"
    saved = tmp_path / "saved.json"
    code = f"""
import os
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "settings")!r})
answers = iter([{str(pdf)!r}, {str(saved)!r}])
QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (next(answers), ""))
shown = []
for kind in ("warning", "information", "critical"):
    setattr(QMessageBox, kind, staticmethod(lambda *a, kind=kind, **k: shown.append((kind, a[1:3])) or QMessageBox.StandardButton.Ok))
from simulator.gui.app import launch, wait_until_ready
window = launch(demo=True, lang="zh")
wait_until_ready(window)
QApplication.processEvents()
for index in range(len(window.wizard.pages)):
    window.wizard.go_to(index)
    QApplication.processEvents()
summary = window.wizard.page("summary")
assert window.wizard.current is summary
summary.export_button.click()
window.state.set_value("notes", "walk-in")
assert window.autosave.flush()
assert window.save()
window.close()
QApplication.processEvents()
assert shown == [], shown
import sys
# Qt's own sockets are C++, out of the audit hooks' sight: Qt's network module is never even loaded
assert "PySide6.QtNetwork" not in sys.modules
"""
    events, done = network_events(
        code, tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "POINTS_SIMULATOR_DATA_DIR": str(tmp_path / "data")}
    )
    assert done.returncode == 0, done.stderr
    assert pdf.stat().st_size > 10_000 and saved.exists()
    assert events == []


def test_a_batch_run_opens_no_socket(tmp_path):
    source, out = tmp_path / "applicants.csv", tmp_path / "out"
    code = f"""
from simulator.cli import main
from simulator.batch import BatchOptions, run_batch
from simulator.rules import pack_for
assert main(["template", {str(source)!r}]) == 0
assert main(["batch", {str(source)!r}, "--year", "2024", "--out", {str(out)!r}, "--pdf", "--quiet", "--workers", "1"]) == 0
result = run_batch({str(source)!r}, {str(out / "direct")!r}, BatchOptions(pack_for("beijing", 2024), 2024), workers=1)
assert result.rows
"""
    events, done = network_events(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert (out / "summary.csv").exists() and list((out / "pdf").glob("*.pdf"))
    assert events == []
