"""2. Legal stable residence: where the applicant lived, month by month, and whether a lease was registered.

Offers the fill the official system applied in 2020: rental months before leases had to be registered,
taken from the social-insurance record (the profile package computes which months)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from simulator.cities.beijing.fill import rental_fill_from_insurance
from simulator.core.months import format_month
from simulator.gui.look import style
from simulator.gui.wizard.pages.choices import district_choices
from simulator.gui.wizard.pages.columns import IndicatorPage
from simulator.profile.model import ApplicantProfile


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

        self.fill_text = QLabel()
        self.fill_text.setWordWrap(True)
        self.fill_district = self.combo(None, lambda: district_choices(self.state), lambda: self.tr("— choose —"))
        self.fill_button = QPushButton()
        self.fill_button.clicked.connect(self.fill_rentals)
        self.fill_result = QLabel()
        self.fill_result.setObjectName("hint")
        style.hint(self.fill_result)
        self.fill_result.setWordWrap(True)
        fill_row = QHBoxLayout()
        self.fill_district_label = self.label(lambda: self.tr("Dis&trict of those rentals:"), self.fill_district)
        fill_row.addWidget(self.fill_district_label)
        fill_row.addWidget(self.fill_district)
        fill_row.addWidget(self.fill_button)
        fill_row.addStretch(1)
        self.inputs.addWidget(self.fill_text)
        self.inputs.addLayout(fill_row)
        self.inputs.addWidget(self.fill_result)
        self.rules_changed()

    def _kinds(self) -> list[tuple[str, str]]:
        return [("own", self.tr("Own home")), ("rented", self.tr("Rented")), ("dormitory", self.tr("Employer dormitory"))]

    def _lease_month(self) -> str | None:
        required = self.state.pack.residence.lease_registration_required_from
        return required.value if required is not None else None

    def reload(self) -> None:
        self.fill_result.clear()
        with QSignalBlocker(self.fill_district):
            self.fill_district.setCurrentIndex(0)
        super().reload()

    def rules_changed(self) -> None:
        month = self._lease_month()
        for widget in (self.fill_text, self.fill_district, self.fill_button, self.fill_district_label):
            widget.setVisible(month is not None)
        self.fill_result.clear()
        self.retranslate()

    def retranslate(self) -> None:
        month = self._lease_month()
        self.fill_button.setText(self.tr("Fill &rentals from insurance"))
        if month is None:
            self.lease_note.setText(self.tr("Under these rules a rental counts without a registered lease."))
            return
        self.lease_note.setText(
            self.tr(
                "From {0} on, a rental counts only with a lease registered (备案) on the city's rental platform: "
                "tick “Lease registered” for those rows. Months before {0} need no registration."
            ).format(month)
        )
        self.fill_text.setText(
            self.tr(
                "Rentals before {0}: in the 2020 round the official system filled these in from the social-insurance "
                "record. This can do the same for insured months no row above covers; check the result against your "
                "leases."
            ).format(month)
        )

    def fill_rentals(self) -> None:
        built = self.state.built
        district = self.fill_district.currentData()
        if not district:
            self.fill_result.setText(self.tr("Choose the district of those rentals first."))
            self.fill_district.setFocus()
            return
        lists = built.lists
        # Only the lists are read by the fill; the rest of the profile may still be incomplete.
        profile = ApplicantProfile.model_construct(social_insurance=lists["social_insurance"], housing=lists["housing"])
        fills = rental_fill_from_insurance(profile, self.state.pack, district)
        month = self._lease_month()
        if not fills:
            self.fill_result.setText(
                self.tr("Nothing to fill: every insured month before {0} already has a home in the table.").format(month)
            )
            return
        rows = [
            {
                "start": format_month(p.start),
                "end": format_month(p.end) if p.end is not None else "",
                "kind": "rented",
                "district": p.district,
                "lease_registered": False,
                "city": p.city,
            }
            for p in fills
        ]
        self.state.tables["housing"].append_rows(rows)
        spans = ", ".join(f"{r['start']} – {r['end']}" for r in rows)
        self.fill_result.setText(
            self.tr("Added {0} rental period(s): {1}. Check them against your leases.").format(len(rows), spans)
        )
