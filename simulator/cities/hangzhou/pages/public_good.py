"""Hangzhou's public-good bonuses: a haematopoietic stem-cell donation, blood donated, registered volunteer
hours and charitable donations, each within its window and cap."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class PublicGoodPage(IndicatorPage):
    page_id = "public_good"
    indicator_ids = ("stem_cell_donation", "blood_donation", "volunteering", "charity")
    fields = ("stem_cell_donation", "blood_donations", "volunteering", "charity_donations")

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter what the certificates show: each blood donation with its amount, registered volunteer hours "
                "by year (as the volunteer platform records them) and each charitable donation with its receipt. "
                "Only the years the rules look back over count; the derivations below say which."
            )
        )
        self.stem_cells = self.check("stem_cell_donation", lambda: self.tr("Donated haematopoietic &stem cells (bone marrow)"))
        self.inputs.addWidget(self.stem_cells)
        self.blood = self.table("blood_donations", lambda: self.tr("Bl&ood donations"))
        self.inputs.addWidget(self.blood)
        self.volunteering = self.table("volunteering", lambda: self.tr("&Volunteer hours by year"))
        self.inputs.addWidget(self.volunteering)
        self.charity = self.table("charity_donations", lambda: self.tr("&Charitable donations"))
        self.inputs.addWidget(self.charity)
