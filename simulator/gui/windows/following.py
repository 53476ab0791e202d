"""A tool window that follows the applicant as it is edited, off the keystroke path.

A projection, a what-if list or a comparison scores the applicant many times over: done at each keystroke it would
hold up the repaint of the total for tens of milliseconds, and done for a window once opened and closed since, for
nothing. So a window is redrawn once typing pauses (IDLE_MS without an edit; a steady typist sees it at least every
LONGEST_WAIT_MS), only while it is shown, and one window a turn of the event loop: with several windows open, a key
typed meanwhile waits at most for one window's redraw, never for all of them. A window whose redraw is long gives
it in steps (its redraw a generator, yielding between them): one step a turn, so a key waits for one step, not a
whole redraw. A hidden window is redrawn when it is shown again, before it is painted. A new applicant (a file
opened, New applicant) is redrawn at once, shown or not: nothing of the previous person stays in any window.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

IDLE_MS = 150  # a pause in typing: longer than the gap between two keys of someone typing a date
LONGEST_WAIT_MS = 600  # typing without a pause still sees the window follow this often


class _Turns(QObject):
    """The windows due for a redraw, redrawn one per turn of the event loop (a zero timer each), so that the input
    that came meanwhile is handled between them."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: list[Following] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def add(self, following: Following) -> None:
        if following not in self.waiting:
            self.waiting.append(following)
        self._timer.start()

    def drop(self, following: Following) -> None:
        if following in self.waiting:
            self.waiting.remove(following)

    def _next(self) -> None:
        while self.waiting:
            following = self.waiting.pop(0)
            try:
                done = following.redraw_if_stale(whole=False)
            except RuntimeError:  # its window was closed and deleted meanwhile
                continue
            if done:
                break
        if self.waiting:
            self._timer.start()


_turns: _Turns | None = None


def _queue() -> _Turns:
    global _turns
    if _turns is None:
        _turns = _Turns()
    return _turns


class Following(QObject):
    def __init__(self, window: QWidget, state, redraw: Callable[[], None], on_reload: bool = True) -> None:
        """`redraw`: the window's own redraw from the state. `on_reload`: redraw a new applicant at once (False for
        a window that does so itself)."""
        super().__init__(window)
        self._window = window
        self._redraw = redraw
        self._steps: Generator | None = None  # the rest of a redraw given in steps, under way
        self.stale = False
        self._stale_since: float | None = None  # the first edit not yet redrawn (time.monotonic)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        state.evaluated.connect(self.changed)
        if on_reload:
            state.reloaded.connect(self.now)
        window.installEventFilter(self)

    def changed(self) -> None:
        """The applicant was edited: redrawn once typing pauses (if shown; else when shown)."""
        now = time.monotonic()
        if not self.stale or self._stale_since is None:
            self._stale_since = now
        self.stale = True
        if self._steps is None:  # a redraw under way finishes (with the applicant as it began), then one follows
            _queue().drop(self)  # typing goes on: wait for the next pause
        if self._window.isVisible():
            waited_ms = (now - self._stale_since) * 1000
            self._timer.start(max(0, int(min(IDLE_MS, LONGEST_WAIT_MS - waited_ms))))

    def now(self) -> None:
        self.stale = True
        self.redraw_if_stale()

    def eventFilter(self, obj, event) -> bool:
        # Qt may still call a filter whose Python side is being torn down (its window closing): then nothing to do
        window = self.__dict__.get("_window")
        if window is None:
            return False
        if obj is window and event.type() == QEvent.Type.Show and self.stale:
            self.redraw_if_stale()  # before it is painted: never the state of an earlier edit on screen
        return False

    def _due(self) -> None:
        _queue().add(self)

    def redraw_if_stale(self, whole: bool = True) -> bool:
        """Redrawn if an edit has come since the last redraw (True then); `whole=False`: one step of a redraw
        given in steps, the next one queued for the next turn."""
        self._timer.stop()
        _queue().drop(self)
        if whole and self.stale:
            self._steps = None  # a redraw under way shows an earlier edit (or person): drawn again, whole
        if self._steps is None:
            if not self.stale:
                return False
            self.stale = False
            self._stale_since = None
            drawn = self._redraw()
            if not isinstance(drawn, Generator):
                return True
            self._steps = drawn
        if whole:
            steps, self._steps = self._steps, None
            for _ in steps:
                pass
        elif next(self._steps, self) is self:  # the last step is done
            self._steps = None
        else:
            _queue().add(self)
        if self.stale and self._steps is None and self._window.isVisible():
            self.changed()  # edited while the steps ran: once typing pauses again
        return True
