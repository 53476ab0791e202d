"""Invention patents (Hangzhou's patent bonus; in Xiong'an, innovation items under a table not yet found)."""

from __future__ import annotations

from simulator.gui.wizard.pages.columns import IndicatorPage


class PatentsPage(IndicatorPage):
    page_id = "patents"
    indicator_ids = ("patents",)
    fields = ("invention_patents",)

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.intro(self._intro)
        self.patents = self.table("invention_patents", lambda: self.tr("Invention &patents"))
        # the first patentee matters only for a shared patent
        self.state.tables["invention_patents"].set_checkable_when("first_patentee", lambda row: bool(row.get("shared")))
        self.inputs.addWidget(self.patents)

    def _intro(self) -> str:
        common = self.tr(
            "Add a row for each invention patent (发明专利) granted to you, with the date of the grant. For a patent "
            "held with others, tick “Shared” and say whether you are the first patentee; tick “Obtained by "
            "transfer” for one you bought rather than invented."
        )
        return common + self.city_intro()
