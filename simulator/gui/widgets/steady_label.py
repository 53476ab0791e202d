"""Texts that change as one types without making their page jump, or even be laid out again.

A label whose text changes asks its layout, and every layout up to the window's, to be done again; a message that
comes and goes with each key (a month typed digit by digit is wrong until its last digit) also moves everything
below it, which is then painted again. A steady label keeps its size while typing goes on, fixed, so that a new text
does not even ask the layouts, as long as it fits (a text that needs more room gets it at once); a message that goes
keeps its room, hidden. Once typing pauses (`IDLE_MS`), every held widget takes its natural size again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

IDLE_MS = 1000  # no change for this long: typing has paused, the room kept goes


class _Settler(QObject):
    """One timer for every steady widget: restarted by each change, it settles them all once typing pauses."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, QWidget] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.settle_all)

    def add(self, widget: QWidget) -> None:
        self.waiting[id(widget)] = widget
        self.timer.start(IDLE_MS)

    def settle_all(self) -> None:
        import shiboken6

        waiting, self.waiting = self.waiting, {}
        for widget in waiting.values():
            if shiboken6.isValid(widget):  # not a widget closed meanwhile
                widget.settle()  # type: ignore[attr-defined]


_settler: _Settler | None = None


def settle_when_idle(widget: QWidget) -> None:
    """`widget.settle()` once no steady widget has changed for IDLE_MS."""
    global _settler
    if _settler is None:
        _settler = _Settler()
    _settler.add(widget)


class SteadyLabel(QLabel):
    def __init__(self, text: str = "", word_wrap: bool = True, hide_when_blank: bool = True, parent=None) -> None:
        """`hide_when_blank`: without a text the label is hidden (its room kept while typing goes on); otherwise it
        stays, blank (a label in a row with buttons, which would otherwise stretch into its place)."""
        super().__init__(text, parent)
        self.setWordWrap(word_wrap)
        self._hides = hide_when_blank
        self._held: tuple | None = None  # while held: the size limits and alignment it had
        self._painted = False  # painted since last shown: its size is the one its layout gave it, not a stale one
        if hide_when_blank and not text:
            self.setVisible(False)

    @property
    def held(self) -> bool:
        return self._held is not None

    def show_message(self, text: str) -> None:
        hide = self._hides and not text
        if text == self.text() and self.isHidden() == hide:
            return
        if self.held or (self._painted and self.isVisible()):
            self._hold()  # before the text changes: the new one then does not ask the layouts
        self.setText(text)
        if self.held and not self._fits():
            self.settle()  # it needs more room: laid out now, the page moves once
        if not hide and self.isHidden():
            self.setVisible(True)  # into the room it kept, if it kept one
        elif hide and not self.isHidden():
            self._retain(self.held)
            self.setVisible(False)

    def settle(self) -> None:
        """Its natural size again (typing has paused, or the text needs more room than it has)."""
        if self._held is None:
            return
        minimum, maximum, alignment = self._held
        self._held = None
        self.setAlignment(alignment)
        self.setMinimumSize(minimum)
        self.setMaximumSize(maximum)
        self._retain(False)

    def paintEvent(self, event) -> None:
        self._painted = True
        super().paintEvent(event)

    def hideEvent(self, event) -> None:
        self._painted = False  # shown again, it is laid out again before its size means anything
        super().hideEvent(event)

    def _hold(self) -> None:
        if self._held is None:
            from PySide6.QtCore import Qt  # only once typing: not before the first paint (see main_window.py)

            alignment = self.alignment()
            self._held = (self.minimumSize(), self.maximumSize(), alignment)
            self.setFixedSize(self.size())
            if self.wordWrap() and alignment & Qt.AlignmentFlag.AlignVCenter:  # fewer lines stay where they began
                self.setAlignment((alignment & ~Qt.AlignmentFlag.AlignVertical_Mask) | Qt.AlignmentFlag.AlignTop)
        settle_when_idle(self)

    def _fits(self) -> bool:
        if not self.text():
            return True
        if self.wordWrap():
            return self.heightForWidth(self.width()) <= self.height()
        hint = self.sizeHint()
        return hint.width() <= self.width() and hint.height() <= self.height()

    def _retain(self, retain: bool) -> None:
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != retain:
            policy.setRetainSizeWhenHidden(retain)
            self.setSizePolicy(policy)
