"""Rule values the user supplies: the values of the current rule pack that the sources do not give (or, on
request, every value), each with a field for the official value and where it comes from.

The engine's own override checks validate what is typed (simulator.rules.overrides); a value it refuses is
marked in its row with the reason, and nothing is applied until every entry is valid. Applied values stay in
`ApplicantState.overrides` for that pack, and every result names them as user-supplied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

ERROR_BG = QColor("#FBE9E7")
LABEL, PATH, PACK_VALUE, YOUR_VALUE, NOTE = range(5)


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_shown(v) for v in value)
    return str(value)


class OverrideEditor(QDialog):
    """Lists the values, validates what is typed, applies it to the live score, saves and loads override files."""

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideEditor")
        self.state = state
        self.pack = state.pack
        self.problems: list[str] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(lambda _on: self._fill())
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        # the fields to type in stay in view; long labels and paths wrap or can be widened
        for column, width in ((LABEL, 320), (PATH, 250), (PACK_VALUE, 130), (YOUR_VALUE, 130)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(PATH, True)  # the value's path is the program's own name for it: kept, not shown
        # the values go with the applicant (kept in the applicant file); ticked, also with every later one
        self.for_everyone = QCheckBox()
        self.for_everyone.setChecked(any(v["pack"] == self.pack.pack.id for v in self.state.shared_supplied))
        self.none_missing = QLabel()
        self.none_missing.setWordWrap(True)
        self.errors = QLabel()
        self.errors.setObjectName("overrideErrors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #B3261E")
        self.errors.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.apply_button = QPushButton()
        self.apply_button.setDefault(True)
        self.load_button = QPushButton()
        self.save_button = QPushButton()
        self.clear_button = QPushButton()
        self.close_button = QPushButton()
        self.apply_button.clicked.connect(self.apply)
        self.load_button.clicked.connect(self.load_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.clear_button.clicked.connect(self.clear)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        for button in (self.load_button, self.save_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.show_all)
        layout.addWidget(self.none_missing)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        layout.addWidget(self.for_everyone)
        layout.addLayout(buttons)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(self, 1000, 600)
        self.retranslate()
        self._fill()

    # ------------------------------------------------------------ rows

    def _current(self):
        return self.state.overrides.get(self.pack.pack.id)

    def _rows(self) -> list[tuple[str, object, object]]:
        """(path, label Text, the pack's value or None) of each value listed."""
        from simulator.engine.pack_values import pack_values, value_label

        supplied = {v.path for v in (self._current().values if self._current() else ())}
        if self.show_all.isChecked():
            return [(path, label, cited.value) for path, label, cited in pack_values(self.pack)]
        wanted: list[str] = []
        result = self.state.result
        for gap in result.missing if result is not None else ():
            if not gap.unanswered and gap.path not in wanted:  # an unanswered fact is answered on its page
                wanted.append(gap.path)
        for path, _label, cited in pack_values(self.pack):  # every value the sources do not give
            if cited.value is None and path not in wanted:
                wanted.append(path)
        wanted += [path for path in sorted(supplied) if path not in wanted]
        rows = []
        for path in wanted:
            cited = self.pack.value_at(path)
            rows.append((path, value_label(self.pack, path), cited.value if cited is not None else None))
        return rows

    def _fill(self) -> None:
        lang = self.state.lang
        current = {v.path: v for v in (self._current().values if self._current() else ())}
        rows = self._rows()
        self.table.setRowCount(len(rows))
        for row, (path, label, value) in enumerate(rows):
            fixed = [label(lang), path, _shown(value) if value is not None else self.tr("official value not available")]
            for column, text in enumerate(fixed):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            supplied = current.get(path)
            self.table.setItem(row, YOUR_VALUE, QTableWidgetItem(_shown(supplied.value) if supplied else ""))
            self.table.setItem(row, NOTE, QTableWidgetItem(supplied.note if supplied else ""))
        self.none_missing.setVisible(not rows and not self.show_all.isChecked())
        self._show_problems([])

    def entered(self) -> tuple[dict[str, str], dict[str, str]]:
        """{path: value} and {path: note} of the rows with a value typed."""
        values, notes = {}, {}
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, YOUR_VALUE).text() or "").strip()
            if not text:
                continue
            path = self.table.item(row, PATH).text()
            raw: object = text
            if "," in text:  # a list of values (e.g. tiers), typed as in the pack
                raw = [part.strip() for part in text.split(",")]
            elif text.lower() in ("true", "false"):
                raw = text.lower() == "true"
            values[path] = raw
            notes[path] = (self.table.item(row, NOTE).text() or "").strip()
        return values, notes

    def set_value(self, path: str, value: str, note: str = "") -> None:
        """Type a value into the row of `path` (the row is listed when it is not yet)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, PATH).text() == path:
                self.table.item(row, YOUR_VALUE).setText(value)
                self.table.item(row, NOTE).setText(note)
                return
        raise KeyError(path)

    # ------------------------------------------------------------ actions

    def _validated(self):
        from simulator.rules.overrides import OverrideError, overrides_from_mapping

        values, notes = self.entered()
        try:
            overrides = overrides_from_mapping(self.pack, values, notes)
        except OverrideError as exc:
            self._show_problems(exc.problems, list(values))
            return None
        self._show_problems([])
        return overrides

    def apply(self) -> bool:
        overrides = self._validated()
        if overrides is None:
            return False
        self.state.set_overrides(self.pack.pack.id, overrides)
        self.state.set_shared(self.pack.pack.id, overrides if self.for_everyone.isChecked() else None)
        return True

    def clear(self) -> None:
        self.state.set_overrides(self.pack.pack.id, None)
        if self.for_everyone.isChecked():
            self.state.set_shared(self.pack.pack.id, None)
        self._fill()

    def load_file(self, path: str | Path) -> bool:
        from simulator.rules.overrides import OverrideError, load_overrides

        try:
            overrides = load_overrides(path, self.pack)
        except OverrideError as exc:
            self._show_problems([self.tr("{0} was not loaded:").format(Path(path).name)] + exc.problems)
            return False
        self.state.set_overrides(self.pack.pack.id, overrides)
        self._fill()
        return True

    def save_file(self, path: str | Path) -> bool:
        from simulator.rules.overrides import save_overrides

        overrides = self._validated()
        if overrides is None:
            return False
        try:
            save_overrides(overrides, path)
        except OSError as exc:
            self._show_problems([self.tr("{0} could not be written: {1}").format(path, exc.strerror or exc)])
            return False
        self.state.set_overrides(self.pack.pack.id, overrides)
        return True

    def load_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load override file"), "", self._filter())
        if path:
            self.load_file(path)

    def save_dialog(self) -> None:
        suggested = f"{self.pack.pack.id}-values.toml"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save override file"), suggested, self._filter())
        if path:
            self.save_file(path)

    def _filter(self) -> str:
        return self.tr("Override files (*.toml)") + ";;" + self.tr("All files (*)")

    def _worded(self, problem: str) -> str:
        """A message of the engine's checks as the user reads it: the value named as listed (never by its path or
        its place in the file), and what is wrong in the user's language."""
        import re

        labels = {self.table.item(row, PATH).text(): self.table.item(row, LABEL).text() for row in range(self.table.rowCount())}
        m = re.match(r"^values\[\d+\](?:\.\w+)? \(([^)]+)\): (.*)$", problem)
        if m is None:
            for path, label in labels.items():
                problem = problem.replace(path, f"“{label}”")
            return problem
        path, message = m.group(1), m.group(2)
        name = labels.get(path) or path
        known = (
            (r"^Input should be a valid (decimal|number|float).*", lambda _m: self.tr("not a number")),
            (r"^Input should be a valid integer.*", lambda _m: self.tr("not a whole number")),
            (r"^Input should be a valid boolean.*", lambda _m: self.tr("write true or false")),
            (
                r"^must not be negative, got (.*)$",
                lambda found: self.tr("must not be negative ({0} was typed)").format(found.group(1)),
            ),
        )
        for pattern, words in known:
            found = re.match(pattern, message)
            if found:
                return self.tr("“{0}”: {1}").format(name, words(found))
        return self.tr("“{0}”: not accepted ({1})").format(name, message)

    def _show_problems(self, problems: list[str], paths: list[str] | None = None) -> None:
        """The engine's messages below the table (each value named as listed, never by its path), and each row they
        name marked."""
        self.problems = problems
        self.errors.setText("\n".join(self._worded(p) for p in problems))
        self.errors.setVisible(bool(problems))
        named = {path for path in (paths or []) if any(path in problem for problem in problems)}
        first = None
        for row in range(self.table.rowCount()):
            bad = self.table.item(row, PATH).text() in named
            if bad and first is None:
                first = row
                self.table.scrollToItem(self.table.item(row, YOUR_VALUE))
                self.table.setCurrentCell(row, YOUR_VALUE)
            for column in (YOUR_VALUE, NOTE):
                item = self.table.item(row, column)
                item.setBackground(QBrush(ERROR_BG) if bad else QBrush())
                if column == YOUR_VALUE:
                    reason = next((p for p in problems if self.table.item(row, PATH).text() in p), "")
                    item.setToolTip(self._worded(reason) if reason else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rule values you supply"))
        self.intro.setText(
            self.tr(
                "Values of the rules {0} that the sources do not give are listed below. If you hold the official "
                "table, type the value and where it comes from; the score then uses it and every result and "
                "worksheet labels it as user-supplied."
            ).format(getattr(self.pack.pack.name, self.state.lang))
        )
        self.show_all.setText(self.tr("Show &every value of the rules (to replace one)"))
        self.for_everyone.setText(
            self.tr(
                "Use these values for &every applicant, not only this one (kept in this computer's settings; each "
                "applicant file keeps its own)"
            )
        )
        self.none_missing.setText(self.tr("These rules give every value this score needs. To replace one, show every value."))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Value"),
                self.tr("Path"),
                self.tr("Rule pack"),
                self.tr("Your value"),
                self.tr("Source (where it comes from)"),
            ]
        )
        self.apply_button.setText(self.tr("&Apply to the score"))
        self.load_button.setText(self.tr("&Load override file..."))
        self.save_button.setText(self.tr("&Save override file..."))
        self.clear_button.setText(self.tr("&Remove all"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
