"""The batch window for staff: pick a spreadsheet, a declaration year and an output folder, score everyone in a
worker thread with a progress bar and a Cancel button, then read the ranking and the problems in two tables.

The scoring is simulator.batch.run_batch, the same as `python -m simulator batch`; this window only starts it,
shows its progress and lists what it wrote.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.core.decimals import fmt
from simulator.defaults import DEFAULT_CITY


class BatchWorker(QObject):
    """Runs one batch in a QThread; signals carry the progress and the outcome back to the window."""

    progressed = Signal(str, int, int)
    finished = Signal(object)  # BatchResult
    failed = Signal(str)

    def __init__(self, source: Path, out_dir: Path, options, workers: int | None = None) -> None:
        super().__init__()
        self.source, self.out_dir, self.options, self.workers = source, out_dir, options, workers
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from simulator.batch import BatchFileError, run_batch

        try:
            result = run_batch(
                self.source,
                self.out_dir,
                self.options,
                workers=self.workers,
                progress=lambda stage, done, total: self.progressed.emit(stage, done, total),
                cancelled=self._cancel.is_set,
            )
        except BatchFileError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.filename or ''}: {exc.strerror or exc}")
        except Exception as exc:  # whatever happens, the window must hear that the run ended
            self.failed.emit(f"the batch stopped: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)


class RankingModel(QAbstractTableModel):
    """The ranked summary: rank, row, applicant, name, ID (as written to the summary), qualified, total, points."""

    FIXED = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._ranks: list = []
        self._names: list[str] = []  # the indicators of the edition scored, in the summary's order

    city = ""
    lang = "en"

    def condition_name(self, condition_id: str) -> str:
        """A condition as the rules name it (never its id): the city's engine names its conditions."""
        name = _condition_names(self.city).get(condition_id)
        return name(self.lang) if name is not None else self.tr("a condition")

    def set_result(self, result, indicator_names: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(result.rows) if result is not None else []
        self._ranks = list(result.ranks) if result is not None else []
        self._names = list(indicator_names or [])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.FIXED + len(self._names)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = (
            self.tr("Rank"),
            self.tr("Row"),
            self.tr("Applicant"),
            self.tr("Name"),
            self.tr("ID number"),
            self.tr("Qualified"),
            self.tr("Total"),
        )
        return fixed[section] if section < self.FIXED else self._names[section - self.FIXED]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, rank, column = self._rows[index.row()], self._ranks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return "" if rank is None else str(rank)
            if column == 1:
                return str(row.row)
            if column == 2:
                return row.applicant_id
            if column == 3:
                return row.name
            if column == 4:
                return row.id_shown
            if column == 5:
                if row.qualified:
                    return self.tr("yes")
                return self.tr("no: {0}").format(", ".join(self.condition_name(c) for c in row.unmet))
            if column == 6:
                return fmt(row.total)
            points = row.points[column - self.FIXED]
            return "—" if points is None else fmt(points)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in (0, 1) or column >= 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 6) and not row.qualified:
            return self.tr("A condition is not met: no rank, the total is a what-if.")
        return None


