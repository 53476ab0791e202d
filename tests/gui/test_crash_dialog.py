"""An uncaught error is logged to the rotating log, shown in a dialog naming the log, and the entries are kept
(autosaved at once); the window keeps working."""

from __future__ import annotations

import json
import sys
import threading

from PySide6.QtWidgets import QApplication

from simulator.gui.stored import snapshot as store
from simulator.gui.windows import crash
from simulator.logging_setup import log_path, setup_logging


def _install(window, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    setup_logging()
    return crash.install(window)


def test_uncaught_error_is_logged_shown_and_the_data_kept(open_window, dialogs, monkeypatch):
    window = open_window("en", demo=True)
    window.state.set_value("notes", "typed just before the error")
    _install(window, monkeypatch)

    try:
        raise RuntimeError("broken page widget")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    QApplication.processEvents()

    [(kind, title, text)] = dialogs.messages
    assert kind == "critical" and title == "Unexpected error"
    assert str(log_path()) in text and "kept" in text
    logged = log_path().read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in logged and "Traceback" in logged and "test_crash_dialog.py" in logged
    assert "broken page widget" not in logged  # an error's message may quote what was typed: left out
    assert "110112198207204821" not in logged and "李华" not in logged  # no ID number, no name
    saved = json.loads(store.autosave_path().read_text(encoding="utf-8"))  # written at once, not 500 ms later
    assert saved["values"]["notes"] == "typed just before the error"
    window.state.set_value("notes", "still working")
    assert window.state.values["notes"] == "still working"


def test_error_in_a_background_thread_is_shown_in_the_window(open_window, dialogs, monkeypatch, qtbot):
    window = open_window("en")
    _install(window, monkeypatch)

    def work():
        raise ValueError("a worker failed")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.of_kind("critical")), timeout=3000)
    assert "builtins.ValueError" in log_path().read_text(encoding="utf-8")


def test_log_rotates_at_its_size_limit(tmp_path, monkeypatch):
    import logging

    from simulator import logging_setup

    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = setup_logging()
    logger = logging.getLogger("simulator.test")
    for i in range(200):
        logger.warning("field birth_date: not a date (%d)", i)
    names = sorted(p.name for p in path.parent.iterdir())
    assert "points-simulator.log" in names and "points-simulator.log.1" in names
    assert len(names) <= 1 + logging_setup.BACKUPS


def test_error_in_a_button_handler_is_shown_not_fatal(open_window, dialogs, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    window = open_window("en", demo=True)
    _install(window, monkeypatch)
    button = QPushButton("faulty", window)
    button.clicked.connect(lambda: {}["missing"])  # a handler with a bug
    button.click()
    QApplication.processEvents()
    assert [m[1] for m in dialogs.of_kind("critical")] == ["Unexpected error"]
    assert "builtins.KeyError" in log_path().read_text(encoding="utf-8")
    assert window.isVisible() and window.state.values["name"] == "李华"
