"""Start page: city, rule edition and declaration year, chosen explicitly; and the language."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from simulator.core.rounds import parse_round
from simulator.gui.form import rule_choice
from simulator.gui.look import style
from simulator.gui.look.i18n import NATIVE_NAMES
from simulator.gui.widgets.problem_label import ProblemLabel
from simulator.gui.wizard.pages.base import WizardPage


class StartPage(WizardPage):
    page_id = "start"
    fields = ("declaration_year",)
    language_requested = Signal(str)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.welcome = QLabel()
        self.welcome.setObjectName("intro")
        self.welcome.setWordWrap(True)
        self.translated(
            self.welcome,
            lambda: self.tr(
                "This program works out, point by point, what you would score in a city's points-settlement "
                "system, and shows how every point is derived from the official rules. It works offline: "
                "nothing you enter leaves this computer."
            ),
        )
        self.city = self.combo(
            None, lambda: [(c, self.state.catalogue.city_name(c, self.state.lang)) for c in self.state.catalogue.cities()]
        )
        self.edition = self.combo(None, self._edition_choices)
        self.year = QSpinBox()
        self.year.setAccelerated(True)
        # where the rules hold several rounds a year (Hangzhou's quarters from 2024): which one
        from simulator.gui.widgets.search_combo import SearchCombo

        self.part = SearchCombo()  # typing "Q3" or "3" finds the round
        self.part.setObjectName("round_part")
        self.edition_note = QLabel()
        self.edition_note.setObjectName("hint")
        style.hint(self.edition_note)
        self.edition_note.setWordWrap(True)
        self.year_problem = ProblemLabel()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.label(lambda: self.tr("&City:"), self.city), self.city)
        form.addRow(self.label(lambda: self.tr("&Rules edition:"), self.edition), self.edition)
        year_column = QVBoxLayout()
        year_column.setSpacing(2)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        self.part_label = self.label(lambda: self.tr("R&ound:"), self.part)
        year_row.addWidget(self.part_label)
        year_row.addWidget(self.part)
        year_row.addStretch(1)
        year_column.addLayout(year_row)
        year_column.addWidget(self.year_problem)
        holder = QWidget()
        holder.setLayout(year_column)
        year_column.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.label(lambda: self.tr("Declaration &year:"), self.year), holder)
        form.addRow("", self.edition_note)

        self.lang_buttons = {lang: QRadioButton() for lang in ("zh", "en")}
        for lang, button in self.lang_buttons.items():
            button.setObjectName(f"language_{lang}")
        self.lang_buttons["zh"].setText(f"{NATIVE_NAMES['zh']} (&Z)")
        self.lang_buttons["en"].setText(f"&{NATIVE_NAMES['en']}")
        group = QButtonGroup(self)
        lang_row = QHBoxLayout()
        for lang, button in self.lang_buttons.items():
            group.addButton(button)
            lang_row.addWidget(button)
            button.toggled.connect(lambda checked, lang=lang: checked and self.language_requested.emit(lang))
        lang_row.addStretch(1)
        form.addRow(self.label(lambda: self.tr("Language / 语言:")), lang_row)

        self.keys = QLabel()
        self.keys.setObjectName("hint")
        style.hint(self.keys)
        self.keys.setWordWrap(True)
        self.translated(
            self.keys,
            lambda: self.tr(
                "Keyboard: Tab moves between fields, Alt with the underlined letter jumps to a field, "
                "Alt+N or Ctrl+Page Down goes to the next page, Alt+B or Ctrl+Page Up goes back, "
                "Enter in a text field goes on. Ctrl+N starts a new applicant."
            ),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 8, 4)
        layout.addWidget(self.welcome)
        layout.addSpacing(8)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setMaximumWidth(760)
        layout.addWidget(form_box)
        layout.addSpacing(8)
        layout.addWidget(self.keys)
        layout.addStretch(1)

        self.city.currentIndexChanged.connect(self._city_chosen)
        self.edition.currentIndexChanged.connect(self._edition_chosen)
        self.year.valueChanged.connect(self._year_chosen)
        self.part.currentIndexChanged.connect(lambda _index: self._year_chosen(self.year.value()))
        self.rules_changed()

    def _edition_choices(self) -> list[tuple[str, str]]:
        lang = self.state.lang
        return [(e.id, f"{e.name(lang)} ({e.span})") for e in self.state.catalogue.editions(self.state.city)]

    def show_language(self, lang: str) -> None:
        with QSignalBlocker(self.lang_buttons[lang]):
            self.lang_buttons[lang].setChecked(True)

    # the three choices: each one keeps the other two consistent

    def _city_chosen(self) -> None:
        city = self.city.currentData()
        if city and city != self.state.city:
            edition, year = self.state.catalogue.default(city)
            self.state.set_rules(edition, year)

    def _edition_chosen(self) -> None:
        edition = self.state.catalogue.edition(self.edition.currentData() or "")
        if edition is None or edition == self.state.edition:
            return
        year = self.state.year
        if not edition.applies_to(year):  # the nearest round the chosen edition covers
            if edition.first_key > (int(year), getattr(year, "part", "")):
                year = edition.first_round or edition.first_year
            else:
                year = edition.last_round or edition.last_year or year
        catalogue = self.state.catalogue
        year = parse_round(year)
        held = [r for r in catalogue.rounds(edition.city, year.year) if edition.applies_to(r)]
        year = next((r for r in held if r.part == year.part), held[0] if held else year)
        self.state.set_rules(edition, year)

    def _year_chosen(self, year: int) -> None:
        round_ = self.state.catalogue.round_for(self.state.city, year, self.part.currentData() or "")
        edition = self.state.catalogue.edition_for(self.state.city, round_) or self.state.edition
        self.state.set_rules(edition, round_)

    def rules_changed(self) -> None:
        state = self.state
        low, high = state.catalogue.year_range(state.city)
        with QSignalBlocker(self.year):
            self.year.setRange(low, max(high, int(state.year)))
            self.year.setValue(int(state.year))
        parts = [r.part for r in state.catalogue.rounds(state.city, int(state.year)) if r.part]
        with QSignalBlocker(self.part):
            self.part.clear()
            for part in parts:
                self.part.addItem(f"{int(state.year)}-{part}", part)
            self.part.setCurrentIndex(max(0, self.part.findData(getattr(state.year, "part", ""))))
        self.part.setVisible(bool(parts))
        self.part_label.setVisible(bool(parts))
        for box, value in ((self.city, state.city), (self.edition, state.edition.id)):
            with QSignalBlocker(box):
                box.setCurrentIndex(box.findData(value))
        self._describe_edition()

    def _describe_edition(self) -> None:
        edition = self.state.edition
        coming = rule_choice.coming_round()
        text = self.tr("These rules apply to the declaration years {0}; data version {1}.").format(
            edition.span, edition.data_version
        )
        if edition.parts:
            text += " " + self.tr("They hold {0} rounds a year: choose the round; its counting date follows from it.").format(
                len(edition.parts)
            )
        if self.state.year != coming:
            text += " " + self.tr("The coming round is {0}.").format(coming)
        self.edition_note.setText(text)

    def retranslate(self) -> None:
        self._describe_edition()

    def refresh(self) -> None:
        self.year_problem.show_problem(self.state.problems.at("declaration_year"))
