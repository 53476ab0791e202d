"""The inline explanation of an indicator, from the city's help file: what counts, how the points are
computed, which document proves it, who verifies it and where to look it up."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from simulator.gui.look import style
from simulator.rules.help import indicator_help


class ExplanationPanel(QFrame):
    def __init__(self, state, topic: str | Callable[[], str], parent=None) -> None:
        """`topic`: the help file's topic, or a function giving it (a page that serves several cities)."""
        super().__init__(parent)
        self.setObjectName("explanation")
        style.panel(self, style.EXPLANATION_BACKGROUND)
        self.state = state
        self.topic = topic
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.body)
        layout.addStretch(1)
        state.rules_changed.connect(self.render)
        self.render()

    def render(self) -> None:
        lang = self.state.lang
        topic = self.topic() if callable(self.topic) else self.topic
        found = indicator_help(self.state.city, topic, self.state.pack)
        if found is None:
            self.body.setText(escape(self.tr("No explanation is available for this city yet.")))
            return
        sections = [
            (self.tr("What counts"), found.what_counts),
            (self.tr("How the points are computed"), found.how_computed),
            (self.tr("Which document proves it"), found.documents),
            (self.tr("Who verifies it"), found.verified_by),
            (self.tr("Where to look it up"), found.where_to_look),
        ]
        parts = []
        for heading, entry in sections:
            text = escape(entry(lang))
            if entry.confidence == "?":
                text += " <i style='color:#a00000'>" + escape(self.tr("(not confirmed: our sources do not say)")) + "</i>"
            parts.append(f"<p style='margin:0 0 2px 0'><b>{escape(heading)}</b></p><p style='margin:0 0 8px 0'>{text}</p>")
        self.body.setText("".join(parts))

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.render()
        super().changeEvent(event)
