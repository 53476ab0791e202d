"""4. 职住区域: full 12-month blocks from 2018-01 of living in one's own home outside the six central
districts (2 a year), or living and working outside them (3 a year), capped at 12."""

from __future__ import annotations

from decimal import Decimal

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import YearFacts
from simulator.engine.decimals import ZERO, fmt
from simulator.months import format_month
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text

NAME = Text("职住区域", "Work and residence area")


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    a = rules.pack.area
    outside = rules.outside_districts
    first = rules.area_from
    last = facts.cutoff_month
    own_only = a.requires_own_home.value

    live: list[int] = []
    for start, end, kind, district, _registered in facts.housing:
        if district in outside and (kind == "own" or not own_only):
            lo = start if first is None or start > first else first
            if end >= lo:
                live.extend(range(lo, end + 1))
    live.sort()
    work: set[int] = set()
    for start, end, district in facts.workplaces:
        if district in outside:
            work.update(range(start, end + 1))

    result = IndicatorResult("work_residence_area", NAME, ZERO, rules=rules.rules["work_residence_area"])
    since = format_month(first) if first is not None else None
    result.inputs.append(
        InputUsed(
            Text(f"城六区外自有住所居住月数（{since}起）" if since else "城六区外居住月数", f"months in own home outside the six districts (from {since})" if since else "months living outside the six districts"),
            str(len(live)),
        )
    )
    both_months = sum(1 for m in live if m in work)
    result.inputs.append(InputUsed(Text("其中同时在城六区外就业的月数", "of which also working outside"), str(both_months)))

    if not live:
        result.steps.append(Text("无符合条件的月份：0分", "no qualifying months: 0"))
        return result
    if a.requires_december_residence.value and live[-1] != last:
        result.events.append(
            Event("exclusion", Text(f"{format_month(last)}已不在该住所居住：本指标不计分。", f"Not living in that home in {format_month(last)}: the indicator scores nothing."))
        )
        result.steps.append(Text("截止月不在城六区外自有住所居住：0分", "not living there in the cut-off month: 0"))
        return result

    size = a.block_months.value
    both_rate, live_rate = a.live_and_work_points.value, a.live_only_points.value
    blocks_both = blocks_live = 0
    for i in range(0, len(live) - size + 1, size):
        block = live[i : i + size]
        if all(m in work for m in block):
            blocks_both += 1
        else:
            blocks_live += 1
    remainder = len(live) % size
    live_points = blocks_live * live_rate
    events = result.events
    if a.live_only_max_points is not None and live_points > a.live_only_max_points.value:
        cap = a.live_only_max_points.value
        events.append(Event("cap", Text(f"仅居住在外部分以{fmt(cap)}分为限。", f"Home-outside-only points are capped at {fmt(cap)}.")))
        live_points = cap
    raw: Decimal = blocks_both * both_rate + live_points
    points = raw
    cap = a.max_points.value
    if raw > cap:
        points = cap
        events.append(Event("cap", Text(f"本指标最高{fmt(cap)}分（计算得{fmt(raw)}）。", f"The indicator is capped at {fmt(cap)} (computed {fmt(raw)}).")))
    if remainder:
        events.append(Event("exclusion", Text(f"不满{size}个月的{remainder}个月不计分。", f"{remainder} months short of a full {size}-month block score nothing.")))
    result.points = points
    result.steps.append(
        Text(
            f"{blocks_both}个整年 × {fmt(both_rate)} + {blocks_live}个整年 × {fmt(live_rate)} = {fmt(raw)}",
            f"{blocks_both} full years × {fmt(both_rate)} + {blocks_live} full years × {fmt(live_rate)} = {fmt(raw)}",
        )
    )
    if points != raw:
        result.steps.append(Text(f"封顶：{fmt(points)}", f"capped: {fmt(points)}"))
    return result
