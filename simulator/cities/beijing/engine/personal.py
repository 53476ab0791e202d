"""7. 年龄, 8. 荣誉表彰 and 9. 守法记录: indicators read from who the person is and what is on their record."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.engine.facts import CITY
from simulator.cities.beijing.indicators import NAMES
from simulator.core.dates import completed_age
from simulator.core.decimals import ZERO
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.core.rounds import age_reference_of
from simulator.engine.scales import AGE_BEYOND_STEP, AGE_ON, BIRTH_DATE, age_band, age_step
from simulator.profile.model import ApplicantProfile

AGE_NAME = NAMES["age"]
HONOURS_NAME = NAMES["honours"]
LAW_NAME = NAMES["law_abiding"]


UNKNOWN_HONOUR = ("“{0}”不是本规则认可的荣誉。", "'{0}' is not an honour these rules recognise.")
HONOUR = Text("荣誉", "honour")
HONOURS_STEP = ("荣誉表彰 {0}分（只计一次）", "honours {0} (counted once)")
HONOURS_ONCE = ("{0}项荣誉只计一次。", "{0} honours count once.")
NO_HONOURS = Text("无：0分", "none: 0")

NOT_IN_CITY = ("{0}的拘留不在本市：不扣分。", "The detention of {0} was not in Beijing: not deducted.")
DETENTION_OUTSIDE = ("{0}的拘留在{1}–{2}{3}：不扣分。", "The detention of {0} is {4} {1}–{2}: not deducted.")
DETENTIONS = ("{0}–{1}行政拘留次数", "administrative detentions {0}–{1}")
DETENTIONS_STEP = ("{0} × ({1}) = {2}", "{0} × ({1}) = {2}")


def age(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    return _age(rules, profile.birth_date, year)


@lru_cache(maxsize=256)
def window_label(template: tuple[str, str], first: int, last: int) -> Text:
    return Text.of(template, first, last)


@lru_cache(maxsize=65536)
def _age(rules: CompiledRules, birth: date, year: int) -> IndicatorResult:
    # Many applicants share a birth date, and the points depend on nothing else: built once (results are read-only).
    on = age_reference_of(rules.pack, year)
    years = completed_age(birth, on)
    band = age_band(rules.age_table, years)
    if band is not None:
        points = band[1]
        step = age_step(rules.age_table, years, band)
    else:
        points = rules.pack.age.otherwise.value
        step = Text.of(AGE_BEYOND_STEP, years, points)
    inputs = [InputUsed(BIRTH_DATE, birth.isoformat()), InputUsed(Text.of(AGE_ON, on), str(years))]
    return IndicatorResult("age", AGE_NAME, points, inputs=inputs, rules=rules.rules["age"], steps=[step])


def honours(rules: CompiledRules, profile: ApplicantProfile) -> IndicatorResult:
    if not profile.honours:
        return _no_honours(rules)
    h = rules.pack.honours
    result = IndicatorResult("honours", HONOURS_NAME, ZERO, rules=rules.rules["honours"])
    recognised = 0
    for entry in profile.honours:
        kind = h.kinds.get(entry.kind)
        if kind is None:
            result.events.append(Event("exclusion", Text.of(UNKNOWN_HONOUR, entry.kind)))
            continue
        recognised += 1
        year = f" ({entry.year})" if entry.year else ""
        result.inputs.append(InputUsed(HONOUR, f"{kind.zh} / {kind.en}{year}", Text(kind.zh + year, kind.en + year)))
    if recognised:
        result.points = h.points.value
        result.steps.append(Text.of(HONOURS_STEP, h.points.value))
        if recognised > 1:
            result.events.append(Event("cap", Text.of(HONOURS_ONCE, recognised)))
    else:
        result.steps.append(NO_HONOURS)
    return result


@lru_cache(maxsize=64)
def _no_honours(rules: CompiledRules) -> IndicatorResult:
    # most applicants: one result for them all (results are read-only)
    return IndicatorResult("honours", HONOURS_NAME, ZERO, rules=rules.rules["honours"], steps=[NO_HONOURS])


def law_abiding(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    if not profile.detentions:
        return _clean_record(rules, year)
    return _law_abiding(rules, profile, year)


@lru_cache(maxsize=256)
def _clean_record(rules: CompiledRules, year: int) -> IndicatorResult:
    # most applicants: one result a round (results are read-only)
    return _law_abiding(rules, None, year)


def _law_abiding(rules: CompiledRules, profile: ApplicantProfile | None, year: int) -> IndicatorResult:
    law = rules.pack.law_abiding
    first, last = year - law.window_years.value, year - 1
    result = IndicatorResult("law_abiding", LAW_NAME, ZERO, rules=rules.rules["law_abiding"])
    counted = 0
    for event in profile.detentions if profile is not None else ():
        if event.city != CITY:
            result.events.append(Event("exclusion", Text.of(NOT_IN_CITY, event.date)))
        elif first <= event.date.year <= last:
            counted += 1
        else:
            before = event.date.year < first
            result.events.append(
                Event(
                    "exclusion",
                    Text.of(
                        DETENTION_OUTSIDE, event.date, first, last, "之前" if before else "之后", "before" if before else "after"
                    ),
                )
            )
    rate = law.detention_points.value
    result.points = counted * rate + ZERO
    result.inputs.append(InputUsed(window_label(DETENTIONS, first, last), str(counted)))
    result.steps.append(Text.of(DETENTIONS_STEP, counted, rate, result.points))
    return result
