"""The one entry point: score an applicant under a rule pack for a declaration year."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from simulator import cities
from simulator.core import lines
from simulator.core.errors import NotApplicable
from simulator.core.memo import per_pack
from simulator.core.result import Evaluation, Event, UserSuppliedValue
from simulator.core.rounds import LAST_YEAR, Round, age_reference_of, counting_rule, parse_round, parts_of, rounds_of
from simulator.core.text import Text
from simulator.engine.citations import show_value
from simulator.engine.pack_values import value_label
from simulator.engine.qualifications import best_qualification
from simulator.profile.model import ApplicantProfile
from simulator.rules.overrides import Overrides, apply_overrides, overrides_from_mapping

USES_SUPPLIED = ("使用用户提供的数值：{0} = {1}{2}", "Uses a user-supplied value: {3} = {1}{4}")
REPLACES = ("（替代规则包中的{0}）", " (instead of the pack's {0})")
COUNTING_DATE_ASSUMED = (
    "计算截止日{0}为本程序的推定：规则未规定这一天，或现有资料未予确认。",
    "The counting date {0} is this program's assumption: the rules set no such day, or the sources found do not confirm it.",
)
AGE_DAY_ASSUMED = (
    "年龄按{0}计算，为本程序的推定：现有资料未予确认。",
    "Age is taken on {0}, this program's assumption: the sources found do not confirm that day.",
)


def evaluate(
    profile: ApplicantProfile,
    pack,
    declaration_year: int,
    *,
    overrides: Overrides | Mapping[str, Any] | None = None,
    compare_lines: bool = True,
) -> Evaluation:
    """Score `profile` under `pack` (any city's) for a declaration year.

    `overrides` are values the user supplies for the pack (an `Overrides` from an override file, or a mapping of
    value path -> value, checked like a file's); they fill values the sources do not give or replace known ones,
    and the result lists each one in `user_supplied`. Raises `simulator.rules.overrides.OverrideError` when one
    does not fit the pack.
    """
    declaration_year = round_for(pack, declaration_year)
    applied = None
    if overrides:
        if not isinstance(overrides, Overrides):
            overrides = overrides_from_mapping(pack, overrides)
        applied = apply_overrides(pack, overrides)
        pack = applied.pack
    city = cities.of_pack(pack)
    result = best_qualification(profile, lambda applicant: city.evaluate(applicant, pack, declaration_year))
    _say_assumed_dates(result, pack, declaration_year)
    if applied is not None:
        _label_user_supplied(result, pack, applied.values)
    if compare_lines:
        result.past_lines = lines.lines_for(pack)
    return result


def _say_assumed_dates(result: Evaluation, pack, declaration_round: Round) -> None:
    """The days the pack only assumes (the round's counting date, the day age is taken on), said in the result."""
    if counting_rule(pack).confidence == "?":
        result.assumptions.append(Text.of(COUNTING_DATE_ASSUMED, result.cutoff.isoformat()))
    if pack.time.age_reference.confidence == "?":
        result.assumptions.append(Text.of(AGE_DAY_ASSUMED, age_reference_of(pack, declaration_round).isoformat()))


@per_pack  # a batch asks the same question for each of its 130,000 rows
def round_for(pack, declaration_round: int | str) -> Round:
    """The round as the pack's rules hold it, or NotApplicable saying why not: a year outside the edition, a bare
    year where the rules hold several rounds a year (naming them), a part of a year where they hold one."""
    return _check_round(pack, declaration_round)


def _check_round(pack, declaration_round: int | str) -> Round:
    try:
        round_ = parse_round(declaration_round)
    except ValueError as exc:
        raise NotApplicable(str(exc)) from None
    if round_.year > LAST_YEAR:
        raise NotApplicable(f"{round_}: the program scores declaration years up to {LAST_YEAR}")
    info = pack.pack
    parts = parts_of(pack)
    if parts and not round_.part:
        named = ", ".join(str(r) for r in rounds_of(pack, round_.year) if pack.applies_to(r))
        raise NotApplicable(f"{round_}: the {info.edition} rules hold {len(parts)} rounds a year; name one ({named})")
    if round_.part and round_.part not in parts:
        raise NotApplicable(f"{round_}: the {info.edition} rules hold one round a year; give the year ({round_.year})")
    if not pack.applies_to(round_):
        first = info.first_round or str(info.first_declaration_year)
        last = info.last_round or (str(info.last_declaration_year) if info.last_declaration_year else "")
        span = f"{first}–{last}" if last else f"{first} onward"
        raise NotApplicable(f"declaration round {round_}: the {info.edition} rules apply to {span}")
    return round_


def _label_user_supplied(result: Evaluation, pack, values) -> None:
    by_path = {}
    for value in values:
        label = value_label(pack, value.path)
        replaced = show_value(value.replaced.value) if value.replaced is not None else None
        by_path[value.path] = (label, replaced)
        result.user_supplied.append(UserSuppliedValue(value.path, label, show_value(value.value), value.note, replaced))
    for index, item in enumerate(result.indicators):
        notes = []
        for rule in item.rules:
            found = by_path.get(rule.key)
            if found is not None:
                label, replaced = found
                tail_zh, tail_en = (Text.of(REPLACES, replaced).zh, Text.of(REPLACES, replaced).en) if replaced else ("", "")
                notes.append(Event("note", Text.of(USES_SUPPLIED, label.zh, rule.value, tail_zh, label.en, tail_en)))
        if notes:  # a copy: an indicator's result may be shared with other evaluations (results are read-only)
            result.indicators[index] = replace(item, events=[*item.events, *notes])
