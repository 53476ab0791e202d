"""Hangzhou's deductions: records within the window (criminal records, compulsory drug rehabilitation,
administrative or judicial detentions, dishonesty records and listings as seriously dishonest; the trial's
custody-education and family-planning records). Where the rules say so, records of one act count only the largest;
a value not known makes the deduction a range (no lowest known), an unknown counting rule takes both readings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from simulator.cities.hangzhou.engine.facts import CITY, RoundFacts
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
from simulator.engine.gaps import Needs, add, between
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
    "同一行为“{0}”引起{1}项记录：是否只按最高一项扣分，{2}；两种读法都计入范围。",
    "One act, '{0}', gave {1} records: whether only the largest counts is {3}; the range takes both readings.",
)
COUNT_STEP = ("{0} {1}次：{2}", "{3} × {1}: {4}")
DISHONESTY = Text("失信记录", "dishonesty record")
SERIOUS_DISHONESTY = Text("严重失信名单", "listed as seriously dishonest")
CUSTODY = Text("收容教育记录（回溯期内）", "custody-and-education records (within the window)")
FAMILY_PLANNING = Text("违反计划生育记录（回溯期内）", "family-planning violations (within the window)")
SUM_STEP = ("合计 {0}", "total {0}")


def _records(profile: ApplicantProfile, pack: HangzhouPack, cutoff) -> list[tuple[str, date, Text, str]]:
    """(path, date, what, act key) for every record up to the cut-off; an empty act is a record of its own."""
    found = []
    for i, record in enumerate(profile.penalties):
        path, what = KINDS[record.kind]
        found.append((path, record.date, what, record.act or f"penalties[{i}]"))
    for i, event in enumerate(profile.detentions):
        path, what = KINDS["administrative_detention"]
        found.append((path, event.date, what, event.act or f"detentions[{i}]"))
    separate_serious = pack.deduction.serious_dishonesty is not None
    for i, listing in enumerate(profile.dishonesty_listings):
        serious = listing.serious and separate_serious
        what = SERIOUS_DISHONESTY if serious else DISHONESTY
        if listing.level is not None:
            what = Text(f"{what.zh}（{LISTING_LEVELS[listing.level].zh}）", f"{what.en} ({LISTING_LEVELS[listing.level].en})")
        path = "deduction.serious_dishonesty" if serious else "deduction.dishonesty"
        found.append((path, listing.date, what, listing.act or f"dishonesty_listings[{i}]"))
    return [r for r in found if r[1] <= cutoff]


def _counted(profile: ApplicantProfile, pack: HangzhouPack) -> list[tuple[str, int, Text]]:
    """(path, how many, what) for the kinds of record the applicant counts rather than dates (the trial's custody
    education and family-planning violations), within the window."""
    answers = profile.facts_of(CITY)
    counted = []
    for section, key, what in (
        ("custody_education", "custody_education_records", CUSTODY),
        ("family_planning", "family_planning_violations", FAMILY_PLANNING),
    ):
        if getattr(pack.deduction, section) is not None and answers.get(key):
            counted.append((f"deduction.{section}.points_each", int(answers[key]), what))
    return counted


def score(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult:
    result = IndicatorResult(
        "deductions", NAME, ZERO, rules=cite(pack, LABELS, *paths_under(pack, "deduction")), group="deduction"
    )
    needs = Needs("deductions", pack, LABELS)
    records = _records(profile, pack, facts.cutoff)
    counted = _counted(profile, pack)
    if not records and not counted:
        result.steps.append(NO_RECORDS)
        return result
    window = needs.value("deduction.window_years")
    outside_unknown = False
    if window is not None:
        since = years_back(facts.cutoff, window)
        for _path, day, what, _act in records:
            if day <= since:
                result.events.append(Event("exclusion", Text.of(OUTSIDE, what.zh, day, since, what.en)))
        records = [r for r in records if r[1] > since]
    else:  # how far back records count is not known: each may or may not be deducted
        outside_unknown = bool(records)
    if not records and not counted:
        result.steps.append(NO_RECORDS)
        return needs.finish(result)
    # per act: the known deductions and how many are not known
    acts: dict[str, tuple[list[Decimal], int]] = {}
    for path, day, what, act in sorted(records, key=lambda r: r[1]):
        result.inputs.append(
            InputUsed(
                RECORD,
                f"{what.en} ({day.isoformat()})",
                Text(f"{what.zh}（{day.isoformat()}）", f"{what.en} ({day.isoformat()})"),
            )
        )
        value = needs.value(path)
        result.steps.append(Text.of(RECORD_STEP, what.zh, day, _shown(value, "zh"), what.en, _shown(value, "en")))
        known, unknown = acts.get(act, ([], 0))
        acts[act] = (known + [value], unknown) if value is not None else (known, unknown + 1)
    low: Decimal | None = ZERO
    high: Decimal | None = ZERO
    for path, count, what in counted:
        result.inputs.append(InputUsed(what, str(count)))
        value = needs.value(path)
        if value is None:
            result.steps.append(Text.of(COUNT_STEP, what.zh, count, NOT_AVAILABLE.zh, what.en, NOT_AVAILABLE.en))
            low = None  # at most nothing deducted, no lowest known
            continue
        result.steps.append(Text.of(COUNT_STEP, what.zh, count, fmt(count * value), what.en, fmt(count * value)))
        low, high = add(low, count * value), add(high, count * value)
    largest_only: bool | None | str = "unread"
    for act, (known, unknown) in acts.items():
        several = len(known) + unknown > 1
        if several and largest_only == "unread":
            largest_only = needs.value("deduction.one_act_largest_only")
        readings = [largest_only] if several and largest_only is not None else [True, False] if several else [False]
        lows, highs = [], []
        for only_largest in readings:
            if only_largest:
                # the largest deduction counts: an unknown one may be larger than every known one
                top = min(known) if known else ZERO
                lows.append(None if unknown else top)
                highs.append(top)
            else:
                total = sum(known, ZERO)
                lows.append(None if unknown else total)
                highs.append(total)
        act_low = None if None in lows else min(lows)
        act_high = max(highs)
        if several and largest_only is True:
            result.events.append(Event("cap", Text.of(ONE_ACT, act, len(known) + unknown, act_high)))
        elif several and largest_only is None:
            result.events.append(
                Event("note", Text.of(ONE_ACT_UNKNOWN, act, len(known) + unknown, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
            )
        low, high = add(low, act_low), add(high, act_high)
    if outside_unknown:
        high = ZERO  # every record may be outside the window
    result.points = high + ZERO if high is not None else ZERO
    result.steps.append(Text.of(SUM_STEP, result.points))
    if low != high:
        between(result, low, high)
    return needs.finish(result)


def _shown(value: Decimal | None, lang: str) -> str:
    return fmt(value) if value is not None else NOT_AVAILABLE(lang)
