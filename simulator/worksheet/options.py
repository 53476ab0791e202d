"""The options of a criterion: every value the rules give for it, with its points, and which one applies, so that a
reviewer sees what else was possible (the age bands, the education levels, the titles and skill levels, the
levels of an honour).

The options are the rule values the engine cited for the indicator, recognised by the paths every city's packs
share (`….table` of bands, `….education.levels.<level>.<part>`, `….title.<level>`, `….skill.<level>`,
`….honours.levels.<level>.points_each`); which one applies is read from the applicant's facts the same way the
engine reads them (the highest education level and what of it is held, the title and the skill level, the level
of each honour) or, for bands, from the line's own input (the completed age). No value is restated: each option
shows the pack's value as the engine cited it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.core.result import IndicatorResult, RuleValue
from simulator.core.text import Text
from simulator.profile.model import ApplicantProfile

BAND = ("不超过{0}", "up to {0}")
BEYOND = Text("表外其他", "any other")

_LEVEL = re.compile(r"(?:^|\.)education\.levels\.([a-z_]+)\.([a-z_]+)$")
_TITLE = re.compile(r"\.title\.([a-z_]+)$")
_SKILL = re.compile(r"\.skill\.([a-z_]+)$")
_HONOUR = re.compile(r"(?:^|\.)honours\.levels\.([a-z_]+)\.points_each$")
_PAIR = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*:\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True, slots=True)
class Option:
    label: Text
    points: RuleValue | str  # the cited value (shown in the reader's language), or a band's points
    applies: bool


@dataclass(frozen=True, slots=True)
class OptionSet:
    title: Text
    options: tuple[Option, ...]


def _held_part(parts: set[str], diploma: bool, degree: bool) -> str | None:
    """Which of a level's values the applicant holds, by the names the packs give them."""
    if diploma and degree or parts == {"full"}:
        return "full" if (diploma or degree) else None
    if "partial" in parts:
        return "partial"
    return "diploma_only" if diploma else "degree_only" if degree else None


def _bands(rule: RuleValue) -> list[tuple[str, str]] | None:
    pairs = []
    for piece in rule.value.split(";"):
        found = _PAIR.match(piece)
        if found is None:
            return None
        pairs.append((found.group(1), found.group(2)))
    return pairs or None


def option_sets(item: IndicatorResult, profile: ApplicantProfile) -> list[OptionSet]:
    """The option sets of a line (none for a line whose criterion is a count or an amount)."""
    found: list[OptionSet] = []
    rules = list(item.rules)
    keys = {rule.key: rule for rule in rules}

    # bands: "45: 20; 46: 16; …" (up to 45 → 20, …), and the value for any age beyond them
    for rule in rules:
        if not rule.key.endswith(".table"):
            continue
        pairs = _bands(rule)
        if pairs is None:
            continue
        whole = [int(u.value) for u in item.inputs if re.fullmatch(r"\d{1,3}", u.value)]
        value = whole[-1] if whole else None
        chosen = next((i for i, (up_to, _) in enumerate(pairs) if value is not None and value <= float(up_to)), None)
        options = [Option(Text.of(BAND, up_to), points, i == chosen) for i, (up_to, points) in enumerate(pairs)]
        otherwise = keys.get(rule.key.removesuffix(".table") + ".otherwise")
        if otherwise is not None:
            options.append(Option(BEYOND, otherwise, chosen is None and value is not None))
        found.append(OptionSet(rule.label, tuple(options)))

    # education: each level and what of it is held
    levels = [(rule, _LEVEL.search(rule.key)) for rule in rules]
    levels = [(rule, m) for rule, m in levels if m is not None]
    if levels:
        education = profile.education
        parts_of: dict[str, set[str]] = {}
        for _, m in levels:
            parts_of.setdefault(m.group(1), set()).add(m.group(2))
        held = None
        if education is not None and education.level in parts_of:
            held = (education.level, _held_part(parts_of[education.level], education.diploma, education.degree))
        options = tuple(Option(rule.label, rule, held == (m.group(1), m.group(2))) for rule, m in levels)
        found.append(OptionSet(Text("学历学位", "education"), options))

    # titles and skill levels
    for pattern, held_level, title in (
        (_TITLE, profile.professional_title, Text("专业技术职称", "professional title")),
        (_SKILL, profile.skill_level, Text("职业技能等级", "skill level")),
    ):
        matched = [(rule, pattern.search(rule.key)) for rule in rules if "title_skill" in rule.key]
        options = tuple(Option(rule.label, rule, m.group(1) == held_level) for rule, m in matched if m is not None)
        if options:
            found.append(OptionSet(title, options))

    # honours by level
    honours = [(rule, _HONOUR.search(rule.key)) for rule in rules]
    honours = [(rule, m) for rule, m in honours if m is not None]
    if honours:
        levels_held = {h.level for h in profile.honours if h.level}
        options = tuple(Option(rule.label, rule, m.group(1) in levels_held) for rule, m in honours)
        found.append(OptionSet(Text("荣誉表彰级别", "level of the honour"), options))
    return found
