"""4. Work and residence area: where the applicant worked (their own home is on the housing page)."""

from __future__ import annotations

from simulator.gui.wizard.pages.choices import district_choices
from simulator.gui.wizard.pages.columns import IndicatorPage


class AreaPage(IndicatorPage):
    page_id = "work_residence_area"
    indicator_ids = ("work_residence_area",)
    fields = ("workplaces",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "This indicator rewards an own home outside the six central districts (entered on the housing "
                "page), and more if you also work outside them. Enter where you worked: the district of the "
                "employer that pays your social insurance."
            )
        )
        self.workplaces = self.table("workplaces", lambda: self.tr("&Workplaces"))
        self.state.tables["workplaces"].set_choices("district", lambda: district_choices(self.state))
        self.inputs.addWidget(self.workplaces)
