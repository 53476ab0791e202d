"""Summary page: the whole derivation, the comparison with past lines, saving and the PDF worksheet."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from simulator.core.decimals import fmt
from simulator.core.ranges import points_of, verdict
from simulator.gui.look import style
from simulator.gui.widgets.derivation import checks_html, colon, indicator_html, lines_html
from simulator.gui.widgets.whatif_banner import WhatIfBanner
from simulator.gui.wizard.pages.base import WizardPage


class SummaryPage(WizardPage):
    page_id = "summary"
    fields = ("notes",)
    save_requested = Signal()
    export_requested = Signal(bool)  # show the full ID number
    print_requested = Signal()

    def __init__(self, state, parent=None) -> None:
        super().__init__(state, parent)
        self.banner = WhatIfBanner()
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.save_button = QPushButton()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.show_id = QCheckBox()
        self.save_button.clicked.connect(self.save_requested)
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.show_id.isChecked()))
        self.print_button.clicked.connect(self.print_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.show_id)
        actions.addStretch(1)

        self.sections = {key: self._section() for key in ("qualification", "derivation", "lines")}
        self.section_titles = {key: QLabel() for key in self.sections}
        for label in self.section_titles.values():
            label.setObjectName("section")
            style.section(label)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(lambda: self.state.set_value("notes", self.notes.toPlainText()))
        self._loaders.append((self.notes, lambda v: self.notes.setPlainText(str(v or "")), "notes"))
        self.notes_label = self.label(lambda: self.tr("N&otes (saved in the applicant file):"), self.notes)
        self.disclaimer = QLabel()
        self.disclaimer.setObjectName("hint")
        style.hint(self.disclaimer)
        self.disclaimer.setWordWrap(True)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(4, 4, 12, 4)
        column.addWidget(self.banner)
        column.addWidget(self.headline)
        column.addLayout(actions)
        for key in ("qualification", "lines", "derivation"):
            column.addWidget(self.section_titles[key])
            column.addWidget(self.sections[key])
        column.addWidget(self.notes_label)
        column.addWidget(self.notes)
        column.addWidget(self.disclaimer)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    @staticmethod
    def _section() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save applicant file..."))
        self.export_button.setText(self.tr("E&xport PDF worksheet..."))
        self.print_button.setText(self.tr("&Print..."))
        self.show_id.setText(self.tr("Put the full &ID number in the PDF"))
        self.section_titles["qualification"].setText(self.tr("Qualification"))
        self.section_titles["derivation"].setText(self.tr("Every indicator"))
        self.section_titles["lines"].setText(self.tr("Compared with past lines"))
        self.disclaimer.setText(self.tr("An estimate only: the official system's result prevails."))

    def reload(self) -> None:
        with QSignalBlocker(self.show_id):
            self.show_id.setChecked(False)
        super().reload()

    def refresh(self) -> None:
        result, lang = self.state.result, self.state.lang
        self.banner.show_result(result, lang)
        self.export_button.setEnabled(result is not None)
        self.print_button.setEnabled(result is not None)
        if result is None:
            self.headline.setText(self.tr("No score yet: enter the birth date and the retirement category (Qualification page)."))
            for label in self.sections.values():
                label.clear()
            return
        edition = result.edition_name(lang)
        total_label = escape(self.tr("Total"))
        if result.channel is not None:  # another settlement channel: there is no score to show
            channel = self.tr("Settles through another channel, not by points")
            total_html = f"<b>{escape(channel)}</b>"
        else:
            whatif = " " + escape(self.tr("(what-if)")) if not result.qualified else ""
            total_html = f"<b>{total_label}{colon(lang)}{escape(points_of(result)(lang))}</b>{whatif}"
        self.headline.setText(
            f"<span style='font-size:15pt'>{total_html}</span><br>"
            + escape(
                self.tr("{0} · declaration year {1} · counted up to {2} · rules data {3} ({4})").format(
                    edition, result.declaration_year, result.cutoff.isoformat(), result.data_version, result.pack_hash
                )
            )
            + self._verdict_html(result, lang)
        )
        self.sections["qualification"].setText(checks_html(result.qualification, lang))
        self.sections["derivation"].setText("".join(indicator_html(item, lang, heading=True) for item in result.indicators))
        self.sections["lines"].setText(lines_html(result, lang))

    def _verdict_html(self, result, lang: str) -> str:
        """What the rules say besides the total: channel, missing values, pass mark, veto, tie-break, what the result
        assumes, own values."""
        red = "<br><span style='color:#a00000'>{0}</span>"
        parts: list[str] = []
        if result.channel is not None:
            parts.append(red.format(escape(result.channel.name(lang) + colon(lang) + result.channel.reason(lang))))
        if result.provisional:
            parts.append(
                red.format(
                    escape(
                        self.tr(
                            "The total is a range: values the sources do not give (or you have not answered) are never "
                            "guessed; it lies between the lowest and the highest the known rules allow."
                        )
                    )
                )
            )
            for missing in result.missing:
                template = self.tr("Not answered: {0}") if missing.unanswered else self.tr("Official value not available: {0}")
                parts.append("<br>· " + escape(template.format(missing.label(lang))))
        if result.pass_mark is not None and result.channel is None:
            state, words = verdict(result, result.pass_mark)
            name = result.pass_mark_name(lang) if result.pass_mark_name is not None else self.tr("Pass mark")
            line = escape(self.tr("{0} {1}: {2}").format(name, fmt(result.pass_mark), words(lang)))
            parts.append("<br>" + line if state == "reached" else red.format(line))
        if result.veto is not None:
            parts.append(red.format(escape(self.tr("One-vote veto: {0}").format(result.veto(lang)))))
        if result.tie_break is not None:
            ranked = "; ".join(f"{part.name(lang)} {part.shown}" for part in result.tie_break.parts)
            parts.append("<br>" + escape(self.tr("Equal totals are ranked by: {0}").format(ranked)))
        for assumed in result.assumptions:  # said as the worksheet and the score panel say it
            parts.append("<br>· " + escape(assumed(lang)))
        if result.user_supplied:
            for value in result.user_supplied:
                parts.append(
                    "<br>· "
                    + escape(
                        self.tr("User-supplied rule value: {0} = {1} ({2})").format(value.label(lang), value.value, value.note)
                    )
                )
        return "".join(parts)
