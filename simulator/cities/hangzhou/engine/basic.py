"""Hangzhou's basic indicators beyond the shared scales: social insurance, employment (trial only), own home,
rental, and the length of registered residence."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.hangzhou.engine.facts import CITY, RoundFacts
from simulator.cities.hangzhou.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.hangzhou.labels import LABELS
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.decimals import ZERO
from simulator.core.months import format_month
from simulator.core.periods import month_spans, total_months
from simulator.core.result import (
    NOT_AVAILABLE,
    Event,
    IndicatorResult,
    InputUsed,
    Text,
)
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs, yes_no
from simulator.profile.model import ApplicantProfile

NAMES = {i: INDICATOR_NAMES[i] for i in ("social_insurance", "employment", "own_home", "rental", "residence_registration")}

CAP = ("本项最高{0}分（计算得{1}）。", "Capped at {0} (computed {1}).")
CAPPED_STEP = ("封顶：{0}", "capped: {0}")
CAP_UNKNOWN_STEP = ("上限：{0}", "cap: {1}")
AFTER_CUTOFF = ("截止月{1}之后的{0}个月不计入。", "{0} months after the cut-off month {1} are not counted.")
MISSING_STEP = ("{0}：{1}", "{2}: {3}")


def capped(result: IndicatorResult, needs: Needs, path: str, raw: Decimal) -> None:
    """Set the points to `raw`, capped by the value at `path`; an unknown cap matters only when points are earned."""
    result.points = raw
    if raw <= ZERO:
        return
    cap = needs.value(path)
    if cap is None:
        result.steps.append(Text.of(CAP_UNKNOWN_STEP, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
    elif raw > cap:
        result.points = cap
        result.events.append(Event("cap", Text.of(CAP, cap, raw)))
        result.steps.append(Text.of(CAPPED_STEP, cap))


INSURED = ("计分的社保月数（截至{0}）", "insured months counted (to {0})")
BACK_PAID = Text("补缴月数", "back-paid months")
TRANSFERRED = Text("转入月数", "transferred-in months")
NOT_COUNTED = ("{0}个{1}月份不计分。", "{0} {1} months earn no points.")
UNKNOWN_COUNT = ("{0}个{1}月份是否计分：{2}；暂不计入。", "Whether the {0} {3} months count: {4}; not counted for now.")
INSURANCE_STEP = ("{0}个月 × {1} = {2}", "{0} months × {1} = {2}")


def social_insurance(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.basic.social_insurance
    needs = Needs("social_insurance", pack, LABELS)
    result = IndicatorResult(
        "social_insurance",
        NAMES["social_insurance"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.social_insurance")),
        group="basic",
    )
    month = facts.cutoff_month
    paid, after = month_spans(profile.social_insurance, CITY, month, keep=lambda p: not p.back_paid and not p.transferred_in)
    counted = total_months(paid)
    for flag, label, path in (
        ("back_paid", ("补缴", "back-paid"), "basic.social_insurance.back_paid_counts"),
        ("transferred_in", ("转入", "transferred-in"), "basic.social_insurance.transferred_in_counts"),
    ):
        spans, _ = month_spans(profile.social_insurance, CITY, month, keep=lambda p, f=flag: getattr(p, f))
        months = total_months(spans)
        if not months:
            continue
        result.inputs.append(InputUsed(BACK_PAID if flag == "back_paid" else TRANSFERRED, str(months)))
        counts = needs.value(path)
        if counts is None:
            result.events.append(
                Event("note", Text.of(UNKNOWN_COUNT, months, label[0], NOT_AVAILABLE.zh, label[1], NOT_AVAILABLE.en))
            )
        elif counts:
            counted += months
        else:
            result.events.append(Event("exclusion", Text.of(NOT_COUNTED, months, *label)))
    result.inputs.insert(0, InputUsed(Text.of(INSURED, format_month(month)), str(counted)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(month))))
    rate = rules.points_per_month.value
    raw = counted * rate + ZERO
    result.steps.append(Text.of(INSURANCE_STEP, counted, rate, raw))
    capped(result, needs, "basic.social_insurance.max_points", raw)
    return needs.finish(result)


WORKING = Text(
    "截止月在杭州就业（劳动合同、创业或灵活就业）并缴纳社保",
    "working in Hangzhou in the cut-off month (contract, own business or self-employed) and insured",
)
EMPLOYED_STEP = ("就业且缴纳社保 → {0}", "employed and insured → {0}")
NOT_EMPLOYED_STEP = Text(
    "截止月不在杭州就业或未缴纳社保：0分", "not working in Hangzhou, or not insured, in the cut-off month: 0"
)


def employment(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    needs = Needs("employment", pack, LABELS)
    result = IndicatorResult(
        "employment", NAMES["employment"], ZERO, rules=cite(pack, LABELS, "basic.employment.points"), group="basic"
    )
    month = facts.cutoff_month
    working = any(p.city == CITY and p.start <= month and (p.end is None or p.end >= month) for p in profile.workplaces)
    insured = any(
        p.city == CITY and not p.back_paid and p.start <= month and (p.end is None or p.end >= month)
        for p in profile.social_insurance
    )
    result.inputs.append(InputUsed(WORKING, *yes_no(working and insured)))
    if not (working and insured):
        result.steps.append(NOT_EMPLOYED_STEP)
        return result
    points = needs.value("basic.employment.points")
    if points is None:
        result.steps.append(
            Text.of(MISSING_STEP, NAMES["employment"].zh, NOT_AVAILABLE.zh, NAMES["employment"].en, NOT_AVAILABLE.en)
        )
    else:
        result.points = points
        result.steps.append(Text.of(EMPLOYED_STEP, points))
    return needs.finish(result)


OWNS = ("截止月{0}在杭州拥有自有住房", "owns a home in Hangzhou in the cut-off month {0}")
OWN_STEP = ("自有住房 → {0}", "own home → {0}")
NO_HOME_STEP = Text("截止月无自有住房：0分", "no own home in the cut-off month: 0")


def own_home(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    needs = Needs("own_home", pack, LABELS)
    result = IndicatorResult(
        "own_home", NAMES["own_home"], ZERO, rules=cite(pack, LABELS, "basic.own_home.points"), group="basic"
    )
    month = facts.cutoff_month
    owns = any(
        p.city == CITY and p.kind == "own" and p.start <= month and (p.end is None or p.end >= month) for p in profile.housing
    )
    result.inputs.append(InputUsed(Text.of(OWNS, format_month(month)), *yes_no(owns)))
    if not owns:
        result.steps.append(NO_HOME_STEP)
        return result
    points = needs.value("basic.own_home.points")
    if points is None:
        result.steps.append(Text.of(MISSING_STEP, NAMES["own_home"].zh, NOT_AVAILABLE.zh, NAMES["own_home"].en, NOT_AVAILABLE.en))
    else:
        result.points = points
        result.steps.append(Text.of(OWN_STEP, points))
    return needs.finish(result)


RENTED = ("租房月数（截至{0}，可累计）", "rented months (to {0}, across interruptions)")
UNREGISTERED = ("{0}个月的租赁未登记备案，不计分。", "{0} months of rental without a registered lease score nothing.")
PER_YEAR_STEP = (
    "{0}个月 ÷ 12 = {1}个整年（余{2}个月不计）× {3} = {4}",
    "{0} months ÷ 12 = {1} full years ({2} months left over) × {3} = {4}",
)
PER_MONTH_STEP = ("{0}个月 × {1} = {2}", "{0} months × {1} = {2}")
COMBINED = (
    "同时有自有住房{0}分和租房{1}分：两者是否累加、合计上限多少，{2}。",
    "Own-home points {0} and rental points {1}: whether they add up, and to what, is {3}.",
)
COMBINED_CAP = (
    "自有住房与租房合计以{0}分为限：租房计{1}分。",
    "Own home and rental together are capped at {0}: rental counts {1}.",
)


def rental(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts, own_home_points: Decimal) -> IndicatorResult:
    rules = pack.basic.rental
    needs = Needs("rental", pack, LABELS)
    paths = [*paths_under(pack, "basic.rental")]
    if pack.basic.housing_combined_max is not None:
        paths.append("basic.housing_combined_max")
    result = IndicatorResult("rental", NAMES["rental"], ZERO, rules=cite(pack, LABELS, *paths), group="basic")
    month = facts.cutoff_month
    registration = needs.value("basic.rental.requires_registration")
    spans, after = month_spans(
        profile.housing, CITY, month, keep=lambda p: p.kind == "rented" and (p.lease_registered or not registration)
    )
    months = total_months(spans)
    result.inputs.append(InputUsed(Text.of(RENTED, format_month(month)), str(months)))
    if registration:
        unregistered, _ = month_spans(profile.housing, CITY, month, keep=lambda p: p.kind == "rented" and not p.lease_registered)
        dropped = total_months(unregistered)
        if dropped:
            result.events.append(Event("exclusion", Text.of(UNREGISTERED, dropped)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(month))))
    if rules.points_per_year is not None:
        rate = rules.points_per_year.value
        years, spare = divmod(months, 12)
        raw = years * rate + ZERO
        result.steps.append(Text.of(PER_YEAR_STEP, months, years, spare, rate, raw))
    else:
        rate = rules.points_per_month.value
        raw = months * rate + ZERO
        result.steps.append(Text.of(PER_MONTH_STEP, months, rate, raw))
    capped(result, needs, "basic.rental.max_points", raw)
    if result.points > ZERO and own_home_points > ZERO and pack.basic.housing_combined_max is not None:
        combined = needs.value("basic.housing_combined_max")
        if combined is None:
            result.events.append(
                Event("note", Text.of(COMBINED, own_home_points, result.points, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
            )
        elif own_home_points + result.points > combined:
            result.points = max(ZERO, combined - own_home_points)
            result.events.append(Event("cap", Text.of(COMBINED_CAP, combined, result.points)))
    return needs.finish(result)


REGISTERED = ("居住登记天数（截至{0}，可累计）", "registered days (to {0}, across interruptions)")
PERIODS = Text("居住登记段数", "registration periods")
YEARS_STEP = ("{0}年 × {1} = {2}", "{0} years × {1} = {2}")
DAYS_AFTER = ("截止日之后的{0}天不计入。", "{0} days after the cut-off are not counted.")


def residence_registration(pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    needs = Needs("residence_registration", pack, LABELS)
    paths = (
        *paths_under(pack, "basic.residence_registration"),
        "residence_counting.days_per_month",
        "residence_counting.months_per_year",
    )
    result = IndicatorResult(
        "residence_registration", NAMES["residence_registration"], ZERO, rules=cite(pack, LABELS, *paths), group="basic"
    )
    result.inputs.append(InputUsed(Text.of(REGISTERED, facts.cutoff), str(facts.registered_days)))
    result.inputs.append(InputUsed(PERIODS, str(facts.registration_periods)))
    if facts.registered_after_cutoff:
        result.events.append(Event("exclusion", Text.of(DAYS_AFTER, facts.registered_after_cutoff)))
    result.steps.extend(facts.residence_steps)
    if facts.registered_years == 0:
        return result
    rate = needs.value("basic.residence_registration.points_per_year")
    if rate is None:
        result.steps.append(
            Text.of(
                MISSING_STEP,
                NAMES["residence_registration"].zh,
                NOT_AVAILABLE.zh,
                NAMES["residence_registration"].en,
                NOT_AVAILABLE.en,
            )
        )
        needs.value("basic.residence_registration.max_points")  # any points earned would meet the cap too
        return needs.finish(result)
    raw = facts.registered_years * rate + ZERO
    result.steps.append(Text.of(YEARS_STEP, facts.registered_years, rate, raw))
    capped(result, needs, "basic.residence_registration.max_points", raw)
    return needs.finish(result)
