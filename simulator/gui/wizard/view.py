"""The wizard: a list of steps, the current page, Back and Next.

Built on a QStackedWidget rather than QWizard so that the step list can jump to any page and the score panel can
stand beside every page. A page cannot be left forward while it holds a wrong entry (something typed that is not
valid); Next also waits for the fields it needs that are still blank, and then marks them "required". A blank form
can be looked through page by page; warnings never block. Whenever a page cannot be left, the line beside Back and
Next says why, naming the fields, and the step list keeps showing the page that is on screen.

The steps are numbered; Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth) and Ctrl+G go to a page by its number. The start page
is built at once; the other pages need the engine and are built by `build_pages` once it is loaded, right after
the window is first drawn.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from simulator.gui.form.state import ApplicantState
from simulator.gui.look import style
from simulator.gui.widgets.steady_label import SteadyLabel
from simulator.gui.wizard import titles
from simulator.gui.wizard.pages import page_class
from simulator.gui.wizard.pages.base import WizardPage


class WizardView(QWidget):
    page_changed = Signal(int)
    overrides_requested = Signal()

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.pages: list[WizardPage] = []  # the pages of the chosen city's form, in order
        self._built: dict[str, WizardPage] = {}  # every page built so far, of any city's form
        self._all_built = False  # build_pages has run: the engine is loaded
        self.city = state.city_info  # the City whose form is shown
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        style.steps(self.steps)
        self.steps.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        style.page_title(self.heading)
        self.heading.setWordWrap(True)
        self.blocked = SteadyLabel(hide_when_blank=False)  # a reason that comes and goes as one types moves nothing
        self.blocked.setObjectName("problem")
        style.problem(self.blocked)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self._said: WizardPage | None = None  # the page whose reason for not being left is shown
        # the steps whose page marks an error: drawn with "⚠" by the steps' delegate (changing an item's text would
        # lay out and paint the whole list again at each keystroke that makes a field wrong or right)
        self._marked: set[int] = set()
        self._steps_shown_for: tuple | None = None  # what the steps' titles were written for
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self._fill_steps()
        # the start page is made inside the stack, the window not being shown yet: moving it in costs more. (The
        # other pages are made apart and then moved in: made inside the shown window, they lay out differently.)
        self.pages.append(self._build("start", self.stack))
        self.steps.currentRowChanged.connect(self._step_clicked)

        nav = QHBoxLayout()
        nav.addWidget(self.blocked, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)

        state.evaluated.connect(self._update_navigation)
        state.rules_changed.connect(self._follow_city)
        self.retranslate()
        self.go_to(0)

    @property
    def page_ids(self) -> tuple[str, ...]:
        return titles.page_ids(self.city)

    def _fill_steps(self) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        self._steps_shown_for = None
        for _ in self.page_ids:
            self.steps.addItem(QListWidgetItem())
        self.steps.blockSignals(False)

    def _build(self, page_id: str, parent: QWidget | None = None) -> WizardPage:
        page = self._built.get(page_id)
        if page is not None:
            return page
        spec = self.city.form.page(page_id)
        page = page_class(spec)(self.state, parent)
        page.finish()
        page.reload()  # fields show the state's values from the start (a fresh form's defaults too)
        page.next_requested.connect(self.go_next)
        page.page_requested.connect(self.go_to_id)
        page.overrides_requested.connect(self.overrides_requested)
        self._built[page_id] = page
        self.stack.addWidget(page)
        return page

    def build_pages(self) -> None:
        """The pages after the start page (they need the engine, loaded by now)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from simulator.gui.wizard.numbered_steps import NumberedSteps

        self.steps.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays within the page
        self.steps.setItemDelegate(NumberedSteps(self.steps, self._marked))
        # Back and Next by key as by button: only once there are pages to go to
        for keys, slot in (("Ctrl+PgDown", self.go_next), ("Ctrl+PgUp", self.go_back)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        for number in range(1, 11):  # Ctrl+1 … Ctrl+9, Ctrl+0: the page of that number
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.go_to_number(n))
        QShortcut(QKeySequence("Ctrl+G"), self).activated.connect(self.ask_page_number)
        self._all_built = True
        self._follow_city(force=True)
        self._focus_first_field()

    def _follow_city(self, force: bool = False) -> None:
        """Another city's form: its pages replace the others' in the step list; every fact typed stays in the
        state, and the page on screen stays when the new form has it."""
        if self.state.city_info is self.city and not force:
            return
        current = self.stack.currentWidget()
        self.city = self.state.city_info
        self._fill_steps()
        if not self._all_built:  # during start-up only the start page exists
            self._update_navigation()
            return
        self.pages = [self._build(page_id) for page_id in self.page_ids]
        at = self.pages.index(current) if current in self.pages else 0
        self.go_to(at, exactly=True)

    @property
    def complete(self) -> bool:
        return self._all_built and len(self.pages) == len(self.page_ids)

    @property
    def index(self) -> int:
        current = self.stack.currentWidget()
        return self.pages.index(current) if current in self.pages else 0

    @property
    def current(self) -> WizardPage:
        return self.pages[self.index]

    def page(self, page_id: str) -> WizardPage:
        """A page of the chosen city's form (or, by its id, any page built so far)."""
        for page in self.pages:
            if page.page_id == page_id:
                return page
        return self._built[page_id]

    def first_blocking_before(self, index: int, start: int = 0) -> int | None:
        """The first page from `start` up to (not including) `index` that holds a wrong entry, if any."""
        for i in range(start, min(index, len(self.pages))):
            if self.pages[i].has_wrong_entries():
                return i
        return None

    def go_to(self, index: int, exactly: bool = False) -> bool:
        """Show page `index`. Going forward stops at a page on the way (the current one included) that holds a wrong
        entry, and the line beside Next says why; False then. `exactly`: no stop (an autosaved draft goes back to
        where it was)."""
        index = max(0, min(index, len(self.pages) - 1))  # pages not built yet cannot be visited
        blocking = None
        if not exactly and index > self.index:
            blocking = self.first_blocking_before(index, self.index)
        if blocking is not None:
            index = blocking  # stop at the first page that needs correcting
        if self.stack.currentWidget() is not self.pages[index]:
            self.stack.setCurrentWidget(self.pages[index])
            self._focus_first_field()
            self.page_changed.emit(index)
        self._show_step()
        self._update_navigation()
        if blocking is not None:
            self.say_why(self.pages[blocking])
        return blocking is None

    def _show_step(self) -> None:
        """The step list highlights the page on screen, whatever was clicked."""
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(self.index)
        self.steps.blockSignals(False)

    def go_to_id(self, page_id: str) -> None:
        page = self.page(page_id)
        if page in self.pages:
            self.go_to(self.pages.index(page))

    def go_to_number(self, number: int) -> bool:
        """The page with this number in the step list (1 is the start page)."""
        if not 1 <= number <= len(self.pages):
            return False
        return self.go_to(number - 1)

    def page_dialog(self):
        """The Ctrl+G question: a drop-down of the numbered steps that finds its entry as one types ("8", "tax",
        "纳税"), with OK and Cancel."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QMessageBox

        from simulator.gui.widgets.search_combo import SearchCombo
        from simulator.gui.windows.ask import button_text

        dialog = QDialog(self)
        dialog.setObjectName("goToPage")
        dialog.setWindowTitle(self.tr("Go to page"))
        dialog.pages = SearchCombo(dialog)
        for i, page_id in enumerate(self.page_ids):
            dialog.pages.addItem(f"{i + 1}  {titles.short_title(page_id, self.city, self.state.lang)}", i + 1)
        dialog.pages.setCurrentIndex(self.index)
        label = QLabel(self.tr("&Page:"))
        label.setBuddy(dialog.pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        for standard, kind in ((QDialogButtonBox.StandardButton.Ok, "Ok"), (QDialogButtonBox.StandardButton.Cancel, "Cancel")):
            buttons.button(standard).setText(button_text(getattr(QMessageBox.StandardButton, kind)) or "")
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(label, dialog.pages)
        form.addRow(buttons)
        dialog.pages.setFocus()
        return dialog

    def ask_page_number(self) -> None:
        from PySide6.QtWidgets import QDialog

        dialog = self.page_dialog()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.go_to_number(int(dialog.pages.currentData()))
        finally:
            dialog.deleteLater()

    def go_next(self) -> bool:
        """The next page, once this one holds no wrong entry and no required field is blank (those are marked
        "required" now, and named beside Next)."""
        if self.index >= len(self.page_ids) - 1 or not self.complete:
            return False
        page = self.current
        if page.has_errors():
            self.state.touch(*page.field_keys())  # the "required" marks show from now on
            self._update_navigation()
            self.say_why(page)
            return False
        return self.go_to(self.index + 1)

    def go_back(self) -> None:
        if self.index > 0:
            self.go_to(self.index - 1)

    def _step_clicked(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.go_to(row)
        else:
            self._show_step()

    def say_why(self, page: WizardPage) -> None:
        """Beside Back and Next: why `page` cannot be left yet, naming the fields."""
        lines = page.problem_lines(page.blocking_problems())
        if not lines:
            return
        name = titles.short_title(page.page_id, self.city, self.state.lang)
        more = len(lines) - 3
        text = self.tr("“{0}” cannot be left yet: {1}").format(name, "; ".join(lines[:3]))
        if more > 0:
            text += " " + self.tr("(and {0} more)").format(more)
        self.blocked.show_message(text)
        self._said = page

    def _focus_first_field(self) -> None:
        if not self.complete:
            return  # during start-up: done once all pages are built
        from PySide6.QtCore import Qt

        page = self.current
        target = page.nextInFocusChain()
        # the first widget of the page that takes keyboard focus, so typing can start at once
        for _ in range(200):
            if target is None or target is page:
                break
            if (
                page.isAncestorOf(target)
                and target.isVisibleTo(page)
                and target.isEnabled()
                and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return
            target = target.nextInFocusChain()

    def _update_navigation(self) -> None:
        last = len(self.page_ids) - 1
        current = self.current
        wrong = current.has_wrong_entries()
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < last and not wrong and self.complete)
        self.next_button.setVisible(self.index < last)
        if self.index < last and current.blocking_problems() and (wrong or self._said is current):
            self.say_why(current)  # the reason stays in view, kept up to date, until it is gone
        else:
            self.blocked.show_message("")
            self._said = None
        marked = {i for i, page in enumerate(self.pages) if page.shows_problems()}
        changed = marked ^ self._marked
        self._marked.clear()  # the same set, updated in place: the delegate holds it
        self._marked.update(marked)
        # the steps' titles change with the city and the language only (and, during start-up, with the marker)
        shown_for = (self.city, self.state.lang, self._all_built, None if self._all_built else frozenset(marked))
        for i, page_id in enumerate(self.page_ids):
            item = self.steps.item(i)
            if shown_for != self._steps_shown_for:
                # during start-up the delegate is not there yet: the marker is in the text
                marker = "⚠ " if i in marked and not self._all_built else ""
                text = f"{marker}{titles.short_title(page_id, self.city, self.state.lang)}"
                if item.text() != text:  # an unchanged list is not laid out again
                    item.setText(text)
                    item.setToolTip(titles.title(page_id, self.city, self.state.lang))
                    continue
            if i in changed:
                self.steps.viewport().update(self.steps.visualItemRect(item))  # this step only
        self._steps_shown_for = shown_for
        heading = self.current.title()
        if self.heading.text() != heading:
            self.heading.setText(heading)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.back_button.setToolTip(self.tr("Previous page (Alt+B, Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Alt+N, Ctrl+Page Down, or Enter in a text field)"))
        self.steps.setToolTip(self.tr("Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth) or Ctrl+G: go to a page by its number"))
        self._update_navigation()

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
