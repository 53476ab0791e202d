"""The banner that marks a score as a what-if: shown wherever a score is shown while a condition is unmet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from simulator.gui.look import style

if TYPE_CHECKING:
    from simulator.core.result import Evaluation


class WhatIfBanner(QLabel):
    def __init__(self, compact: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("whatif")
        style.whatif(self)
        self.setWordWrap(True)
        self.setVisible(False)
        self._compact = compact
        self._result: Evaluation | None = None
        self._lang = "en"

    def show_result(self, result: Evaluation | None, lang: str) -> None:
        self._result, self._lang = result, lang
        failed = result.failed_conditions if result is not None else []
        if not failed:
            self.setVisible(False)
            return
        names = "; ".join(c.name(lang) for c in failed)
        if self._compact:
            self.setText(self.tr("WHAT-IF — not qualified: {0}").format(names))
        else:
            self.setText(
                self.tr(
                    "WHAT-IF: not every condition is met ({0}). No score is valid until they all are; "
                    "you may continue, and every score shown is what would count if they were."
                ).format(names)
            )
        self.setVisible(True)

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.show_result(self._result, self._lang)
        super().changeEvent(event)
