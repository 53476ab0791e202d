"""5. 创新创业: one item, capped at 12. Award and competition tiers are picked by the applicant (which named
award maps to which tier is not known); equity points follow the financing bands."""

from __future__ import annotations

from simulator.engine.beijing.compiled import CompiledRules
from simulator.engine.decimals import ZERO, fmt
from simulator.engine.result import Event, IndicatorResult, InputUsed, Text
from simulator.profile.model import InnovationItem

NAME = Text("创新创业", "Innovation and entrepreneurship")


def score(rules: CompiledRules, item: InnovationItem | None) -> IndicatorResult:
    innovation = rules.pack.innovation
    if item is None:
        return IndicatorResult("innovation", NAME, ZERO, rules=rules.rules["innovation"], steps=[Text("无创新创业项目：0分", "no item: 0")])
    kind = innovation.kinds.get(item.kind)
    if kind is None:
        known = ", ".join(innovation.kinds)
        return IndicatorResult(
            "innovation",
            NAME,
            ZERO,
            rules=rules.rules["innovation"],
            steps=[Text("0分", "0 points")],
            events=[Event("exclusion", Text(f"本版本规则无“{item.kind}”类项目（可选：{known}）。", f"This edition has no item of kind {item.kind!r} (known: {known})."))],
        )
    result = IndicatorResult("innovation", NAME, ZERO, rules=rules.rules[f"innovation.{item.kind}"])
    result.inputs.append(InputUsed(Text("项目类别", "kind"), f"{kind.name.zh} / {kind.name.en}"))
    if item.description:
        result.inputs.append(InputUsed(Text("说明", "description"), item.description))
    mode = kind.mode
    raw = ZERO
    if mode == "tier":
        result.inputs.append(InputUsed(Text("所选档次", "tier chosen"), fmt(item.tier_points) if item.tier_points is not None else "—"))
        if item.tier_points is None:
            result.events.append(Event("note", Text("未选择档次：0分。", "No tier chosen: 0.")))
        elif item.tier_points not in kind.tiers.value:
            tiers = ", ".join(fmt(t) for t in kind.tiers.value)
            result.events.append(Event("exclusion", Text(f"{fmt(item.tier_points)}不是本类别的档次（{tiers}）。", f"{fmt(item.tier_points)} is not a tier of this kind ({tiers}).")))
        else:
            raw = item.tier_points
            result.steps.append(Text(f"档次分值 {fmt(raw)}", f"tier value {fmt(raw)}"))
    elif mode == "equity":
        share, money = item.share_percent, item.financing_yuan
        result.inputs.append(InputUsed(Text("持股比例（%）", "share (%)"), fmt(share) if share is not None else "—"))
        result.inputs.append(InputUsed(Text("近3年股权融资额（元）", "equity financing, last 3 years (yuan)"), fmt(money) if money is not None else "—"))
        result.inputs.append(InputUsed(Text("在该企业工作满一个自然年", "worked a full natural year there"), "是 / yes" if item.worked_full_year else "否 / no"))
        minimum = kind.min_share_percent.value
        if share is None or share < minimum:
            result.events.append(Event("exclusion", Text(f"持股须不低于{fmt(minimum)}%。", f"The share must be at least {fmt(minimum)}%.")))
        elif not item.worked_full_year:
            result.events.append(Event("exclusion", Text("须在该企业工作满一个自然年。", "A full natural year of work at the enterprise is required.")))
        elif money is not None:
            for threshold, band_points in kind.financing_bands.value:
                if money >= threshold:
                    raw = band_points
                    result.steps.append(Text(f"融资额 {fmt(money)} ≥ {fmt(threshold)}：{fmt(raw)}分", f"financing {fmt(money)} ≥ {fmt(threshold)}: {fmt(raw)}"))
                    break
            else:
                lowest = kind.financing_bands.value[-1][0]
                result.events.append(Event("exclusion", Text(f"融资额低于{fmt(lowest)}元：0分。", f"Financing below {fmt(lowest)} yuan: 0.")))
    else:  # per-year items of older rules
        years = item.years or 0
        rate = kind.points_per_year.value
        raw = years * rate
        result.inputs.append(InputUsed(Text("年数", "years"), str(years)))
        result.steps.append(Text(f"{years}年 × {fmt(rate)} = {fmt(raw)}", f"{years} years × {fmt(rate)} = {fmt(raw)}"))
        if kind.max_points is not None and raw > kind.max_points.value:
            raw = kind.max_points.value
            result.events.append(Event("cap", Text(f"本项最高{fmt(raw)}分。", f"This item is capped at {fmt(raw)}.")))
    cap = innovation.max_points.value
    if raw > cap:
        result.events.append(Event("cap", Text(f"本指标最高{fmt(cap)}分。", f"The indicator is capped at {fmt(cap)}.")))
        raw = cap
    result.points = raw
    if not result.steps:
        result.steps.append(Text(f"{fmt(raw)}分", f"{fmt(raw)} points"))
    return result
