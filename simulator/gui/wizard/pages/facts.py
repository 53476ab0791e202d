"""Further facts the chosen city's rules ask about (its City.facts that no other page of its form asks for), with
the derivations of the indicators they feed."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class FactsPage(IndicatorPage):
    page_id = "facts"

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(
            lambda: (
                self.tr(
                    "These facts only this city's rules ask about. Answer what you know; a question left “not answered” "
                    "is never guessed: the points it decides are shown as a range until you answer it."
                )
                + self.city_intro()
            )
        )
        self.rules_changed()

    def topic(self) -> str:
        spec = self.spec
        if spec is not None and spec.help_topic:
            return spec.help_topic
        return self.indicators()[0] if self.indicators() else "qualification"
