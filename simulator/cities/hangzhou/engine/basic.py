"""Hangzhou's basic indicators beyond the shared scales: social insurance, employment (trial only), own home (with
its conditions from 2024-07), rental, the length of registered residence, and time elsewhere in Zhejiang (from
2024-07)."""

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
from simulator.engine.gaps import Needs, between, yes_no
from simulator.engine.other_insured_months import TRANSFERRED_IN, MonthsKind, tally
from simulator.profile.model import ApplicantProfile

NAMES = {
    i: INDICATOR_NAMES[i]
    for i in ("social_insurance", "employment", "own_home", "rental", "residence_registration", "in_province")
}

CAP = ("本项最高{0}分（计算得{1}）。", "Capped at {0} (computed {1}).")
CAPPED_STEP = ("封顶：{0}", "capped: {0}")
CAP_UNKNOWN_STEP = ("上限：{0}", "cap: {1}")
AFTER_CUTOFF = ("截止月{1}之后的{0}个月不计入。", "{0} months after the cut-off month {1} are not counted.")
MISSING_STEP = ("{0}：{1}", "{2}: {3}")


def capped(result: IndicatorResult, needs: Needs, path: str, raw: Decimal, high: Decimal | None = None) -> None:
    """Set the points to `raw`, capped by the value at `path`. `high`: where the uncapped points are a range
    themselves, their highest (an unsettled counting rule). An unknown cap matters only when points are earned:
    the points then lie between 0 and the uncapped points."""
    top = raw if high is None else high
    result.points = raw
    if top <= ZERO:
        return
    cap = needs.value(path)
    if cap is None:
        result.steps.append(Text.of(CAP_UNKNOWN_STEP, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
        between(result, ZERO, top)
        return
    if raw > cap:
        result.points = cap
        result.events.append(Event("cap", Text.of(CAP, cap, raw)))
        result.steps.append(Text.of(CAPPED_STEP, cap))
    if top > raw:
        between(result, min(raw, cap), min(top, cap))


INSURED = ("计分的社保月数（截至{0}）", "insured months counted (to {0})")
# Back-paid and transferred-in months count as the pack says (simulator.engine.other_insured_months).
OTHER_MONTHS = (
    MonthsKind(
        lambda p: p.back_paid,
        Text("补缴月数", "back-paid months"),
        ("补缴", "back-paid"),
        "basic.social_insurance.back_paid_counts",
    ),
    TRANSFERRED_IN,
)
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
    # unsure: months whose counting the sources do not settle (with them the highest total, without the lowest)
    counted, unsure = tally(result, needs, profile.social_insurance, CITY, month, OTHER_MONTHS)
    counted += total_months(paid)
    result.inputs.insert(0, InputUsed(Text.of(INSURED, format_month(month)), str(counted)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(month))))
    rate = rules.points_per_month.value
    raw = counted * rate + ZERO
    result.steps.append(Text.of(INSURANCE_STEP, counted, rate, raw))
    capped(result, needs, "basic.social_insurance.max_points", raw, (counted + unsure) * rate + ZERO if unsure else None)
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
        between(result, ZERO, None)
    else:
        result.points = points
        result.steps.append(Text.of(EMPLOYED_STEP, points))
    return needs.finish(result)


OWNS = ("截止月{0}在杭州拥有自有住房", "owns a home in Hangzhou in the cut-off month {0}")
OWN_STEP = ("自有住房 → {0}", "own home → {0}")
NO_HOME_STEP = Text("截止月无自有住房：0分", "no own home in the cut-off month: 0")
CONDITION_FAILS = ("{0}：不符合 → 0分", "{1}: not met → 0")
CONDITIONS_MET = Text("自有住房的各项条件均符合", "every condition on the own home is met")

# The conditions an edition sets on an own home (pack: basic.own_home.conditions.<id>), each answered by one of
# the applicant's Hangzhou facts: the answers that meet it (None: not answered).
HOME_CONDITIONS: dict[str, tuple[str, set[object]]] = {
    "registered_address": ("home_registered_address", {True}),
    "co_owners": ("home_ownership", {"sole", "joint_chosen", "largest_share"}),
    "second_hand_hukou_moved": ("home_second_hand", {"new", "hukou_moved"}),
    "once_a_year": ("home_scored_within_year", {False}),
}


def own_home(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    from simulator import cities

    needs = Needs("own_home", pack, LABELS)
    rules = pack.basic.own_home
    result = IndicatorResult(
        "own_home", NAMES["own_home"], ZERO, rules=cite(pack, LABELS, *paths_under(pack, "basic.own_home")), group="basic"
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
        between(result, ZERO, None)
        return needs.finish(result)
    unsettled = False
    if rules.conditions is not None:
        city, answers = cities.get(CITY), profile.facts_of(CITY)
        for condition, (key, meeting) in HOME_CONDITIONS.items():
            applies = needs.value(f"basic.own_home.conditions.{condition}")
            fact = city.fact(key)
            answer = answers.get(key)
            shown = fact.answer(answer)
            result.inputs.append(InputUsed(fact.label, shown.en, shown))
            if applies is None or answer is None:  # an unknown rule or an unanswered fact: met, or not
                if answer is None:
                    needs.unanswered(f"city_facts.{CITY}.{key}", fact.label)
                unsettled = True
            elif applies and answer not in meeting:
                result.steps.append(Text.of(CONDITION_FAILS, fact.label.zh, fact.label.en))
                return needs.finish(result)
        if not unsettled:
            result.steps.append(CONDITIONS_MET)
    result.points = points
    result.steps.append(Text.of(OWN_STEP, points))
    if unsettled:
        between(result, ZERO, points)
    return needs.finish(result)


PENSION_ELSEWHERE = Text("在浙江省内其他城市缴纳养老保险月数", "months of pension insurance paid elsewhere in Zhejiang")
RESIDENCE_ELSEWHERE = Text("在浙江省内其他城市居住登记月数", "months of residence registered elsewhere in Zhejiang")
IN_PROVINCE_STEP = ("{0}个月 × {1} + {2}个月 × {3} = {4}", "{0} months × {1} + {2} months × {3} = {4}")


def in_province(profile: ApplicantProfile, pack: HangzhouPack) -> IndicatorResult | None:
    """Time elsewhere in Zhejiang (from 2024-07): pension months and registered-residence months, by the province's
    common indicators, the two together capped."""
    if pack.basic.in_province is None:
        return None
    needs = Needs("in_province", pack, LABELS)
    result = IndicatorResult(
        "in_province",
        NAMES["in_province"],
        ZERO,
        rules=cite(pack, LABELS, *paths_under(pack, "basic.in_province")),
        group="basic",
    )
    answers = profile.facts_of(CITY)
    pension = answers.get("zhejiang_pension_months") or 0
    residence = answers.get("zhejiang_residence_months") or 0
    result.inputs += [InputUsed(PENSION_ELSEWHERE, str(pension)), InputUsed(RESIDENCE_ELSEWHERE, str(residence))]
    if not pension and not residence:
        result.steps.append(Text("无：0分", "none: 0"))
        return result
    per_pension = needs.value("basic.in_province.pension_points_per_month")
    per_residence = needs.value("basic.in_province.residence_points_per_month")
    if per_pension is None or per_residence is None:
        between(result, ZERO, needs.value("basic.in_province.max_points"))
        return needs.finish(result)
    raw = pension * per_pension + residence * per_residence + ZERO
    result.steps.append(Text.of(IN_PROVINCE_STEP, pension, per_pension, residence, per_residence, raw))
    capped(result, needs, "basic.in_province.max_points", raw)
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
            between(result, ZERO, result.high)  # added to the own home, or not at all
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
        cap = needs.value("basic.residence_registration.max_points")  # any points earned would meet the cap too
        between(result, ZERO, cap)
        return needs.finish(result)
    raw = facts.registered_years * rate + ZERO
    result.steps.append(Text.of(YEARS_STEP, facts.registered_years, rate, raw))
    capped(result, needs, "basic.residence_registration.max_points", raw)
    return needs.finish(result)
