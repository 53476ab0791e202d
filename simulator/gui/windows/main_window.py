"""The main window: the wizard with the score panel beside it, the menus, and the applicant file.

File handling lives here: New applicant (everything cleared for the next walk-in), Open, Save, Save As,
recent files, the PDF worksheet, and the prompt before unsaved changes are dropped.

Start-up comes in two steps so that the first page is on screen about as soon as a bare Qt window would be:
the window is built with the start page only; once it has been painted, `finish_startup` loads the rule packs
and the engine, builds the other pages and opens the file asked for. What the first paint needs avoids the
slow imports (pydantic, the engine) and even the Qt namespace's enums (about 30 ms to set up). A Qt class costs
its set-up (its enums) the first time it is named: those only the menus and dialogs use (QAction, QMessageBox,
QFileDialog) are imported where they are used.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QMenu, QScrollArea, QWidget

from simulator import APP_NAME, APP_NAME_ZH, __version__
from simulator.defaults import DEFAULT_CITY, DEMO_APPLICANT
from simulator.gui.form.rule_choice import Catalogue, editions_to_remember, remembered_editions
from simulator.gui.form.state import ApplicantState
from simulator.gui.look.i18n import NATIVE_NAMES, Translations
from simulator.gui.stored.autosave import Autosave
from simulator.gui.stored.settings import Settings
from simulator.gui.widgets.score_panel import ScorePanel
from simulator.gui.wizard.view import WizardView
from simulator.paths import examples_dir

if TYPE_CHECKING:  # the menus' entries are made once the first page is drawn
    from PySide6.QtGui import QAction

# how long to wait for the first paint before loading the engine anyway (e.g. a window opened minimised)
STARTUP_FALLBACK_MS = 1500


class _FirstPaint(QObject):
    """Calls back once, after the first paint of a widget."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self, callback)  # after this paint has reached the screen
        return False


