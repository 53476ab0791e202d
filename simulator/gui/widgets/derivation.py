"""How an indicator's points were derived, rendered from the engine's result: the inputs it used, the
arithmetic, what was capped or left out, and the rules with their sources. Nothing is computed here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from simulator.core.decimals import fmt
from simulator.core.result import Evaluation, IndicatorResult, QualificationCheck, RuleValue
from simulator.gui.look import style
from simulator.gui.widgets.steady_label import settle_when_idle


def confidence_label(confidence: str) -> str:
    labels = {
        "data": QCoreApplication.translate("Derivation", "checked against published scores"),
        "2+": QCoreApplication.translate("Derivation", "two or more sources agree"),
        "1": QCoreApplication.translate("Derivation", "one source"),
        "?": QCoreApplication.translate("Derivation", "not confirmed: check before relying on it"),
        "not found": QCoreApplication.translate("Derivation", "no source found"),
    }
    return labels.get(confidence, confidence)


def points_text(item, lang: str) -> str:
    """An indicator's points, or its range where values not known leave it one."""
    from simulator.core.ranges import points_of

    return QCoreApplication.translate("Derivation", "{0} points").format(points_of(item)(lang))


def _event_html(kind: str, text: str, lang: str) -> str:
    label = {
        "cap": QCoreApplication.translate("Derivation", "Cap"),
        "exclusion": QCoreApplication.translate("Derivation", "Not counted"),
        "note": QCoreApplication.translate("Derivation", "Note"),
        "missing": QCoreApplication.translate("Derivation", "Not known, so the points are a range"),
    }.get(kind, kind)
    colour = "#8a4b00" if kind != "note" else "#24527a"
    return f"<p style='color:{colour}; margin:2px 0'><b>{escape(label)}{colon(lang)}</b>{escape(text)}</p>"


def rule_value_text(rule: RuleValue, lang: str) -> str:
    """A rule value as the user reads it: a reading the rules chose, or a list of titles and skill levels, in words
    ("中级职称、技师", never "title.intermediate, skill.technician")."""
    if rule.value_text is None:
        from simulator.core.phrases import reading_words

        words = reading_words(rule.value)
        if words is not None:
            return words(lang)
    return rule.shown(lang)


def rule_html(rule: RuleValue, lang: str) -> str:
    flag = confidence_label(rule.confidence)
    flag = f"（{flag}）" if lang == "zh" else f" ({flag})"
    style = " style='color:#a00000'" if rule.confidence in ("?", "not found") else ""
    return (
        f"<li>{escape(rule.label(lang))} = <b>{escape(rule_value_text(rule, lang))}</b> — {escape(rule.citation(lang))}"
        f"<span{style}>{escape(flag)}</span></li>"
    )


def colon(lang: str) -> str:
    return "：" if lang == "zh" else ": "


def indicator_html(item: IndicatorResult, lang: str, heading: bool = False, rules: bool = True) -> str:
    counted = QCoreApplication.translate("Derivation", "What was counted")
    calculation = QCoreApplication.translate("Derivation", "Calculation")
    parts = []
    if heading:
        parts.append(
            f"<h3 style='margin:10px 0 4px 0'>{escape(item.name(lang))}{colon(lang)}{escape(points_text(item, lang))}</h3>"
        )
    if item.inputs:
        parts.append(f"<p style='margin:4px 0 0 0'><b>{escape(counted)}</b></p><ul style='margin-top:0'>")
        parts.extend(f"<li>{escape(i.label(lang))}{colon(lang)}<b>{escape(i.shown(lang))}</b></li>" for i in item.inputs)
        parts.append("</ul>")
    if item.steps:
        parts.append(f"<p style='margin:4px 0 0 0'><b>{escape(calculation)}</b></p><ul style='margin-top:0'>")
        parts.extend(f"<li>{escape(s(lang))}</li>" for s in item.steps)
        parts.append("</ul>")
    parts.extend(_event_html(e.kind, e.text(lang), lang) for e in item.events)
    for missing in getattr(item, "missing", ()):
        parts.append(_event_html("missing", missing.label(lang), lang))
    if rules:
        parts.append(rules_html(item, lang))
    return "".join(parts)


def rules_html(item: IndicatorResult, lang: str) -> str:
    """The rules an indicator applied, with their sources (they change with the rules, not with the applicant)."""
    if not item.rules:
        return ""
    applied = QCoreApplication.translate("Derivation", "Rules applied")
    return (
        f"<p style='margin:6px 0 0 0'><b>{escape(applied)}</b></p><ul style='margin-top:0'>"
        + "".join(rule_html(r, lang) for r in item.rules)
        + "</ul>"
    )


