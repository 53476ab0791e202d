"""Tianjin's negative points, which add up: each criminal record while the application falls within the window
after the sentence ends, and each record of false information within its window (its value in the current table
is not found: the deduction then has no lowest value known)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from simulator.cities.tianjin.engine.facts import RoundFacts
from simulator.cities.tianjin.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.tianjin.labels import LABELS
from simulator.cities.tianjin.pack import TianjinPack
from simulator.core.dates import years_back
from simulator.core.decimals import ZERO
from simulator.core.result import NOT_AVAILABLE, Event, IndicatorResult, InputUsed, Text, add_bound
from simulator.core.retirement import days_in_month
from simulator.engine.cite import cite, paths_under
from simulator.engine.gaps import Needs, between
from simulator.profile.model import ApplicantProfile

NAME = INDICATOR_NAMES["deductions"]
NO_RECORDS = Text("无负积分记录：0分", "no records that take points away: 0")
RECORD = Text("记录", "record")
CONVICTION = ("{0}刑事犯罪，刑期{1}年，{2}刑满", "criminal conviction {0}, sentence {1} years, ended {2}")
CONVICTION_NO_SENTENCE = ("{0}刑事犯罪（未填写刑期）", "criminal conviction {0} (no sentence entered)")
COUNTED = ("刑满至计算截止日{0}不足{1}年：{2}", "less than {1} years from the end of the sentence to the counting date {0}: {2}")
EXPIRED = (
    "刑满至计算截止日{0}已满{1}年：不计。",
    "{1} years or more from the end of the sentence to the counting date {0}: not counted.",
)
SENTENCE_UNKNOWN = (
    "未填写刑期，无法判断刑满是否已满{0}年：{1}或0分。",
    "No sentence entered, so whether it ended {0} or more years ago cannot be told: {1} or 0.",
)
UNDATED = Text(
    "有刑事犯罪记录，但未填写判决日期和刑期：是否仍在计入期内无法判断。",
    "A criminal record without its date and sentence: whether it still counts cannot be told.",
)
SENTENCE_LABEL = Text("刑事犯罪记录的刑期", "the sentence of a criminal record")
RECORD_LABEL = Text("刑事犯罪记录的日期和刑期", "the date and sentence of a criminal record")
FALSE_INFO = ("{0}提供虚假信息", "false information, {0}")
FALSE_INFO_STEP = ("提供虚假信息（{0}）：{1}", "false information ({0}): {2}")
FALSE_INFO_OLD = Text(
    "现行分值表中的扣分未找到（2016–2021年版本为每项扣30分，不适用于2022年起的版本）。",
    "The deduction in the current table is not found (the 2016-2021 editions deducted 30 each; not used from 2022).",
)
REFUSED_UNKNOWN = (
    "2016–2021年版本对提供虚假信息的当次申请不予受理；现行规则是否如此：{0}。",
    "The 2016-2021 editions refused the round of an applicant who gave false information; whether the current rules do: {1}.",
)
REFUSED = Text("提供虚假信息：当次申请不予受理。", "False information: the round's application is refused.")
SUM_STEP = ("合计 {0}", "total {0}")


def _months_later(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def score(profile: ApplicantProfile, pack: TianjinPack, facts: RoundFacts) -> IndicatorResult:
    needs = Needs("deductions", pack, LABELS)
    result = IndicatorResult(
        "deductions", NAME, ZERO, rules=cite(pack, LABELS, *paths_under(pack, "negative")), group="deduction"
    )
    cutoff = facts.cutoff
    low: Decimal | None = ZERO
    high: Decimal | None = ZERO

    convictions = [(i, p) for i, p in enumerate(profile.penalties) if p.kind == "criminal" and p.date <= cutoff]
    if convictions or profile.has_criminal_record:
        each = needs.value("negative.criminal.points_each")
        window = needs.value("negative.criminal.window_years")
        since = years_back(cutoff, window)
        for i, record in convictions:
            if record.sentence_years is not None:
                ended = _months_later(record.date, int((record.sentence_years * 12).to_integral_value()))
                what = Text.of(CONVICTION, record.date, record.sentence_years, ended)
            else:
                ended, what = None, Text.of(CONVICTION_NO_SENTENCE, record.date)
            result.inputs.append(InputUsed(RECORD, what.en, what))
            if ended is not None and ended <= since:
                result.events.append(Event("exclusion", Text.of(EXPIRED, cutoff, window)))
            elif ended is not None or record.date > since:
                result.steps.append(Text.of(COUNTED, cutoff, window, each))
                low, high = add_bound(low, each), add_bound(high, each)
            else:  # the conviction is older than the window: the sentence decides
                result.steps.append(Text.of(SENTENCE_UNKNOWN, window, each))
                needs.unanswered(f"penalties[{i}].sentence_years", SENTENCE_LABEL)
                low = add_bound(low, each)
        if not any(p.kind == "criminal" for p in profile.penalties):  # a record is declared, but not when
            result.events.append(Event("note", UNDATED))
            result.steps.append(Text.of(SENTENCE_UNKNOWN, window, each))
            needs.unanswered("penalties", RECORD_LABEL)
            low = add_bound(low, each)

    fraud = profile.points_fraud
    if fraud is not None and fraud <= cutoff:
        window = needs.value("negative.false_information.window_years")
        if fraud > years_back(cutoff, window):
            what = Text.of(FALSE_INFO, fraud)
            result.inputs.append(InputUsed(RECORD, what.en, what))
            points = needs.value("negative.false_information.points_each")
            shown_zh = NOT_AVAILABLE.zh if points is None else points
            shown_en = NOT_AVAILABLE.en if points is None else points
            result.steps.append(Text.of(FALSE_INFO_STEP, fraud, shown_zh, shown_en))
            if points is None:
                result.events.append(Event("note", FALSE_INFO_OLD))
                low = None
            else:
                low, high = add_bound(low, points), add_bound(high, points)
            refused = needs.value("negative.false_information.round_refused")
            if refused is None:
                result.events.append(Event("note", Text.of(REFUSED_UNKNOWN, NOT_AVAILABLE.zh, NOT_AVAILABLE.en)))
            elif refused:
                result.events.append(Event("note", REFUSED))

    if not result.inputs and not result.events:
        result.steps.append(NO_RECORDS)
        return needs.finish(result)
    result.points = high if high is not None else ZERO
    if low != high:
        between(result, low, high)
    elif high:
        result.steps.append(Text.of(SUM_STEP, high))
    return needs.finish(result)
