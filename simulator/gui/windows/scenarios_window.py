"""Scenarios in the window: what-ifs made from the applicant being edited, named, with facts changed, scored side by
side with the facts as filed (the engine's totals, and the difference of every indicator with its reasons), and
saved in the applicant file (`scenarios`, simulator.profile.model.Scenario). A scenario never changes the facts.

A scenario made here replaces whole lists (insurance, homes, workplaces, tax years), the education and the residence
permit: its tables start as the applicant's and are edited like the wizard's. Scoring is
simulator.planning.scenarios.score_scenarios, under the rules and round on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.decimals import fmt
from simulator.core.ranges import points_of
from simulator.gui.widgets.search_combo import SearchCombo
from simulator.gui.windows.following import Following

LISTS = ("social_insurance", "housing", "workplaces", "income_tax")


def _signed(value) -> str:
    text = fmt(value)
    return text if text.startswith("-") or text == "0" else "+" + text


class SideBySide(QAbstractTableModel):
    """The total and every indicator down; the facts as filed and each scenario across (a scenario's cell: its
    points and the difference)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list = []
        self.lang = "en"

    def set_results(self, results: list, lang: str) -> None:
        self.beginResetModel()
        self.results, self.lang = list(results), lang
        self.endResetModel()

    def _base(self):
        return self.results[0].evaluation if self.results else None

    def rowCount(self, parent=QModelIndex()) -> int:
        base = self._base()
        return 0 if parent.isValid() or base is None else 1 + len(base.indicators)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.results)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Indicator")
        result = self.results[section - 1]
        return self.tr("As filed") if result.scenario is None else result.name

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        base = self._base()
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.tr("Total") if row == 0 else base.indicators[row - 1].name(self.lang)
        result = self.results[column - 1]
        if result.evaluation is None:
            return self.tr("not valid") if role == Qt.ItemDataRole.DisplayRole else "\n".join(result.problems)
        if row == 0:
            shown = points_of(result.evaluation)(self.lang) + ("" if result.evaluation.qualified else " *")
            if result.scenario is not None and role == Qt.ItemDataRole.DisplayRole:
                shown += f" ({_signed(result.evaluation.total - base.total)})"
            return shown if role == Qt.ItemDataRole.DisplayRole else None
        indicator_id = base.indicators[row - 1].id
        item = result.evaluation.indicator(indicator_id)
        if item is None:
            return "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            change = next((c for c in result.changes if c.id == indicator_id), None)
            return "; ".join(r.text(self.lang) for r in change.reasons) if change is not None else None
        shown = points_of(item)(self.lang)
        if result.scenario is not None:
            before = base.indicator(indicator_id)
            if before is not None and item.points != before.points:
                shown += f" ({_signed(item.points - before.points)})"
        return shown