def checks_html(checks: list[QualificationCheck], lang: str) -> str:
    met = QCoreApplication.translate("Derivation", "met")
    unmet = QCoreApplication.translate("Derivation", "NOT met")
    rows = []
    for check in checks:
        mark, colour = ("✓", "#1b6e20") if check.met else ("✗", "#a00000")
        status = met if check.met else unmet
        rows.append(
            f"<p style='margin:3px 0'><span style='color:{colour}'><b>{mark} {escape(check.name(lang))} — "
            f"{escape(status)}</b></span><br>{escape(check.reason(lang))}</p>"
        )
    return "".join(rows)


def lines_html(result: Evaluation, lang: str) -> str:
    if not result.lines:
        return "<p>" + escape(QCoreApplication.translate("Derivation", "No published lines are known for this city.")) + "</p>"
    headers = [
        QCoreApplication.translate("Derivation", "Round"),
        QCoreApplication.translate("Derivation", "Line"),
        QCoreApplication.translate("Derivation", "Your total"),
        QCoreApplication.translate("Derivation", "Difference"),
        QCoreApplication.translate("Derivation", "Status"),
    ]
    aligns = ["left", "right", "right", "right", "left"]
    head = "<tr>" + "".join(f"<th align='{a}'>{escape(h)}</th>" for a, h in zip(aligns, headers)) + "</tr>"
    status_names = {
        "published": QCoreApplication.translate("Derivation", "published"),
        "threshold": QCoreApplication.translate("Derivation", "fixed threshold"),
        "unconfirmed": QCoreApplication.translate("Derivation", "UNCONFIRMED: one unofficial source"),
    }
    rows = []
    for line in result.lines:
        sign = "+" if line.difference > 0 else ""
        colour = "#1b6e20" if line.difference >= 0 else "#a00000"
        status = status_names.get(line.status, line.status)
        rows.append(
            f"<tr><td>{escape(line.round)}</td><td align='right'>{fmt(line.line)}</td><td align='right'>{fmt(result.total)}</td>"
            f"<td align='right' style='color:{colour}'>{sign}{fmt(line.difference)}</td><td>{escape(status)}</td></tr>"
        )
    return f"<table cellspacing='0' cellpadding='4'>{head}{''.join(rows)}</table>"


class _FittedText(QTextBrowser):
    """Read-only rich text grown to the height of its text: re-laying out one document per keystroke is far
    cheaper than a rich-text label, whose every change makes the whole page lay its labels out again."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._html = ""
        self._replacing = False
        self._fitted = False  # its height has been fitted to a text once (before, it has no height of its own)
        self._settling = False
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reading matter, not a stop of the tab chain
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        style.transparent(self)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def _fit_height(self, size) -> None:
        if self._replacing:
            return  # the document is emptied, then filled: one fit at the end, not one for each
        height = int(size.height()) + 2
        if self._fitted and height < self.height() and self.isVisible() and not self._settling:
            # shorter while one types (a month wrong until its last digit): the room stays until typing pauses,
            # so that the page below is not laid out and painted again at each key
            settle_when_idle(self)
            return
        if self.height() != height:
            self.setFixedHeight(height)
            self._fitted = True

    def settle(self) -> None:
        """Typing has paused: the height of the text shown now."""
        self._settling = True
        try:
            self._fit_height(self.document().size())
        finally:
            self._settling = False

    def set_html(self, html: str) -> None:
        self.setVisible(bool(html))
        if html == self._html:
            return  # unchanged: nothing parsed, laid out or painted again
        self._html = html
        self._replacing = True
        try:
            self.setHtml(html)
        finally:
            self._replacing = False
        self._fit_height(self.document().size())


class DerivationView(QWidget):
    """One indicator's derivation, redrawn whenever the applicant changes: what was counted and the arithmetic
    above, the rules applied below, each its own text, so that a keystroke lays out only the part it changes (the
    rules change with the rules, not with the applicant)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("derivation")
        self.body = _FittedText()
        self.rules = _FittedText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.body)
        layout.addWidget(self.rules)
        self.rules.setVisible(False)
        # the rules (the engine's tuple, kept: the same object while the rules are the same) and the language their
        # text was written for, and that text: written again only when they change, not at each keystroke
        self._rules_for: tuple = ()
        self._rules_html = ""

    @property
    def parts(self) -> tuple[QTextBrowser, QTextBrowser]:
        return (self.body, self.rules)

    def set_html(self, html: str, rules: str = "") -> None:
        self.body.set_html(html)
        self.rules.set_html(rules)

    def text(self) -> str:
        return "\n".join(part.toPlainText() for part in self.parts if not part.isHidden())

    def show_item(self, item: IndicatorResult | None, lang: str, heading: bool = True) -> None:
        if item is None:
            self.set_html(
                "<p>"
                + escape(
                    self.tr(
                        "The derivation appears once the birth date and the retirement category are entered (Qualification page)."
                    )
                )
                + "</p>"
            )
            return
        if not self._rules_for or self._rules_for[0] is not item.rules or self._rules_for[1] != lang:
            self._rules_for, self._rules_html = (item.rules, lang), rules_html(item, lang)
        self.set_html(indicator_html(item, lang, heading=heading, rules=False), self._rules_html)
