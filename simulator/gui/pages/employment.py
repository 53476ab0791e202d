"""1. Legal stable employment: the social-insurance periods, as on the official payment record."""

from __future__ import annotations

from simulator.gui.pages.columns import IndicatorPage


class EmploymentPage(IndicatorPage):
    page_id = "employment"
    indicator_ids = ("employment",)
    fields = ("social_insurance",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter the periods of this city's social insurance as your payment record lists them (pension "
                "insurance), one row per unbroken period. Leave the end empty if you are still paying. Tick "
                "“Back-paid” for months paid afterwards (补缴): they keep the run continuous but earn no points."
            )
        )
        self.periods = self.table(
            "social_insurance",
            lambda: [self.tr("Start month"), self.tr("End month"), self.tr("Back-paid")],
            lambda: self.tr("&Social-insurance periods"),
        )
        self.inputs.addWidget(self.periods)


