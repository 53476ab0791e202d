"""8. Honours: the honours the edition recognises; counted once however many."""

from __future__ import annotations

from simulator.gui.wizard.pages.choices import honour_kinds
from simulator.gui.wizard.pages.columns import IndicatorPage


class HonoursPage(IndicatorPage):
    page_id = "honours"
    indicator_ids = ("honours",)
    fields = ("honours",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(lambda: self.tr("Add a row for each honour you hold; most people have none and leave the table empty."))
        self.honours = self.table("honours", lambda: self.tr("Hon&ours"))
        self.honours.show_columns(("kind", "year", "note"))  # Beijing names its honours; it ranks none by level
        self.state.tables["honours"].set_choices("kind", lambda: honour_kinds(self.state))
        self.inputs.addWidget(self.honours)