class ProblemsModel(QAbstractTableModel):
    """One line per problem: the row, the applicant, the column, what is wrong."""

    lang = "en"  # the language the problems are worded in (the window's)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._problems: list = []

    def set_problems(self, problems: list) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Applicant"), self.tr("Column"), self.tr("Problem"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        from simulator.batch.wording import problem_words

        p = self._problems[index.row()]
        message = problem_words(p.message, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return message  # long messages are cut in the table
        return (str(p.row), p.applicant_id, p.column, message)[index.column()]


class BatchWindow(QDialog):
    """Score a whole spreadsheet of applicants. Keyboard: every control is reachable with Tab; Enter runs;
    Esc cancels a run (and closes the window when none is running); Enter or a double click on a ranked row (or
    Alt+W) opens that applicant in the wizard."""

    open_requested = Signal(object, object, str)  # the row's ApplicantProfile, the round scored, a name for the title

    def __init__(
        self, parent=None, *, year: int | None = None, lang: str = "zh", city: str = DEFAULT_CITY, workers: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchWindow")
        self.city, self.lang, self.workers = city, lang, workers
        self._thread: QThread | None = None
        self._worker: BatchWorker | None = None
        self.result = None

        self.source_edit = QLineEdit()
        self.source_button = QPushButton()
        self.template_button = QPushButton()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2018, 2100)
        self.year_spin.setValue(year or _this_year() + 1)
        self.out_edit = QLineEdit()
        self.out_button = QPushButton()
        self.pdf_check = QCheckBox()
        self.show_id_check = QCheckBox()
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.wizard_button = QPushButton()  # the ranked row chosen, in the wizard
        self.wizard_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("batchStatus")

        self.ranking = RankingModel(self)
        self.ranking.city, self.ranking.lang = city, lang
        self.ranking_view = self._table(self.ranking)
        self.problems = ProblemsModel(self)
        self.problems.lang = lang
        self.problems_view = self._table(self.problems)
        self.problems_view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ranking_view, "")
        self.tabs.addTab(self.problems_view, "")

        self.source_label, self.year_label, self.out_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.source_label, self._with_buttons(self.source_edit, self.source_button, self.template_button))
        form.addRow(self.year_label, self.year_spin)
        form.addRow(self.out_label, self._with_buttons(self.out_edit, self.out_button))
        form.addRow("", self.pdf_check)
        form.addRow("", self.show_id_check)
        self.source_label.setBuddy(self.source_edit)
        self.year_label.setBuddy(self.year_spin)
        self.out_label.setBuddy(self.out_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.wizard_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.source_button.clicked.connect(self._choose_source)
        self.template_button.clicked.connect(self._write_template)
        self.out_button.clicked.connect(self._choose_out)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_folder)
        self.wizard_button.clicked.connect(self.open_current_row)
        self.ranking_view.activated.connect(lambda index: self.open_row(index.row()))
        self.ranking_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.wizard_button.setEnabled(current.isValid())
        )
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 980, 660)
        self._retranslate()

    @staticmethod
    def _with_buttons(edit: QLineEdit, *buttons: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        for button in buttons:
            row.addWidget(button)
        return box

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    # ------------------------------------------------------------ text

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Score many applicants"))
        self.source_label.setText(self.tr("&Applicants file:"))
        self.source_edit.setPlaceholderText(self.tr("a .xlsx or .csv file in the batch layout"))
        self.source_button.setText(self.tr("&Browse…"))
        self.template_button.setText(self.tr("Write a &template…"))
        self.year_label.setText(self.tr("Declaration &year:"))
        self.out_label.setText(self.tr("&Output folder:"))
        self.out_button.setText(self.tr("C&hoose…"))
        self.pdf_check.setText(self.tr("Also write one &PDF worksheet per applicant"))
        self.show_id_check.setText(self.tr("Show ID numbers &unmasked in the summary"))
        self.run_button.setText(self.tr("&Run"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.open_button.setText(self.tr("Open the output &folder"))
        self.wizard_button.setText(self.tr("Open the applicant in the &wizard"))
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Ranking ({0})").format(self.ranking.rowCount()))
        self.tabs.setTabText(1, self.tr("Problems ({0})").format(self.problems.rowCount()))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ choosing files

    def _choose_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Applicants file"), self.source_edit.text(), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if path:
            self.source_edit.setText(path)
            if not self.out_edit.text():
                self.out_edit.setText(str(Path(path).with_name(Path(path).stem + "-results")))

    def _choose_out(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.out_edit.text())
        if path:
            self.out_edit.setText(path)

    def _write_template(self) -> None:
        from simulator import cities
        from simulator.batch import write_template

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write a template"), "applicants.xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if not path:
            return
        try:
            write_template(path, cities.get(self.city).batch)
        except (OSError, ValueError) as exc:
            from simulator.gui.windows.ask import reason_of

            self._say(self.tr("Could not write the template: {0}").format(reason_of(exc, self.lang)), error=True)
            return
        self.source_edit.setText(path)
        self._say(
            self.tr("Template written to {0}. Fill in one applicant per row; the notes sheet explains every column.").format(path)
        )

    # ------------------------------------------------------------ running

    def is_running(self) -> bool:
        return self._thread is not None

    def _may_replace(self, out: Path, pdf: bool) -> bool:
        """An earlier batch's outputs in the folder are replaced only when the user says so (the command line's
        --force): they may be the only copy of another cohort's ranking."""
        from simulator.batch.runner import existing_outputs

        found = existing_outputs(out, pdf)
        if not found:
            return True
        from simulator.gui.windows.ask import ask

        names = ", ".join(p.name + ("/" if p.is_dir() else "") for p in found)
        reply = ask(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Replace the earlier results?"),
            self.tr("The output folder already holds the results of an earlier batch ({0}). Replace them?").format(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if reply != QMessageBox.StandardButton.Yes:
            self._say(self.tr("Output folder: choose another folder, or replace the earlier results."), error=True)
            self.out_edit.setFocus()
            return False
        return True

    def start(self) -> None:
        if self.is_running():
            return
        from simulator.batch import BatchOptions
        from simulator.rules import PackError, pack_for

        source = self.source_edit.text().strip()
        out = self.out_edit.text().strip()
        year = self.year_spin.value()
        if not source:
            self._say(self.tr("Applicants file: choose a .xlsx or .csv file first."), error=True)
            self.source_edit.setFocus()
            return
        if not Path(source).is_file():
            self._say(self.tr("Applicants file: {0} does not exist.").format(source), error=True)
            self.source_edit.setFocus()
            return
        if not out:
            self._say(self.tr("Output folder: choose where the summary is written."), error=True)
            self.out_edit.setFocus()
            return
        try:
            pack = pack_for(self.city, year)
        except (LookupError, PackError) as exc:
            self._say(self.tr("Declaration year: {0}").format(str(exc).strip("'\"")), error=True)
            self.year_spin.setFocus()
            return
        options = BatchOptions(pack, year, pdf=self.pdf_check.isChecked(), lang=self.lang, show_id=self.show_id_check.isChecked())
        if not self._may_replace(Path(out), options.pdf):
            return
        self.result = None
        self.ranking.set_result(None)
        self.problems.set_problems([])
        self._update_tab_titles()
        self.progress.setRange(0, 0)  # busy until the first report
        self._say(self.tr("Reading {0}…").format(Path(source).name))
        self._set_running(True)

        self._thread = QThread(self)
        self._worker = BatchWorker(Path(source), Path(out), options, self.workers)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_done)
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the running batch ends (tests, closing the window)."""
        thread = self._thread
        return thread.wait(milliseconds) if thread is not None else True

    @Slot(str, int, int)
    def _progressed(self, stage: str, done: int, total: int) -> None:
        if stage == "scoring":
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, total))
            self.progress.setFormat(self.tr("Scoring: %v of %m rows"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Writing the summary"))

    @Slot(object)
    def _finished(self, result) -> None:
        if result.cancelled:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat("")
            self._say(self.tr("Cancelled: nothing was written."))
            return
        self.result = result
        self.ranking.set_result(result, self._indicator_names())
        self.problems.set_problems(result.problems)
        self._update_tab_titles()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress.setFormat(self.tr("Done"))
        qualified = sum(1 for r in result.rows if r.qualified)
        message = self.tr("{0} applicants scored ({1} qualified), {2} rows with problems, in {3:.1f} s. Written to {4}.").format(
            len(result.rows), qualified, result.rows_with_problems, result.seconds, result.out_dir
        )
        self._say(message)
        self.open_button.setEnabled(True)
        if result.problems and not result.rows:
            self.tabs.setCurrentIndex(1)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._say(message, error=True)

    @Slot()
    def _thread_done(self) -> None:
        self._thread.deleteLater()
        self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.source_edit,
            self.source_button,
            self.template_button,
            self.year_spin,
            self.out_edit,
            self.out_button,
            self.pdf_check,
            self.show_id_check,
            self.run_button,
        ):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.open_button.setEnabled(False)

    def open_current_row(self) -> bool:
        index = self.ranking_view.currentIndex()
        return index.isValid() and self.open_row(index.row())

    def open_row(self, ranked_row: int) -> bool:
        """Read the spreadsheet row behind a ranked row again and hand its applicant to the wizard."""
        profile = self.profile_of(ranked_row)
        if profile is None:
            return False
        row = self.result.rows[ranked_row]
        name = self.tr("{0}, row {1}").format(Path(self.result.source).name, row.row)
        self.open_requested.emit(profile, self.result.year, name)
        return True

    def profile_of(self, ranked_row: int):
        """The applicant of a ranked row, read from the spreadsheet as the batch read it; None (and said) if the
        file has changed since."""
        from simulator.batch.rows import RowParser, district_names
        from simulator.batch.sheets import BatchFileError, open_sheet
        from simulator.rules import pack_for

        if self.result is None or not 0 <= ranked_row < len(self.result.rows):
            return None
        wanted = self.result.rows[ranked_row]
        try:
            pack = pack_for(self.city, self.result.year)
            sheet = open_sheet(self.result.source)
            try:
                from simulator import cities

                parser = RowParser(
                    sheet.header, cities.get(self.city).batch, self.city, district_names(pack), text_cells=sheet.text_cells
                )
                parsed = next((parser.parse(n, cells) for n, cells in sheet.rows if n == wanted.row), None)
            finally:
                sheet.close()
        except (BatchFileError, OSError, LookupError) as exc:
            from simulator.gui.windows.ask import reason_of

            self._say(self.tr("The row cannot be opened: {0}").format(reason_of(exc, self.lang)), error=True)
            return None
        if parsed is None or parsed.profile is None or parsed.applicant_id != wanted.applicant_id:
            self._say(
                self.tr("Row {0} of the file is no longer the applicant scored: run the batch again.").format(wanted.row),
                error=True,
            )
            return None
        return parsed.profile

    def _indicator_names(self) -> list[str]:
        names = self.result.indicator_names if self.result is not None else []
        return [name(self.lang) for name in names]

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.out_dir)))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #a00000" if error else "")

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        """Esc: cancel a running batch first; close only when nothing runs."""
        if self.is_running():
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.is_running():
            self.cancel()
            self.wait()
        super().closeEvent(event)


@cache
def _condition_names(city: str) -> dict:
    """The names of a city's qualification conditions, by id (its engine's `qualification.NAMES`, found by the
    convention of a city's folder, and the retirement-age condition every city shares)."""
    from importlib import import_module

    from simulator import cities
    from simulator.engine.retirement_check import NAME as RETIREMENT

    names = {"retirement_age": RETIREMENT}
    try:
        names.update(getattr(import_module(f"{cities.get(city).module}.engine.qualification"), "NAMES", {}))
    except (ImportError, LookupError):
        pass
    return names


def _this_year() -> int:
    from datetime import date

    return date.today().year
