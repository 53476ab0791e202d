"""Deductions (Xiong'an, Hangzhou) and Hangzhou's one-vote veto: the records that take points away or rule an
application out. A criminal record is also a qualification condition (Qualification page)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from simulator.gui import style
from simulator.gui.pages.choices import listing_levels, penalty_kinds
from simulator.gui.pages.columns import IndicatorPage


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

        # Hangzhou's one-vote veto: facts with no table of their own
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
        if self.state.formula == "hangzhou":
            return ("penalties", "detentions", "dishonesty_listings", "banned_organisation", "points_fraud")
        return ("penalties", "detentions", "tax_violations", "dishonesty_listings")

    def _intro(self) -> str:
        common = self.tr(
            "Enter any record that may take points away, with its date; most people have none. Records that arise "
            "from one act share the same label under “Same act as”."
        )
        if self.state.formula == "hangzhou":
            return common + " " + self.tr(
                "Hangzhou deducts within the years its rules look back over, only the largest deduction for one act; "
                "some records (serious crimes, long sentences, banned organisations, cheating in a points "
                "application) rule the application out altogether: the one-vote veto."
            )
        return common + " " + self.tr(
            "Xiong'an's table of deductions was not found: a record is listed, and its points are “official value "
            "not available” until you supply them."
        )

    def rules_changed(self) -> None:
        hangzhou = self.state.formula == "hangzhou"
        self.violations.setVisible(not hangzhou)  # Hangzhou's rules do not deduct for tax violations
        self.veto_form.setVisible(hangzhou)

    def refresh(self) -> None:
        super().refresh()
        result = self.state.result
        veto = result.veto if result is not None else None
        self.veto.setVisible(veto is not None)
        if veto is not None:
            lang = self.state.lang
            head = self.tr("One-vote veto: the application is ruled out.")
            self.veto.setText(f"<b>{escape(head)}</b> {escape(veto(lang))}")
