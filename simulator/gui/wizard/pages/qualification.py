"""Qualification page: who the applicant is and the conditions of the chosen rules, each with the engine's reason.

An unmet condition does not stop the wizard: the user may go on with a what-if, marked as such everywhere."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from simulator.gui.look import style
from simulator.gui.widgets.derivation import checks_html
from simulator.gui.widgets.id_field import IdNumberField
from simulator.gui.widgets.whatif_banner import WhatIfBanner
from simulator.gui.wizard.pages.columns import TwoColumnPage


class QualificationPage(TwoColumnPage):
    page_id = "qualification"
    help_topic = "qualification"

    @property
    def fields(self) -> tuple[str, ...]:
        shared = ("name", "id_number", "birth_date", "retirement_category", "has_criminal_record")
        return (*shared, *(f for f in ("has_residence_permit", "residence_permits") if self.shows(f)))

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Every condition must be met to apply. If one is not, you can still go on: every score is "
                "then a what-if, and marked as one."
            )
        )
        self.name = self.line("name")
        self.id_number = IdNumberField()
        self.id_number.edited.connect(self._id_typed)
        self.watch_leaving(self.id_number.edit, "id_number")
        self._filled: dict[str, str] = {}  # what was last filled in from the ID number: follows it while untouched
        self.id_number.edit.returnPressed.connect(self.next_requested)
        self._loaders.append((self.id_number, lambda v: self.id_number.set_value(str(v or "")), "id_number"))
        self.birth_date = self.line("birth_date", lambda: self.tr("YYYY-MM-DD, e.g. 1985-06-15"))
        self.retirement = self.combo("retirement_category", self._categories, lambda: self.tr("— choose —"))
        self.permit = self.check("has_residence_permit", lambda: self.tr("Holds this city's residence &permit"))
        self.criminal = self.check("has_criminal_record", lambda: self.tr("Has a &criminal record"))

        form = QFormLayout()
        self.form_row(form, lambda: self.tr("Na&me:"), self.name, "name")
        self.form_row(form, lambda: self.tr("&ID number:"), self.id_number, "id_number", buddy=self.id_number.edit)
        self.form_row(form, lambda: self.tr("Birth &date:"), self.birth_date, "birth_date")
        self.form_row(form, lambda: self.tr("Re&tirement category:"), self.retirement, "retirement_category")
        self.sex_note = QLabel()  # a woman's ID number: which of the two categories is hers is asked
        self.sex_note.setObjectName("hint")
        style.hint(self.sex_note)
        self.sex_note.setWordWrap(True)
        self.sex_note.setVisible(False)
        form.addRow("", self.sex_note)
        form.addRow("", self.permit)
        form.addRow("", self.criminal)
        holder = QWidget()
        holder.setLayout(form)
        self.inputs.addWidget(holder)
        # rules that read the permits themselves: for which city, since when, whether suspended
        self.permits = self.table("residence_permits", lambda: self.tr("Residence &permits held"))
        self.inputs.addWidget(self.permits)

        self.banner = WhatIfBanner()
        self.conditions_title = QLabel()
        self.conditions_title.setObjectName("section")
        style.section(self.conditions_title)
        self.translated(self.conditions_title, lambda: self.tr("The conditions"))
        self.conditions = QLabel()
        self.conditions.setWordWrap(True)
        self.conditions.setTextFormat(Qt.TextFormat.RichText)
        self.below.addWidget(self.conditions_title)
        self.below.addWidget(self.banner)
        self.below.addWidget(self.conditions)

        self.setTabOrder(self.name, self.id_number.edit)
        self.setTabOrder(self.id_number.edit, self.id_number.show_box)
        self.setTabOrder(self.id_number.show_box, self.birth_date)
        self.setTabOrder(self.birth_date, self.retirement)
        self.setTabOrder(self.retirement, self.permit)
        self.setTabOrder(self.permit, self.criminal)
        self.rules_changed()

    def _id_typed(self, text: str) -> None:
        """The ID number typed: the birth date and the sex it gives fill the fields left blank (or filled from it
        before); a value the user typed stays, and a mismatch with it is flagged by the state."""
        from simulator.profile import id_number

        self.state.set_value("id_number", text)
        found = id_number.check(text)
        if not isinstance(found, id_number.IdInfo):
            return
        birth = found.birth_date.isoformat()
        current = str(self.state.values.get("birth_date") or "").strip()
        if not current or current == self._filled.get("birth_date"):
            self._filled["birth_date"] = birth
            self.birth_date.setText(birth)
            self.state.set_value("birth_date", birth)
        category = str(self.state.values.get("retirement_category") or "")
        if found.sex == "male" and (not category or category == self._filled.get("retirement_category")):
            self._filled["retirement_category"] = "male"
            self._select(self.retirement, "male")
            self.state.set_value("retirement_category", "male")
        elif found.sex == "female" and category == self._filled.get("retirement_category") == "male":
            self._filled.pop("retirement_category")  # filled from an earlier number: a woman's chooses her category
            self._select(self.retirement, "")
            self.state.set_value("retirement_category", "")
        self.sex_note.setText(
            self._sex_text(found.sex) if found.sex == "female" and not self.state.values["retirement_category"] else ""
        )
        self.sex_note.setVisible(bool(self.sex_note.text()))

    def _sex_text(self, sex: str) -> str:
        return self.tr("The ID number is a woman's: choose which retirement age applied to her post.")

    def rules_changed(self) -> None:
        self.permit.setVisible(self.shows("has_residence_permit"))  # some rules ask only whether one is held
        self.permits.setVisible(self.shows("residence_permits"))

    def _categories(self) -> list[tuple[str, str]]:
        return [
            ("male", self.tr("Man")),
            ("female_cadre", self.tr("Woman, formerly retiring at 55 (cadre / managerial post)")),
            ("female_worker", self.tr("Woman, formerly retiring at 50 (worker post)")),
        ]

    def refresh(self) -> None:
        result = self.state.result
        lang = self.state.lang
        self.banner.show_result(result, lang)
        if result is None:
            self.conditions.setText(
                self.tr("The conditions are checked once the birth date and the retirement category are entered.")
            )
        else:
            self.conditions.setText(checks_html(result.qualification, lang))

    def reload(self) -> None:
        with QSignalBlocker(self.id_number.show_box):
            self.id_number.show_box.setChecked(False)  # the next person's number starts masked again
        self._filled = {}
        self.sex_note.clear()
        self.sex_note.setVisible(False)
        super().reload()
