"""8. Honours: the honours the edition recognises; counted once however many."""

from __future__ import annotations

from simulator.gui.pages.columns import IndicatorPage
from simulator.gui.pages.choices import named


class HonoursPage(IndicatorPage):
    page_id = "honours"
    indicator_ids = ("honours",)
    fields = ("honours",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(lambda: self.tr("Add a row for each honour you hold; most people have none and leave the table empty."))
        self.honours = self.table(
            "honours",
            lambda: [self.tr("Honour"), self.tr("Year (optional)"), self.tr("Note")],
            lambda: self.tr("Hon&ours"),
        )
        self.state.tables["honours"].set_choices(
            "kind", lambda: [(k, named(text, self.state.lang)) for k, text in self.state.pack.honours.kinds.items()]
        )
        self.inputs.addWidget(self.honours)


