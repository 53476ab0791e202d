"""2. 合法稳定住所: own home 1 a year, rental or dormitory 0.5 a year, counted per month.

Insured months up to 2020-07 (the pack's `automatic_until`) that are not own-home months count as rental/dormitory
time without being declared; from 2020-08 only declared homes count (an own home, a registered lease, an employer
dormitory). One kind a month, own home first; residence months cannot exceed insured months. Each declared period
is scored and rounded to 0.01 on its own, the automatic months as one period, and the periods are added
(reproduces every residence score of the 2020 and 2022 lists).
"""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.employment import AFTER_CUTOFF, MONTHS_COUNTED
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import TWELVE, round_points
from simulator.core.months import format_month, merge_spans, overlap
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import HousingKind

NAME = NAMES["residence"]
OWN_MONTHS = Text("自有住所月数", "own-home months")
RENTED_MONTHS = Text("租赁住所月数（计分部分）", "rented months (that count)")
DORMITORY_MONTHS = Text("单位宿舍月数", "employer-dormitory months")
AUTOMATIC_MONTHS = (
    "{0}及以前按社保自动计入的租赁/宿舍月数",
    "insured months to {0} counted as rental/dormitory automatically",
)
AUTOMATIC = (
    "{0}及以前的社保月份（自有住所月份除外）自动按租赁/宿舍计分，无需申报：{1}个月。",
    "Insured months up to {0} that are not own-home months count as rental/dormitory time without being declared: {1} months.",
)
UNREGISTERED_MONTHS = ("{0}起未备案的租赁月数（不计）", "unregistered rental months from {0} (not counted)")
UNREGISTERED = (
    "{0}起租赁须在住房租赁平台备案：{1}个未备案月份不计分。",
    "From {0} a rental counts only with a registered lease: {1} unregistered months score nothing.",
)
CAPPED = (
    "居住月数不得超过社保月数{0}：{1}个月不计（自有住所优先计算）。",
    "Residence months cannot exceed the {0} insured months: {1} months not counted (own home counted first).",
)
PERIOD_STEP = ("{0}（{1}–{2}）{3}个月 × {4}/12 = {5}", "{6} ({1} – {2}) {3} months × {4}/12 = {5}")
AUTO_STEP = ("按社保自动计入 {0}个月 × {1}/12 = {2}", "counted automatically {0} months × {1}/12 = {2}")
SUM_STEP = ("合计 {0}（每段分别保留两位小数后相加）", "total {0} (each period rounded to 0.01, then added)")
NOTHING = Text("无计分的居住月份：0分", "no residence months that count: 0")
KIND_NAMES = {
    "own": Text("自有住所", "own home"),
    "rented": Text("租赁住所", "rented home"),
    "dormitory": Text("单位宿舍", "employer dormitory"),
}


def _outside(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Months of [start, end] in none of `spans` (non-overlapping)."""
    if end < start:
        return 0
    return end - start + 1 - sum(overlap(start, end, s, e) for s, e in spans)


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    r = rules.pack.residence
    lease_from, auto_until = rules.lease_required_from, rules.automatic_until
    own_rate = r.own_points_per_year.value
    rates = {"own": own_rate, "rented": r.rented_points_per_year.value, "dormitory": r.dormitory_points_per_year.value}
    insured_spans = merge_spans(facts.paid)
    insured = sum(e - s + 1 for s, e in insured_spans)
    own_spans = merge_spans([(s, e) for s, e, kind, _d, _r in facts.housing if kind == "own"])

    # The months each period scores, counted: (kind, start, end, months); an own home first, one kind a month.
    periods: list[tuple[HousingKind, int, int, int]] = []
    unregistered = 0
    counts = {"own": 0, "rented": 0, "dormitory": 0}
    for start, end, kind, _district, registered in sorted(facts.housing):
        if kind == "own":
            months = end - start + 1
        else:
            first = start if auto_until is None else max(start, auto_until + 1)  # earlier months count automatically
            last = end
            if kind == "rented" and lease_from is not None and not registered:
                unregistered += _outside(max(first, lease_from), end, own_spans)
                last = min(end, lease_from - 1)
            months = _outside(first, last, own_spans)
        counts[kind] += months
        if months:
            periods.append((kind, start, end, months))
    automatic = 0
    if auto_until is not None:  # insured months up to then that are not own-home months
        for s, e in insured_spans:
            if s <= auto_until:
                automatic += _outside(s, e if e < auto_until else auto_until, own_spans)

    events: list[Event] = []
    if r.capped_by_insurance_months.value:
        # own home first, then the automatic months (all insured), then the declared rentals and dormitories, the
        # latest months left out first
        room = insured
        cut_total = 0
        taken = [0] * len(periods)
        for i, (kind, _start, _end, months) in enumerate(periods):  # own homes first, in order
            if kind == "own":
                take = months if months < room else room
                cut_total += months - take
                room -= take
                taken[i] = take
        take = min(automatic, room)
        cut_total += automatic - take
        automatic, room = take, room - take
        for i, (kind, _start, _end, months) in enumerate(periods):
            if kind != "own":
                take = months if months < room else room
                cut_total += months - take
                room -= take
                taken[i] = take
        if cut_total:
            periods = [(kind, start, end, take) for (kind, start, end, _m), take in zip(periods, taken) if take]
            events.append(Event("cap", Text.of(CAPPED, insured, cut_total)))

    steps: list[Text] = []
    points = Decimal(0)
    for kind, start, end, months in periods:
        part = round_points(months * rates[kind] / TWELVE, rules.rounding)
        points += part
        name = KIND_NAMES[kind]
        steps.append(Text.of(PERIOD_STEP, name.zh, format_month(start), format_month(end), months, rates[kind], part, name.en))
    if automatic:
        part = round_points(automatic * rates["rented"] / TWELVE, rules.rounding)
        points += part
        steps.append(Text.of(AUTO_STEP, automatic, rates["rented"], part))
        events.append(Event("note", Text.of(AUTOMATIC, format_month(auto_until), automatic)))
    if len(steps) > 1:
        steps.append(Text.of(SUM_STEP, points))
    elif not steps:
        steps.append(NOTHING)

    cutoff = format_month(facts.cutoff_month)
    inputs = [
        InputUsed(OWN_MONTHS, str(counts["own"])),
        InputUsed(RENTED_MONTHS, str(counts["rented"])),
        InputUsed(DORMITORY_MONTHS, str(counts["dormitory"])),
    ]
    if auto_until is not None:
        inputs.append(InputUsed(Text.of(AUTOMATIC_MONTHS, format_month(auto_until)), str(automatic)))
    inputs.append(InputUsed(Text.of(MONTHS_COUNTED, cutoff), str(insured)))
    if unregistered:
        since = format_month(lease_from)
        inputs.append(InputUsed(Text.of(UNREGISTERED_MONTHS, since), str(unregistered)))
        events.append(Event("exclusion", Text.of(UNREGISTERED, since, unregistered)))
    if facts.housing_after_cutoff:
        events.append(Event("exclusion", Text.of(AFTER_CUTOFF, facts.housing_after_cutoff, cutoff)))
    return IndicatorResult("residence", NAME, points, inputs=inputs, rules=rules.rules["residence"], steps=steps, events=events)
