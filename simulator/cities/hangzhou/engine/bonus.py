"""Hangzhou's bonus indicators: honours, stem-cell donation, blood donation, volunteering, charity, tax and
invention patents. Each is counted within its window and capped; a value not found is reported as missing only
when the applicant has something it would score."""

from __future__ import annotations

from decimal import Decimal

from simulator.cities.hangzhou.engine.basic import MISSING_STEP, capped
from simulator.cities.hangzhou.engine.facts import CITY, RoundFacts
from simulator.cities.hangzhou.indicators import NAMES as INDICATOR_NAMES
from simulator.cities.hangzhou.labels import HONOUR_LEVELS, LABELS
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
from simulator.engine.gaps import Needs, add, between, yes_no
from simulator.profile.model import ApplicantProfile

NAMES = {
    i: INDICATOR_NAMES[i]
    for i in (
        "honours",
        "stem_cell_donation",
        "blood_donation",
        "volunteering",
        "charity",
        "tax",
        "patents",
        "enterprise_role",
        "chunan_origin",
    )
}
NOTHING = Text("无：0分", "none: 0")


def _result(indicator: str, pack: HangzhouPack, prefix: str) -> tuple[IndicatorResult, Needs]:
    result = IndicatorResult(
        indicator, NAMES[indicator], ZERO, rules=cite(pack, LABELS, *paths_under(pack, prefix)), group="bonus"
    )
    return result, Needs(indicator, pack, LABELS)


def _missing_step(result: IndicatorResult) -> None:
    result.steps.append(Text.of(MISSING_STEP, result.name.zh, NOT_AVAILABLE.zh, result.name.en, NOT_AVAILABLE.en))


HONOUR = ("{0}荣誉", "{1} honour")
HONOUR_OUTSIDE = ("{0}：非在杭州期间取得，不计分。", "{0}: not earned while in Hangzhou, not counted.")
HONOUR_NO_LEVEL = (
    "{0}：未注明授予机关级别，杭州按级别计分，不计。",
    "{0}: no level of the awarding body given; Hangzhou scores honours by level, not counted.",
)
HONOUR_NO_YEAR = (
    "{0}：未注明年份，无法判断是否在有效期内，不计。",
    "{0}: no year given, so whether it is still valid cannot be told; not counted.",
)
HONOUR_EXPIRED = (
    "{0}（{1}年）：不在{2}–{3}年内，已超过有效期，不计。",
    "{0} ({1}): outside {2}–{3}, no longer valid; not counted.",
)
HONOUR_EDGE = (
    "{0}（{1}年）：是否仍在{2}年有效期内取决于授予日期，本程序不计。",
    "{0} ({1}): whether it is still within the {2}-year validity depends on the date; not counted here.",
)
LEVEL_STEP = ("{0} {1}项 × {2} = {3}", "{4} {1} × {2} = {3}")
LEVEL_CAP = ("{0}荣誉以{1}分为限。", "Honours of {2} level are capped at {1}.")
CAP_UNKNOWN = ("{0}荣誉上限：{1}", "cap for {2} honours: {3}")
SUM_STEP = ("合计 {0}", "total {0}")
WINDOW_UNKNOWN = (
    "{0}的有效年数{1}：每一项都可能已过期，最低按0分计。",
    "How many years {2} count is {3}: each may have lapsed, so the lowest reading counts none.",
)


