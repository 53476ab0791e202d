"""What changed between two evaluations, indicator by indicator, read from their derivations.

Nothing here computes points: the before and after points are the engine's, and the reasons are the derivation
lines that differ (an input counted differently, a rule value that is not the same, a cap or an exclusion that
appears). Every reason is bilingual.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from simulator.core.decimals import fmt
from simulator.core.result import Evaluation, IndicatorResult, InputUsed, QualificationCheck, RuleValue, Text

_DIGITS = re.compile(r"\d+")
_WINDOW = re.compile(r"\d{4}–\d{4}")
_MOVING = re.compile(r"\d{4}–\d{4}|\d{4}-\d{2}")  # a window of years, a month or a day

ReasonKind = Literal["input", "rule", "event", "edition", "qualification"]

CHANGED = ("{0}：{1} → {2}", "{0}: {1} → {2}")
# an input whose label moved with the year ("insured months (to 2023-12)" then "(to 2025-12)"): each value with its own
MOVED = ("{0}：{1} → {2}：{3}", "{0}: {1} → {2}: {3}")
ADDED = ("{0}：{1}", "{0}: {1}")
REMOVED = ("{0}：{1}（不再计入）", "{0}: {1} (no longer counted)")
RULE_CHANGED = ("规则 · {0}：{1} → {2}", "rule · {0}: {1} → {2}")
RULE_ADDED = ("规则 · {0}：{1}（新增）", "rule · {0}: {1} (added)")
RULE_REMOVED = ("规则 · {0}：{1}（取消）", "rule · {0}: {1} (dropped)")
HEADLINE = ("{0}：{1} → {2}", "{0}: {1} → {2}")
MET = Text("符合", "met")
UNMET = Text("不符合", "not met")


@dataclass(slots=True)
class Reason:
    kind: ReasonKind
    text: Text


@dataclass(slots=True)
class IndicatorChange:
    id: str
    name: Text
    before: Decimal
    after: Decimal
    reasons: list[Reason] = field(default_factory=list)

    @property
    def delta(self) -> Decimal:
        return self.after - self.before

    @property
    def changed(self) -> bool:
        return self.after != self.before

    @property
    def headline(self) -> Text:
        return Text(
            HEADLINE[0].format(self.name.zh, fmt(self.before), fmt(self.after)),
            HEADLINE[1].format(self.name.en, fmt(self.before), fmt(self.after)),
        )


@dataclass(slots=True)
class QualificationChange:
    id: str
    name: Text
    before: bool
    after: bool
    reason: Text  # the engine's reason for the newer state


def _join(template: tuple[str, str], label: Text, *values) -> Text:
    """A reason in both languages; a value may be a Text (words in each language) or a plain string."""
    zh = [v.zh if isinstance(v, Text) else v for v in values]
    en = [v.en if isinstance(v, Text) else v for v in values]
    return Text(template[0].format(label.zh, *zh), template[1].format(label.en, *en))


def _in(value: Text | str, lang: str) -> str:
    return value(lang) if isinstance(value, Text) else value


def _words(item: InputUsed | RuleValue) -> Text | str:
    """A value as each language shows it: its words where it has them ("大学本科" / "bachelor", a reading the rules
    chose: "counted from the first year" for "first_year"), else as it is."""
    if item.value_text is not None:
        return item.value_text
    if isinstance(item.value, str):
        from simulator.core.phrases import reading_words

        words = reading_words(item.value)
        if words is not None:
            return words
    return item.value


def _shape(text: str) -> str:
    """A text with its numbers blanked: "income tax 2024 (yuan)" and "income tax 2025 (yuan)" have one shape."""
    return _DIGITS.sub("#", text)


def _windowless(text: str) -> str:
    """A text with its year windows blanked: the same exclusion in two years reads alike."""
    return _WINDOW.sub("…", text)


def input_reasons(old: list[InputUsed], new: list[InputUsed]) -> list[Reason]:
    """Inputs of one indicator that differ. Inputs are matched by label, then by the label's shape (labels
    that name a window or a reference day, such as "tax violations 2022–2026", move with the year)."""
    remaining = list(old)
    unmatched: list[InputUsed] = []
    for item in new:
        same = next((o for o in remaining if o.label.en == item.label.en and o.value == item.value), None)
        if same is not None:
            remaining.remove(same)
        else:
            unmatched.append(item)
    reasons: list[Reason] = []
    added: list[InputUsed] = []

    def moves_with_the_year(o: InputUsed, n: InputUsed) -> bool:
        # a label naming a window or a day ("tax violations 2022–2026", "insured months (to 2023-12)") is the same
        # input a year later; one naming a single year ("income tax 2021") is that year's, not the next one's
        return _shape(o.label.en) == _shape(n.label.en) and bool(_MOVING.search(o.label.en))

    for match in (lambda o, n: o.label.en == n.label.en, moves_with_the_year):
        still = []
        for item in unmatched:
            before = next((o for o in remaining if match(o, item)), None)
            if before is None:
                still.append(item)
                continue
            remaining.remove(before)
            if before.value != item.value:
                if before.label.en == item.label.en:
                    reasons.append(Reason("input", _join(CHANGED, item.label, _words(before), _words(item))))
                else:  # the label names a window or a day: each value beside its own label
                    was, now = _words(before), _words(item)
                    reasons.append(
                        Reason(
                            "input",
                            Text(
                                MOVED[0].format(before.label.zh, _in(was, "zh"), item.label.zh, _in(now, "zh")),
                                MOVED[1].format(before.label.en, _in(was, "en"), item.label.en, _in(now, "en")),
                            ),
                        )
                    )
        unmatched = still
    added = unmatched
    reasons.extend(Reason("input", _join(ADDED, item.label, _words(item))) for item in added)
    reasons.extend(Reason("input", _join(REMOVED, item.label, _words(item))) for item in remaining)
    return reasons


def rule_reasons(old: tuple[RuleValue, ...], new: tuple[RuleValue, ...]) -> list[Reason]:
    """Rule values that differ between two derivations, matched by their key in the rule pack."""
    before = {r.key: r for r in old}
    after = {r.key: r for r in new}
    labels = Counter(r.label.en for r in {**before, **after}.values())

    def label(rule: RuleValue) -> Text:
        if labels[rule.label.en] == 1:
            return rule.label
        # Several values share a label (the education levels): name which one.
        which = rule.key.split(".", 1)[-1]
        return Text(f"{rule.label.zh}（{which}）", f"{rule.label.en} ({which})")

    reasons = []
    for key, rule in after.items():
        was = before.get(key)
        if was is None:
            reasons.append(Reason("rule", _join(RULE_ADDED, label(rule), _words(rule))))
        elif was.value != rule.value:
            reasons.append(Reason("rule", _join(RULE_CHANGED, label(rule), _words(was), _words(rule))))
    for key, rule in before.items():
        if key not in after:
            reasons.append(Reason("rule", _join(RULE_REMOVED, label(rule), _words(rule))))
    return reasons


def event_reasons(old: IndicatorResult, new: IndicatorResult) -> list[Reason]:
    """Caps and exclusions that are new. One that only moved with the year (the same exclusion in a later
    window, a cap with a larger computed value) is not new; one more of a kind (a tax year leaving the window,
    a detention rolling off) is."""
    old_texts = {_windowless(e.text.en) for e in old.events}
    old_shapes = Counter(_shape(e.text.en) for e in old.events)
    new_shapes = Counter(_shape(e.text.en) for e in new.events)
    reasons = []
    for event in new.events:
        if _windowless(event.text.en) in old_texts:
            continue
        shape = _shape(event.text.en)
        if new_shapes[shape] > old_shapes[shape]:
            reasons.append(Reason("event", event.text))
    return reasons


def indicator_changes(
    old: Evaluation, new: Evaluation, *, with_rules: bool = False, only_changed: bool = True
) -> list[IndicatorChange]:
    """Per indicator, the engine's points before and after and the derivation lines that explain the change."""
    changes = []
    for before, after in zip(old.indicators, new.indicators):
        rules = rule_reasons(before.rules, after.rules) if with_rules else []
        if only_changed and before.points == after.points and not rules:
            continue
        reasons = rules + input_reasons(before.inputs, after.inputs) + event_reasons(before, after)
        changes.append(IndicatorChange(after.id, after.name, before.points, after.points, reasons))
    return changes


def qualification_changes(old: Evaluation, new: Evaluation) -> list[QualificationChange]:
    before = {c.id: c for c in old.qualification}
    changes = []
    for check in new.qualification:
        was: QualificationCheck | None = before.get(check.id)
        if was is not None and was.met != check.met:
            changes.append(QualificationChange(check.id, check.name, was.met, check.met, check.reason))
    return changes
