"""An uncaught error never ends the program: it is logged with its traceback, the autosave is written at
once, and a dialog says what happened, where the log is and that the entries are kept.

Installed by `app.run` (the real program), not by `launch`: tests keep pytest-qt's own error capture."""

from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from simulator.logging_setup import log_path

log = logging.getLogger("simulator.crash")


class CrashReporter(QObject):
    # emitted from any thread; the dialog is shown in the window's (GUI) thread
    _report = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.reported = 0
        self._showing = False
        self._report.connect(self._show)

    def handle(self, exc_type, exc_value, exc_traceback) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_traceback)
            return
        log.error("uncaught error", exc_info=(exc_type, exc_value, exc_traceback))
        self.reported += 1
        self._report.emit()

    def handle_thread(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self) -> None:
        autosave = getattr(self.window, "autosave", None)
        kept = True
        if autosave is not None:
            try:
                kept = autosave.flush()
            except Exception:  # the report itself must never fail
                log.exception("autosave after an error failed")
                kept = False
        if self._showing:  # errors while the dialog is up: logged, one dialog at a time
            return
        self._showing = True
        try:
            text = self.tr("An unexpected error happened. The program keeps running.") + "\n\n"
            if kept:
                text += self.tr("Your entries are kept in this window, and autosaved.") + "\n\n"
            else:
                text += self.tr("Your entries are kept in this window; save them to a file to be safe.") + "\n\n"
            text += self.tr("Details are in the log file:\n{0}").format(log_path())
            QMessageBox.critical(self.window, self.tr("Unexpected error"), text)
        finally:
            self._showing = False


def install(window) -> CrashReporter:
    reporter = CrashReporter(window)
    sys.excepthook = reporter.handle
    threading.excepthook = reporter.handle_thread
    return reporter
