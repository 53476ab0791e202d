"""A page's scroll area that is not laid out again while its page keeps its size.

Whenever anything on a page asks for a new layout (a label's text, a row shown), the page's scroll area lays out
its scroll bars again and repaints them and everything beneath them, also when nothing moved: on a narrow screen,
with both scroll bars shown, that is most of a keystroke's painting. This one does so only when the page's size
limits, or the room it has, changed since it last did.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea


class SteadyScrollArea(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple | None = None

    def _limits(self) -> tuple:
        """What the layout of the scroll bars and the page follows from (QScrollArea, resizable)."""
        page, room = self.widget(), self.viewport().size()
        if page is None:
            return (room,)
        height = page.heightForWidth(room.width()) if page.hasHeightForWidth() else -1
        return (room, page.sizeHint(), page.minimumSizeHint(), page.minimumSize(), page.maximumSize(), height)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            limits = self._limits()
            if limits == self._laid_out_for:
                return True  # the same page in the same room: the same layout, nothing to repaint
            self._laid_out_for = limits
        return super().viewportEvent(event)
