"""Deductions and the one-vote veto: the records that take points away or rule an application out (a city's form
says which it asks for). A criminal record is also a qualification condition (Qualification page)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from simulator.gui.look import style
from simulator.gui.wizard.pages.choices import listing_levels, penalty_kinds
from simulator.gui.wizard.pages.columns import IndicatorPage


class DeductionsPage(IndicatorPage):
    page_id = "deductions"
    indicator_ids = ("deductions",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.penalties = self.table("penalties", lambda: self.tr("Convictions, drug &rehabilitation, judicial detentions"))
        penalties = self.state.tables["penalties"]
        penalties.set_choices("kind", penalty_kinds)
        penalties.set_checkable_when("serious_crime", lambda row: row.get("kind") == "criminal")
        self.inputs.addWidget(self.penalties)
        self.detentions = self.table("detentions", lambda: self.tr("Administrative &detentions"))
        self.inputs.addWidget(self.detentions)
        self.violations = self.table("tax_violations", lambda: self.tr("Tax &violations on record"))
        self.inputs.addWidget(self.violations)
        self.listings = self.table("dishonesty_listings", lambda: self.tr("Dish&onesty listings"))
        self.state.tables["dishonesty_listings"].set_choices("level", listing_levels)
        self.inputs.addWidget(self.listings)

        # the one-vote veto's facts with no table of their own (where a city's rules have a veto)
        self.banned = self.check("banned_organisation", lambda: self.tr("Took part in a banned or&ganisation"))
        self.fraud = self.line("points_fraud", lambda: self.tr("YYYY-MM-DD, or empty"))
        self.veto_form = QWidget()
        form = QFormLayout(self.veto_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self.banned)
        self.form_row(form, lambda: self.tr("Found to have &cheated in a points application, on:"), self.fraud, "points_fraud")
        self.inputs.addWidget(self.veto_form)

        self.veto = QLabel()
        self.veto.setObjectName("veto")
        self.veto.setWordWrap(True)
        self.veto.setTextFormat(Qt.TextFormat.RichText)
        style.problem(self.veto)
        self.below.insertWidget(0, self.veto)
        self.rules_changed()

    @property
    def fields(self) -> tuple[str, ...]:
        shown = ["penalties", "detentions", "dishonesty_listings"]
        if self.shows("tax_violations"):
            shown.append("tax_violations")
        if self.shows("veto"):
            shown += ["banned_organisation", "points_fraud"]
        return tuple(shown)

    def _intro(self) -> str:
        return (
            self.tr(
                "Enter any record that may take points away, with its date; most people have none. Records that arise "
                "from one act share the same label under “Same act as”."
            )
            + self.city_intro()
        )

    def rules_changed(self) -> None:
        self.violations.setVisible(self.shows("tax_violations"))
        self.veto_form.setVisible(self.shows("veto"))

    def refresh(self) -> None:
        super().refresh()
        result = self.state.result
        veto = result.veto if result is not None else None
        self.veto.setVisible(veto is not None)
        if veto is not None:
            lang = self.state.lang
            head = self.tr("One-vote veto: the application is ruled out.")
            self.veto.setText(f"<b>{escape(head)}</b> {escape(veto(lang))}")
