"""Xiong'an's bonus indicators (honours, innovation and entrepreneurship, personal income tax) and its deduction
indicators. Their official tables were not found: an indicator the applicant has something for is reported as
"official value not available" until the user supplies the points the official table gives; one the applicant
has nothing for scores 0 either way."""

from __future__ import annotations

from datetime import date

from simulator.cities.xiongan.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.xiongan.labels import LABELS
from simulator.cities.xiongan.pack import XionganPack
from simulator.core.decimals import ZERO
from simulator.core.result import NOT_AVAILABLE, IndicatorResult, InputUsed, Text
from simulator.engine.cite import cite
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

CITY = "xiongan"

NAMES = {i: INDICATOR_NAMES[i] for i in ("honours", "innovation", "tax", "deductions")}
PATHS = {
    "honours": "bonus.honours.points",
    "innovation": "bonus.innovation.points",
    "tax": "bonus.tax.points",
    "deductions": "deduction.records.points",
}
ITEM = Text("申请人的项目", "the applicant's item")
NOTHING = (
    "未填写{0}：0分（官方分值表未获得，但对本申请人无影响）",
    "no {1} entered: 0 (the official table is not known, but it does not matter here)",
)
NOT_AVAILABLE_STEP = ("{0}分值：{1}", "{2} points: {3}")
SUPPLIED_STEP = ("按官方分值表计{0}分（用户提供）", "{0} under the official table (user-supplied)")
WHAT = {
    "honours": ("荣誉表彰", "honours"),
    "innovation": ("创新创业项目", "innovation items"),
    "tax": ("本区个人所得税", "Xiong'an income tax"),
    "deductions": ("可能减分的记录", "records that may be deducted"),
}


PENALTY_KINDS = {
    "criminal": ("刑事犯罪", "criminal conviction"),
    "drug_rehabilitation": ("强制隔离戒毒", "compulsory drug rehabilitation"),
    "judicial_detention": ("司法拘留", "judicial detention"),
}
LISTING_LEVELS = {"national": ("全国", "national"), "provincial": ("省级", "provincial"), "municipal": ("市级", "municipal")}


def _dated(day: date, zh: str, en: str) -> Text:
    return Text(f"{day.isoformat()} {zh}", f"{day.isoformat()} {en}")


def _items(profile: ApplicantProfile, indicator: str, cutoff: date) -> list[Text]:
    """The applicant's facts this indicator could score, as shown in the derivation."""
    if indicator == "honours":
        shown = [
            f"{h.note or h.kind}" + (f" ({h.year})" if h.year else "")
            for h in profile.honours
            if h.year is None or h.year <= cutoff.year
        ]
        return [Text(item, item) for item in shown]
    if indicator == "innovation":
        items = []
        if profile.innovation is not None:
            name = profile.innovation.description or profile.innovation.kind
            items.append(Text(name, name))
        for p in profile.invention_patents:
            if p.granted <= cutoff:
                items.append(
                    Text(
                        f"{p.title or '发明专利'}（{p.granted.isoformat()}授权）",
                        f"{p.title or 'invention patent'} (granted {p.granted.isoformat()})",
                    )
                )
        return items
    if indicator == "tax":
        return [
            Text(f"{t.year}年：{t.amount_yuan:,}元", f"{t.year}: {t.amount_yuan:,} yuan")
            for t in profile.income_tax
            if t.city == CITY and t.year <= cutoff.year and t.amount_yuan > 0
        ]
    records = [_dated(e.date, "行政拘留", "administrative detention") for e in profile.detentions if e.date <= cutoff]
    records += [_dated(e.date, "涉税违法", "tax violation") for e in profile.tax_violations if e.date <= cutoff]
    records += [_dated(e.date, *PENALTY_KINDS[e.kind]) for e in profile.penalties if e.date <= cutoff]
    for e in profile.dishonesty_listings:
        if e.date <= cutoff:
            zh, en = LISTING_LEVELS[e.level]
            records.append(_dated(e.date, f"列入{zh}失信名单", f"on the {en} dishonesty list"))
    return records


def score(indicator: str, profile: ApplicantProfile, pack: XionganPack, cutoff: date) -> IndicatorResult:
    path = PATHS[indicator]
    group = "deduction" if indicator == "deductions" else "bonus"
    result = IndicatorResult(indicator, NAMES[indicator], ZERO, rules=cite(pack, LABELS, path), group=group)
    what_zh, what_en = WHAT[indicator]
    items = _items(profile, indicator, cutoff)
    if not items:
        result.steps.append(Text.of(NOTHING, what_zh, what_en))
        return result
    for item in items:
        result.inputs.append(InputUsed(ITEM, item.en, item))
    needs = Needs(indicator, pack, LABELS)
    points = needs.value(path)
    if points is None:
        result.steps.append(Text.of(NOT_AVAILABLE_STEP, what_zh, NOT_AVAILABLE.zh, what_en, NOT_AVAILABLE.en))
    else:
        result.points = points
        result.steps.append(
            Text.of(SUPPLIED_STEP if pack.value_at(path).confidence == "user-supplied" else ("{0}分", "{0} points"), points)
        )
    return needs.finish(result)
