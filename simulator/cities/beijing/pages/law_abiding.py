"""9. Law-abiding record: administrative detentions (a criminal record is a qualification condition)."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class LawAbidingPage(IndicatorPage):
    page_id = "law_abiding"
    indicator_ids = ("law_abiding",)
    fields = ("detentions",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter any administrative detention (行政拘留) in this city, with its date. A criminal record is "
                "not entered here: it is one of the conditions on the Qualification page."
            )
        )
        self.detentions = self.table("detentions", lambda: self.tr("Administrative &detentions"))
        self.inputs.addWidget(self.detentions)
