"""Hangzhou: residence registration with the police, to the day. Every 30 days count as a month and every 12
months as a year, across interruptions; what is left over scores nothing (the engine shows the division)."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class RegistrationsPage(IndicatorPage):
    page_id = "registrations"
    indicator_ids = ("residence_registration",)
    fields = ("residence_registrations",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter each period of residence registration (居住登记) on the police record, from its first to its "
                "last day (both counted), with the city. Leave the end empty if you are still registered. Periods "
                "with gaps between them add up: 30 days count as a month and 12 months as a year."
            )
        )
        self.registrations = self.table("residence_registrations", lambda: self.tr("Residence &registrations"))
        self.inputs.addWidget(self.registrations)