class MainWindow(QMainWindow):
    ready_changed = Signal(bool)

    def __init__(self, translations: Translations, settings: Settings, lang: str, city: str = DEFAULT_CITY) -> None:
        super().__init__()
        self.translations = translations
        self.settings = settings
        catalogue = Catalogue(remembered_editions(settings.editions))
        edition, year = catalogue.default(city)
        self.state = ApplicantState(catalogue, edition, year, lang, self)
        self.state.shared_changed.connect(self._remember_shared)
        self.ready = False
        self.path: Path | None = None  # the file being edited; None for a new applicant or an example
        self.source_name = ""  # what the title shows when there is no path (an example's name)
        # the state's revision when the worksheet was last exported or printed: the applicant was handed over then,
        # and New applicant does not ask about saving unless something changed since
        self.handed_over: int | None = None
        self.notice = None  # what the score panel says about the file opened (a callable giving the text), if anything

        self.wizard = WizardView(self.state)
        self.score_panel = ScorePanel(self.state)
        # the panel scrolls on a small screen (1280×720, or 200 % scaling) rather than being cut off
        self.score_scroll = QScrollArea()
        self.score_scroll.setObjectName("scoreScroll")
        self.score_scroll.setWidget(self.score_panel)
        self.score_scroll.setWidgetResizable(True)
        self.score_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.score_scroll.setFixedWidth(262)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(10)
        row.addWidget(self.wizard, 1)
        row.addWidget(self.score_scroll)
        self.setCentralWidget(central)

        start = self.wizard.page("start")
        start.language_requested.connect(self.switch_language)
        start.show_language(lang)

        self._build_menu_bar()
        self.autosave = Autosave(self)  # writes nothing until the start-up has asked about an earlier one
        self.state.modified_changed.connect(lambda _m: self._update_title())
        self.state.evaluated.connect(self._update_title)
        self.state.rules_changed.connect(self._update_title)
        self.retranslate()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Roomy where the screen allows, never larger than it (pages scroll on small screens)."""
        width, height = 1360, 860
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.96))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)

    # ------------------------------------------------------------ start-up

    def start_after_first_paint(self, file: str | Path | None = None, demo: bool = False) -> None:
        """Load the engine once the first page is on screen (or after a while, if it is never painted)."""

        def finish() -> None:
            if not self.ready:
                self.finish_startup(file=file, demo=demo)

        _FirstPaint(self.wizard.pages[0], finish)
        QTimer.singleShot(STARTUP_FALLBACK_MS, self, finish)  # with the window as context: dropped if it is gone

    def finish_startup(self, file: str | Path | None = None, demo: bool = False) -> None:
        from PySide6.QtCore import Qt

        self.score_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.state.shared_supplied = [] if self.settings.kiosk else self.settings.supplied_values  # a desk keeps none
        self.state.start()
        self.settings.editions = editions_to_remember(self.state.catalogue.all)
        self.settings.sync()
        self.wizard.build_pages()
        summary = self.wizard.page("summary")
        summary.save_requested.connect(self.save)
        summary.export_requested.connect(self.export_pdf)
        summary.print_requested.connect(self.print_preview)
        self._build_menus()
        self.ready = True
        self.retranslate()
        self.ready_changed.emit(True)
        if self.autosave.offer_restore(self):
            return  # the unsaved applicant of the run that ended abruptly comes back instead
        if file:
            self.open_file(file, confirmed=True)  # a file that cannot be read is explained; the window stays
        elif demo:
            self.open_example(examples_dir() / DEMO_APPLICANT)

    # ------------------------------------------------------------ menus

    def _build_menu_bar(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.language_actions: dict[str, QAction] = {}

    def _build_menus(self) -> None:
        """The menus' entries: built once the engine is loaded, as every file action needs it."""
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        # key sequences as text: no Qt namespace enums before the first page is drawn (see start-up above)
        self.act_new = self._action(self.new_applicant, QKeySequence("Ctrl+N"))
        self.act_open = self._action(self.open_dialog, QKeySequence("Ctrl+O"))
        self.examples_menu = QMenu(self)
        self.act_save = self._action(self.save, QKeySequence("Ctrl+S"))
        self.act_save_as = self._action(self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.recent_menu = QMenu(self)
        self.act_export = self._action(lambda: self.export_pdf(False), QKeySequence("Ctrl+E"))
        self.act_print = self._action(self.print_preview, QKeySequence("Ctrl+P"))
        self.act_export_folder = self._action(self.choose_export_folder, None)
        self.act_quit = self._action(self.close, QKeySequence("Ctrl+Q"))
        for action in (self.act_new, self.act_open):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.examples_menu)
        self.file_menu.addSeparator()
        for action in (self.act_save, self.act_save_as):
            self.file_menu.addAction(action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addAction(self.act_print)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.act_kiosk = QAction(self, checkable=True)
        self.act_kiosk.setChecked(self.settings.kiosk)
        self.act_kiosk.setEnabled(not self.settings.kiosk_for_this_run)  # --kiosk cannot be switched off
        self.act_kiosk.toggled.connect(self.set_kiosk)
        self.file_menu.insertAction(self.act_quit, self.act_kiosk)
        self.file_menu.insertAction(self.act_quit, self.act_export_folder)
        self.file_menu.insertSeparator(self.act_quit)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.examples_menu.aboutToShow.connect(self._fill_examples)

        group = QActionGroup(self)
        for lang, text in (("zh", f"{NATIVE_NAMES['zh']} (&Z)"), ("en", f"&{NATIVE_NAMES['en']}")):
            action = QAction(text, self, checkable=True)
            action.triggered.connect(lambda _c=False, lang=lang: self.switch_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.language_actions[self.state.lang].setChecked(True)

        self.act_keys = self._action(self.show_keys, QKeySequence("F1"))
        self.act_about = self._action(self.show_about, None)
        self.help_menu.addAction(self.act_keys)
        self.help_menu.addAction(self.act_about)

        from simulator.gui.windows.tools_menu import ToolsMenu

        self.tools = ToolsMenu(self)
        self.wizard.overrides_requested.connect(self.tools.open_overrides)

    def _action(self, slot, keys) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(self)
        if keys is not None:
            action.setShortcuts([keys])  # setShortcut's overloads would set up the Qt namespace's enums
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_title()
        if not self.ready:
            return
        self.act_new.setText(self.tr("&New applicant"))
        self.act_open.setText(self.tr("&Open..."))
        self.examples_menu.setTitle(self.tr("Open e&xample"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &As..."))
        self.recent_menu.setTitle(self.tr("&Recent files"))
        self.act_export.setText(self.tr("&Export worksheet PDF..."))
        self.act_print.setText(self.tr("&Print worksheet..."))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_kiosk.setText(self.tr("&Walk-in desk mode (no names, no recent files)"))
        self.act_export_folder.setText(self.tr("Walk-in export &folder..."))
        self.act_keys.setText(self.tr("&Keyboard"))
        self.act_about.setText(self.tr("&About"))
        self.tools.retranslate()
        if self.notice is not None:
            self.score_panel.set_notice(self.notice())
        self._fill_recent()
        self._fill_examples()

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        if self.settings.kiosk:
            action = self.recent_menu.addAction(self.tr("(off in kiosk mode)"))
            action.setEnabled(False)
            return
        if not files:
            action = self.recent_menu.addAction(self.tr("(none yet)"))
            action.setEnabled(False)
            return
        for number, path in enumerate(files, 1):
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(f"{prefix}{Path(path).name}  —  {Path(path).parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))

    def _fill_examples(self) -> None:
        import json

        self.examples_menu.clear()
        for number, path in enumerate(sorted(examples_dir().glob("*.json")), 1):
            try:  # named by the person in it: a file's name is no name for a user
                applicant = json.loads(path.read_text(encoding="utf-8")).get("applicant") or {}
            except (OSError, ValueError):
                applicant = {}
            name = str(applicant.get("name") or "").strip() or self.tr("Example {0}").format(number)
            action = self.examples_menu.addAction(f"&{number} {name}")
            action.triggered.connect(lambda _c=False, p=path: self.open_example(p))

    # ------------------------------------------------------------ language

    def switch_language(self, lang: str) -> None:
        if lang == self.state.lang and self.translations.lang == lang:
            return
        self.translations.apply(lang)
        self.settings.language = lang
        self.state.set_lang(lang)
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)
        self.wizard.page("start").show_language(lang)

    # ------------------------------------------------------------ title

    def _update_title(self) -> None:
        name = self.path.name if self.path else (self.source_name or self.tr("New applicant"))
        app = APP_NAME_ZH if self.state.lang == "zh" else APP_NAME
        result = self.state.result
        whatif = " — " + self.tr("WHAT-IF (not qualified)") if result is not None and not result.qualified else ""
        declaration = self.declaration_text()
        # no file is open before the engine is loaded: the first paint does not wait for the profile models
        if self.state.ready and self.state.declaration_changed():
            saved = self.state.saved_declaration
            declaration += " " + self.tr("(the file was saved for {0})").format(self.declaration_text(saved))
        title = f"{name}[*] — {declaration} — {app}{whatif}"
        if self.windowTitle() != title:  # the title is asked for at every keystroke: set only when it changes
            self.setWindowTitle(title)
        if self.isWindowModified() != self.state.modified:
            self.setWindowModified(self.state.modified)

    def declaration_text(self, declaration=None) -> str:
        """ "Beijing · 2026" (the rules on screen, or a saved declaration), in the user's language."""
        from simulator.gui.form.rule_choice import city_name

        if declaration is None:
            return f"{city_name(self.state.city, self.state.lang)} · {self.state.year}"
        return f"{city_name(declaration.city, self.state.lang)} · {declaration.round}"

    # ------------------------------------------------------------ files

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are dropped; True when it is all right to go on."""
        from PySide6.QtWidgets import QMessageBox

        if not self.state.modified:
            return True
        from simulator.gui.windows.ask import ask

        answer = ask(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("The applicant has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def set_kiosk(self, on: bool) -> None:
        self.settings.kiosk = on
        self.settings.sync()
        self._fill_recent()

    def new_applicant(self) -> None:
        """The next walk-in: nothing of the previous person stays in memory or in the autosave. In kiosk mode
        nothing is asked: everything is wiped."""
        kiosk = self.settings.kiosk
        handed_over = self.handed_over is not None and self.handed_over == self.state.revision
        if not kiosk and not handed_over and not self.confirm_discard():
            return  # (a worksheet exported or printed, nothing changed since: the applicant was served)
        previous = self.path
        self.state.clear()
        self.autosave.discard()
        self.path, self.source_name = None, ""
        self.handed_over = None
        self.show_notice(None)
        self.statusBar().clearMessage()  # "Saved …" or "Worksheet written to …" named the previous person's file
        if previous is not None and not kiosk:
            self._offer_forget(previous)
        self._update_title()
        self.wizard.go_to(1)  # the next walk-in starts with who they are; the rules stay as chosen

    def _offer_forget(self, path: Path) -> None:
        """The previous person's file stays on disk; ask whether its name should leave the recent files."""
        from PySide6.QtWidgets import QMessageBox

        recent = str(path.resolve())
        if recent not in self.settings.recent_files():
            return
        from simulator.gui.windows.ask import ask

        answer = ask(
            self,
            QMessageBox.Icon.Question,
            self.tr("Recent files"),
            self.tr("Also remove {0} from the recent files?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.settings.remove_recent(recent)
            self.settings.sync()
            self._fill_recent()

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.confirm_discard():
            return
        folder = str(Path.home()) if self.settings.kiosk else self.settings.last_folder  # a walk-in: no earlier one's folder
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open applicant file"), folder, self._filter())
        if path:
            self.open_file(path, confirmed=True)

    def open_recent(self, path: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not Path(path).exists():
            QMessageBox.warning(
                self, self.tr("File not found"), self.tr("{0} no longer exists; it is removed from the list.").format(path)
            )
            self.settings.remove_recent(path)
            self._fill_recent()
            return
        self.open_file(path)

    def open_example(self, path: Path) -> None:
        if not self.confirm_discard():
            return
        if self._load(path, notice=False):
            # an example is a starting point: saving asks where, so the bundled file stays as it is; the title names
            # the person in it (a file's name is no name for a user)
            name = str(self.state.values.get("name") or "").strip() or path.stem
            self.path, self.source_name = None, self.tr("Example: {0}").format(name)
            self._update_title()

    def open_file(self, path: str | Path, confirmed: bool = False) -> bool:
        if not confirmed and not self.confirm_discard():
            return False
        path = Path(path)
        if not self._load(path):
            return False
        self.path, self.source_name = path, ""
        self.settings.add_recent(str(path))
        if not self.settings.kiosk:
            self.settings.last_folder = str(path.resolve().parent)
        self._fill_recent()
        self._update_title()
        return True

    def _load(self, path: Path, notice: bool = True) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from simulator.profile import ProfileFileError, load_profile

        try:
            profile = load_profile(path)
        except ProfileFileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot open the file"),
                self.tr("{0} cannot be opened; nothing was changed.").format(path.name)
                + "\n\n"
                + "\n".join(text(self.state.lang) for text in exc.texts[:12]),
            )
            return False
        self.open_profile(profile, notice=notice)
        return True

    def open_profile(self, profile, rules=None, notice: bool = True) -> None:
        """Put an applicant in the window: under the rules its file was saved for (or `rules`, an edition and a
        round), else under the rules chosen, with a notice saying so."""
        from simulator.core.ranges import points_of

        declared = profile.declaration
        said = notice
        notice = None
        if rules is not None:
            self.state.set_rules(*rules)
        elif declared is not None:
            found = self.state.declared_rules(declared)
            if found is not None:
                self.state.set_rules(*found)
            else:
                notice = lambda d=declared: self.tr(  # noqa: E731
                    "This file was saved for {0} ({1}), rules not installed here: it is scored under the rules chosen."
                ).format(self.declaration_text(d), d.edition)
        else:
            notice = lambda: self.tr(  # noqa: E731
                "This file does not say which declaration it was made for (it was saved by an earlier version): it is "
                "scored under the rules chosen, {0}. Saving it records them."
            ).format(self.declaration_text())
        self.state.load(profile)
        result = self.state.result
        if notice is None and declared is not None and declared.total and result is not None and result.channel is None:
            now = points_of(result)("en")
            if now != declared.total:
                notice = lambda d=declared, now=now: self.tr(  # noqa: E731
                    "Saved with the total {0} (rules data {1}); it is {2} now (rules data {3}): the rules data has changed since."
                ).format(d.total, d.data_version or "?", now, self.state.pack.pack.data_version)
        self.show_notice(notice if said else None)
        self.wizard.go_to(1)

    def show_notice(self, notice) -> None:
        """A notice about the file opened, in the score panel (kept until the next file or applicant)."""
        self.notice = notice
        self.score_panel.set_notice(notice() if notice is not None else "")
        if notice is not None:
            self.statusBar().showMessage(notice(), 15000)

    def _filter(self) -> str:
        return self.tr("Applicant files (*.json)") + ";;" + self.tr("All files (*)")

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        if self.settings.kiosk:  # a walk-in: a dialog that shows folders only, and a name without the person's
            from simulator.gui.windows.private_dialog import ask_save_path

            path = ask_save_path(
                self, self.tr("Save applicant file"), self.walk_in_folder(ask=False), self.private_name(".json"), self._filter()
            )
        else:
            suggested = self.path or Path(self.settings.last_folder) / (self._suggested_name() + ".json")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save applicant file"), str(suggested), self._filter())
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        if not self._write(path):
            return False
        self.path, self.source_name = path, ""
        self.settings.add_recent(str(path))
        if not self.settings.kiosk:
            self.settings.last_folder = str(path.parent)
        self._fill_recent()
        self._update_title()
        return True

    def _suggested_name(self) -> str:
        """The name a Save dialog proposes: never the person's (it would stay in folders and recent files for the
        next person at the desk to see); the masked ID number and the date, until the user types a name."""
        return self.private_name("")

    def _write(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        errors = self.state.problems.errors
        if self.state.profile is None or errors:
            # the file holds only valid facts: saving now would silently drop what is still wrong
            lines = [
                p.message if p.row is None else self.tr("{0}, row {1}: {2}").format(p.field, p.row + 1, p.message)
                for p in errors[:8]
            ]
            QMessageBox.warning(
                self,
                self.tr("Not saved yet"),
                self.tr("Some entries are not valid yet, and the file can only hold valid ones. Correct these first:")
                + "\n\n"
                + "\n".join(lines),
            )
            self._show_first_error()
            return False
        from datetime import date

        from simulator.profile import save_profile

        today = date.today()  # the file's own date: the facts are as of the day they are saved
        declaration = self.state.current_declaration()  # the declaration it is saved for: reopened as it is now
        try:
            save_profile(self.state.profile.model_copy(update={"as_of": today, "declaration": declaration}), path)
        except OSError as exc:
            from simulator.gui.windows.ask import reason_of

            # the reason only: a file name can be the applicant's name
            logging.getLogger(__name__).warning("applicant file not saved: %s", exc.strerror or type(exc).__name__)
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{0} could not be written: {1}").format(path, reason_of(exc, self.state.lang)),
            )
            return False
        self.state.record_declaration()
        self.state.date_facts(today)
        self.show_notice(None)
        self.state.mark_saved()
        self.autosave.flush()  # saved: the autosave is no longer needed
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def _remember_shared(self) -> None:
        if not self.settings.kiosk:
            self.settings.supplied_values = self.state.shared_supplied
            self.settings.sync()

    def _show_first_error(self) -> None:
        for index, page in enumerate(self.wizard.pages):
            if page.has_errors():
                self.wizard.go_to(index)
                return

    def export_pdf(self, show_id: bool) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        result, profile = self.state.result, self.state.profile
        if result is None or profile is None:
            QMessageBox.information(
                self, self.tr("No worksheet yet"), self.tr("Enter the birth date and the retirement category first.")
            )
            return
        try:
            from simulator.worksheet import export_pdf  # written separately; only needed here
        except ImportError:
            QMessageBox.warning(
                self, self.tr("PDF not available"), self.tr("The PDF worksheet is not available in this version of the program.")
            )
            return
        if self.settings.kiosk:  # a walk-in: straight into the folder chosen once, under a name without the person's
            folder = self.walk_in_folder()
            if folder is None:
                return
            path = str(_free_name(Path(folder) / self.private_name(".pdf")))
        else:
            name = f"{self.path.stem}-{result.declaration_year}.pdf" if self.path else self.private_name(".pdf")
            suggested = Path(self.settings.last_folder) / name
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export worksheet PDF"), str(suggested), self.tr("PDF files (*.pdf)")
            )
            if not path:
                return
        try:
            from datetime import date

            from simulator.planning.chart import worksheet_projection

            projection = worksheet_projection(profile, result.city, as_of=date.today())
            export_pdf(result, profile, path, lang=self.state.lang, show_id=show_id, projection=projection)
        except Exception as exc:  # noqa: BLE001 - any failure of the writer is shown, never a crash
            from simulator.gui.windows.ask import reason_of

            QMessageBox.warning(
                self,
                self.tr("PDF not written"),
                self.tr("The worksheet could not be written: {0}").format(reason_of(exc, self.state.lang)),
            )
            return
        self.handed_over = self.state.revision
        self.statusBar().showMessage(self.tr("Worksheet written to {0}").format(path), 5000)

    # ------------------------------------------------------------ walk-in desk

    def private_name(self, suffix: str) -> str:
        """A file name for a walk-in that names no one: the masked ID number (if any), the round and the time."""
        import time

        from simulator.core.identity import mask_id

        number = str(self.state.values.get("id_number") or "").strip()
        masked = mask_id(number).replace("*", "x") if len(number) > 5 else ""
        stamp = time.strftime("%Y-%m-%d-%H%M%S")
        parts = [self.tr("worksheet") if suffix == ".pdf" else self.tr("applicant"), masked, str(self.state.year), stamp]
        return "-".join(p for p in parts if p) + suffix

    def walk_in_folder(self, ask: bool = True) -> str | None:
        """The folder walk-ins' worksheets go to, chosen once (asked for the first time it is needed)."""
        folder = self.settings.export_folder
        if folder or not ask:
            return folder or str(Path.home())
        return self.choose_export_folder()

    def choose_export_folder(self) -> str | None:
        """Ask for the walk-in export folder (a dialog that shows folders only: no one's files)."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for walk-ins' worksheets"),
            self.settings.export_folder or str(Path.home()),
            QFileDialog.Option.ShowDirsOnly,
        )
        if not folder:
            return None
        self.settings.export_folder = folder
        self.settings.sync()
        return folder

    # ------------------------------------------------------------ printing

    def print_preview(self) -> bool:
        """The worksheet in Qt's print preview, printed from there (True when it was printed)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        from PySide6.QtWidgets import QMessageBox

        if self.state.result is None:
            QMessageBox.information(
                self, self.tr("No worksheet yet"), self.tr("Enter the birth date and the retirement category first.")
            )
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print worksheet"))
        dialog.paintRequested.connect(self.print_to)
        from simulator.gui.windows.sizes import fit_to_screen

        fit_to_screen(dialog, 900, 1000)
        printed = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
        if printed:
            self.handed_over = self.state.revision
            self.statusBar().showMessage(self.tr("Worksheet sent to the printer."), 5000)
        return printed

    def print_to(self, printer) -> None:
        """Draw the worksheet on a printer (or a PDF printer: the tests)."""
        from simulator.gui.windows.printout import worksheet_document

        document = worksheet_document(self.state.result, self.state.profile, self.state.lang)
        document.print_(printer)
        if printer.outputFormat() == printer.OutputFormat.PdfFormat:
            self.handed_over = self.state.revision

    # ------------------------------------------------------------ help

    def show_keys(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Keyboard"), self.keys_text())

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        notes = []
        if self.translations.missing:
            notes.append(self.tr("Missing translation files: {0}").format(", ".join(self.translations.missing)))
        try:
            from simulator.gui.windows.about import show_about  # the full About box: rule packs, components, licences
        except ImportError:
            show_about = None
        if show_about is not None:
            show_about(self, self.state.lang, notes)
            return
        text = self.tr(
            "{0} {1}\n\nWorks out points-settlement scores point by point from the official rules, offline. "
            "An estimate only: the official system's result prevails.\n\nChinese text uses the bundled "
            "WenQuanYi Micro Hei font (Apache-2.0)."
        ).format(APP_NAME_ZH if self.state.lang == "zh" else APP_NAME, __version__)
        QMessageBox.about(self, self.tr("About"), "\n\n".join([text, *notes]))

    def keys_text(self) -> str:
        return self.tr(
            "Alt+N / Ctrl+Page Down: next page\n"
            "Alt+B / Ctrl+Page Up: previous page\n"
            "Ctrl+1 … Ctrl+9 (Ctrl+0: the tenth), Ctrl+G: the page of that number\n"
            "Enter in a text field: next page\n"
            "Alt + underlined letter: go to that field\n"
            "Drop-down lists: type to find an entry (letters, or Chinese)\n"
            "Tables: Insert adds a row, typing fills a cell, Tab goes to the next cell, F2 edits, "
            "Space ticks a box, Ctrl+Delete removes the row\n"
            "Ctrl+N: new applicant · Ctrl+O: open · Ctrl+S: save · Ctrl+E: PDF worksheet · Ctrl+P: print · Ctrl+Q: quit"
        )

    def closeEvent(self, event):
        if self.confirm_discard():
            self.settings.sync()
            self.autosave.discard()  # a clean quit: saved or discarded, nothing to offer next time
            self.autosave.release()  # its slot is free for the next window
            event.accept()
        else:
            event.ignore()


def _free_name(path: Path) -> Path:
    """`path`, or with a number added where a file of that name exists (two walk-ins in one second)."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate
