"""5. 创新创业: one item, capped at 12. Award and competition tiers are picked by the applicant (which named
award maps to which tier is not known); equity points follow the financing bands."""

from __future__ import annotations

from functools import lru_cache

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.cities.beijing.indicators import NAMES
from simulator.core.decimals import ZERO, fmt
from simulator.core.result import Event, IndicatorResult, InputUsed, Text
from simulator.engine.citations import NO, YES, show_value
from simulator.profile.model import InnovationItem

NAME = NAMES["innovation"]
NO_ITEM = Text("无创新创业项目：0分", "no item: 0")
UNKNOWN_KIND = ("本版本规则无“{0}”类项目（可选：{1}）。", "This edition has no item of kind '{0}' (known: {1}).")
KIND = Text("项目类别", "kind")
DESCRIPTION = Text("说明", "description")
TIER = Text("所选档次", "tier chosen")
NO_TIER = Text("未选择档次：0分。", "No tier chosen: 0.")
NOT_A_TIER = ("{0}不是本类别的档次（{1}）。", "{0} is not a tier of this kind ({1}).")
TIER_STEP = ("档次分值 {0}", "tier value {0}")
SHARE = Text("持股比例（%）", "share (%)")
FINANCING = Text("近3年股权融资额（元）", "equity financing, last 3 years (yuan)")
FULL_YEAR = Text("在该企业工作满一个自然年", "worked a full natural year there")
SHARE_TOO_LOW = ("持股须不低于{0}%。", "The share must be at least {0}%.")
NO_FULL_YEAR = Text("须在该企业工作满一个自然年。", "A full natural year of work at the enterprise is required.")
BAND_STEP = ("融资额 {0} ≥ {1}：{2}分", "financing {0} ≥ {1}: {2}")
BELOW_BANDS = ("融资额低于{0}元：0分。", "Financing below {0} yuan: 0.")
YEARS = Text("年数", "years")
YEARS_STEP = ("{0}年 × {1} = {2}", "{0} years × {1} = {2}")
ITEM_CAP = ("本项最高{0}分。", "This item is capped at {0}.")
CAP = ("本指标最高{0}分。", "The indicator is capped at {0}.")
POINTS_STEP = ("{0}分", "{0} points")


def score(rules: CompiledRules, item: InnovationItem | None) -> IndicatorResult:
    if item is None:
        return _no_item(rules)
    innovation = rules.pack.innovation
    kind = innovation.kinds.get(item.kind)
    if kind is None:
        event = Event("exclusion", Text.of(UNKNOWN_KIND, item.kind, ", ".join(innovation.kinds)))
        return IndicatorResult("innovation", NAME, ZERO, rules=rules.rules["innovation"], steps=[ZERO_STEP], events=[event])
    result = IndicatorResult("innovation", NAME, ZERO, rules=rules.rules[f"innovation.{item.kind}"])
    result.inputs.append(InputUsed(KIND, f"{kind.name.zh} / {kind.name.en}", Text(kind.name.zh, kind.name.en)))
    if item.description:
        result.inputs.append(InputUsed(DESCRIPTION, item.description))
    raw = ZERO
    mode = kind.mode
    if mode == "tier":
        tier = item.tier_points
        result.inputs.append(InputUsed(TIER, fmt(tier) if tier is not None else "—"))
        if tier is None:
            result.events.append(Event("note", NO_TIER))
        elif tier not in kind.tiers.value:
            result.events.append(Event("exclusion", Text.of(NOT_A_TIER, tier, ", ".join(fmt(t) for t in kind.tiers.value))))
        else:
            raw = tier
            result.steps.append(Text.of(TIER_STEP, raw))
    elif mode == "equity":
        share, money = item.share_percent, item.financing_yuan
        result.inputs.append(InputUsed(SHARE, fmt(share) if share is not None else "—"))
        result.inputs.append(InputUsed(FINANCING, fmt(money) if money is not None else "—"))
        result.inputs.append(InputUsed(FULL_YEAR, show_value(item.worked_full_year), YES if item.worked_full_year else NO))
        minimum = kind.min_share_percent.value
        if share is None or share < minimum:
            result.events.append(Event("exclusion", Text.of(SHARE_TOO_LOW, minimum)))
        elif not item.worked_full_year:
            result.events.append(Event("exclusion", NO_FULL_YEAR))
        elif money is not None:
            for threshold, band_points in kind.financing_bands.value:
                if money >= threshold:
                    raw = band_points
                    result.steps.append(Text.of(BAND_STEP, money, threshold, raw))
                    break
            else:
                result.events.append(Event("exclusion", Text.of(BELOW_BANDS, kind.financing_bands.value[-1][0])))
    else:  # per-year items of older rules
        years = item.years or 0
        rate = kind.points_per_year.value
        raw = years * rate
        result.inputs.append(InputUsed(YEARS, str(years)))
        result.steps.append(Text.of(YEARS_STEP, years, rate, raw))
        if kind.max_points is not None and raw > kind.max_points.value:
            raw = kind.max_points.value
            result.events.append(Event("cap", Text.of(ITEM_CAP, raw)))
    cap = innovation.max_points.value
    if raw > cap:
        result.events.append(Event("cap", Text.of(CAP, cap)))
        raw = cap
    result.points = raw
    if not result.steps:
        result.steps.append(Text.of(POINTS_STEP, raw))
    return result


ZERO_STEP = Text("0分", "0 points")


@lru_cache(maxsize=64)
def _no_item(rules: CompiledRules) -> IndicatorResult:
    # most applicants: one result for them all (results are read-only)
    return IndicatorResult("innovation", NAME, ZERO, rules=rules.rules["innovation"], steps=[NO_ITEM])
