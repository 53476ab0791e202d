"""3. Education, and the study-period deduction that goes with it (both derivations are shown here)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QWidget

from simulator.gui.wizard.pages.columns import IndicatorPage


class EducationPage(IndicatorPage):
    page_id = "education"
    indicator_ids = ("education",)
    fields = ("education", "other_qualifications")

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.level = self.combo("education.level", self._levels, lambda: self.tr("None (below junior college)"))
        self.diploma = self.check("education.diploma", lambda: self.tr("Di&ploma (学历)"))
        self.degree = self.check("education.degree", lambda: self.tr("De&gree (学位)"))
        self.study_start = self.line("education.study_start", lambda: self.tr("YYYY-MM"))
        self.study_end = self.line("education.study_end", lambda: self.tr("YYYY-MM"))
        self.institution = self.line("education.institution")

        held = QHBoxLayout()
        held.setContentsMargins(0, 0, 0, 0)
        held.addWidget(self.diploma)
        held.addWidget(self.degree)
        held.addStretch(1)
        held_box = QWidget()
        held_box.setLayout(held)

        form = QFormLayout()
        self.form_row(form, lambda: self.tr("Highest &qualification:"), self.level, "education.level")
        self.form_row(form, lambda: self.tr("Held:"), held_box, "education.diploma")
        self.form_row(form, lambda: self.tr("Study &start:"), self.study_start, "education.study_start")
        self.form_row(form, lambda: self.tr("Study &end:"), self.study_end, "education.study_end")
        self.form_row(form, lambda: self.tr("&Institution (optional):"), self.institution, "education.institution")
        holder = QWidget()
        holder.setLayout(form)
        self.inputs.addWidget(holder)

        # a second qualification can score more under some rules than the highest one (a junior-college diploma
        # against a bachelor's diploma without the degree): every one is scored and the best counts
        self.others = self.table("other_qualifications", lambda: self.tr("&Other qualifications held (optional)"))
        others = self.state.tables["other_qualifications"]
        others.set_choices("level", self._levels)
        self.inputs.addWidget(self.others)

    def _intro(self) -> str:
        return (
            self.tr(
                "Enter the highest qualification, with its diploma (学历) and degree (学位) as certified; list any other "
                "qualification below. Each is scored under the rules, and the one giving the highest total counts."
            )
            + self.city_intro()
        )

    def _levels(self) -> list[tuple[str, str]]:
        names = {
            "high_school": self.tr("High school or technical secondary school (高中、中专)"),
            "junior_college": self.tr("Junior college (大专)"),
            "bachelor": self.tr("Bachelor (本科)"),
            "master": self.tr("Master (硕士)"),
            "doctor": self.tr("Doctor (博士)"),
        }
        return [(level, names.get(level, level)) for level in self.state.pack.education_levels()]
