"""7. 年龄, 8. 荣誉表彰 and 9. 守法记录: indicators read from who the person is and what is on their record."""

from __future__ import annotations

from datetime import date

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.beijing.facts import completed_age
from simulator.engine.decimals import ZERO, fmt
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import ApplicantProfile

AGE_NAME = Text("年龄", "Age")
HONOURS_NAME = Text("荣誉表彰", "Honours")
LAW_NAME = Text("守法记录", "Law-abiding record")


def age(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    month, day = rules.age_month_day
    on = date(year - rules.age_years_before, month, day)
    years = completed_age(profile.birth_date, on)
    points = rules.pack.age.otherwise.value
    band = None
    for up_to, band_points in rules.age_table:
        if years <= up_to:
            points, band = band_points, up_to
            break
    if band is None:
        rule_zh, rule_en = "不在分值表内", "beyond the table"
    else:
        rule_zh, rule_en = f"不超过{band}周岁", f"at most {band}"
    return IndicatorResult(
        "age",
        AGE_NAME,
        points,
        inputs=[
            InputUsed(Text("出生日期", "birth date"), profile.birth_date.isoformat()),
            InputUsed(Text(f"{on.isoformat()}的周岁年龄", f"completed age on {on.isoformat()}"), str(years)),
        ],
        rules=rules.rules["age"],
        steps=[Text(f"{years}周岁（{rule_zh}）→ {fmt(points)}", f"age {years} ({rule_en}) → {fmt(points)}")],
    )


def honours(rules: CompiledRules, profile: ApplicantProfile) -> IndicatorResult:
    h = rules.pack.honours
    result = IndicatorResult("honours", HONOURS_NAME, ZERO, rules=rules.rules["honours"])
    recognised = []
    for entry in profile.honours:
        kind = h.kinds.get(entry.kind)
        if kind is None:
            result.events.append(Event("exclusion", Text(f"“{entry.kind}”不是本规则认可的荣誉。", f"{entry.kind!r} is not an honour these rules recognise.")))
            continue
        recognised.append(kind)
        result.inputs.append(InputUsed(Text("荣誉", "honour"), f"{kind.zh} / {kind.en}" + (f" ({entry.year})" if entry.year else "")))
    if recognised:
        result.points = h.points.value
        result.steps.append(Text(f"荣誉表彰 {fmt(h.points.value)}分（只计一次）", f"honours {fmt(h.points.value)} (counted once)"))
        if len(recognised) > 1:
            result.events.append(Event("cap", Text(f"{len(recognised)}项荣誉只计一次。", f"{len(recognised)} honours count once.")))
    else:
        result.steps.append(Text("无：0分", "none: 0"))
    return result


def law_abiding(rules: CompiledRules, profile: ApplicantProfile, year: int) -> IndicatorResult:
    law = rules.pack.law_abiding
    first, last = year - law.window_years.value, year - 1
    result = IndicatorResult("law_abiding", LAW_NAME, ZERO, rules=rules.rules["law_abiding"])
    counted = 0
    for event in profile.detentions:
        if event.city != "beijing":
            result.events.append(Event("exclusion", Text(f"{event.date.isoformat()}的拘留不在本市：不扣分。", f"The detention of {event.date.isoformat()} was not in Beijing: not deducted.")))
        elif first <= event.date.year <= last:
            counted += 1
        else:
            where, where_en = ("之前", "before") if event.date.year < first else ("之后", "after")
            result.events.append(
                Event("exclusion", Text(f"{event.date.isoformat()}的拘留在{first}–{last}{where}：不扣分。", f"The detention of {event.date.isoformat()} is {where_en} {first}–{last}: not deducted."))
            )
    rate = law.detention_points.value
    result.points = counted * rate + ZERO
    result.inputs.append(InputUsed(Text(f"{first}–{last}行政拘留次数", f"administrative detentions {first}–{last}"), str(counted)))
    result.steps.append(Text(f"{counted} × ({fmt(rate)}) = {fmt(result.points)}", f"{counted} × ({fmt(rate)}) = {fmt(result.points)}"))
    return result
