"""The applicant under two rule editions, or in two declaration years, side by side (simulator.planning.compare):
the points of every indicator under each, the difference, and why (rule values that changed, facts counted
differently, caps and exclusions), from the two derivations the engine wrote. Nothing is computed here.

Each side is an edition of the city being edited and a round; "Same round, two editions" and "Same edition, next
year" set the two sides in one key press.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simulator.core.decimals import fmt
from simulator.gui.widgets.search_combo import SearchCombo
from simulator.gui.windows.following import Following


def _signed(value) -> str:
    text = fmt(value)
    return text if text.startswith("-") or text == "0" else "+" + text


class ChangesModel(QAbstractTableModel):
    """Indicator, A, B, difference, why; the total first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison = None
        self.lang = "en"

    def set_comparison(self, comparison, lang: str) -> None:
        self.beginResetModel()
        self.comparison, self.lang = comparison, lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.comparison is None else 1 + len(self.comparison.indicators)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Indicator"), self.tr("A"), self.tr("B"), self.tr("Difference"), self.tr("Why"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        c, row, column, lang = self.comparison, index.row(), index.column(), self.lang
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row == 0:
            from simulator.core.ranges import points_of

            return (
                self.tr("Total"),
                points_of(c.before)(lang),
                points_of(c.after)(lang),
                _signed(c.delta),
                "; ".join(f"{q.name(lang)}: {q.reason(lang)}" for q in c.qualification),
            )[column]
        change = c.indicators[row - 1]
        if column == 0:
            return change.name(lang)
        if column == 1:
            return fmt(change.before)
        if column == 2:
            return fmt(change.after)
        if column == 3:
            return _signed(change.delta) if change.changed else "0"
        reasons = [r.text(lang) for r in change.reasons]
        return "\n".join(reasons) if reasons else (self.tr("the same") if not change.changed else "")


