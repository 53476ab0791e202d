"""Honours for Xiong'an and Hangzhou: any honour or commendation, by the level of the body that awarded it and
the city lived in when it was earned (Hangzhou counts those earned in Hangzhou within its window, by level)."""

from __future__ import annotations

from simulator.gui.wizard.pages.choices import honour_kinds, honour_levels
from simulator.gui.wizard.pages.columns import IndicatorPage


class CityHonoursPage(IndicatorPage):
    page_id = "city_honours"
    indicator_ids = ("honours",)
    fields = ("honours",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Add a row for each honour or commendation, with the level of the body that awarded it, the year "
                "and the city you lived in when you earned it. Most people have none and leave the table empty."
            )
        )
        self.honours = self.table("honours", lambda: self.tr("Hon&ours"))
        model = self.state.tables["honours"]
        model.set_choices("kind", lambda: honour_kinds(self.state))
        model.set_choices("level", honour_levels)
        self.inputs.addWidget(self.honours)
