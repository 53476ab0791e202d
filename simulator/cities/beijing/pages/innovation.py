"""5. Innovation and entrepreneurship: one item, of a kind the edition knows; its fields follow the kind."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from simulator.core.decimals import fmt
from simulator.gui.wizard.pages.choices import named
from simulator.gui.wizard.pages.columns import IndicatorPage


class InnovationPage(IndicatorPage):
    page_id = "innovation"
    indicator_ids = ("innovation",)
    fields = ("innovation",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "One item counts. For an award or a competition prize, pick its tier from the official tier "
                "table: which named award belongs to which tier is not known to this program."
            )
        )
        self.kind = self.combo("innovation.kind", self._kinds, lambda: self.tr("None"))
        self.tier = self.combo("innovation.tier_points", self._tiers, lambda: self.tr("— choose the tier —"))
        self.share = self.line("innovation.share_percent", lambda: self.tr("e.g. 12.5"))
        self.financing = self.line("innovation.financing_yuan", lambda: self.tr("e.g. 25000000"))
        self.full_year = self.check("innovation.worked_full_year", lambda: self.tr("&Worked there a full natural year"))
        self.years = self.line("innovation.years", lambda: self.tr("whole years"))
        self.description = self.line("innovation.description")

        self.form = QFormLayout()
        self.form_row(self.form, lambda: self.tr("&Item:"), self.kind, "innovation.kind")
        self.rows = {
            "tier": [self.form_row(self.form, lambda: self.tr("&Tier (points):"), self.tier, "innovation.tier_points")],
            "equity": [
                self.form_row(self.form, lambda: self.tr("&Share held (%):"), self.share, "innovation.share_percent"),
                self.form_row(
                    self.form,
                    lambda: self.tr("Financing &raised, last 3 years (yuan):"),
                    self.financing,
                    "innovation.financing_yuan",
                ),
            ],
            "per_year": [self.form_row(self.form, lambda: self.tr("&Years:"), self.years, "innovation.years")],
        }
        self.form.addRow("", self.full_year)
        self.form_row(self.form, lambda: self.tr("&Description (optional):"), self.description, "innovation.description")
        holder = QWidget()
        holder.setLayout(self.form)
        self.inputs.addWidget(holder)
        self._tier_kind = None
        self._show_fields()

    def _kinds(self) -> list[tuple[str, str]]:
        return [(kind_id, named(kind.name, self.state.lang)) for kind_id, kind in self.state.pack.innovation.kinds.items()]

    def _tiers(self) -> list[tuple[str, str]]:
        kind = self.state.pack.innovation.kinds.get(str(self.state.values.get("innovation.kind") or ""))
        if kind is None or kind.tiers is None:
            return []
        return [(format(t, "f"), fmt(t)) for t in kind.tiers.value]

    def _mode(self) -> str | None:
        kind = self.state.pack.innovation.kinds.get(str(self.state.values.get("innovation.kind") or ""))
        return kind.mode if kind is not None else None

    def _show_fields(self) -> None:
        mode = self._mode()
        for row_mode, labels in self.rows.items():
            for label in labels:
                self.form.setRowVisible(label, row_mode == mode)
        self.form.setRowVisible(self.full_year, mode == "equity")
        kind = self.state.values.get("innovation.kind")
        if kind != self._tier_kind:  # the tier list belongs to the kind
            self._tier_kind = kind
            for box, provider, key in self._combos:
                if box is self.tier:
                    self._fill_combo(box, provider, key)

    def refresh(self) -> None:
        self._show_fields()
        super().refresh()

    def rules_changed(self) -> None:
        self._tier_kind = None
        self._show_fields()
