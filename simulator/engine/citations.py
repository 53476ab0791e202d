"""Rule values as a derivation shows them: label, value, citation. Built once per pack."""

from __future__ import annotations

from decimal import Decimal

from simulator.core.decimals import fmt
from simulator.core.result import NOT_AVAILABLE, RuleValue
from simulator.core.text import NO, YES, Text
from simulator.rules.common import Cited

# Rule values that are words, shown in the reader's language (Xiong'an's Art. 3 routes).
WORDS = {
    "direct": Text("直接落户，不参加积分", "settles directly, without points"),
    "points": Text("参加积分落户", "through the points system"),
}


def show_value(value: object) -> str:
    if value is None:
        return f"{NOT_AVAILABLE.zh} / {NOT_AVAILABLE.en}"
    if isinstance(value, bool):
        return "是 / yes" if value else "否 / no"
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, dict):
        return ", ".join(f"{show_value(k)}: {show_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, (list, tuple)) and len(v) == 2 for v in value):
            return "; ".join(f"{show_value(a)}: {show_value(b)}" for a, b in value)  # a table: "45: 20; 46: 16"
        return ", ".join(show_value(v) for v in value)
    return str(value)


def citation(pack, cited: Cited) -> Text:
    source = pack.sources[cited.source]
    section = f" · {cited.section}" if cited.section else ""
    return Text(source.zh + section, source.en + section)


def rule_value(pack, key: str, cited: Cited, labels: dict[str, Text], label_key: str | None = None) -> RuleValue:
    """The value at `key` as a derivation shows it; its label is the city's label of `key` (else of `label_key`,
    else of its parent)."""
    label = labels.get(key) or labels.get(label_key or key) or labels.get(key.rsplit(".", 1)[0]) or Text(key, key)
    value = cited.value
    words = (YES if value else NO) if isinstance(value, bool) else WORDS.get(value) if isinstance(value, str) else None
    return RuleValue(key, label, show_value(value), citation(pack, cited), cited.confidence, cited.note, words)
