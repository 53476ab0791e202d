"""Professional title or vocational skill level (Xiong'an, Hangzhou): the higher of the two counts once."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from simulator.gui.wizard.pages.choices import professional_titles, skill_levels
from simulator.gui.wizard.pages.columns import IndicatorPage


class TitleSkillPage(IndicatorPage):
    page_id = "title_skill"
    indicator_ids = ("title_skill",)
    fields = ("professional_title", "skill_level")

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter your professional title (职称) and your vocational skill level (职业技能等级) as certified, if "
                "you hold them. Only one counts: the one that scores more. Leave both at “none” otherwise."
            )
        )
        self.professional_title = self.combo("professional_title", professional_titles, lambda: self.tr("None"))
        self.skill_level = self.combo("skill_level", skill_levels, lambda: self.tr("None"))
        form = QFormLayout()
        self.form_row(form, lambda: self.tr("Professional &title:"), self.professional_title, "professional_title")
        self.form_row(form, lambda: self.tr("&Skill level:"), self.skill_level, "skill_level")
        holder = QWidget()
        holder.setLayout(form)
        self.inputs.addWidget(holder)