class Side(QWidget):
    """One side of the comparison: an edition of the city and a round (a year, and its part where there are parts)."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.edition = SearchCombo()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.part = SearchCombo()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edition, 1)
        row.addWidget(self.year)
        row.addWidget(self.part)
        self.edition.currentIndexChanged.connect(lambda _i: self._edition_chosen())
        self.year.valueChanged.connect(lambda _v: self._fill_parts())
        self.part.currentIndexChanged.connect(lambda _i: window.refresh())

    def fill(self, edition_id: str, round_) -> None:
        state = self.window_.state
        with QSignalBlocker(self.edition), QSignalBlocker(self.year):
            self.edition.clear()
            for edition in state.catalogue.editions(state.city):
                self.edition.addItem(f"{edition.name(state.lang)} ({edition.span})", edition.id)
            self.edition.setCurrentIndex(max(0, self.edition.findData(edition_id)))
            self.year.setValue(int(round_))
        self._fill_parts(getattr(round_, "part", ""))

    def _edition_chosen(self) -> None:
        self._fill_parts()

    def _fill_parts(self, part: str = "") -> None:
        state = self.window_.state
        edition = state.catalogue.edition(self.edition.currentData() or "")
        parts = list(edition.parts) if edition is not None else []
        keep = part or (self.part.currentData() or "")
        with QSignalBlocker(self.part):
            self.part.clear()
            for p in parts:
                self.part.addItem(f"{self.year.value()}-{p}", p)
            self.part.setCurrentIndex(max(0, self.part.findData(keep)))
        self.part.setVisible(bool(parts))
        self.window_.refresh()

    def chosen(self):
        """(edition id, round)."""
        from simulator.core.rounds import Round

        return self.edition.currentData() or "", Round(self.year.value(), self.part.currentData() or "")


class RulesComparisonWindow(QDialog):
    """Keyboard: Alt+A and Alt+B go to the two sides; Alt+E and Alt+Y set them; Tab reaches the table; Esc closes."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesComparisonWindow")
        self.state = state
        self.comparison = None
        self._ready = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.side_a = Side(self)
        self.side_b = Side(self)
        self.label_a = QLabel()
        self.label_b = QLabel()
        self.label_a.setBuddy(self.side_a.edition)
        self.label_b.setBuddy(self.side_b.edition)
        self.two_editions = QPushButton()
        self.two_years = QPushButton()
        self.two_editions.clicked.connect(self.preset_editions)
        self.two_years.clicked.connect(self.preset_years)
        form = QFormLayout()
        form.addRow(self.label_a, self.side_a)
        form.addRow(self.label_b, self.side_b)
        presets = QHBoxLayout()
        presets.addWidget(self.two_editions)
        presets.addWidget(self.two_years)
        presets.addStretch(1)
        self.changes = ChangesModel(self)
        self.table = QTableView()
        self.table.setObjectName("ruleChanges")
        self.table.setModel(self.changes)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(presets)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 1000, 680)
        self.following = Following(self, state, self.refresh)  # off the keystroke path, only while shown
        state.rules_changed.connect(self.preset_editions)
        self.retranslate()
        self.preset_editions()
        self._ready = True
        self.refresh()

    def preset_editions(self) -> None:
        """A: the rules on screen; B: the edition before them (or after), for the same round."""
        state = self.state
        editions = state.catalogue.editions(state.city)
        other = next((e for e in editions if e.id != state.edition.id and e.first_key < state.edition.first_key), None)
        other = other or next((e for e in editions if e.id != state.edition.id), state.edition)
        self.side_a.fill(state.edition.id, state.year)
        self.side_b.fill(other.id, state.year)

    def preset_years(self) -> None:
        """A: the round on screen; B: the same round a year later, each under the edition in force for it."""
        from simulator.core.rounds import Round

        state = self.state
        later = Round(int(state.year) + 1, getattr(state.year, "part", ""))
        edition = state.catalogue.edition_for(state.city, later) or state.edition
        self.side_a.fill(state.edition.id, state.year)
        self.side_b.fill(edition.id, later)

    def refresh(self) -> None:
        if not self._ready:
            return
        from simulator.planning.compare import compare
        from simulator.rules import PackError, load_pack

        profile = self.state.profile
        if profile is None:
            self.comparison = None
            self.changes.set_comparison(None, self.state.lang)
            self.notes.setText(self.tr("Enter the birth date and the retirement category to compare."))
            return
        (edition_a, round_a), (edition_b, round_b) = self.side_a.chosen(), self.side_b.chosen()
        try:
            self.comparison = compare(profile, (load_pack(edition_a), round_a), (load_pack(edition_b), round_b))
        except (PackError, LookupError, ValueError) as exc:
            self.comparison = None
            self.changes.set_comparison(None, self.state.lang)
            if self.state.lang == "en":  # the engine's own words are English
                self.notes.setText(self.tr("These two cannot be compared: {0}").format(exc))
            else:
                self.notes.setText(self.tr("These two cannot be compared: the rules do not cover this round."))
            return
        lang = self.state.lang
        self.changes.set_comparison(self.comparison, lang)
        c = self.comparison
        lines = [
            self.tr("A: {0}, {1} · B: {2}, {3}").format(c.before.edition_name(lang), round_a, c.after.edition_name(lang), round_b)
        ]
        lines += [note(lang) for note in c.notes]
        if c.same_rules and round_a == round_b:
            lines.append(self.tr("The two sides are the same rules and round."))
        self.notes.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rule editions and years compared"))
        self.intro.setText(
            self.tr(
                "The applicant under two rule editions, or in two declaration years: every indicator's points under "
                "each, the difference, and why."
            )
        )
        self.label_a.setText(self.tr("Side &A:"))
        self.label_b.setText(self.tr("Side &B:"))
        self.two_editions.setText(self.tr("Same round, two &editions"))
        self.two_years.setText(self.tr("Same rules, next &year"))
        self.close_button.setText(self.tr("&Close"))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
