"""Page layouts with the explanation panel: inputs on the left with what follows from them beneath (for an
indicator, its live derivation), the explanation of the topic on the right."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from simulator.gui.form.state import ApplicantState
from simulator.gui.look import style
from simulator.gui.widgets.derivation import DerivationView
from simulator.gui.widgets.explanation import ExplanationPanel
from simulator.gui.widgets.missing_banner import MissingBanner
from simulator.gui.widgets.steady_scroll import SteadyScrollArea
from simulator.gui.wizard.pages.base import WizardPage


class TwoColumnPage(WizardPage):
    """Inputs on the left with what follows from them beneath, the explanation on the right."""

    help_topic = ""

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(state, parent)
        self.inputs = QVBoxLayout()
        self.inputs.setSpacing(8)
        self.below = QVBoxLayout()
        self.explanation = ExplanationPanel(state, self.topic)
        self.explanation.setMinimumWidth(240)
        self.explanation.setMaximumWidth(320)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.addLayout(self.inputs)
        self.fact_layout = QVBoxLayout()  # the city's own facts this page asks for, below the page's fields
        left.addLayout(self.fact_layout)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        left.addSpacing(6)
        left.addWidget(rule)
        left.addLayout(self.below)
        left.addStretch(1)

        content = QWidget()
        content.setObjectName("pageContent")
        # side by side where the page is wide enough; on a narrow one (1280×720, 200 % scaling) the explanation goes
        # below, so the fields and the tables keep the width they need (resizeEvent)
        self._row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        row.setContentsMargins(4, 4, 8, 4)
        row.setSpacing(16)
        row.addLayout(left, 1)
        row.addWidget(self.explanation, 0, Qt.AlignmentFlag.AlignTop)
        scroll = SteadyScrollArea()  # a keystroke that changes a text of the page does not lay its scroll bars out
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.fact_rows = None  # built by finish(), after the page's own fields: they come first in the tab order

    NARROW = 900  # below this width (device-independent pixels) the explanation goes under the page's fields

    def resizeEvent(self, event) -> None:
        narrow = event.size().width() < self.NARROW
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)
            self.explanation.setMaximumWidth(16777215 if narrow else 320)
            self._row.setAlignment(self.explanation, Qt.AlignmentFlag(0) if narrow else Qt.AlignmentFlag.AlignTop)
        super().resizeEvent(event)

    def finish(self) -> None:
        from simulator.gui.wizard.pages.fact_rows import FactRows

        if self.fact_rows is None:
            self.fact_rows = FactRows(self, self.fact_layout)

    def topic(self) -> str:
        return self.help_topic

    def fact_keys(self) -> tuple[str, ...]:
        return self.fact_rows.current_keys() if self.fact_rows is not None else ()

    def _on_rules_changed(self) -> None:
        if self.fact_rows is not None:
            self.fact_rows.follow()
        super()._on_rules_changed()

    def intro(self, text: Callable[[], str]) -> QLabel:
        widget = QLabel()
        widget.setObjectName("intro")
        widget.setWordWrap(True)
        self.translated(widget, text)
        self.inputs.addWidget(widget)
        return widget


class IndicatorPage(TwoColumnPage):
    """Indicators of the official form: their inputs, their live derivations, their explanation."""

    indicator_ids: tuple[str, ...] = ()  # what this page shows where a city's form does not say

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(state, parent)
        self.derivation_title = QLabel()
        self.derivation_title.setObjectName("section")
        style.section(self.derivation_title)
        self.translated(self.derivation_title, lambda: self.tr("Your points, step by step"))
        self.derivations: dict[str, DerivationView] = {}
        self.missing = MissingBanner()
        self.missing.supply_requested.connect(self.overrides_requested)
        self.below.addWidget(self.derivation_title)
        self.below.addWidget(self.missing)

    def indicators(self) -> tuple[str, ...]:
        """The indicators the chosen city's rules score from this page's facts."""
        spec = self.spec
        return spec.indicators if spec is not None and spec.indicators else self.indicator_ids

    def _view(self, indicator_id: str) -> DerivationView:
        """One derivation view per indicator, made when a city first shows it (they stay for other cities)."""
        view = self.derivations.get(indicator_id)
        if view is None:
            view = self.derivations[indicator_id] = DerivationView()
            self.below.addWidget(view)
        return view

    def topic(self) -> str:
        return self.help_topic or (self.indicators() or ("qualification",))[0]

    def refresh(self) -> None:
        result = self.state.result
        shown = self.indicators()
        for indicator_id in shown:
            self._view(indicator_id)
        channel = result.channel if result is not None else None
        missing: list[str] = []
        for indicator_id, view in self.derivations.items():
            item = next((i for i in result.indicators if i.id == indicator_id), None) if result is not None else None
            # an indicator these rules do not have (Hangzhou's employment item exists in its trial edition only)
            wanted = indicator_id in shown and (item is not None or result is None or channel is not None)
            view.setVisible(wanted)
            if not wanted:
                continue
            if item is not None:
                missing.extend(m.label(self.state.lang) for m in item.missing)
            if channel is not None:
                view.set_html(
                    "<p>"
                    + escape(
                        self.tr(
                            "Not scored: {0} settles directly through a channel of its own, without points (see the Route page)."
                        ).format(channel.name(self.state.lang))
                    )
                    + "</p>"
                )
            else:
                view.show_item(item, self.state.lang)
        self.missing.show_missing(list(dict.fromkeys(missing)))
