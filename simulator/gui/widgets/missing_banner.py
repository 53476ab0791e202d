"""Under an indicator whose official value is not known: says so, names the values, and offers to supply them.

The engine lists exactly the values an applicant's score needs and the sources do not give (`missing`); a user
holding the official table types them in the override editor, and the derivation then labels them
user-supplied."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from simulator.gui.look import style


class MissingBanner(QWidget):
    supply_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("missing")
        self.text = QLabel()
        self.text.setWordWrap(True)
        style.whatif(self.text)
        self.button = QPushButton()
        self.button.clicked.connect(self.supply_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self._labels: list[str] = []
        self.setVisible(False)
        self.retranslate()

    def show_missing(self, labels: list[str]) -> None:
        self._labels = labels
        self.setVisible(bool(labels))
        if labels:
            self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("S&upply the official value..."))
        self.button.setToolTip(self.tr("Opens Analysis → Rule values you supply, where the values are typed and checked."))
        if self._labels:
            self.text.setText(
                self.tr(
                    "Not known: {0}. Our sources do not give it (or it is not answered yet), so these points are a "
                    "range, never a guess. If you hold the official table, you can supply the value."
                ).format("; ".join(self._labels))
            )

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