class ScenariosWindow(QDialog):
    """Keyboard: Alt+N makes a scenario, Alt+R renames, Alt+D deletes; the tables edit as the wizard's (Insert adds a
    row, typing fills a cell); Esc closes."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scenariosWindow")
        self.state = state
        self.results: list = []
        self._models: dict = {}
        self._loading = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("scenarioNames")
        self.names_label = QLabel()
        self.names_label.setBuddy(self.names)
        self.new_button = QPushButton()
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_scenario())
        self.rename_button.clicked.connect(lambda: self.rename_scenario())
        self.delete_button.clicked.connect(self.delete_scenario)
        left = QVBoxLayout()
        left.addWidget(self.names_label)
        left.addWidget(self.names, 1)
        for button in (self.new_button, self.rename_button, self.delete_button):
            left.addWidget(button)
        left_box = QWidget()
        left_box.setLayout(left)

        # the facts of the scenario chosen: the applicant's lists, the education and the residence permit
        self.tabs = QTabWidget()
        self.tables: dict = {}
        self.education = SearchCombo()  # typing finds the level ("博士", "master")
        self.permit = QCheckBox()
        self.education_label = QLabel()
        self.education_label.setBuddy(self.education)
        other = QWidget()
        other_form = QFormLayout(other)
        other_form.addRow(self.education_label, self.education)
        other_form.addRow("", self.permit)
        self.other_tab = other
        self.education.currentIndexChanged.connect(lambda _i: self._other_edited())
        self.permit.toggled.connect(lambda _on: self._other_edited())
        self.problems = QLabel()
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        editor = QVBoxLayout()
        editor.addWidget(self.tabs, 1)
        editor.addWidget(self.problems)
        editor_box = QWidget()
        editor_box.setLayout(editor)

        self.side_by_side = SideBySide(self)
        self.table = QTableView()
        self.table.setObjectName("sideBySide")
        self.table.setModel(self.side_by_side)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)

        top = QSplitter()
        top.addWidget(left_box)
        top.addWidget(editor_box)
        top.setStretchFactor(1, 3)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.table_label)
        bottom.addWidget(self.table, 1)
        bottom.addWidget(self.reasons)
        bottom_box = QWidget()
        bottom_box.setLayout(bottom)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom_box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.names.currentRowChanged.connect(lambda _row: self._show_scenario())
        # off the keystroke path, only while shown; another applicant is shown at once (_reloaded)
        self.following = Following(self, state, self.refresh, on_reload=False)
        state.reloaded.connect(self._reloaded)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 1100, 760)
        self._build_tables()
        self.retranslate()
        self._fill_names()
        self.refresh()

    # ------------------------------------------------------------ the scenario's tables

    def _build_tables(self) -> None:
        from simulator.gui.form.tables import LISTS as SPECS
        from simulator.gui.widgets.row_table import RowTable, RowTableModel
        from simulator.gui.wizard.pages.headers import column_titles

        for name in LISTS:
            model = RowTableModel(SPECS[name], self)
            source = self.state.tables[name]
            model._choices = source._choices  # the same choices as the wizard's table (kinds, districts, cities)
            model._checkable_when = source._checkable_when
            model._names_elsewhere = source._names_elsewhere
            model.new_row_defaults = source.new_row_defaults
            model.set_headers(lambda n=name: column_titles(n))
            model.edited.connect(lambda n=name: self._list_edited(n))
            table = RowTable(model, with_hint=name == LISTS[0])
            table.layout().addStretch(1)  # the table at the top of its tab, its buttons above it, the rest free
            self._models[name] = model
            self.tables[name] = table
            self.tabs.addTab(table, "")
        self.tabs.addTab(self.other_tab, "")

    def _scenario(self):
        row = self.names.currentRow()
        scenarios = self.state.scenarios
        return scenarios[row] if 0 <= row < len(scenarios) else None

    def _applied(self, scenario):
        """The applicant's facts with the scenario's changes (the facts as filed where they are not valid)."""
        from simulator.planning.scenarios import ScenarioError, apply_scenario

        try:
            return apply_scenario(self.state.profile, scenario)
        except ScenarioError:
            return self.state.profile

    def _show_scenario(self) -> None:
        from simulator.gui.form.draft import rows_of

        scenario = self._scenario()
        profile = self.state.profile
        editable = scenario is not None and profile is not None
        self.tabs.setEnabled(editable)
        self.rename_button.setEnabled(scenario is not None)
        self.delete_button.setEnabled(scenario is not None)
        self.problems.clear()
        self._loading = True
        try:
            facts = self._applied(scenario) if editable else profile
            for name, model in self._models.items():
                model.set_rows(rows_of(name, getattr(facts, name)) if facts is not None else [])
            self._fill_education(facts)
            with QSignalBlocker(self.permit):
                self.permit.setChecked(bool(facts.has_residence_permit) if facts is not None else True)
        finally:
            self._loading = False
        self._show_reasons()

    def _fill_education(self, facts) -> None:
        levels = self.state.pack.education_levels() if self.state.pack is not None else ()
        names = {
            "high_school": self.tr("High school or technical secondary school"),
            "junior_college": self.tr("Junior college"),
            "bachelor": self.tr("Bachelor"),
            "master": self.tr("Master"),
            "doctor": self.tr("Doctor"),
        }
        current = facts.education.level if facts is not None and facts.education is not None else ""
        with QSignalBlocker(self.education):
            self.education.clear()
            self.education.addItem(self.tr("None (below junior college)"), "")
            for level in levels:
                self.education.addItem(names.get(level, level), level)
            self.education.setCurrentIndex(max(0, self.education.findData(current)))

    def _list_edited(self, name: str) -> None:
        if self._loading:
            return
        from simulator.gui.form.draft import entries_of

        scenario = self._scenario()
        if scenario is None:
            return
        entries, problems = entries_of(name, self._models[name].rows, self.state.pack, self.state.city_info)
        self._models[name].set_problems(problems)
        if problems:
            self.problems.setText(self.tr("Not used until corrected: {0}").format(problems[0].message))
            return
        self.problems.clear()
        values = [e.model_dump(mode="json") for e in entries]
        filed = [e.model_dump(mode="json") for e in getattr(self.state.profile, name)]
        self._change(scenario, name, None if values == filed else values)

    def _other_edited(self) -> None:
        if self._loading:
            return
        scenario = self._scenario()
        profile = self.state.profile
        if scenario is None or profile is None:
            return
        level = self.education.currentData() or ""
        filed_level = profile.education.level if profile.education is not None else ""
        if level == filed_level:
            self._change(scenario, "education", None)  # as filed
        elif not level:
            self._change(scenario, "education", None, remove=False)  # no qualification that counts
        else:
            kept = profile.education.model_dump(mode="json") if profile.education is not None else {}
            self._change(scenario, "education", {**kept, "level": level})
        permit = self.permit.isChecked()
        self._change(self._scenario(), "has_residence_permit", None if permit == profile.has_residence_permit else permit)

    def _change(self, scenario, field: str, value, remove: bool | None = None) -> None:
        """The scenario with `field` replaced by `value` (None: as filed again), saved with the applicant."""
        from simulator.profile.model import Scenario

        replace = dict(scenario.replace)
        add = {k: v for k, v in scenario.add.items() if k != field}
        drop = value is None if remove is None else remove
        if drop:
            replace.pop(field, None)
        else:
            replace[field] = value
        if replace == scenario.replace and add == scenario.add:
            return
        row = self.names.currentRow()
        scenarios = self.state.scenarios
        scenarios[row] = Scenario(name=scenario.name, note=scenario.note, replace=replace, add=add)
        self._set_scenarios(scenarios)

    def _set_scenarios(self, scenarios: list) -> None:
        """Kept with the applicant, and shown at once: an edit made here is looked at here (the wizard's keystrokes
        wait for a pause in typing, simulator.gui.windows.following)."""
        self.state.set_scenarios(scenarios)
        self.following.now()

    # ------------------------------------------------------------ making, naming, removing

    def new_scenario(self, name: str | None = None) -> bool:
        """A scenario made from the applicant as they are (it changes nothing until its facts are edited)."""
        from simulator.profile.model import Scenario

        if self.state.profile is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("New scenario"),
                self.tr("&Name:"),
                text=self.tr("Scenario {0}").format(len(self.state.scenarios) + 1),
            )
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        self._set_scenarios([*self.state.scenarios, Scenario(name=name[:80])])
        self._fill_names()
        self.names.setCurrentRow(len(self.state.scenarios) - 1)
        return True

    def rename_scenario(self, name: str | None = None) -> bool:
        from simulator.profile.model import Scenario

        scenario = self._scenario()
        if scenario is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename scenario"), self.tr("&Name:"), text=scenario.name)
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        row = self.names.currentRow()
        scenarios = self.state.scenarios
        scenarios[row] = Scenario(name=name[:80], note=scenario.note, replace=scenario.replace, add=scenario.add)
        self._set_scenarios(scenarios)
        self._fill_names()
        self.names.setCurrentRow(row)
        return True

    def delete_scenario(self) -> None:
        row = self.names.currentRow()
        scenarios = self.state.scenarios
        if not 0 <= row < len(scenarios):
            return
        del scenarios[row]
        self._set_scenarios(scenarios)
        self._fill_names()
        self.names.setCurrentRow(min(row, len(scenarios) - 1))

    def _fill_names(self) -> None:
        row = self.names.currentRow()
        with QSignalBlocker(self.names):
            self.names.clear()
            for scenario in self.state.scenarios:
                self.names.addItem(scenario.name)
            self.names.setCurrentRow(min(max(row, 0), self.names.count() - 1))
        self._show_scenario()

    def _reloaded(self) -> None:
        """Another applicant: nothing of the previous one stays (their scenarios go with them)."""
        self._fill_names()
        self.refresh()

    # ------------------------------------------------------------ scoring

    def refresh(self) -> None:
        from simulator.planning.scenarios import score_scenarios

        profile = self.state.profile
        if profile is None or self.state.pack is None or self.state.result is None:
            self.results = []
            self.side_by_side.set_results([], self.state.lang)
            self.new_button.setEnabled(False)
            self.reasons.setText(self.tr("Enter the birth date and the retirement category to make scenarios."))
            return
        self.new_button.setEnabled(True)
        self.results = score_scenarios(profile, self.state.pack, self.state.year, self.state.scenarios)
        self.side_by_side.set_results(self.results, self.state.lang)
        self._show_reasons()

    def _show_reasons(self) -> None:
        """Why the scenario chosen differs from the facts as filed, indicator by indicator."""
        row = self.names.currentRow()
        if not self.results or not 0 <= row < len(self.results) - 1:
            self.reasons.setText(
                self.tr("Make a scenario from the applicant, then change its facts above.") if self.results else ""
            )
            return
        result = self.results[row + 1]
        lang = self.state.lang
        if result.evaluation is None:
            self.reasons.setText(self.tr("This scenario's changes are not valid: {0}").format("; ".join(result.problems)))
            return
        lines = []
        for change in result.changes:
            reasons = "; ".join(r.text(lang) for r in change.reasons)
            lines.append(change.headline(lang) + (f" — {reasons}" if reasons else ""))
        lines += [f"{c.name(lang)}: {c.reason(lang)}" for c in result.qualification_changes]
        if not lines:
            lines = [self.tr("No difference from the facts as filed.")]
        self.reasons.setText(self.tr("{0}, against the facts as filed:").format(result.name) + "\n" + "\n".join(lines))

    # ------------------------------------------------------------ text

    def retranslate(self) -> None:
        from simulator.gui.wizard.pages.headers import column_titles  # noqa: F401 - the tables' titles follow

        self.setWindowTitle(self.tr("Scenarios"))
        self.intro.setText(
            self.tr(
                "A scenario is the applicant with some facts changed, scored under the same rules and round beside the "
                "facts as filed. It never changes the facts themselves, and it is saved in the applicant file."
            )
        )
        self.names_label.setText(self.tr("&Scenarios:"))
        self.new_button.setText(self.tr("&New from the applicant..."))
        self.rename_button.setText(self.tr("&Rename..."))
        self.delete_button.setText(self.tr("&Delete"))
        titles = {
            "social_insurance": self.tr("&Insurance"),
            "housing": self.tr("&Homes"),
            "workplaces": self.tr("&Workplaces"),
            "income_tax": self.tr("&Tax"),
        }
        for i, name in enumerate(LISTS):
            self.tabs.setTabText(i, titles[name])
        self.tabs.setTabText(len(LISTS), self.tr("&Education and permit"))
        self.education_label.setText(self.tr("Highest &qualification:"))
        self.permit.setText(self.tr("Holds this city's residence &permit"))
        self.table_label.setText(self.tr("Side by side (&points):"))
        self.close_button.setText(self.tr("&Close"))
        self._fill_education(self._applied(self._scenario()) if self._scenario() and self.state.profile else self.state.profile)
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
