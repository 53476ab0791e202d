"""Page layouts with the explanation panel: inputs on the left with what follows from them beneath (for an
indicator, its live derivation), the explanation of the topic on the right."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from simulator.gui import style
from simulator.gui.pages.base import WizardPage
from simulator.gui.state import ApplicantState
from simulator.gui.widgets.derivation import DerivationView
from simulator.gui.widgets.explanation import ExplanationPanel


class TwoColumnPage(WizardPage):
    """Inputs on the left with what follows from them beneath, the explanation on the right."""

    help_topic = ""

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(state, parent)
        self.inputs = QVBoxLayout()
        self.inputs.setSpacing(8)
        self.below = QVBoxLayout()
        self.explanation = ExplanationPanel(state, self.topic())
        self.explanation.setMinimumWidth(240)
        self.explanation.setMaximumWidth(320)
        self.explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.addLayout(self.inputs)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        left.addSpacing(6)
        left.addWidget(rule)
        left.addLayout(self.below)
        left.addStretch(1)

        content = QWidget()
        content.setObjectName("pageContent")
        row = QHBoxLayout(content)
        row.setContentsMargins(4, 4, 8, 4)
        row.setSpacing(16)
        row.addLayout(left, 1)
        row.addWidget(self.explanation, 0, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def topic(self) -> str:
        return self.help_topic

    def intro(self, text: Callable[[], str]) -> QLabel:
        widget = QLabel()
        widget.setObjectName("intro")
        widget.setWordWrap(True)
        self.translated(widget, text)
        self.inputs.addWidget(widget)
        return widget


class IndicatorPage(TwoColumnPage):
    """One indicator of the official form: its inputs, its live derivation, its explanation."""

    indicator_ids: tuple[str, ...] = ()

    def __init__(self, state: ApplicantState, parent=None) -> None:
        super().__init__(state, parent)
        self.derivation_title = QLabel()
        self.derivation_title.setObjectName("section")
        style.section(self.derivation_title)
        self.translated(self.derivation_title, lambda: self.tr("Your points, step by step"))
        self.derivations = {indicator_id: DerivationView() for indicator_id in self.indicator_ids}
        self.below.addWidget(self.derivation_title)
        for view in self.derivations.values():
            self.below.addWidget(view)

    def topic(self) -> str:
        return self.help_topic or self.indicator_ids[0]

    def refresh(self) -> None:
        result = self.state.result
        for indicator_id, view in self.derivations.items():
            view.show_item(result.indicator(indicator_id) if result is not None else None, self.state.lang)
