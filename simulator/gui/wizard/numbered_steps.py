"""The step list's delegate: each page's number before its title. Set once the other pages are built (QStyle and
its options take longer to set up than the first page to draw)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from simulator.gui.look import style


class NumberedSteps(QStyledItemDelegate):
    """The step list with each page's number before its title, in grey (the number Ctrl+N goes to), and "⚠"
    before the title of a page that marks an error (the rows in `marked`)."""

    def __init__(self, parent, marked: set[int]) -> None:
        super().__init__(parent)
        self.marked = marked

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if index.row() in self.marked:
            option.text = "⚠ " + option.text

    def paint(self, painter, option, index) -> None:
        number = str(index.row() + 1)
        width = option.fontMetrics.horizontalAdvance("00") + 8
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setPen(QColor("white") if selected else QColor(style.HINT))
        number_rect = option.rect.adjusted(4, 0, 0, 0)
        number_rect.setWidth(width - 4)
        painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number)
        painter.restore()
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(width + 2, 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + option.fontMetrics.horizontalAdvance("00") + 10)
        return size
