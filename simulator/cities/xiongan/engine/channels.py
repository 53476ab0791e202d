"""Art. 3 routing: the groups that settle directly through another channel are told which one and why, and
are not scored."""

from __future__ import annotations

from simulator.cities.xiongan.labels import LABELS
from simulator.cities.xiongan.pack import ChannelRule, XionganPack
from simulator.core.result import Channel, Text
from simulator.engine.cite import cite
from simulator.profile.model import ApplicantProfile

DIRECT = (
    "属于《积分落户办法》第三条所列人群：{0}不参加积分排名，通过该渠道直接申请落户。",
    "A group of Art. 3: {1} Its members do not go through the points ranking; they apply to settle directly through this channel.",
)


def group_rule(profile: ApplicantProfile, pack: XionganPack) -> ChannelRule | None:
    if profile.settlement_group is None:
        return None
    return pack.channels.get(profile.settlement_group)


def route(profile: ApplicantProfile, pack: XionganPack) -> Channel | None:
    """The channel that applies instead of points, or None when the applicant goes through the points system."""
    rule = group_rule(profile, pack)
    if rule is None or rule.route.value != "direct":
        return None
    group = profile.settlement_group
    return Channel(
        id=group,
        name=Text(rule.name.zh, rule.name.en),
        reason=Text.of(DIRECT, rule.who.zh, rule.who.en),
        rules=cite(pack, LABELS, f"channels.{group}.route"),
    )


def is_relief_transfer(profile: ApplicantProfile, pack: XionganPack) -> tuple[bool, bool]:
    """(Beijing insurance years count, permit conditions exempt) for the applicant's group."""
    rule = group_rule(profile, pack)
    if rule is None:
        return False, False
    counts = rule.beijing_insurance_counts is not None and rule.beijing_insurance_counts.value is True
    exempt = rule.permit_conditions_exempt is not None and rule.permit_conditions_exempt.value is True
    return counts, exempt
