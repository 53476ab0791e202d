"""2. 合法稳定住所: own home 1 a year, rental or dormitory 0.5 a year, counted per month.

Own-home months are counted first, and residence months cannot exceed insured months. The own-home part and
the rental/dormitory part are each rounded to 0.01 before they are added (reproduces all 2020 scores).
"""

from __future__ import annotations

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.employment import AFTER_CUTOFF, MONTHS_COUNTED
from simulator.cities.beijing.engine.facts import YearFacts
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import TWELVE, round_points
from simulator.core.months import format_month
from simulator.core.result import Event, IndicatorResult, InputUsed, Text

NAME = NAMES["residence"]
OWN_MONTHS = Text("自有住所月数", "own-home months")
RENTED_MONTHS = Text("租赁住所月数（计分部分）", "rented months (that count)")
DORMITORY_MONTHS = Text("单位宿舍月数", "employer-dormitory months")
UNREGISTERED_MONTHS = ("{0}起未备案的租赁月数（不计）", "unregistered rental months from {0} (not counted)")
UNREGISTERED = (
    "{0}起租赁须在住房租赁平台备案：{1}个未备案月份不计分。",
    "From {0} a rental counts only with a registered lease: {1} unregistered months score nothing.",
)
CAPPED = (
    "居住月数不得超过社保月数{0}：{1}个月不计（自有住所优先计算）。",
    "Residence months cannot exceed the {0} insured months: {1} months not counted (own home counted first).",
)
OWN_STEP = ("自有住所 {0}个月 × {1}/12 = {2}", "own home {0} months × {1}/12 = {2}")
OTHER_STEP = ("租赁/宿舍 {0}个月 × {1}/12 = {2}", "rented/dormitory {0} months × {1}/12 = {2}")
SPLIT_STEP = (
    "租赁 {0}个月 × {1}/12 + 宿舍 {2}个月 × {3}/12 = {4}",
    "rented {0} months × {1}/12 + dormitory {2} months × {3}/12 = {4}",
)
SUM_STEP = ("{0} + {1} = {2}（两部分分别保留两位小数）", "{0} + {1} = {2} (each part rounded to 0.01)")


def score(rules: CompiledRules, facts: YearFacts) -> IndicatorResult:
    r = rules.pack.residence
    lease_from = rules.lease_required_from
    own = rented = dormitory = unregistered = 0
    for start, end, kind, _district, registered in facts.housing:
        months = end - start + 1
        if kind == "own":
            own += months
        elif kind == "dormitory":
            dormitory += months
        else:
            if lease_from is not None and not registered and end >= lease_from:
                dropped = end - max(start, lease_from) + 1
                unregistered += dropped
                months -= dropped
            rented += months

    events: list[Event] = []
    insured = facts.paid_months
    own_counted, other = own, rented + dormitory
    other_counted = other
    if r.capped_by_insurance_months.value:
        own_counted = min(own, insured)
        other_counted = min(other, insured - own_counted)
        cut = own + other - own_counted - other_counted
        if cut:
            events.append(Event("cap", Text.of(CAPPED, insured, cut)))

    own_rate = r.own_points_per_year.value
    other_rate = r.rented_points_per_year.value
    dorm_rate = r.dormitory_points_per_year.value
    own_points = round_points(own_counted * own_rate / TWELVE, rules.rounding)
    if dorm_rate == other_rate or other_counted == 0:
        other_points = round_points(other_counted * other_rate / TWELVE, rules.rounding)
        other_step = Text.of(OTHER_STEP, other_counted, other_rate, other_points)
    else:  # no known edition rates them differently, but a pack may
        dorm_counted = min(dormitory, other_counted)
        rent_counted = other_counted - dorm_counted
        other_points = round_points((rent_counted * other_rate + dorm_counted * dorm_rate) / TWELVE, rules.rounding)
        other_step = Text.of(SPLIT_STEP, rent_counted, other_rate, dorm_counted, dorm_rate, other_points)
    points = own_points + other_points

    cutoff = format_month(facts.cutoff_month)
    inputs = [
        InputUsed(OWN_MONTHS, str(own)),
        InputUsed(RENTED_MONTHS, str(rented)),
        InputUsed(DORMITORY_MONTHS, str(dormitory)),
        InputUsed(Text.of(MONTHS_COUNTED, cutoff), str(insured)),
    ]
    if unregistered:
        since = format_month(lease_from)
        inputs.append(InputUsed(Text.of(UNREGISTERED_MONTHS, since), str(unregistered)))
        events.append(Event("exclusion", Text.of(UNREGISTERED, since, unregistered)))
    if facts.housing_after_cutoff:
        events.append(Event("exclusion", Text.of(AFTER_CUTOFF, facts.housing_after_cutoff, cutoff)))
    steps = [
        Text.of(OWN_STEP, own_counted, own_rate, own_points),
        other_step,
        Text.of(SUM_STEP, own_points, other_points, points),
    ]
    return IndicatorResult("residence", NAME, points, inputs=inputs, rules=rules.rules["residence"], steps=steps, events=events)
