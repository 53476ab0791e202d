"""The line under a field that says what is wrong with it (red) or what to know about it (amber)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulator.gui.look import style
from simulator.gui.widgets.steady_label import SteadyLabel

if TYPE_CHECKING:  # the draft module needs the profile models: not loaded to draw the first page
    from simulator.gui.form.draft import Problem


class ProblemLabel(SteadyLabel):
    """Hidden while the field is right; the room of its message is kept while one types (widgets.steady_label)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("problem")

    def show_problem(self, problem: Problem | None) -> None:
        if problem is None:
            self.show_message("")
            return
        if self.property("severity") != problem.severity:
            self.setProperty("severity", problem.severity)
            style.problem(self, problem.severity)
        self.show_message(problem.message)
