"""4. 职住区域: full 12-month blocks from 2018-01 of living in one's own home outside the six central
districts (2 a year), or living and working outside them (3 a year), capped at 12."""

from __future__ import annotations

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import ZERO
from simulator.core.months import format_month, merge_spans, overlap
from simulator.core.result import Event, IndicatorResult, InputUsed, Text

NAME = NAMES["work_residence_area"]
LIVE_MONTHS_FROM = ("城六区外自有住所居住月数（{0}起）", "months in own home outside the six districts (from {0})")
LIVE_MONTHS = Text("城六区外居住月数", "months living outside the six districts")
BOTH_MONTHS = Text("其中同时在城六区外就业的月数", "of which also working outside")
NO_MONTHS = Text("无符合条件的月份：0分", "no qualifying months: 0")
MOVED_AWAY = ("{0}已不在该住所居住：本指标不计分。", "Not living in that home in {0}: the indicator scores nothing.")
MOVED_AWAY_STEP = Text("截止月不在城六区外自有住所居住：0分", "not living there in the cut-off month: 0")
LIVE_ONLY_CAP = ("仅居住在外部分以{0}分为限。", "Home-outside-only points are capped at {0}.")
CAP = ("本指标最高{0}分（计算得{1}）。", "The indicator is capped at {0} (computed {1}).")
REMAINDER = ("不满{0}个月的{1}个月不计分。", "{1} months short of a full {0}-month block score nothing.")
BLOCKS_STEP = ("{0}个整年 × {1} + {2}个整年 × {3} = {4}", "{0} full years × {1} + {2} full years × {3} = {4}")
CAPPED_STEP = ("封顶：{0}", "capped: {0}")


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    a = rules.pack.area
    outside = rules.outside_districts
    first = rules.area_from
    own_only = a.requires_own_home.value

    # Spans of qualifying months, not the months themselves: a long history costs no more than a short one.
    spans: list[tuple[int, int]] = []
    for start, end, kind, district, _registered in facts.housing:
        if district in outside and (kind == "own" or not own_only):
            lo = start if first is None or start > first else first
            if end >= lo:
                spans.append((lo, end))
    result = IndicatorResult("work_residence_area", NAME, ZERO, rules=rules.rules["work_residence_area"])
    label = Text.of(LIVE_MONTHS_FROM, format_month(first)) if first is not None else LIVE_MONTHS
    if not spans:
        result.inputs.append(InputUsed(label, "0"))
        result.inputs.append(InputUsed(BOTH_MONTHS, "0"))
        result.steps.append(NO_MONTHS)
        return result
    live = merge_spans(spans)
    work = merge_spans([(start, end) for start, end, district in facts.workplaces if district in outside])
    months = sum(end - start + 1 for start, end in live)
    result.inputs.append(InputUsed(label, str(months)))
    result.inputs.append(InputUsed(BOTH_MONTHS, str(sum(overlap(s1, e1, s2, e2) for s1, e1 in live for s2, e2 in work))))
    if a.requires_december_residence.value and live[-1][1] != facts.cutoff_month:
        result.events.append(Event("exclusion", Text.of(MOVED_AWAY, format_month(facts.cutoff_month))))
        result.steps.append(MOVED_AWAY_STEP)
        return result

    size = a.block_months.value
    both_rate, live_rate = a.live_and_work_points.value, a.live_only_points.value
    blocks_both = blocks_live = 0
    # Walk the qualifying months in order, block by block; a block is live-and-work only if every one of its
    # months lies inside one (merged, hence maximal) span of work outside the six districts.
    need, all_work = size, True
    for start, end in live:
        cursor = start
        while cursor <= end:
            take = min(need, end - cursor + 1)
            if all_work and not any(w_start <= cursor and cursor + take - 1 <= w_end for w_start, w_end in work):
                all_work = False
            need -= take
            cursor += take
            if need == 0:
                if all_work:
                    blocks_both += 1
                else:
                    blocks_live += 1
                need, all_work = size, True
    remainder = size - need if need != size else 0
    live_points = blocks_live * live_rate
    if a.live_only_max_points is not None and live_points > a.live_only_max_points.value:
        live_points = a.live_only_max_points.value
        result.events.append(Event("cap", Text.of(LIVE_ONLY_CAP, live_points)))
    raw = blocks_both * both_rate + live_points
    result.steps.append(Text.of(BLOCKS_STEP, blocks_both, both_rate, blocks_live, live_rate, raw))
    cap = a.max_points.value
    result.points = raw
    if raw > cap:
        result.points = cap
        result.events.append(Event("cap", Text.of(CAP, cap, raw)))
        result.steps.append(Text.of(CAPPED_STEP, cap))
    if remainder:
        result.events.append(Event("exclusion", Text.of(REMAINDER, size, remainder)))
    return result
