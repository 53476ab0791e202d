"""The same applicant under every city's rules, side by side (simulator.engine.compare_cities): per city the
edition, the total or the settlement channel, whether the total is provisional, the qualification and the pass
mark or latest line; below, the points each city gives the facts they share. The facts are entered once.

Nothing is computed here: every number is the engine's. "Export comparison PDF" writes the worksheet of the
city being edited with the comparison section added.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from simulator import cities
from simulator.core.decimals import fmt
from simulator.core.ranges import span
from simulator.gui.form.rule_choice import city_name
from simulator.gui.windows.following import Following


def _signed(value) -> str:
    text = fmt(value)
    return text if text.startswith("-") else "+" + text


class CityRowsModel(QAbstractTableModel):
    """One row per city: city, edition, total or channel, qualification, compared with."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.lang = "en"

    def set_rows(self, rows: list, lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = list(rows), lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("City"),
            self.tr("Rule edition"),
            self.tr("Total or channel"),
            self.tr("Qualification"),
            self.tr("Compared with"),
        )[section]

    def result_text(self, row) -> str:
        if row.channel is not None:
            return self.tr("Channel: {0}").format(row.channel.name(self.lang))
        text = span(row.total_low, row.total_high)(self.lang)
        if row.provisional:
            text += " " + self.tr("A RANGE ({0} values not known)").format(row.missing)
        if row.veto is not None:
            text += " " + self.tr("(one-vote veto)")
        return text

    def verdict_text(self, state: str | None) -> str:
        """A range against a mark: reached only at its lowest, not reached only at its highest."""
        return {
            "reached": self.tr("reached even at the lowest total"),
            "not_reached": self.tr("not reached even at the highest total"),
        }.get(state or "", self.tr("depends on the values not known"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return city_name(row.city, self.lang)
            if column == 1:
                return f"{row.edition_name(self.lang)} · {row.declaration_year}"
            if column == 2:
                return self.result_text(row)
            if column == 3:
                if row.channel is not None:
                    return "—"
                return self.tr("met") if row.qualified else self.tr("NOT met (what-if)")
            if column == 4:
                if row.target is None:
                    return "—"
                against = _signed(row.difference) if not row.ranged else self.verdict_text(row.verdict)
                if row.target_kind == "pass_mark" and row.target_name is not None:
                    return f"{row.target_name(self.lang)} {fmt(row.target)} ({against})"
                if row.target_kind == "pass_mark":
                    return self.tr("pass mark {0} ({1})").format(fmt(row.target), against)
                return self.tr("{0} line {1} ({2})").format(row.target_round, fmt(row.target), against)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2 and row.channel is not None:
                return row.channel.reason(self.lang)
            if row.problems:
                return "\n".join(row.problems)
        return None


class TopicsModel(QAbstractTableModel):
    """Shared topics down, cities across: the points each city gives the same facts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.topics: list = []
        self.rows: list = []
        self.lang = "en"

    def set_comparison(self, rows: list, topics: list, lang: str) -> None:
        self.beginResetModel()
        self.rows, self.topics, self.lang = list(rows), list(topics), lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.topics)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.rows)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Shared topic") if section == 0 else city_name(self.rows[section - 1].city, self.lang)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        topic = self.topics[index.row()]
        if index.column() == 0:
            return topic.name(self.lang) if role == Qt.ItemDataRole.DisplayRole else None
        pack_id = self.rows[index.column() - 1].pack_id
        if role == Qt.ItemDataRole.DisplayRole:
            points = topic.points.get(pack_id)
            if points is None:
                return "—"
            bounds = topic.ranges.get(pack_id, (points, points))
            return span(*bounds)(self.lang) + (" *" if topic.provisional.get(pack_id) else "")
        if role == Qt.ItemDataRole.ToolTipRole and topic.provisional.get(pack_id):
            return self.tr("not known: the points are a range")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ComparisonWindow(QDialog):
    """Keyboard: Tab moves between the tables and the buttons; Alt+E exports, Esc closes."""

    def __init__(self, state, parent=None, *, computed_on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonWindow")
        self.state = state
        self.computed_on = computed_on
        self.comparison = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.cities = CityRowsModel(self)
        self.city_table = self._table(self.cities)
        self.topics = TopicsModel(self)
        self.topic_table = self._table(self.topics)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_dialog)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.city_table, 2)
        layout.addWidget(self.topic_table, 2)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 1000, 560)
        self.following = Following(self, state, self.refresh)  # off the keystroke path, only while shown
        self.retranslate()
        self.refresh()

    @staticmethod
    def _table(model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def editions(self) -> list[tuple[object, int]]:
        """Each city's edition in force for the declaration year being edited (the current city's as chosen)."""
        from simulator.core.rounds import edition_and_round
        from simulator.rules import PackError

        year = self.state.year
        chosen = []
        for city in cities.ids():
            if city == self.state.city and self.state.pack is not None:
                chosen.append((self.state.pack, year))
                continue
            try:  # the same round, or where a city holds several rounds a year, its first that year
                chosen.append(edition_and_round(city, year))
            except (PackError, LookupError, ValueError):  # no edition of that city covers the year
                continue
        return chosen

    def refresh(self) -> None:
        profile = self.state.profile
        if profile is None:
            self.comparison = None
            self.cities.set_rows([], self.state.lang)
            self.topics.set_comparison([], [], self.state.lang)
            self.export_button.setEnabled(False)
            return
        from simulator.engine.compare_cities import compare_cities

        self.comparison = compare_cities(profile, self.editions(), overrides=dict(self.state.overrides))
        self.cities.set_rows(self.comparison.rows, self.state.lang)
        self.topics.set_comparison(self.comparison.rows, self.comparison.topics, self.state.lang)
        self.city_table.resizeRowsToContents()
        self.export_button.setEnabled(True)

    def export_file(self, path: str | Path) -> None:
        from simulator.worksheet import export_pdf

        comparison = self.comparison
        result = next((r for r in comparison.evaluations if r.city == self.state.city), comparison.evaluations[0])
        export_pdf(result, self.state.profile, path, lang=self.state.lang, computed_on=self.computed_on, comparison=comparison)

    def export_dialog(self) -> None:
        if self.comparison is None:
            return
        from PySide6.QtWidgets import QMessageBox

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export comparison PDF"), "comparison.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            self.export_file(path)
        except Exception as exc:  # noqa: BLE001 - a failed write is explained, never a crash
            from simulator.gui.windows.ask import reason_of

            QMessageBox.warning(
                self,
                self.tr("PDF not written"),
                self.tr("The worksheet could not be written: {0}").format(reason_of(exc, self.state.lang)),
            )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("City comparison"))
        self.intro.setText(
            self.tr(
                "The same applicant under each city's rules, side by side. The facts are entered once; each city scores those it uses."
            )
        )
        self.note.setText(self.tr("* not known (an official value, or an answer): that city's points there are a range."))
        self.export_button.setText(self.tr("&Export comparison PDF..."))
        self.close_button.setText(self.tr("&Close"))
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
