"""Social insurance: the periods as on the official payment record, every city's on one list. What each city's
rules make of them (and the columns and tables it asks for) is its form's (simulator/cities/<city>/form.py)."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage

SHOWN = ("start", "end", "back_paid", "city")  # where a city's form does not say


class EmploymentPage(IndicatorPage):
    page_id = "employment"
    indicator_ids = ("employment",)

    @property
    def fields(self) -> tuple[str, ...]:  # the workplaces' problems block this page only where it shows them
        return ("social_insurance", "workplaces") if self.workplaces.isVisibleTo(self) else ("social_insurance",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.periods = self.table("social_insurance", lambda: self.tr("&Social-insurance periods"))
        self.inputs.addWidget(self.periods)
        # where a city's rules score working in the city as well (the form says; Beijing asks on its area page)
        self.workplaces = self.table("workplaces", lambda: self.tr("&Workplaces"))
        self.inputs.addWidget(self.workplaces)
        self.rules_changed()

    def _intro(self) -> str:
        return (
            self.tr(
                "Enter the periods of social insurance as your payment record lists them (pension insurance), one row "
                "per unbroken period, with the city where it was paid: one list serves every city, and each city's "
                "rules read their own rows. Leave the end empty if you are still paying."
            )
            + self.city_intro()
        )

    def rules_changed(self) -> None:
        spec = self.spec
        columns = spec.columns if spec is not None else {}
        self.periods.show_columns(columns.get("social_insurance", SHOWN))
        self.workplaces.show_columns(columns.get("workplaces", ("start", "end", "employer", "city")))
        self.workplaces.setVisible(self.shows("workplaces"))