def honours(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.honours
    if rules is None:
        return None
    result, needs = _result("honours", pack, "bonus.honours")
    first = last = window = None
    counts: dict[str, int] = {}
    for entry in profile.honours:
        name = entry.note or entry.kind
        if entry.level is None:
            result.events.append(Event("exclusion", Text.of(HONOUR_NO_LEVEL, name)))
            continue
        if entry.city != CITY:
            result.events.append(Event("exclusion", Text.of(HONOUR_OUTSIDE, name)))
            continue
        if entry.year is None:
            result.events.append(Event("exclusion", Text.of(HONOUR_NO_YEAR, name)))
            continue
        if entry.year > facts.cutoff.year:
            continue
        if first is None:
            window = needs.value("bonus.honours.window_years")
            last = facts.cutoff.year
            first = last - window + 1 if window is not None else None
        if first is not None and entry.year < first:
            edge = entry.year == first - 1
            template = HONOUR_EDGE if edge else HONOUR_EXPIRED
            values = (name, entry.year, window) if edge else (name, entry.year, first, last)
            result.events.append(Event("exclusion", Text.of(template, *values)))
            continue
        level = HONOUR_LEVELS[entry.level]
        result.inputs.append(InputUsed(Text.of(HONOUR, level.zh, level.en), f"{name} ({entry.year})"))
        counts[entry.level] = counts.get(entry.level, 0) + 1
    if not counts:
        result.steps.append(NOTHING)
        return needs.finish(result)
    total = ZERO
    low: Decimal | None = ZERO
    high: Decimal | None = ZERO
    for level_id in ("national", "provincial", "municipal", "district"):
        count = counts.get(level_id)
        if not count:
            continue
        level = HONOUR_LEVELS[level_id]
        each = needs.value(f"bonus.honours.levels.{level_id}.points_each")
        cap = needs.value(f"bonus.honours.levels.{level_id}.max_points")
        if each is None:  # at least nothing, at most the level's cap (or no bound known)
            result.steps.append(Text.of(MISSING_STEP, level.zh, NOT_AVAILABLE.zh, level.en, NOT_AVAILABLE.en))
            high = add(high, cap)
            continue
        raw = count * each
        result.steps.append(Text.of(LEVEL_STEP, level.zh, count, each, raw, level.en))
        if cap is None:  # between nothing (a cap could be that low) and uncapped
            result.steps.append(Text.of(CAP_UNKNOWN, level.zh, NOT_AVAILABLE.zh, level.en, NOT_AVAILABLE.en))
            high = add(high, raw)
            continue
        if raw > cap:
            raw = cap
            result.events.append(Event("cap", Text.of(LEVEL_CAP, level.zh, cap, level.en)))
        total += raw
        low, high = add(low, raw), add(high, raw)
    result.points = total
    if len(counts) > 1:
        result.steps.append(Text.of(SUM_STEP, total))
    if window is None:  # how long an honour counts is not known: each may already have lapsed
        result.events.append(
            Event("note", Text.of(WINDOW_UNKNOWN, NAMES["honours"].zh, NOT_AVAILABLE.zh, NAMES["honours"].en, NOT_AVAILABLE.en))
        )
        low = ZERO
    between(result, low, high)
    return needs.finish(result)


DONATED = Text("捐献造血干细胞", "donated haematopoietic stem cells")
DONATED_STEP = ("捐献造血干细胞 → {0}", "stem-cell donation → {0}")


def stem_cell_donation(profile: ApplicantProfile, pack: HangzhouPack) -> IndicatorResult | None:
    if pack.bonus.stem_cell_donation is None:
        return None
    result, needs = _result("stem_cell_donation", pack, "bonus.stem_cell_donation")
    result.inputs.append(InputUsed(DONATED, *yes_no(profile.stem_cell_donation)))
    if not profile.stem_cell_donation:
        result.steps.append(NOTHING)
        return result
    points = needs.value("bonus.stem_cell_donation.points")
    if points is None:
        _missing_step(result)
        between(result, ZERO, None)
    else:
        result.points = points
        result.steps.append(Text.of(DONATED_STEP, points))
    return needs.finish(result)


def _step_points(needs: Needs, prefix: str, amount: Decimal) -> tuple[Decimal | None, Text | None]:
    """`first_points` at `first_amount`, plus `step_points` per further full `step_amount`; None if a value is missing
    (then every unknown part of the rule is listed at once)."""
    first = needs.value(f"{prefix}.first_amount")
    if first is not None and amount < first:
        return ZERO, Text.of(("{0} 不足 {1}：0分", "{0} is below {1}: 0"), amount, first)
    first_points, step, step_points = (needs.value(f"{prefix}.{n}") for n in ("first_points", "step_amount", "step_points"))
    if first is None or first_points is None or step is None or step_points is None:
        return None, None
    steps = int((amount - first) // step)
    points = first_points + steps * step_points
    return points, Text.of(
        ("{0}：起点{1}计{2}分，另满{3}共{4}档 × {5} = {6}", "{0}: {1} gives {2}, plus {4} further full {3} × {5} = {6}"),
        amount,
        first,
        first_points,
        step,
        steps,
        step_points,
        points,
    )


ML = ("献血量合计（毫升，截至{0}）", "blood donated (ml, to {0})")
ML_WINDOW = ("献血量合计（毫升，{0}至{1}）", "blood donated (ml, {0} to {1})")


def blood_donation(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.blood_donation
    if rules is None:
        return None
    result, needs = _result("blood_donation", pack, "bonus.blood_donation")
    donations = [d for d in profile.blood_donations if d.date <= facts.cutoff]
    if not donations:
        result.steps.append(NOTHING)
        return result
    label = Text.of(ML, facts.cutoff)
    lapse_unknown = False
    if rules.window_years is not None:
        window = needs.value("bonus.blood_donation.window_years")
        lapse_unknown = window is None
        if window is not None:
            since = years_back(facts.cutoff, window)
            donations = [d for d in donations if d.date > since]
            label = Text.of(ML_WINDOW, since, facts.cutoff)
    ml = Decimal(sum(d.ml for d in donations))
    result.inputs.append(InputUsed(label, str(ml)))
    points, step = _step_points(needs, "bonus.blood_donation", ml)
    if points is None:
        _missing_step(result)
        between(result, ZERO, needs.value("bonus.blood_donation.max_points"))
        return needs.finish(result)
    result.steps.append(step)
    capped(result, needs, "bonus.blood_donation.max_points", points)
    return needs.finish(_may_lapse(result, lapse_unknown))


def _may_lapse(result: IndicatorResult, lapse_unknown: bool) -> IndicatorResult:
    """Where how long entries count is not known, each may have lapsed: the lowest reading counts none."""
    if lapse_unknown and (result.high is None or result.high > ZERO):
        between(result, ZERO, result.high)
    return result


def _per_step(result: IndicatorResult, needs: Needs, prefix: str, amount: Decimal) -> None:
    step, per = needs.value(f"{prefix}.step"), needs.value(f"{prefix}.points_per_step")
    if step is None or per is None:
        _missing_step(result)
        between(result, ZERO, needs.value(f"{prefix}.max_points"))
        return
    steps = int(amount // step)
    raw = steps * per + ZERO
    result.steps.append(
        Text.of(("{0} ÷ {1} = {2}档 × {3} = {4}", "{0} ÷ {1} = {2} full steps × {3} = {4}"), amount, step, steps, per, raw)
    )
    capped(result, needs, f"{prefix}.max_points", raw)


HOURS = ("志愿服务小时数（{0}–{1}年）", "volunteer hours ({0}–{1})")
HOURS_ALL = ("志愿服务小时数（截至{0}年）", "volunteer hours (to {0})")


def volunteering(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.volunteering
    if rules is None:
        return None
    result, needs = _result("volunteering", pack, "bonus.volunteering")
    last = facts.cutoff.year
    entries = [v for v in profile.volunteering if v.year <= last and v.hours > 0]
    if not entries:
        result.steps.append(NOTHING)
        return result
    label = Text.of(HOURS_ALL, last)
    lapse_unknown = False
    if rules.window_years is not None:
        window = needs.value("bonus.volunteering.window_years")
        lapse_unknown = window is None
        if window is not None:
            first = last - window + 1
            entries = [v for v in entries if v.year >= first]
            label = Text.of(HOURS, first, last)
    hours = sum((v.hours for v in entries), ZERO)
    result.inputs.append(InputUsed(label, fmt(hours)))
    _per_step(result, needs, "bonus.volunteering", hours)
    return needs.finish(_may_lapse(result, lapse_unknown))


DONATED_YUAN = ("慈善捐赠（元，{0}至{1}）", "charity donations (yuan, {0} to {1})")
DONATED_ALL = ("慈善捐赠（元，截至{0}）", "charity donations (yuan, to {0})")


def charity(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.charity
    if rules is None:
        return None
    result, needs = _result("charity", pack, "bonus.charity")
    gifts = [g for g in profile.charity_donations if g.date <= facts.cutoff and g.yuan > 0]
    if not gifts:
        result.steps.append(NOTHING)
        return result
    label = Text.of(DONATED_ALL, facts.cutoff)
    lapse_unknown = False
    if rules.window_years is not None:
        window = needs.value("bonus.charity.window_years")
        lapse_unknown = window is None
        if window is not None:
            since = years_back(facts.cutoff, window)
            gifts = [g for g in gifts if g.date > since]
            label = Text.of(DONATED_YUAN, since, facts.cutoff)
    yuan = sum((g.yuan for g in gifts), ZERO)
    result.inputs.append(InputUsed(label, f"{yuan:,}"))
    _per_step(result, needs, "bonus.charity", yuan)
    return needs.finish(_may_lapse(result, lapse_unknown))


TAX_YEAR = ("{0}年个人所得税（元）", "income tax {0} (yuan)")
INVEST_YEAR = ("{0}年投资企业纳税（元）", "tax of the invested enterprise {0} (yuan)")
TAX_SUM = ("{0}–{1}年合计（元）", "total {0}–{1} (yuan)")
INVESTOR = Text("申请人为投资者：按投资纳税计分。", "The applicant is an investor: scored by the invested enterprise's tax.")


def tax(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.tax
    if rules is None:
        return None
    result, needs = _result("tax", pack, "bonus.tax")
    window = needs.value("bonus.tax.window_years")
    last = facts.cutoff.year - 1
    first = last - window + 1 if window is not None else None

    def within(entries):
        return [
            e for e in entries if e.city == CITY and e.year <= last and (first is None or e.year >= first) and e.amount_yuan > 0
        ]

    investing = within(profile.investment_tax)
    entries, prefix, label = (
        (investing, "bonus.tax.investor", INVEST_YEAR)
        if investing
        else (within(profile.income_tax), "bonus.tax.personal", TAX_YEAR)
    )
    if not entries:
        result.steps.append(NOTHING)
        return needs.finish(result)
    if investing:
        result.events.append(Event("note", INVESTOR))
    for entry in sorted(entries, key=lambda e: e.year):
        result.inputs.append(InputUsed(Text.of(label, entry.year), f"{entry.amount_yuan:,}"))
    amount = sum((e.amount_yuan for e in entries), ZERO)
    result.inputs.append(
        InputUsed(Text.of(TAX_SUM, first if first is not None else min(e.year for e in entries), last), f"{amount:,}")
    )
    points, step = _step_points(needs, prefix, amount)
    if points is None:
        _missing_step(result)
        between(result, ZERO, needs.value(f"{prefix}.max_points"))
        return needs.finish(result)
    result.steps.append(step)
    capped(result, needs, f"{prefix}.max_points", points)
    return needs.finish(result)


PATENT = Text("发明专利", "invention patent")
PATENT_STEP = ("{0}：{1}", "{2}: {1}")


def patents(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> IndicatorResult | None:
    rules = pack.bonus.patents
    if rules is None:
        return None
    result, needs = _result("patents", pack, "bonus.patents")
    held = [p for p in profile.invention_patents if p.granted <= facts.cutoff]
    if not held:
        result.steps.append(NOTHING)
        return result
    total = ZERO
    unknown = False
    for patent in held:
        name = patent.title or patent.granted.isoformat()
        if patent.transferred:
            how, value = ("受让", "transferred"), needs.value("bonus.patents.transferred_points")
        else:
            if patent.shared and not patent.first_patentee:
                first, share = needs.value("bonus.patents.shared_first_points"), needs.value("bonus.patents.shared_other_share")
                how, value = (
                    ("共有（非第一专利权人）", "shared, not the first patentee"),
                    (None if first is None or share is None else first * share),
                )
            elif patent.shared:
                how, value = ("共有（第一专利权人）", "shared, first patentee"), needs.value("bonus.patents.shared_first_points")
            else:
                how, value = ("独有", "sole"), needs.value("bonus.patents.points_each")
        result.inputs.append(InputUsed(PATENT, f"{name} ({how[1]})", Text(f"{name}（{how[0]}）", f"{name} ({how[1]})")))
        shown_zh = fmt(value) if value is not None else NOT_AVAILABLE.zh
        shown_en = fmt(value) if value is not None else NOT_AVAILABLE.en
        result.steps.append(Text(f"{name}（{how[0]}）：{shown_zh}", f"{name} ({how[1]}): {shown_en}"))
        if value is not None:
            total += value
        else:
            unknown = True
    has_cap = rules.max_points is not None  # None: the rules set no cap
    if unknown:  # at least the known patents' points, at most the cap (or no bound known)
        cap = needs.value("bonus.patents.max_points") if has_cap else None
        between(result, min(total, cap) if cap is not None else total, cap)
        return needs.finish(result)
    if has_cap:
        capped(result, needs, "bonus.patents.max_points", total)
    else:
        result.points = total
    return needs.finish(result)


ROLE = Text(
    "投资杭州的“守合同重信用”AAA级或省、市信用管理示范企业的法定代表人、董事、监事或高级管理人员",
    "legal representative, director, supervisor or senior manager of an enterprise rated AAA for honouring contracts or a credit-management "
    "model enterprise investing in Hangzhou",
)
CHUNAN = Text(
    "原户籍在淳安特别生态功能区的农业转移人口", "agricultural migrant with original hukou in Chun'an's special ecological zone"
)


def _flat(indicator: str, pack: HangzhouPack, prefix: str, label: Text, holds: bool) -> IndicatorResult:
    """An item that gives its points to whoever it describes."""
    result, needs = _result(indicator, pack, prefix)
    result.inputs.append(InputUsed(label, *yes_no(holds)))
    if not holds:
        result.steps.append(NOTHING)
        return result
    points = needs.value(f"{prefix}.points")
    if points is None:
        _missing_step(result)
        between(result, ZERO, None)
    else:
        result.points = points
        result.steps.append(Text.of(("{0} → {1}", "{2} → {1}"), label.zh, points, label.en))
    return needs.finish(result)


def enterprise_role(profile: ApplicantProfile, pack: HangzhouPack) -> IndicatorResult | None:
    if pack.bonus.enterprise_role is None:
        return None
    holds = bool(profile.facts_of(CITY).get("credit_model_enterprise_role"))
    return _flat("enterprise_role", pack, "bonus.enterprise_role", ROLE, holds)


def chunan_origin(profile: ApplicantProfile, pack: HangzhouPack) -> IndicatorResult | None:
    if pack.bonus.chunan_origin is None:
        return None
    holds = bool(profile.facts_of(CITY).get("chunan_origin"))
    return _flat("chunan_origin", pack, "bonus.chunan_origin", CHUNAN, holds)


def score_all(profile: ApplicantProfile, pack: HangzhouPack, facts: RoundFacts) -> list[IndicatorResult]:
    found = [
        honours(profile, pack, facts),
        stem_cell_donation(profile, pack),
        blood_donation(profile, pack, facts),
        volunteering(profile, pack, facts),
        charity(profile, pack, facts),
        tax(profile, pack, facts),
        patents(profile, pack, facts),
        enterprise_role(profile, pack),
        chunan_origin(profile, pack),
    ]
    return [item for item in found if item is not None]
