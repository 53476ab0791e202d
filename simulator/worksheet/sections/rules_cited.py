"""Rule values shown compactly: grouped by the document they are cited from, with the article where the sources
give it ("article not verified" where they do not), each value with its confidence."""

from __future__ import annotations

from simulator.core.phrases import CONFIDENCE, citation_words
from simulator.core.result import RuleValue
from simulator.worksheet.context import Sheet
from simulator.worksheet.styles import CONFIDENCE_COLOURS
from simulator.worksheet.text import esc, one_language


def confidence_tag(sheet: Sheet, confidence: str) -> str:
    colour = CONFIDENCE_COLOURS.get(confidence, "#5B6673")
    name = sheet.labels.of(CONFIDENCE, confidence)
    opening, closing = ("〔", "〕") if sheet.lang == "zh" else (" [", "]")
    return f"<font size='6.8' color='{colour}'>{opening}{esc(name)}{closing}</font>"


def rule_label(sheet: Sheet, rule: RuleValue) -> str:
    return rule.label(sheet.lang)


def cited_rules(sheet: Sheet, rules: tuple[RuleValue, ...]) -> list[str]:
    """One markup line per cited place: 'document · article: label value [confidence]; …'."""
    groups: dict[str, list[RuleValue]] = {}
    for rule in rules:
        groups.setdefault(citation_words(rule.citation)(sheet.lang), []).append(rule)
    # In Chinese the 〔tag〕 already closes each value; a "；" after it could be pushed to the start of a line.
    separator = "\u3000" if sheet.lang == "zh" else "; "
    lines = []
    for citation, members in groups.items():
        values = separator.join(
            f"<font color='#5B6673'>{esc(rule_label(sheet, rule))}</font> {esc(one_language(rule, sheet.lang))}"
            f"{confidence_tag(sheet, rule.confidence)}"
            for rule in members
        )
        lines.append(f"{esc(citation)}{sheet.labels('colon')}{values}")
    return lines


def confidence_legend(sheet: Sheet) -> str:
    return esc(sheet.labels("confidence_legend")).format(
        data=confidence_tag(sheet, "data"),
        two=confidence_tag(sheet, "2+"),
        one=confidence_tag(sheet, "1"),
        unk=confidence_tag(sheet, "?"),
        none=confidence_tag(sheet, "not found"),
        user=confidence_tag(sheet, "user-supplied"),
    )
