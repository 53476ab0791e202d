"""Hangzhou's deductions: records within the window (criminal records, compulsory drug rehabilitation,
administrative or judicial detentions, dishonesty listings); records of one act count only the largest."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from simulator.cities.hangzhou.engine.facts import RoundFacts
from simulator.cities.hangzhou.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.hangzhou.labels import LABELS, LISTING_LEVELS
from simulator.cities.hangzhou.pack import HangzhouPack
from simulator.core.dates import years_back
from simulator.core.decimals import ZERO, fmt
from simulator.core.result import (
    NOT_AVAILABLE,
    Event,
    IndicatorResult,
    InputUsed,
    Text,
)
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs
from simulator.profile.model import ApplicantProfile

NAME = INDICATOR_NAMES["deductions"]
KINDS = {
    "criminal": ("deduction.criminal", Text("刑事犯罪记录", "criminal record")),
    "drug_rehabilitation": ("deduction.drug_rehabilitation", Text("强制隔离戒毒", "compulsory drug rehabilitation")),
    "judicial_detention": ("deduction.detention", Text("司法拘留", "judicial detention")),
    "administrative_detention": ("deduction.detention", Text("行政拘留", "administrative detention")),
}
NO_RECORDS = Text("无减分记录：0分", "no records to deduct: 0")
RECORD = Text("记录", "record")
OUTSIDE = ("{0}（{1}）早于{2}，超过回溯期，不扣分。", "{0} ({1}) is before {2}, outside the window: not deducted.")
RECORD_STEP = ("{0}（{1}）：{2}", "{3} ({1}): {4}")
ONE_ACT = (
    "同一行为“{0}”引起{1}项记录，只按最高一项扣{2}分。",
    "One act, '{0}', gave {1} records: only the largest deduction, {2}, counts.",
)
ONE_ACT_UNKNOWN = (
    "同一行为“{0}”引起{1}项记录：是否只按最高一项扣分，{2}；暂按各项分别扣分。",
    "One act, '{0}', gave {1} records: whether only the largest counts is {3}; each is deducted for now.",
)
SUM_STEP = ("合计 {0}", "total {0}")


def _records(profile: ApplicantProfile, cutoff) -> list[tuple[str, date, Text, str]]:
    """(path, date, what, act key) for every record up to the cut-off; an empty act is a record of its own."""
    found = []
    for i, record in enumerate(profile.penalties):
        path, what = KINDS[record.kind]
        found.append((path, record.date, what, record.act or f"penalties[{i}]"))
    for i, event in enumerate(profile.detentions):
        path, what = KINDS["administrative_detention"]
        found.append((path, event.date, what, event.act or f"detentions[{i}]"))
    for i, listing in enumerate(profile.dishonesty_listings):
        found.append(
            (
                f"deduction.dishonesty_listing.{listing.level}",
                listing.date,
                LISTING_LEVELS[listing.level],
                listing.act or f"dishonesty_listings[{i}]",
            )
        )
    return [r for r in found if r[1] <= cutoff]


def score(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    result = IndicatorResult(
        "deductions", NAME, ZERO, rules=cite(pack, LABELS, *paths_under(pack, "deduction")), group="deduction"
    )
    needs = Needs("deductions", pack, LABELS)
    records = _records(profile, facts.cutoff)
    if not records:
        result.steps.append(NO_RECORDS)
        return result
    window = needs.value("deduction.window_years")
    if window is not None:
        since = years_back(facts.cutoff, window)
        for _path, day, what, _act in records:
            if day <= since:
                result.events.append(Event("exclusion", Text.of(OUTSIDE, what.zh, day, since, what.en)))
        records = [r for r in records if r[1] > since]
    if not records:
        result.steps.append(NO_RECORDS)
        return needs.finish(result)
    acts: dict[str, list[Decimal]] = {}
    for path, day, what, act in sorted(records, key=lambda r: r[1]):
        result.inputs.append(
            InputUsed(
                RECORD,
                f"{what.en} ({day.isoformat()})",
                Text(f"{what.zh}（{day.isoformat()}）", f"{what.en} ({day.isoformat()})"),
            )
        )
        value = needs.value(path)
        shown_zh = fmt(value) if value is not None else NOT_AVAILABLE.zh
        shown_en = fmt(value) if value is not None else NOT_AVAILABLE.en
        result.steps.append(Text.of(RECORD_STEP, what.zh, day, shown_zh, what.en, shown_en))
        if value is not None:
            acts.setdefault(act, []).append(value)
    largest_only = None
    total = ZERO
    for act, values in acts.items():
        if len(values) > 1:
            if largest_only is None:
                largest_only = needs.value("deduction.one_act_largest_only")
                largest_only = "unknown" if largest_only is None else largest_only
            if largest_only is True:
                total += min(values)
                result.events.append(Event("cap", Text.of(ONE_ACT, act, len(values), min(values))))
                continue
            if largest_only == "unknown":
                result.events.append(
                    Event("note", Text.of(ONE_ACT_UNKNOWN, act, len(values), NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
                )
        total += sum(values, ZERO)
    result.points = total + ZERO
    result.steps.append(Text.of(SUM_STEP, result.points))
    return needs.finish(result)
