"""Homes for Xiong'an and Hangzhou: own homes and rentals, on the same housing list as Beijing's (each row names
its city). Xiong'an scores the unbroken years of legal stable residence reaching the cut-off; Hangzhou scores an
own home, or rental months with a registered lease, under a shared cap."""

from __future__ import annotations

from simulator.gui.pages.columns import IndicatorPage


class HomesPage(IndicatorPage):
    page_id = "homes"
    indicator_ids = ("residence",)
    formula_indicators = {"xiongan": ("residence",), "hangzhou": ("own_home", "rental")}
    fields = ("housing",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.homes = self.table("housing", lambda: self.tr("Housing &periods"))
        # the district matters only under Beijing's rules (its own page asks for it)
        self.homes.show_columns(("start", "end", "kind", "lease_registered", "city"))
        model = self.state.tables["housing"]
        model.set_choices("kind", self._kinds)
        model.set_checkable_when("lease_registered", lambda row: row.get("kind") == "rented")
        self.inputs.addWidget(self.homes)

    def _kinds(self) -> list[tuple[str, str]]:
        return [("own", self.tr("Own home")), ("rented", self.tr("Rented")), ("dormitory", self.tr("Employer dormitory"))]

    def _intro(self) -> str:
        common = self.tr(
            "Enter where you lived, one row per home and period, with its city: an own home, a rented home or an "
            "employer dormitory. Leave the end empty if you still live there."
        )
        if self.state.formula == "hangzhou":
            return common + " " + self.tr(
                "Hangzhou scores an own home you still hold in the cut-off month, or else the months of renting "
                "with a lease registered (登记备案): tick “Lease registered” for those rows."
            )
        return common + " " + self.tr(
            "Xiong'an counts the unbroken run of legal stable residence reaching the cut-off: a rental counts only "
            "with a registered lease, so tick “Lease registered” for those rows. Each full year scores."
        )
