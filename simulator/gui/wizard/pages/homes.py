"""Homes: own homes, rentals and dormitories, on the one housing list every city reads (each row names its city).
What the chosen city's rules make of them is its form's sentence under the introduction."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class HomesPage(IndicatorPage):
    page_id = "homes"
    indicator_ids = ("residence",)
    fields = ("housing",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.homes = self.table("housing", lambda: self.tr("Housing &periods"))
        # a district matters only where the rules have districts (that city's own page asks for it)
        self.homes.show_columns(("start", "end", "kind", "lease_registered", "city"))
        model = self.state.tables["housing"]
        model.set_choices("kind", self._kinds)
        model.set_checkable_when("lease_registered", lambda row: row.get("kind") == "rented")
        self.inputs.addWidget(self.homes)

    def _kinds(self) -> list[tuple[str, str]]:
        return [("own", self.tr("Own home")), ("rented", self.tr("Rented")), ("dormitory", self.tr("Employer dormitory"))]

    def _intro(self) -> str:
        return (
            self.tr(
                "Enter where you lived, one row per home and period, with its city: an own home, a rented home or an "
                "employer dormitory. Leave the end empty if you still live there."
            )
            + self.city_intro()
        )
