"""A tool window that follows the applicant as it is edited, off the keystroke path.

A projection, a what-if list or a comparison scores the applicant many times over: done at each keystroke it would
hold up the repaint of the total for tens of milliseconds, and done for a window once opened and closed since, for
nothing. So a window is redrawn after the keystroke's own repaint (a zero timer: several edits, one redraw), only
while it is shown; a hidden window is redrawn when it is shown again, before it is painted. A new applicant (a file
opened, New applicant) is redrawn at once, shown or not: nothing of the previous person stays in any window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class Following(QObject):
    def __init__(self, window: QWidget, state, redraw: Callable[[], None], on_reload: bool = True) -> None:
        """`redraw`: the window's own redraw from the state. `on_reload`: redraw a new applicant at once (False for
        a window that does so itself)."""
        super().__init__(window)
        self._window = window
        self._redraw = redraw
        self.stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)
        state.evaluated.connect(self.changed)
        if on_reload:
            state.reloaded.connect(self.now)
        window.installEventFilter(self)

    def changed(self) -> None:
        """The applicant was edited: redrawn once the keystroke's repaint is done (if shown; else when shown)."""
        self.stale = True
        if self._window.isVisible():
            self._timer.start()

    def now(self) -> None:
        self.stale = True
        self._run()

    def eventFilter(self, obj, event) -> bool:
        # Qt may still call a filter whose Python side is being torn down (its window closing): then nothing to do
        window = self.__dict__.get("_window")
        if window is None:
            return False
        if obj is window and event.type() == QEvent.Type.Show and self.stale:
            self._run()  # before it is painted: never the state of an earlier edit on screen
        return False

    def _run(self) -> None:
        self._timer.stop()
        if self.stale:
            self.stale = False
            self._redraw()
