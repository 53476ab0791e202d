"""The line under a field that says what is wrong with it (red) or what to know about it (amber)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from simulator.gui.look import style

if TYPE_CHECKING:  # the draft module needs the profile models: not loaded to draw the first page
    from simulator.gui.form.draft import Problem


class ProblemLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_problem(self, problem: Problem | None) -> None:
        if problem is None:
            if not self.isHidden():
                self.clear()
                self.setVisible(False)
            return
        if self.text() != problem.message:
            self.setText(problem.message)
        if self.property("severity") != problem.severity:
            self.setProperty("severity", problem.severity)
            style.problem(self, problem.severity)
        if self.isHidden():
            self.setVisible(True)
