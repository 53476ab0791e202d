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


# a yes-or-no value, as the user may type it (in either language; the pack's own true/false too)
YES_WORDS = ("yes", "y", "true", "是", "对")
NO_WORDS = ("no", "n", "false", "否", "不")


def _shown(value, yes: str = "yes", no: str = "no", lang: str = "en") -> str:
    """A value as the user reads it: a yes-or-no value, or a reading the rules chose ("full_years"), in words of
    their language; a table as "45 → 20; 46 → 19"; never the program's own words or its notation."""
    from simulator.core.phrases import reading_words

    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, str):
        words = reading_words(value)
        return words(lang) if words is not None else value
    if isinstance(value, dict):
        return "; ".join(f"{_shown(k, yes, no, lang)} → {_shown(v, yes, no, lang)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, (list, tuple)) and len(v) == 2 for v in value):
            return "; ".join(f"{_shown(a, yes, no, lang)} → {_shown(b, yes, no, lang)}" for a, b in value)
        return ", ".join(_shown(v, yes, no, lang) for v in value)
    return str(value)


def _reading_typed(text: str) -> str | None:
    """The pack's word for a reading typed in words (either language), or None."""
    from simulator.core.phrases import READINGS

    wanted = text.casefold()
    return next((key for key, words in READINGS.items() if wanted in (words.zh.casefold(), words.en.casefold())), None)


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
        yes, no = self.tr("yes"), self.tr("no")
        for row, (path, label, value) in enumerate(rows):
            shown = _shown(value, yes, no, lang) if value is not None else self.tr("official value not available")
            for column, text in enumerate([label(lang), path, shown]):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == LABEL:
                    item.setToolTip(text)  # the whole name, where the column is narrower than it
                self.table.setItem(row, column, item)
            supplied = current.get(path)
            self.table.setItem(row, YOUR_VALUE, QTableWidgetItem(_shown(supplied.value, yes, no, lang) if supplied else ""))
            self.table.setItem(row, NOTE, QTableWidgetItem(supplied.note if supplied else ""))
            if isinstance(value, dict):  # a table by key: the applicant file cannot keep one yet, so not offered
                for column in (YOUR_VALUE, NOTE):
                    item = self.table.item(row, column)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(self.tr("A table of values: it cannot be supplied here."))
        self.table.resizeRowsToContents()  # a long name wraps onto a second line rather than being cut off
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
            if _reading_typed(text) is not None:  # a reading, typed (or shown) in words
                raw = _reading_typed(text)
            elif "→" in text or "->" in text:  # a table, typed as shown: "45 → 20; 46 → 19"
                pairs = [
                    [side.strip() for side in part.replace("->", "→").split("→", 1)]
                    for part in text.replace("；", ";").split(";")
                    if part.strip()
                ]
                raw = pairs  # (a pair not whole: the checks say how to write it)
            elif "," in text:  # a list of values (e.g. tiers), typed as in the pack
                raw = [part.strip() for part in text.split(",")]
            elif text.casefold() in YES_WORDS + NO_WORDS + (self.tr("yes").casefold(), self.tr("no").casefold()):
                raw = text.casefold() in YES_WORDS + (self.tr("yes").casefold(),)
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
            (r"^Input should be a valid boolean.*", lambda _m: self.tr("write yes or no")),
            (
                r"^(Input should be a valid (list|tuple|dictionary)|Tuple should have|Field required).*",
                lambda _m: self.tr("write it as pairs, e.g. 45 → 20; 46 → 19"),
            ),
            (r"^Input should be (('[^']*'(, | or )?)+)$", lambda found: self._one_of(found.group(1))),
            (
                r"^must not be negative, got (.*)$",
                lambda found: self.tr("must not be negative ({0} was typed)").format(found.group(1)),
            ),
            (
                r"^.* is out of range \(at most ([\d,]+) either way\)$",
                lambda found: self.tr("too large (at most {0})").format(found.group(1)),
            ),
            (r"^.* is not a month and day written MM-DD$", lambda _m: self.tr("not a month and day (write MM-DD, e.g. 12-31)")),
            (r"^month must be 01 to 12.*$", lambda _m: self.tr("not a month (write YYYY-MM, the month 01 to 12)")),
        )
        for pattern, words in known:
            found = re.match(pattern, message)
            if found:
                return self.tr("“{0}”: {1}").format(name, words(found))
        if self.state.lang == "en":  # the checks' own words are English: shown as they are only in English
            return self.tr("“{0}”: not accepted ({1})").format(name, message)
        return self.tr("“{0}”: not accepted as typed").format(name)

    def _one_of(self, listed: str) -> str:
        """ "write one of: …", each choice in the user's words."""
        import re

        from simulator.core.phrases import reading_words

        choices = re.findall(r"'([^']*)'", listed)
        words = [(reading_words(c) or None) for c in choices]
        shown = [w(self.state.lang) if w is not None else c for w, c in zip(words, choices)]
        return self.tr("write one of: {0}").format(" / ".join(shown))

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
                "&Use these values for every applicant, not only this one (kept in this computer's settings; each "
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
