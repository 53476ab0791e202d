"""The Analysis menu (the tools; Alt+A, as the pages use Alt+T): the projection and what-ifs, the city
comparison, the rule values the user supplies, and batch scoring. Each opens a window of its own for the
applicant being edited (batch scoring: for a spreadsheet)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class ToolsMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.menu = bar.addMenu("")
        bar.insertMenu(window.help_menu.menuAction(), self.menu)  # before Help
        self.act_projection = self._action(self.open_projection)
        self.act_scenarios = self._action(self.open_scenarios)
        self.act_rules = self._action(self.open_rules_comparison)
        self.act_comparison = self._action(self.open_comparison)
        self.act_overrides = self._action(self.open_overrides)
        self.act_batch = self._action(self.open_batch)
        self.menu.addAction(self.act_projection)
        self.menu.addAction(self.act_scenarios)
        self.menu.addAction(self.act_rules)
        self.menu.addAction(self.act_comparison)
        self.menu.addSeparator()
        self.menu.addAction(self.act_overrides)
        self.menu.addSeparator()
        self.menu.addAction(self.act_batch)
        self.projection = self.comparison = self.overrides = self.batch = self.scenarios = self.rules = None
        self.retranslate()

    def _action(self, slot) -> QAction:
        # Reached with Alt+T and the underlined letter: no extra shortcuts to clash with the pages' own.
        action = QAction(self.window)
        action.triggered.connect(lambda _c=False: slot())
        self.window.addAction(action)
        return action

    def _show(self, dialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_projection(self):
        from simulator.gui.windows.projection_window import ProjectionWindow

        if self.projection is None:
            self.projection = ProjectionWindow(self.window.state, self.window)
        self._show(self.projection)
        return self.projection

    def open_scenarios(self):
        from simulator.gui.windows.scenarios_window import ScenariosWindow

        if self.scenarios is None:
            self.scenarios = ScenariosWindow(self.window.state, self.window)
        self._show(self.scenarios)
        return self.scenarios

    def open_rules_comparison(self):
        from simulator.gui.windows.rules_comparison_window import RulesComparisonWindow

        if self.rules is None:
            self.rules = RulesComparisonWindow(self.window.state, self.window)
        self._show(self.rules)
        return self.rules

    def open_comparison(self):
        from simulator.gui.windows.comparison_window import ComparisonWindow

        if self.comparison is None:
            self.comparison = ComparisonWindow(self.window.state, self.window)
        self._show(self.comparison)
        return self.comparison

    def open_overrides(self):
        from simulator.gui.windows.override_editor import OverrideEditor

        # Built anew each time: the rules chosen (and so the values listed) may have changed.
        if self.overrides is not None:
            self.overrides.deleteLater()
        self.overrides = OverrideEditor(self.window.state, self.window)
        self._show(self.overrides)
        return self.overrides

    def open_batch(self):
        from simulator.gui.windows.batch_window import BatchWindow

        state = self.window.state
        if self.batch is None:
            self.batch = BatchWindow(self.window, year=state.year, lang=state.lang, city=state.city)
            self.batch.open_requested.connect(self._open_batch_row)
        self._show(self.batch)
        return self.batch

    def _open_batch_row(self, profile, year, name: str) -> None:
        """A row of a batch, in the wizard (after asking about unsaved changes), under the batch's rules and round."""
        window = self.window
        if not window.confirm_discard():
            return
        state = window.state
        edition = state.catalogue.edition_for(state.city, year)
        window.open_profile(profile, rules=(edition, year) if edition is not None else None, notice=False)
        window.path, window.source_name = None, name
        window._update_title()
        window.raise_()
        window.activateWindow()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Analysis"))
        self.act_projection.setText(self.tr("&Projection and what-ifs..."))
        self.act_scenarios.setText(self.tr("&Scenarios..."))
        self.act_rules.setText(self.tr("Rule &editions and years compared..."))
        self.act_comparison.setText(self.tr("&City comparison..."))
        self.act_overrides.setText(self.tr("&Rule values you supply..."))
        self.act_batch.setText(self.tr("&Batch scoring..."))
