"""2. Legal stable residence: where the applicant lived, month by month, and whether a lease was registered.

Insured months up to the pack's `automatic_until` (2020-07) count as rental/dormitory time without being declared:
the page says so, and that only homes from then on (and own homes at any time) need entering."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from simulator.gui.wizard.pages.choices import district_choices
from simulator.gui.wizard.pages.columns import IndicatorPage


class ResidencePage(IndicatorPage):
    page_id = "residence"
    indicator_ids = ("residence",)
    fields = ("housing",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Enter where you lived in this city, one row per home and period: an own home, a rented home or "
                "an employer dormitory. Leave the end empty if you still live there."
            )
        )
        self.lease_note = QLabel()
        self.lease_note.setObjectName("intro")
        self.lease_note.setWordWrap(True)
        self.inputs.addWidget(self.lease_note)
        self.homes = self.table("housing", lambda: self.tr("Housing &periods"))
        model = self.state.tables["housing"]
        model.set_choices("kind", self._kinds)
        model.set_choices("district", lambda: district_choices(self.state))
        model.set_checkable_when("lease_registered", lambda row: row.get("kind") == "rented")
        self.inputs.addWidget(self.homes)
        self.automatic_note = QLabel()
        self.automatic_note.setObjectName("hint")
        self.automatic_note.setWordWrap(True)
        self.inputs.addWidget(self.automatic_note)
        self.rules_changed()

    def _kinds(self) -> list[tuple[str, str]]:
        return [("own", self.tr("Own home")), ("rented", self.tr("Rented")), ("dormitory", self.tr("Employer dormitory"))]

    def _month(self, name: str) -> str | None:
        cited = getattr(self.state.pack.residence, name, None)
        return cited.value if cited is not None else None

    def rules_changed(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        lease, automatic = self._month("lease_registration_required_from"), self._month("automatic_until")
        if lease is None:
            self.lease_note.setText(self.tr("Under these rules a rental counts without a registered lease."))
        else:
            self.lease_note.setText(
                self.tr(
                    "From {0} on, a rental counts only with a lease registered (备案) on the city's rental platform: "
                    "tick “Lease registered” for those rows. Months before {0} need no registration."
                ).format(lease)
            )
        self.automatic_note.setVisible(automatic is not None)
        if automatic is not None:
            self.automatic_note.setText(
                self.tr(
                    "Insured months up to {0} that are not own-home months count as rental or dormitory time without "
                    "being entered: the official system takes them from the social-insurance record. Enter own homes, "
                    "and the homes from {1} on."
                ).format(automatic, lease or "")
            )
