"""Xiong'an's basic indicators beyond the shared scales: legal stable employment (3 a full year of the unbroken
insurance run reaching the cut-off) and legal stable residence (1 a full year of unbroken residence)."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.xiongan.indicators import NAMES
from simulator.cities.xiongan.labels import LABELS
from simulator.cities.xiongan.pack import XionganPack
from simulator.core.decimals import ZERO
from simulator.core.months import format_month
from simulator.core.periods import month_spans, run_reaching
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.engine.cite import cite
from simulator.profile.model import ApplicantProfile

CITY = "xiongan"

EMPLOYMENT_NAME = NAMES["employment"]
RESIDENCE_NAME = NAMES["residence"]
INSURED_RUN = ("截至{0}连续缴纳雄安新区社会保险月数", "months of unbroken Xiong'an social insurance to {0}")
RESIDENCE_RUN = ("截至{0}连续合法稳定居住月数", "months of unbroken legal stable residence to {0}")
RUN_FROM = Text("连续起始月", "unbroken since")
YEARS_STEP = ("{0}个月 → {1}个整年 × {2} = {3}", "{0} months → {1} full years × {2} = {3}")
REMAINDER = ("不满1年的{0}个月不计分。", "{0} months short of a full year score nothing.")
NOT_AT_CUTOFF = Text("截止月没有连续记录：0分", "nothing running at the cut-off month: 0")
BACK_PAID_NOTE = Text(
    "其中含补缴月份；资料未说明补缴月份是否计入，本程序按计入处理。",
    "The run includes back-paid months; the sources do not say whether they count, and they are counted here.",
)
UNREGISTERED = (
    "{0}个月的租赁未登记备案，不属于合法稳定住所，不计入。",
    "{0} months of rental without a registered lease are not legal stable residence and are not counted.",
)
AFTER_CUTOFF = ("截止月{1}之后的{0}个月不计入。", "{0} months after the cut-off {1} are not counted.")


def _full_years(result: IndicatorResult, run: int, rate: Decimal) -> None:
    years = run // 12
    result.points = years * rate + ZERO
    result.steps.append(Text.of(YEARS_STEP, run, years, rate, result.points))
    if run % 12:
        result.events.append(Event("exclusion", Text.of(REMAINDER, run % 12)))


def employment(profile: ApplicantProfile, pack: XionganPack, cutoff_month: int) -> IndicatorResult:
    rate = pack.basic.employment.points_per_year.value
    result = IndicatorResult(
        "employment", EMPLOYMENT_NAME, ZERO, rules=cite(pack, LABELS, "basic.employment.points_per_year"), group="basic"
    )
    spans, after = month_spans(profile.social_insurance, CITY, cutoff_month)
    run, start = run_reaching(spans, cutoff_month)
    result.inputs.append(InputUsed(Text.of(INSURED_RUN, format_month(cutoff_month)), str(run)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(cutoff_month))))
    if not run:
        result.steps.append(NOT_AT_CUTOFF)
        return result
    result.inputs.append(InputUsed(RUN_FROM, format_month(start)))
    _full_years(result, run, rate)
    if any(p.back_paid and p.city == CITY and (p.end is None or p.end >= start) for p in profile.social_insurance):
        result.events.append(Event("note", BACK_PAID_NOTE))
    return result


def residence(profile: ApplicantProfile, pack: XionganPack, cutoff_month: int) -> IndicatorResult:
    rules = pack.basic.residence
    rate = rules.points_per_year.value
    paths = ("basic.residence.points_per_year", "basic.residence.requires_lease_registration")
    result = IndicatorResult("residence", RESIDENCE_NAME, ZERO, rules=cite(pack, LABELS, *paths), group="basic")
    registered_only = rules.requires_lease_registration.value
    spans, after = month_spans(
        profile.housing, CITY, cutoff_month, keep=lambda p: p.kind != "rented" or p.lease_registered or not registered_only
    )
    unregistered, _ = month_spans(
        profile.housing, CITY, cutoff_month, keep=lambda p: registered_only and p.kind == "rented" and not p.lease_registered
    )
    run, start = run_reaching(spans, cutoff_month)
    result.inputs.append(InputUsed(Text.of(RESIDENCE_RUN, format_month(cutoff_month)), str(run)))
    dropped = sum(e - s + 1 for s, e in unregistered)
    if dropped:
        result.events.append(Event("exclusion", Text.of(UNREGISTERED, dropped)))
    if after:
        result.events.append(Event("exclusion", Text.of(AFTER_CUTOFF, after, format_month(cutoff_month))))
    if not run:
        result.steps.append(NOT_AT_CUTOFF)
        return result
    result.inputs.append(InputUsed(RUN_FROM, format_month(start)))
    _full_years(result, run, rate)
    return result
