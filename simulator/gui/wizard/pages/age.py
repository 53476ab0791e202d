"""7. Age: read from the birth date entered on the qualification page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from simulator.gui.wizard.pages.columns import IndicatorPage


class AgePage(IndicatorPage):
    page_id = "age"
    indicator_ids = ("age",)
    fields = ()

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.birth = QLabel()
        self.birth.setWordWrap(True)
        self.change = QPushButton()
        self.change.clicked.connect(lambda: self.page_requested.emit("qualification"))
        row = QHBoxLayout()
        row.addWidget(self.birth, 1)
        row.addWidget(self.change)
        self.inputs.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.change.setText(self.tr("Change birth &date"))

    def refresh(self) -> None:
        birth = str(self.state.values.get("birth_date") or "").strip()
        if birth:
            self.birth.setText(self.tr("Birth date: {0} (entered on the Qualification page).").format(birth))
        else:
            self.birth.setText(self.tr("No birth date yet: enter it on the Qualification page."))
        super().refresh()
