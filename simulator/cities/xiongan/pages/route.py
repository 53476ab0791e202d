"""Xiong'an, Art. 3: some groups settle directly through a channel of their own and are not scored. The page
asks which group, if any, the applicant belongs to and shows the engine's routing with its reason and source."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from simulator.gui.look import style
from simulator.gui.widgets.derivation import colon, rule_html
from simulator.gui.wizard.pages.choices import named
from simulator.gui.wizard.pages.columns import TwoColumnPage


class RoutePage(TwoColumnPage):
    page_id = "route"
    help_topic = "channel"
    fields = ("settlement_group",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: self.tr(
                "Some people settle in Xiong'an directly, through a channel of their own, without points (Art. 3 of "
                "the measures). Choose your group if you belong to one; everyone else goes through the points "
                "system on the pages that follow."
            )
        )
        self.group = self.combo("settlement_group", self._groups, lambda: self.tr("None of these: I apply by points"))
        self.who = QLabel()
        self.who.setObjectName("hint")
        style.hint(self.who)
        self.who.setWordWrap(True)
        form = QFormLayout()
        self.form_row(form, lambda: self.tr("&Group:"), self.group, "settlement_group")
        form.addRow("", self.who)
        holder = QWidget()
        holder.setLayout(form)
        self.inputs.addWidget(holder)

        self.verdict_title = QLabel()
        self.verdict_title.setObjectName("section")
        style.section(self.verdict_title)
        self.translated(self.verdict_title, lambda: self.tr("Your route"))
        self.verdict = QLabel()
        self.verdict.setObjectName("route")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.below.addWidget(self.verdict_title)
        self.below.addWidget(self.verdict)

    def _channels(self) -> dict:
        return getattr(self.state.pack, "channels", {}) or {}

    def _groups(self) -> list[tuple[str, str]]:
        return [(group, named(rule.name, self.state.lang)) for group, rule in self._channels().items()]

    def refresh(self) -> None:
        lang = self.state.lang
        group = self.state.values.get("settlement_group") or ""
        rule = self._channels().get(group)
        self.who.setText(named(rule.who, lang) if rule is not None else "")
        self.who.setVisible(rule is not None)
        result = self.state.result
        if result is None:
            self.verdict.setText(
                escape(
                    self.tr(
                        "The route is shown once the birth date and the retirement category are entered (Qualification page)."
                    )
                )
            )
            return
        if result.channel is not None:
            channel = result.channel
            rules = "".join(rule_html(r, lang) for r in channel.rules)
            head = self.tr("Settles directly, without points")
            kept = self.tr(
                "The pages that follow are not scored for this route; the facts you enter there are kept, and count if you choose another group."
            )
            self.verdict.setText(
                f"<p style='color:#24527a'><b>{escape(head)}{colon(lang)}"
                f"{escape(channel.name(lang))}</b></p><p>{escape(channel.reason(lang))}</p><ul>{rules}</ul>"
                f"<p>{escape(kept)}</p>"
            )
            return
        text = escape(
            self.tr("You go through the points system: the qualification and the indicators on the following pages apply.")
        )
        if rule is not None:  # a group that goes through points, with its own allowances
            allowances = []
            if rule.beijing_insurance_counts is not None and rule.beijing_insurance_counts.value:
                allowances.append(
                    self.tr("your continuous Beijing social-insurance years are added to Xiong'an's for the three-year condition")
                )
            if rule.permit_conditions_exempt is not None and rule.permit_conditions_exempt.value:
                allowances.append(self.tr("you apply for the residence permit directly, without its usual conditions"))
            if allowances:
                text += "<br>" + escape(self.tr("For your group: {0}.").format("; ".join(allowances)))
        self.verdict.setText(f"<p>{text}</p>")
