"""What every page shares: fields bound to the state, problems shown under their fields, retranslation.

A page edits the state through `set_value` (or a table model) and redraws itself on `evaluated`, only while
it is the page on screen (a hidden page redraws when it is shown). The layouts with the explanation panel and
the derivation are in columns.py. Nothing here loads the engine: the start page is drawn before it is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from simulator.gui.form.state import ApplicantState
from simulator.gui.widgets.problem_label import ProblemLabel
from simulator.gui.wizard import titles

if TYPE_CHECKING:  # made by the pages after the start page (whose first paint goes without them)
    from PySide6.QtWidgets import QCheckBox, QLineEdit

Choices = Callable[[], list[tuple[str, str]]]
SEARCH_ROLE = 0x0100 + 7  # Qt.ItemDataRole.UserRole + 7: other words an entry of a choice is found by


def _plain(text: str) -> str:
    """A label as a name in a sentence: without its access key and its colon."""
    import re

    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


class _LeaveWatcher(QObject):
    """Calls back when the keyboard focus leaves a widget (to a widget outside it: not into its popup)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut:
            from PySide6.QtCore import Qt  # not before the first paint (see main_window.py on start-up)

            if event.reason() != Qt.FocusReason.PopupFocusReason:
                self._callback()
        return False


class WizardPage(QWidget):
    page_id = ""
    fields: tuple[str, ...] = ()  # the state fields this page edits: their errors block Next
    next_requested = Signal()  # Enter pressed in a line edit
    page_requested = Signal(str)  # go to another page (by id)
    overrides_requested = Signal()  # the user holds an official value the sources lack: open the override editor

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self._labels: list[tuple[Callable[[str], None], Callable[[], str]]] = []  # (how it is shown, the text)
        self._loaders: list[tuple[QWidget, Callable[[object], None], str]] = []
        self._problem_labels: list[tuple[str, ProblemLabel]] = []
        self._tables: list = []
        self._combos: list[tuple[QComboBox, Choices, str | None]] = []
        self._field_names: dict[str, Callable[[], str]] = {}  # a field's label, to name it in a message
        self._stale = True
        self._rules_stale = False
        state.reloaded.connect(self.reload)
        state.evaluated.connect(self._on_evaluated)
        state.rules_changed.connect(self._on_rules_changed)
        state.started.connect(self._on_rules_changed)  # the full catalogue replaces the preview of it

    # ------------------------------------------------------------ for subclasses

    def title(self) -> str:
        return titles.title(self.page_id, self.state.city_info, self.state.lang)

    def short_title(self) -> str:
        return titles.short_title(self.page_id, self.state.city_info, self.state.lang)

    @property
    def spec(self):
        """What the chosen city's form says of this page (None when its form has no such page)."""
        return self.state.page_spec(self.page_id)

    def shows(self, name: str) -> bool:
        """Whether the chosen city asks for this table or field of the page (and its edition has the item)."""
        spec = self.spec
        return spec is not None and spec.shows(name, self.state.pack)

    def city_intro(self) -> str:
        """The chosen city's sentence after the page's shared introduction, if it has one."""
        spec = self.spec
        return f" {spec.intro(self.state.lang)}" if spec is not None and spec.intro is not None else ""

    def applies(self) -> bool:
        """Whether the chosen city's form has this page. A page of another city's form keeps its fields but
        does not follow the rules (its choices may come from a pack that is not loaded) until it is shown."""
        return self.spec is not None

    def retranslate(self) -> None:
        """Texts that are not bound labels (subclasses extend)."""

    def refresh(self) -> None:
        """Redraw from the state's result (subclasses extend)."""

    def rules_changed(self) -> None:
        """The pack changed: choices that come from it (subclasses extend)."""

    # ------------------------------------------------------------ building fields

    def label(self, text: Callable[[], str], buddy: QWidget | None = None) -> QLabel:
        widget = QLabel()
        widget.setWordWrap(True)
        if buddy is not None:
            widget.setBuddy(buddy)
        self._labels.append((widget.setText, text))
        widget.setText(text())
        return widget

    def translated(self, widget: QLabel | QCheckBox, text: Callable[[], str]) -> None:
        self._labels.append((widget.setText, text))
        widget.setText(text())

    def problem_label(self, key: str) -> ProblemLabel:
        widget = ProblemLabel()
        self._problem_labels.append((key, widget))
        return widget

    def watch_leaving(self, widget: QWidget, key: str) -> None:
        """When the keyboard focus leaves `widget`, the "required" mark of `key` may show."""
        _LeaveWatcher(widget, lambda: self.state.touch(key))

    def line(self, key: str, placeholder: Callable[[], str] | None = None) -> QLineEdit:
        from PySide6.QtWidgets import QLineEdit

        edit = QLineEdit()
        self.watch_leaving(edit, key)
        edit.textEdited.connect(lambda text: self.state.set_value(key, text))
        edit.returnPressed.connect(self.next_requested)
        self._loaders.append((edit, lambda v, e=edit: e.setText(str(v or "")), key))
        if placeholder is not None:
            self._labels.append((edit.setPlaceholderText, placeholder))
            edit.setPlaceholderText(placeholder())
        return edit

    def check(self, key: str, text: Callable[[], str]) -> QCheckBox:
        from PySide6.QtWidgets import QCheckBox

        box = QCheckBox()
        box.toggled.connect(lambda checked: self.state.set_value(key, bool(checked)))
        self._loaders.append((box, lambda v, b=box: b.setChecked(bool(v)), key))
        self.translated(box, text)
        return box

    def combo(self, key: str | None, choices: Choices, none_label: Callable[[], str] | None = None) -> QComboBox:
        """A choice among `choices` (value, label); with `none_label`, a first entry meaning "none". Typing in it
        searches its entries (simulator.gui.widgets.search_combo)."""
        from simulator.gui.widgets.search_combo import SearchCombo

        box = SearchCombo()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if key is not None:
            self.watch_leaving(box, key)
        provider = choices
        if none_label is not None:
            provider = lambda: [("", none_label()), *choices()]  # noqa: E731
        self._combos.append((box, provider, key))
        self._fill_combo(box, provider, key)
        if key is not None:
            box.currentIndexChanged.connect(lambda _i, b=box: self.state.set_value(key, b.currentData() or ""))
            self._loaders.append((box, lambda v, b=box: self._select(b, v), key))
        return box

    def _fill_combo(self, box: QComboBox, provider: Choices, key: str | None) -> None:
        current = self.state.values.get(key) if key is not None else box.currentData()
        with QSignalBlocker(box):
            box.clear()
            for choice in provider():
                box.addItem(choice[1], choice[0])
                if len(choice) > 2:  # other words the entry is found by (a district's pinyin name)
                    box.setItemData(box.count() - 1, choice[2], SEARCH_ROLE)
            if key is None and box.findData(current) < 0:
                box.setCurrentIndex(-1)  # a choice of the rules (the start page's): the page puts the right one back
            else:
                self._select(box, current)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        at = box.findData(value if value is not None else "")
        if at < 0 and value:
            # a value these rules do not know (from a file or another edition): kept, and flagged by the state
            box.addItem(f"{value} (?)", value)
            at = box.count() - 1
        with QSignalBlocker(box):
            box.setCurrentIndex(at if at >= 0 else -1)

    def table(self, name: str, title: Callable[[], str]):
        """The table of one list (its column titles are the same on every page: pages.headers)."""
        from simulator.gui.widgets.row_table import RowTable
        from simulator.gui.wizard.pages.headers import column_titles  # pages with tables are built once the engine is loaded

        model = self.state.tables[name]
        model.set_headers(lambda: column_titles(name))
        widget = RowTable(model, with_hint=not self._tables)  # the keys are explained once per page
        self.translated(widget.title, title)
        self._tables.append(widget)
        return widget

    def form_row(
        self, form: QFormLayout, text: Callable[[], str], field: QWidget, key: str | None, buddy: QWidget | None = None
    ) -> QLabel:
        """A labelled field with its problem line beneath it; the label's access key focuses `buddy` (the field)."""
        label = self.label(text, buddy or field)
        if key is not None:
            self._field_names[key] = text
        if key is None:
            form.addRow(label, field)
            return label
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(self.problem_label(key))
        form.addRow(label, holder)
        return label

    # ------------------------------------------------------------ reacting

    def finish(self) -> None:
        """Called once the page's own fields are built (subclasses add what goes after them)."""

    def fact_keys(self) -> tuple[str, ...]:
        """The city's own facts this page asks for (pages with room for them say which)."""
        return ()

    def field_keys(self) -> tuple[str, ...]:
        return (*self.fields, *self.fact_keys())

    def has_errors(self) -> bool:
        """Anything to correct or fill in before the page is done (a blank required field included)."""
        return bool(self.state.problems.errors_under(self.field_keys()))

    def has_wrong_entries(self) -> bool:
        """Something typed on this page is not valid: the page cannot be left forward until it is corrected."""
        return any(not p.missing for p in self.state.problems.errors_under(self.field_keys()))

    def shows_problems(self) -> bool:
        """An error is marked on the page (a wrong entry, or a required field the user has left blank)."""
        return any(self.state.shown(p) for p in self.state.problems.errors_under(self.field_keys()))

    def blocking_problems(self) -> list:
        """What keeps the page from being left: its wrong entries, else the required fields left blank."""
        errors = self.state.problems.errors_under(self.field_keys())
        wrong = [p for p in errors if not p.missing]
        return wrong or [p for p in errors if self.state.shown(p)]

    def problem_lines(self, problems: list) -> list[str]:
        """Each problem with the field it is about, as the page names it: "Birth date: Required."."""
        from simulator.gui.wizard.pages.headers import column_titles

        tables = {table.model.spec.name: table for table in self._tables}
        lines = []
        for problem in problems:
            if problem.row is not None and problem.field in tables:
                table = tables[problem.field]
                where = _plain(table.title.text())
                keys = [c.key for c in table.model.spec.columns]
                place = self.tr("row {0}").format(problem.row + 1)
                if problem.column in keys:
                    place += " · " + column_titles(problem.field)[keys.index(problem.column)]
                lines.append(f"{where}, {place}: {problem.message}")
                continue
            name = self._field_names.get(problem.field) or self._field_names.get(problem.key)
            lines.append(f"{_plain(name())}: {problem.message}" if name is not None else problem.message)
        return list(dict.fromkeys(lines))

    def reload(self) -> None:
        """A new applicant or an opened file: every field and every text is redrawn, shown or not, so that
        nothing of the previous person stays anywhere in the window."""
        for widget, load, key in self._loaders:
            with QSignalBlocker(widget):
                load(self.state.values[key])
        if self.applies():
            self._redraw()
        else:
            self._stale = True

    def _on_evaluated(self) -> None:
        self._stale = True
        if self.isVisible():
            self._redraw()

    def _redraw(self) -> None:
        self._stale = False
        for key, widget in self._problem_labels:
            problem = self.state.problems.at(key)
            widget.show_problem(problem if problem is not None and self.state.shown(problem) else None)
        self.refresh()

    def showEvent(self, event):
        super().showEvent(event)
        if self._rules_stale:
            self._on_rules_changed()
            self.retranslate()  # the language may have changed meanwhile
        if self._stale:
            self._redraw()

    def _on_rules_changed(self) -> None:
        if not self.applies():
            self._rules_stale = True
            return
        self._rules_stale = False
        for show, text in self._labels:  # some texts say what the chosen city's rules ask for
            show(text())
        for box, provider, key in self._combos:
            self._fill_combo(box, provider, key)
        self.rules_changed()

    def _retranslate_all(self) -> None:
        for show, text in self._labels:
            show(text())
        if not self.applies():  # its choices are redrawn when the page is next shown
            self._rules_stale = self._stale = True
            return
        for box, provider, key in self._combos:
            self._fill_combo(box, provider, key)
        self.retranslate()
        self._stale = True
        if self.isVisible():
            self._redraw()

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self._retranslate_all()
        super().changeEvent(event)
