"""Tax by year: personal income tax with its city (one list for every city), and, where the city asks for it,
the tax paid by an enterprise the applicant invested in."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class CityTaxPage(IndicatorPage):
    page_id = "city_tax"
    indicator_ids = ("tax",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.income = self.table("income_tax", lambda: self.tr("&Income tax by year"))
        self.inputs.addWidget(self.income)
        self.investment = self.table("investment_tax", lambda: self.tr("Tax paid by an &enterprise you invested in"))
        self.inputs.addWidget(self.investment)
        self.rules_changed()

    @property
    def fields(self) -> tuple[str, ...]:
        return ("income_tax", "investment_tax") if self.shows("investment_tax") else ("income_tax",)

    def _intro(self) -> str:
        return (
            self.tr(
                "Enter the personal income tax you paid for each natural year, with the city where it was paid, as the "
                "tax app's income-and-tax detail shows it. One list serves every city; each city counts its own years."
            )
            + self.city_intro()
        )

    def rules_changed(self) -> None:
        self.investment.setVisible(self.shows("investment_tax"))
