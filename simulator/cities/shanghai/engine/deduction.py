"""Shanghai's deductions (Art. 8), added up item by item: false materials in a points application (within 3 years),
administrative detentions and general criminal records (within 5 years). Records Shanghai's rules do not list
(judicial detention, drug rehabilitation, dishonesty listings, tax violations) deduct nothing. The total never goes
below the pack's floor."""

from __future__ import annotations

from datetime import date

from simulator.cities.shanghai.engine.facts import RoundFacts, new_result
from simulator.cities.shanghai.indicators import NAMES
from simulator.cities.shanghai.labels import LABELS
from simulator.cities.shanghai.pack import ShanghaiPack
from simulator.core.dates import years_back
from simulator.core.decimals import ZERO
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.engine.cite import paths_under
from simulator.profile.model import ApplicantProfile

RECORD = Text("记录", "record")
NO_RECORDS = Text("无减分记录：0分", "no records to deduct: 0")
KINDS = {
    "false_materials": Text("积分申请中提供虚假材料", "false materials in a points application"),
    "administrative_detention": Text("行政拘留", "administrative detention"),
    "general_crime": Text("一般刑事犯罪", "general criminal record"),
}
OUTSIDE = ("{0}（{1}）早于{2}，超过{3}年回溯期，不扣分。", "{4} ({1}) is before {2}, outside the {3} years: not deducted.")
RECORD_STEP = ("{0}（{1}）：{2}", "{3} ({1}): {2}")
SUM_STEP = ("合计 {0}", "total {0}")
NOT_LISTED = (
    "{0}（{1}）不是上海规则所列的减分项目，不扣分。",
    "{2} ({1}) is not a deduction item of Shanghai's rules: not deducted.",
)
FRAUD_NOTE = (
    "提供虚假材料的，另依法处理并记入本市公共信用信息平台；情节严重的，{0}年内不得申请积分（资料未说明何为情节严重）。",
    "False materials are also punished under the law and recorded on the city's credit platform; in serious cases no "
    "application is allowed for {0} years (the sources do not say which cases are serious).",
)
SERIOUS_LEFT = (
    "{0}的刑事犯罪记录标为严重刑事犯罪：属一票否决，不在此扣分。",
    "The criminal record of {0} is marked a serious crime: a veto, not deducted here.",
)
NOT_DEFINED = Text(
    "上海规则未界定何为“严重刑事犯罪”（一票否决）：未标为严重的刑事犯罪按一般刑事犯罪扣分。",
    "Shanghai's rules do not define 'serious crime' (a veto): a criminal record not marked serious is deducted as a "
    "general crime.",
)
OTHER_KINDS = {
    "judicial_detention": Text("司法拘留", "judicial detention"),
    "drug_rehabilitation": Text("强制隔离戒毒", "compulsory drug rehabilitation"),
}


def score(profile: ApplicantProfile, pack: ShanghaiPack, facts: RoundFacts) -> IndicatorResult:
    rules = pack.deduction
    result, needs = new_result("deductions", NAMES["deductions"], pack, LABELS, paths_under(pack, "deduction"), "deduction")
    records: list[tuple[str, date]] = []
    if profile.points_fraud is not None and profile.points_fraud <= facts.cutoff:
        records.append(("false_materials", profile.points_fraud))
    records += [("administrative_detention", e.date) for e in profile.detentions if e.date <= facts.cutoff]
    for record in profile.penalties:
        if record.date > facts.cutoff:
            continue
        if record.kind == "criminal":
            if record.serious_crime:
                result.events.append(Event("note", Text.of(SERIOUS_LEFT, record.date)))
            else:
                records.append(("general_crime", record.date))
        else:
            what = OTHER_KINDS[record.kind]
            result.events.append(Event("exclusion", Text.of(NOT_LISTED, what.zh, record.date, what.en)))
    for listing in profile.dishonesty_listings:
        if listing.date <= facts.cutoff:
            what = Text("失信记录", "dishonesty listing")
            result.events.append(Event("exclusion", Text.of(NOT_LISTED, what.zh, listing.date, what.en)))
    if not records:
        result.steps.append(NO_RECORDS)
        return result
    total = ZERO
    for kind, day in sorted(records, key=lambda r: r[1]):
        rule = getattr(rules, kind)
        what = KINDS[kind]
        window = rule.window_years.value
        since = years_back(facts.cutoff, window)
        if day <= since:
            result.events.append(Event("exclusion", Text.of(OUTSIDE, what.zh, day, since, window, what.en)))
            continue
        result.inputs.append(
            InputUsed(RECORD, f"{what.en} ({day.isoformat()})", Text(f"{what.zh}（{day}）", f"{what.en} ({day})"))
        )
        points = needs.value(f"deduction.{kind}.points_each")
        result.steps.append(Text.of(RECORD_STEP, what.zh, day, points, what.en))
        total += points
        if kind == "false_materials":
            result.events.append(Event("note", Text.of(FRAUD_NOTE, rules.fraud_bar_years.value)))
        if kind == "general_crime" and not any(e.text.en == NOT_DEFINED.en for e in result.events):
            result.events.append(Event("note", NOT_DEFINED))
    result.points = total
    if len(result.steps) > 1:
        result.steps.append(Text.of(SUM_STEP, total))
    return needs.finish(result)
