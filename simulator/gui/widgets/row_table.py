"""A table of dated rows (social-insurance periods, homes, tax years ...) edited entirely by keyboard.

`RowTableModel` holds the rows as typed (a QAbstractTableModel over the draft's rows); `RowTable` is the view
with its Add / Remove buttons, the Insert and Ctrl+Delete keys, and the problems of its rows listed beneath.
Cells are committed on every keystroke so that the score follows the typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from simulator.gui.form.draft import Problem
from simulator.gui.form.tables import ListSpec
from simulator.gui.look import style
from simulator.gui.widgets.steady_label import SteadyLabel

ERROR_BACKGROUND = QColor(255, 226, 226)
WARNING_BACKGROUND = QColor(255, 243, 205)
Choices = Callable[[], list[tuple[str, str]]]  # (value, label) in the current language
# the roles and flags a cell is asked for, made once (a view asks at every repaint, for every cell)
_DISPLAY, _EDIT, _CHECK_STATE = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole
_TOOL_TIP, _BACKGROUND = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole
_ANSWERED = frozenset({_DISPLAY, _EDIT, _CHECK_STATE, _TOOL_TIP, _BACKGROUND})
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable


class RowTableModel(QAbstractTableModel):
    """Rows as typed. `edited` fires for the user's changes only, never for problem highlighting."""

    edited = Signal()
    problems_changed = Signal()

    def __init__(self, spec: ListSpec, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.rows: list[dict] = []
        self._headers: Callable[[], list[str]] = lambda: [c.key for c in spec.columns]
        self._worded: list[str] | None = None  # the titles in the language in force, once asked for
        self._choices: dict[str, Choices] = {}
        self._checkable_when: dict[str, Callable[[dict], bool]] = {}
        # names of values the rules chosen do not offer (another city's district), by column: value -> name or None
        self._names_elsewhere: dict[str, Callable[[object], str | None]] = {}
        self._problems: dict[tuple[int, str | None], Problem] = {}
        # values a new row starts with beyond the blank ones (the city being scored, for lists with a city)
        self.new_row_defaults: Callable[[], dict] = dict
        # the user left a row: its "required" marks may show (ApplicantState.touch, set by the state)
        self.left_row: Callable[[int], None] = lambda row: None

    # ------------------------------------------------------------ configuration by the page

    def set_headers(self, headers: Callable[[], list[str]]) -> None:
        self._headers = headers
        self._worded = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)

    def headers(self) -> list[str]:
        """The column titles, worded once per language (the header view asks for them at every repaint)."""
        if self._worded is None:
            self._worded = self._headers()
        return self._worded

    def retranslate(self) -> None:
        self._worded = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.spec.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.spec.columns) - 1))

    def set_choices(self, key: str, choices: Choices) -> None:
        self._choices[key] = choices

    def set_names_elsewhere(self, key: str, name: Callable[[object], str | None]) -> None:
        self._names_elsewhere[key] = name

    def choices(self, key: str) -> list[tuple[str, str]]:
        provider = self._choices.get(key)
        return provider() if provider else []

    def set_checkable_when(self, key: str, condition: Callable[[dict], bool]) -> None:
        self._checkable_when[key] = condition

    # ------------------------------------------------------------ Qt model interface

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if section < len(headers) else None
        return str(section + 1)

    def _checkable(self, row: dict, key: str) -> bool:
        condition = self._checkable_when.get(key)
        return condition(row) if condition else True

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.spec.columns[index.column()]
        if column.kind == "bool":
            return _CHECKABLE if self._checkable(self.rows[index.row()], column.key) else _SELECTABLE
        return _EDITABLE

    def problem_at(self, row: int, key: str) -> Problem | None:
        return self._problems.get((row, key)) or self._problems.get((row, None))

    def data(self, index, role=_DISPLAY):
        if role not in _ANSWERED or not index.isValid():
            return None  # asked for every role of every cell at each repaint: the others are answered at once
        row = self.rows[index.row()]
        column = self.spec.columns[index.column()]
        value = row.get(column.key)
        if role == _DISPLAY:
            if column.kind == "bool":
                return None if self._checkable(row, column.key) else "—"
            if column.kind in ("choice", "city"):
                return self.choice_label(column.key, value)
            return value
        if role == _EDIT:
            return value
        if role == _CHECK_STATE:
            if column.kind == "bool" and self._checkable(row, column.key):
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        problem = self.problem_at(index.row(), column.key)  # the tool tip or the background
        if problem is None:
            return None
        if role == _TOOL_TIP:
            return problem.message
        return ERROR_BACKGROUND if problem.severity == "error" else WARNING_BACKGROUND

    def choice_label(self, key: str, value: object) -> str:
        if not value:
            return ""
        for choice in self.choices(key):
            if choice[0] == value:
                return choice[1]
        named = self._names_elsewhere.get(key)
        found = named(value) if named is not None else None
        if found:
            return found  # a value of another city's rules (its district), named as those rules name it
        return f"{value} (?)"  # a value no rules know, kept as it was read

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.spec.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind == "bool":
            value = bool(value)
        else:
            value = "" if value is None else str(value)
        if row.get(column.key) == value:
            return True
        row[column.key] = value
        last = len(self.spec.columns) - 1
        # another cell of the row may depend on this one (a lease box exists only for rentals)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        self.edited.emit()
        return True

    # ------------------------------------------------------------ rows

    def add_row(self, values: dict | None = None) -> int:
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at)
        row = self.spec.blank_row()
        row["_extra"] = {}
        row.update(self.new_row_defaults())
        row.update(values or {})
        self.rows.append(row)
        self.endInsertRows()
        self.edited.emit()
        return at

    def append_rows(self, rows: list[dict]) -> None:
        if not rows:
            return
        at = len(self.rows)
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        for values in rows:
            row = self.spec.blank_row()
            row["_extra"] = {}
            row.update(self.new_row_defaults())
            row.update(values)
            self.rows.append(row)
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, at: int) -> None:
        if not 0 <= at < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self.rows[at]
        self.endRemoveRows()
        self.edited.emit()

    def set_rows(self, rows: list[dict]) -> None:
        """Replace every row (a file was opened, or a new applicant started): not an edit."""
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self._problems = {}
        self.endResetModel()
        self.problems_changed.emit()

    def set_problems(self, problems: list[Problem]) -> None:
        new = {(p.row, p.column): p for p in sorted(problems, key=lambda p: p.severity != "error", reverse=True)}
        if new == self._problems:
            return
        touched = {r for r, _ in new} | {r for r, _ in self._problems}
        self._problems = new
        self.problems_changed.emit()
        last = len(self.spec.columns) - 1
        for r in sorted(touched):
            if r is not None and r < len(self.rows):
                self.dataChanged.emit(
                    self.index(r, 0), self.index(r, last), [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
                )

    def problems(self) -> list[Problem]:
        return sorted(self._problems.values(), key=lambda p: (p.row or 0, p.column or ""))


PLACEHOLDERS = {"month": "YYYY-MM", "date": "YYYY-MM-DD", "year": "YYYY", "money": "0", "whole": "0"}


class RowDelegate(QStyledItemDelegate):
    """Line edits for typed cells (with the expected form as placeholder), combo boxes for choices."""

    def createEditor(self, parent, option, index):
        model: RowTableModel = index.model()
        column = model.spec.columns[index.column()]
        if column.kind in ("choice", "city"):
            from simulator.gui.widgets.search_combo import SEARCH_ROLE, SearchCombo

            combo = SearchCombo(parent)  # typing in the cell finds the entry ("tong" or 通 finds 通州区)
            for choice in model.choices(column.key):
                combo.addItem(choice[1], choice[0])
                if len(choice) > 2:
                    combo.setItemData(combo.count() - 1, choice[2], SEARCH_ROLE)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
            return combo
        edit = QLineEdit(parent)
        edit.setPlaceholderText(PLACEHOLDERS.get(column.kind, ""))
        edit.textEdited.connect(lambda _t, e=edit: self.commitData.emit(e))
        return edit

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            at = editor.findData(value)
            if at >= 0 and at != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(at)
                editor.blockSignals(False)
            elif at < 0 and editor.count() and not value:
                editor.blockSignals(True)
                editor.setCurrentIndex(-1)
                editor.blockSignals(False)
            return
        text = "" if value is None else str(value)
        if editor.text() != text:  # rewriting equal text would move the cursor while the user types
            editor.setText(text)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class RowTableView(QTableView):
    """Tab leaves the table (arrow keys move between cells), so the page keeps a sensible tab order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setItemDelegate(RowDelegate(self))
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def inputMethodEvent(self, event):
        """Chinese typed on a cell (from an input method) starts editing it with that text, as a key press does."""
        committed = event.commitString()
        index = self.currentIndex()
        if committed and index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
                editor = self.indexWidget(index) or QApplication.focusWidget()
                if editor is not None and editor is not self:
                    QApplication.sendEvent(editor, event)
                    return
        super().inputMethodEvent(event)

    def focusInEvent(self, event):
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(model.index(0, 0))


class RowTable(QWidget):
    """The table of one list with its buttons and problems; `title` is a label whose buddy is the table."""

    def __init__(self, model: RowTableModel, with_hint: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel()
        self.view = RowTableView()
        self.view.setModel(model)
        self.title.setBuddy(self.view)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Insert / Ctrl+Delete do this from the table
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current_row)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        style.hint(self.hint)
        self.hint.setWordWrap(True)
        self.problems = SteadyLabel()  # a row's problem that comes and goes as one types does not move the page
        self.problems.setObjectName("problem")

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_row),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.add_row),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete), self.remove_current_row),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.problems)
        layout.addWidget(self.hint)
        self.hint.setVisible(with_hint)  # only once it has a parent: a parentless label shown is a window of its own

        # A row's "required" marks show once the user has left the row (or the table), or tried to leave the page.
        self.view.selectionModel().currentChanged.connect(self._left_cell)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        model.rowsInserted.connect(self._fit_height)
        model.rowsRemoved.connect(self._fit_height)
        model.modelReset.connect(self._fit_height)
        model.problems_changed.connect(self.show_problems)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(60)
        # typed dates and ticks take what they need; names and notes share the rest
        for i, column in enumerate(model.spec.columns):
            fixed = column.kind in ("month", "date", "year", "bool", "city")
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents if fixed else QHeaderView.ResizeMode.Stretch)
        if all(c.kind in ("month", "date", "year", "bool", "city") for c in model.spec.columns):
            header.setStretchLastSection(True)
        self.retranslate()
        self._fit_height()

    def _left_cell(self, current, previous) -> None:
        if previous.isValid() and (not current.isValid() or current.row() != previous.row()):
            self.model.left_row(previous.row())

    def _focus_moved(self, old, new) -> None:
        inside = self.view
        if (
            old is not None
            and (old is inside or inside.isAncestorOf(old))
            and not (new is not None and (new is inside or inside.isAncestorOf(new)))
        ):
            index = self.view.currentIndex()
            if index.isValid():
                self.model.left_row(index.row())

    def show_columns(self, keys) -> None:
        """Show only these columns (a city's rules ask for some of a list's columns); the rest keep their values."""
        for i, column in enumerate(self.model.spec.columns):
            self.view.setColumnHidden(i, column.key not in keys)

    def set_column_mode(self, key: str, mode: QHeaderView.ResizeMode) -> None:
        column = [c.key for c in self.model.spec.columns].index(key)
        self.view.horizontalHeader().setSectionResizeMode(column, mode)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add row (Ins)"))
        self.remove_button.setText(self.tr("Remove row (Ctrl+Del)"))
        self.add_button.setToolTip(self.tr("Adds an empty row and starts typing in it. Keys: Insert, or Ctrl+Enter."))
        self.remove_button.setToolTip(self.tr("Removes the row of the selected cell. Keys: Ctrl+Delete."))
        self.hint.setText(
            self.tr(
                "Keys: Insert adds a row · type to fill a cell, Tab goes to the next one · F2 edits · "
                "Space ticks a box · Ctrl+Delete removes the row. An empty end month means “still ongoing”."
            )
        )
        self.model.retranslate()
        self.show_problems()

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self) -> None:
        at = self.model.add_row()
        index = self.model.index(at, 0)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(QPersistentModelIndex(index))

    def remove_current_row(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        editor_open = self.view.state() == QAbstractItemView.State.EditingState
        if editor_open:
            self.view.closePersistentEditor(index)
            self.view.setFocus()
        self.model.remove_row(row)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_problems(self) -> None:
        """The problems of the rows in words under the table (the cells are also coloured)."""
        lines = []
        problems = self.model.problems()
        headers = self.model.headers()
        keys = [c.key for c in self.model.spec.columns]
        for problem in problems:
            row = problem.row + 1 if problem.row is not None else ""
            if problem.column in keys:
                where = self.tr("Row {0}, {1}").format(row, headers[keys.index(problem.column)])
            else:
                where = self.tr("Row {0}").format(row)
            lines.append(f"{where}: {problem.message}")
        self.problems.show_message("\n".join(lines))
        severity = "error" if any(p.severity == "error" for p in problems) else "warning"
        if self.problems.property("severity") != severity:
            self.problems.setProperty("severity", severity)
            style.problem(self.problems, severity)

    def _fit_height(self, *args) -> None:
        # grow with the rows (3 to 10 visible), so a page scrolls as a whole instead of tables scrolling inside it
        rows = min(max(self.model.rowCount(), 3), 10)
        row_height = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        frame = self.view.frameWidth() * 2
        scrollbar = self.view.horizontalScrollBar().sizeHint().height() if self.view.horizontalScrollBar().isVisible() else 0
        self.view.setFixedHeight(header + rows * row_height + frame + scrollbar + 2)
