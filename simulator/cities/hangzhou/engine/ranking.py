"""How Hangzhou ranks: by total, then (equal totals) by the tie-break order of the rules; after the 2023 reform a
fixed pass mark instead of a ranking."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.hangzhou.engine.facts import RoundFacts
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.decimals import ZERO
from simulator.core.result import IndicatorResult, Text, TieBreak, TieBreakPart

CRITERIA = {
    "registered_residence_time": Text("在杭居住登记时间（天）", "registered residence time in Hangzhou (days)"),
    "social_insurance_points": Text("社会保险积分", "social-insurance points"),
    "basic_points": Text("基础指标积分", "basic points"),
}


def tie_break(pack: HangzhouPack, facts: RoundFacts, indicators: list[IndicatorResult]) -> TieBreak | None:
    rule = pack.ranking.tie_break
    if pack.ranking.mode != "ranked" or rule is None or rule.value is None:
        return None
    insurance = next((i.points for i in indicators if i.id == "social_insurance"), ZERO)
    basic = ZERO
    for item in indicators:
        if item.group == "basic":
            basic += item.points
    values = {
        # the value alone, in no language: the criterion's name gives the unit
        "registered_residence_time": (Decimal(facts.registered_days), str(facts.registered_days)),
        "social_insurance_points": (insurance, str(insurance)),
        "basic_points": (basic, str(basic)),
    }
    parts = []
    for criterion in rule.value:
        value, shown = values[criterion]
        parts.append(TieBreakPart(criterion, CRITERIA[criterion], value, shown))
    return TieBreak(tuple(parts))


def pass_mark(pack: HangzhouPack) -> Decimal | None:
    rule = pack.ranking.pass_mark
    return rule.value if pack.ranking.mode == "threshold" and rule is not None else None
