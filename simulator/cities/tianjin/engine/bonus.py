"""Tianjin's guiding points (a shortage occupation) and additional points (marriage, a skill-competition award).
Each is one of the applicant's Tianjin facts; an unanswered one gives every reading (from nothing to the most it
can score)."""

from __future__ import annotations

from simulator.cities.tianjin.engine.facts import asked
from simulator.cities.tianjin.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.tianjin.labels import COMPETITION_NAMES, LABELS, OCCUPATION_NAMES
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.decimals import ZERO
from simulator.core.result import NOT_AVAILABLE, IndicatorResult, Text
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs, between

NAMES = {i: INDICATOR_NAMES[i] for i in ("occupation", "marriage", "skill_competition")}
NOTHING = Text("无：0分", "none: 0")
UNANSWERED = ("未回答：0至{0}分", "not answered: 0 to {1}")
CHOSEN = ("{0} → {1}", "{2} → {1}")
CHOSEN_MISSING = ("{0} → {1}", "{2} → {3}")


def _result(indicator: str, pack: TianjinPack, prefix: str) -> tuple[IndicatorResult, Needs]:
    result = IndicatorResult(
        indicator, NAMES[indicator], ZERO, rules=cite(pack, LABELS, *paths_under(pack, prefix)), group="bonus"
    )
    return result, Needs(indicator, pack, LABELS)


def _by_choice(indicator: str, key: str, prefix: str, names: dict, profile, pack: TianjinPack) -> IndicatorResult:
    """An item scored by which of the table's kinds the applicant's answer names ("none": nothing)."""
    result, needs = _result(indicator, pack, prefix)
    choice = asked(result, needs, profile, key)
    points = {kind: cited.value for kind, cited in _table(pack, prefix).items()}
    if choice is None:
        known = [p for p in points.values() if p is not None]
        top = None if len(known) < len(points) else max(known)
        result.steps.append(Text.of(UNANSWERED, *_top(top)))
        between(result, ZERO, top)
        return needs.finish(result)
    if choice == "none" or choice not in points:
        result.steps.append(NOTHING)
        return needs.finish(result)
    name = names[choice]
    value = needs.value(f"{prefix}.{choice}")
    if value is None:
        result.steps.append(Text.of(CHOSEN_MISSING, name.zh, NOT_AVAILABLE.zh, name.en, NOT_AVAILABLE.en))
        between(result, ZERO, None)
    else:
        result.points = value
        result.steps.append(Text.of(CHOSEN, name.zh, value, name.en))
    return needs.finish(result)


def _top(points) -> tuple:
    """The most an unanswered item can score, in both languages (a value not found: not available)."""
    return (points, points) if points is not None else (NOT_AVAILABLE.zh, NOT_AVAILABLE.en)


def _table(pack: TianjinPack, prefix: str) -> dict:
    return pack.guiding.occupation.points if prefix.startswith("guiding.") else pack.additional.skill_competition.points


def occupation(profile, pack: TianjinPack) -> IndicatorResult:
    return _by_choice("occupation", "shortage_occupation", "guiding.occupation.points", OCCUPATION_NAMES, profile, pack)


def skill_competition(profile, pack: TianjinPack) -> IndicatorResult:
    return _by_choice(
        "skill_competition", "skill_competition", "additional.skill_competition.points", COMPETITION_NAMES, profile, pack
    )


NOT_MARRIED = Text("未婚或配偶不在天津就业：0分", "not married, or the spouse does not work in Tianjin: 0")
SPOUSE_MET = (
    "配偶在津由用人单位缴纳社保{0}个月，满{1}个月 → {2}",
    "spouse insured by a Tianjin employer {0} months, at least {1} → {2}",
)
SPOUSE_SHORT = (
    "配偶在津由用人单位缴纳社保{0}个月，不足{1}个月：0分",
    "spouse insured by a Tianjin employer {0} months, fewer than {1}: 0",
)


def marriage(profile, pack: TianjinPack) -> IndicatorResult:
    rules = pack.additional.marriage
    result, needs = _result("marriage", pack, "additional.marriage")
    married = asked(result, needs, profile, "married")
    if married is False:
        result.steps.append(NOT_MARRIED)
        return needs.finish(result)
    points = needs.value("additional.marriage.points")
    months = asked(result, needs, profile, "spouse_insured_months") if married else None
    need = rules.spouse_min_months.value
    if married is None or months is None:
        result.steps.append(Text.of(UNANSWERED, *_top(points)))
        between(result, ZERO, points)
        return needs.finish(result)
    if months < need:
        result.steps.append(Text.of(SPOUSE_SHORT, months, need))
        return needs.finish(result)
    if points is None:
        between(result, ZERO, None)
        return needs.finish(result)
    result.points = points
    result.steps.append(Text.of(SPOUSE_MET, months, need, points))
    return needs.finish(result)
