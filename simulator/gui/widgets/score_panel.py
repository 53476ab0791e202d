"""The score panel beside every page: total, each indicator, and the gap to the latest published line.

Drawn empty with the first page; its rows appear when the engine is loaded (`ApplicantState.started`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from simulator.gui.form.state import ApplicantState
from simulator.gui.look import style
from simulator.gui.widgets.steady_label import SteadyLabel
from simulator.gui.widgets.whatif_banner import WhatIfBanner


class ScorePanel(QFrame):
    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scorePanel")
        style.panel(self, style.PANEL_BACKGROUND)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("section")
        style.section(self.title)
        self.banner = WhatIfBanner(compact=True)
        self.total_caption = QLabel()
        # the texts that change as one types: steady, so that a keystroke repaints them without laying out the panel
        self.total = SteadyLabel("—", word_wrap=False, hide_when_blank=False)
        self.total.setObjectName("total")
        style.total(self.total)
        self.context = SteadyLabel(hide_when_blank=False)
        self.context.setObjectName("hint")
        style.hint(self.context)
        self.names: dict[str, QLabel] = {}
        self.points: dict[str, SteadyLabel] = {}
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(0, 1)
        self.line = SteadyLabel(hide_when_blank=False)
        self.line.setObjectName("line")
        style.line(self.line)
        # the declaration the file was saved for, when the rules on screen differ from it (or a notice on opening)
        self.declaration = QLabel()
        self.declaration.setObjectName("declaration")
        self.declaration.setWordWrap(True)
        style.problem(self.declaration, "warning")
        self.declaration.setVisible(False)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        style.problem(self.notice, "warning")
        self.notice.setVisible(False)
        # where the total would have ranked among those admitted in past years (cities that publish such lists)
        self.standing_title = QLabel()
        self.standing_title.setObjectName("section")
        style.bold(self.standing_title)
        self.standing = SteadyLabel(hide_when_blank=False)
        self.standing.setObjectName("standing")
        self.standing_note = QLabel()
        self.standing_note.setObjectName("hint")
        style.hint(self.standing_note)
        self.standing_note.setWordWrap(True)
        for label in (self.standing_title, self.standing, self.standing_note):
            label.setVisible(False)
        self._standings: dict[tuple | None, str] = {}  # the standing's text by total (and language) it was counted for

        total_row = QGridLayout()
        total_row.addWidget(self.total_caption, 0, 0)
        total_row.addWidget(self.total, 0, 1)
        total_row.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addLayout(total_row)
        layout.addWidget(self.context)
        layout.addWidget(self.declaration)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.line)
        layout.addSpacing(6)
        layout.addWidget(self.standing_title)
        layout.addWidget(self.standing)
        layout.addWidget(self.standing_note)
        layout.addStretch(1)
        state.evaluated.connect(self.refresh)
        state.started.connect(self._add_rows)
        self.refresh()

    def _add_rows(self) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (see main_window.py on start-up)

        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.refresh()

    def _show_rows(self, indicator_ids: list[str]) -> None:
        """One row per indicator of the current result, in its own order (each city has its own list)."""
        if list(self.names) == indicator_ids:
            return  # unchanged: nothing is laid out again at each keystroke
        from PySide6.QtCore import Qt

        for label in (*self.names.values(), *self.points.values()):
            self.grid.removeWidget(label)
            label.hide()  # at once: the deletion waits for the event loop
            label.deleteLater()
        self.names, self.points = {}, {}
        for row, indicator_id in enumerate(indicator_ids):
            name, points = QLabel(), SteadyLabel("—", word_wrap=False, hide_when_blank=False)
            name.setWordWrap(True)
            points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            points.setObjectName("points")
            style.bold(points)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(points, row, 1)
            self.names[indicator_id], self.points[indicator_id] = name, points

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_declaration(self) -> None:
        """When the rules on screen are not those the file was saved for: which were, so the change is never silent."""
        state = self.state
        saved = state.saved_declaration if state.ready else None
        if saved is None or not state.declaration_changed():
            self.declaration.setVisible(False)
            return
        from simulator.gui.form.rule_choice import city_name

        edition = state.catalogue.edition(saved.edition)
        name = edition.name(state.lang) if edition is not None else saved.edition
        text = self.tr("Not the declaration the file was saved for: {0}, {1}, {2} (total then: {3}).").format(
            city_name(saved.city, state.lang), name, saved.round, saved.total or "—"
        )
        self.declaration.setText(text)
        self.declaration.setVisible(True)

    def _show_standing(self) -> None:
        """Beside the line: where this total would have ranked among those admitted in each published year."""
        from simulator.planning.standing import NOTE, standing_of

        result, lang = self.state.result, self.state.lang
        # the ranks depend on the total (its range) alone: counted once per total, not at every keystroke
        key = None
        if result is not None:
            key = (lang, result.city, result.channel is None, result.total_low, result.total, result.total_high, result.ranged)
        text = self._standings.get(key)
        if text is None:
            if len(self._standings) >= 64:  # a few totals typed back and forth are what comes again
                self._standings.clear()
            text = self._standings[key] = "\n".join(item.text()(lang) for item in standing_of(result))
        shown = bool(text)
        for label in (self.standing_title, self.standing, self.standing_note):
            label.setVisible(shown)
        if not shown:
            return
        self.standing_title.setText(self.tr("Where you stand (history)"))
        self.standing.show_message(text)
        self.standing_note.setText(NOTE(lang))

    def refresh(self) -> None:
        result, lang = self.state.result, self.state.lang
        self.title.setText(self.tr("Score"))
        self.total_caption.setText(self.tr("Total"))
        self.banner.show_result(result, lang)
        if not self.state.ready:
            self.context.show_message(self.tr("Loading the rules..."))
            return
        from simulator.core.ranges import depends_on, points_of

        self._show_declaration()
        self._show_standing()

        if result is None:
            # before there is a result: the city's indicators, by name, without points
            fallback = {i.id: i.name(lang) for i in self.state.city_info.indicators_of(self.state.pack)}
            self._show_rows(list(fallback))
            self.total.show_message("—")
            self.context.show_message(self.tr("Enter the birth date and the retirement category to see a score."))
            for indicator_id, label in self.names.items():
                label.setText(fallback[indicator_id])
                self.points[indicator_id].show_message("—")
            self.line.show_message("")
            return
        self._show_rows([item.id for item in result.indicators])
        if result.channel is not None:  # another settlement channel, not points: no score to show
            self.total.show_message("—")
            self.context.show_message(
                self.tr("Settles through another channel, not by points: {0}").format(result.channel.name(lang))
            )
        else:
            mark = "*" if not result.qualified else ""
            self.total.show_message(points_of(result)(lang) + mark)
            by_round = bool(getattr(result.declaration_year, "part", ""))
            context = (
                self.tr("{0}, round {1}, counted up to {2}")
                if by_round
                else self.tr("{0}, declaration year {1}, counted up to {2}")
            ).format(result.edition_name(lang), result.declaration_year, result.cutoff.isoformat())
            if result.ranged:
                context = self.tr("A RANGE: values not known") + " · " + context
            elif result.provisional:
                context = self.tr("PROVISIONAL") + " · " + context
            self.context.show_message(context)
        for item in result.indicators:
            self.names[item.id].setText(item.name(lang))
            if result.channel is not None:
                shown = "—"
            elif item.missing:  # a range: the lowest and highest the known rules allow
                shown = points_of(item)(lang) + " *"
                self.points[item.id].setToolTip(
                    self.tr("Not known, so these points are a range: {0}").format(depends_on(item.missing)(lang))
                )
            else:
                shown = points_of(item)(lang)
                self.points[item.id].setToolTip("")
            self.points[item.id].show_message(shown)
        text = self._line_text() if result.channel is None else ""
        if result.veto is not None:
            text += "\n" + self.tr("One-vote veto: {0}").format(result.veto(lang))
        for assumed in result.assumptions:  # what it assumed: a round past the file's date, the counting date, …
            text += "\n" + assumed(lang)
        if result.user_supplied:  # the user's own rule values: say so wherever the score is shown
            names = "; ".join(value.label(lang) for value in result.user_supplied)
            text += "\n" + self.tr("User-supplied rule values: {0}").format(names)
        self.line.show_message(text.strip("\n"))

    def _line_text(self) -> str:
        from simulator.core.decimals import fmt
        from simulator.core.ranges import verdict

        result = self.state.result
        if result.pass_mark is not None:  # a fixed threshold set by the rules, not a yearly line
            return self._pass_mark_text()
        confirmed = [c for c in result.lines if c.status == "published"]
        if not confirmed:
            return self.tr("No published line is known for this city.")
        latest = confirmed[-1]
        return self.tr("Latest published line ({0}): {1}\n{2}").format(
            latest.round, fmt(latest.line), verdict(result, latest.line)[1](self.state.lang)
        )

    def _pass_mark_text(self) -> str:
        from simulator.core.decimals import fmt
        from simulator.core.ranges import verdict

        result = self.state.result
        lang = self.state.lang
        name = result.pass_mark_name(lang) if result.pass_mark_name is not None else self.tr("Pass mark")
        return self.tr("{0} {1}: {2}").format(name, fmt(result.pass_mark), verdict(result, result.pass_mark)[1](lang))

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
