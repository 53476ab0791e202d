"""6. Tax: personal income tax per natural year, and tax violations."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class TaxPage(IndicatorPage):
    page_id = "tax"
    indicator_ids = ("tax",)
    fields = ("income_tax", "tax_violations", "meets_trial_tax_condition")

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter the personal income tax paid in this city for each natural year, as the tax app's "
                "income-and-tax detail shows it. Only the three years before the declaration count."
            )
        )
        self.income = self.table("income_tax", lambda: self.tr("&Income tax by year"))
        self.inputs.addWidget(self.income)
        self.trial = self.check(
            "meets_trial_tax_condition",
            lambda: self.tr("Meets one of the two &tax conditions of the trial rules (your own answer)"),
        )
        self.inputs.addWidget(self.trial)
        self.violations = self.table("tax_violations", lambda: self.tr("Tax &violations on record"))
        self.inputs.addWidget(self.violations)
        self.rules_changed()

    def rules_changed(self) -> None:
        flat = self.state.pack.tax.mode == "flat"
        self.trial.setVisible(flat)
        self.income.setVisible(not flat)
