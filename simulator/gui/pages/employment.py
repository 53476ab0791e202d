"""Social insurance: the periods as on the official payment record, every city's on one list.

Beijing scores them as legal stable employment; Xiong'an as the unbroken run reaching the cut-off (Beijing's
months join it for relief-transfer staff); Hangzhou as months paid on time, without back-paid or transferred-in
months, and in its trial edition an employment item that also asks where one works."""

from __future__ import annotations

from simulator.gui.pages.columns import IndicatorPage

SHOWN = {
    "beijing": ("start", "end", "back_paid", "city"),
    "xiongan": ("start", "end", "back_paid", "city"),
    "hangzhou": ("start", "end", "back_paid", "transferred_in", "city"),
}


class EmploymentPage(IndicatorPage):
    page_id = "employment"
    indicator_ids = ("employment",)
    formula_indicators = {"hangzhou": ("social_insurance", "employment")}

    @property
    def fields(self) -> tuple[str, ...]:  # the workplaces' problems block this page only where it shows them
        return ("social_insurance", "workplaces") if self.workplaces.isVisibleTo(self) else ("social_insurance",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.periods = self.table("social_insurance", lambda: self.tr("&Social-insurance periods"))
        self.inputs.addWidget(self.periods)
        # Hangzhou's trial edition scores working in the city as well (Beijing asks for workplaces on its area page)
        self.workplaces = self.table("workplaces", lambda: self.tr("&Workplaces"))
        self.workplaces.show_columns(("start", "end", "employer", "city"))
        self.inputs.addWidget(self.workplaces)
        self.rules_changed()

    def _intro(self) -> str:
        formula = self.state.formula
        common = self.tr(
            "Enter the periods of social insurance as your payment record lists them (pension insurance), one row "
            "per unbroken period, with the city where it was paid: one list serves every city, and each city's "
            "rules read their own rows. Leave the end empty if you are still paying."
        )
        if formula == "xiongan":
            return common + " " + self.tr(
                "Xiong'an counts the unbroken run of Xiong'an insurance that reaches the cut-off month: each full "
                "year scores. For staff transferred from Beijing, Beijing months that run straight on into "
                "Xiong'an's count towards the three-year condition."
            )
        if formula == "hangzhou":
            return common + " " + self.tr(
                "Hangzhou counts months paid on time in Hangzhou: tick “Back-paid” (补缴) or “Transferred in” (转入) "
                "for months that were not, and they are left out."
            )
        return common + " " + self.tr(
            "Tick “Back-paid” for months paid afterwards (补缴): they keep the run continuous but earn no points."
        )

    def rules_changed(self) -> None:
        formula = self.state.formula
        self.periods.show_columns(SHOWN.get(formula, SHOWN["beijing"]))
        # only Hangzhou's trial edition has an employment item
        self.workplaces.setVisible(formula == "hangzhou" and getattr(self.state.pack.basic, "employment", None) is not None)
