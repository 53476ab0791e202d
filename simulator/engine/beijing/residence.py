"""2. 合法稳定住所: own home 1 a year, rental or dormitory 0.5 a year, counted per month.

Own-home months are counted first, and residence months cannot exceed insured months. The own-home part and
the rental/dormitory part are each rounded to 0.01 before they are added (reproduces all 2020 scores).
"""

from __future__ import annotations

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import YearFacts
from simulator.engine.decimals import TWELVE, fmt, round_points
from simulator.months import format_month
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text

NAME = Text("合法稳定住所", "Legal stable residence")


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
    if r.capped_by_insurance_months.value:
        if own_counted > insured:
            own_counted = insured
        room = insured - own_counted
        if other > room:
            other_counted = room
        else:
            other_counted = other
        if own_counted + other_counted < own + other:
            cut = own + other - own_counted - other_counted
            events.append(
                Event(
                    "cap",
                    Text(
                        f"居住月数不得超过社保月数{insured}：{cut}个月不计（自有住所优先计算）。",
                        f"Residence months cannot exceed the {insured} insured months: {cut} months not counted "
                        f"(own home counted first).",
                    ),
                )
            )
    else:
        other_counted = other

    own_rate = r.own_points_per_year.value
    other_rate = r.rented_points_per_year.value
    own_points = round_points(own_counted * own_rate / TWELVE)
    # Rental and dormitory share one rate in every known edition; if a pack gives them different rates,
    # score the dormitory months at their own rate.
    if r.dormitory_points_per_year.value == other_rate or other_counted == 0:
        other_points = round_points(other_counted * other_rate / TWELVE)
        other_step = Text(
            f"租赁/宿舍 {other_counted}个月 × {fmt(other_rate)}/12 = {fmt(other_points)}",
            f"rented/dormitory {other_counted} months × {fmt(other_rate)}/12 = {fmt(other_points)}",
        )
    else:
        dorm_counted = min(dormitory, other_counted)
        rent_counted = other_counted - dorm_counted
        dorm_rate = r.dormitory_points_per_year.value
        other_points = round_points((rent_counted * other_rate + dorm_counted * dorm_rate) / TWELVE)
        other_step = Text(
            f"租赁 {rent_counted}个月 × {fmt(other_rate)}/12 + 宿舍 {dorm_counted}个月 × {fmt(dorm_rate)}/12 = {fmt(other_points)}",
            f"rented {rent_counted} months × {fmt(other_rate)}/12 + dormitory {dorm_counted} months × {fmt(dorm_rate)}/12 = {fmt(other_points)}",
        )
    points = own_points + other_points

    cutoff = format_month(facts.cutoff_month)
    inputs = [
        InputUsed(Text("自有住所月数", "own-home months"), str(own)),
        InputUsed(Text("租赁住所月数（计分部分）", "rented months (that count)"), str(rented)),
        InputUsed(Text("单位宿舍月数", "employer-dormitory months"), str(dormitory)),
        InputUsed(Text(f"计分的社保月数（截至{cutoff}）", f"insured months (to {cutoff})"), str(insured)),
    ]
    if unregistered:
        since = format_month(lease_from)
        inputs.append(InputUsed(Text(f"{since}起未备案的租赁月数（不计）", f"unregistered rental months from {since} (not counted)"), str(unregistered)))
        events.append(
            Event(
                "exclusion",
                Text(
                    f"{since}起租赁须在住房租赁平台备案：{unregistered}个未备案月份不计分。",
                    f"From {since} a rental counts only with a registered lease: {unregistered} unregistered months score nothing.",
                ),
            )
        )
    if facts.housing_after_cutoff:
        n = facts.housing_after_cutoff
        events.append(Event("exclusion", Text(f"截止月{cutoff}之后的{n}个月不计入。", f"{n} months after the cut-off {cutoff} are not counted.")))
    steps = [
        Text(
            f"自有住所 {own_counted}个月 × {fmt(own_rate)}/12 = {fmt(own_points)}",
            f"own home {own_counted} months × {fmt(own_rate)}/12 = {fmt(own_points)}",
        ),
        other_step,
        Text(f"{fmt(own_points)} + {fmt(other_points)} = {fmt(points)}（两部分分别保留两位小数）", f"{fmt(own_points)} + {fmt(other_points)} = {fmt(points)} (each part rounded to 0.01)"),
    ]
    return IndicatorResult("residence", NAME, points, inputs=inputs, rules=rules.rules["residence"], steps=steps, events=events)
