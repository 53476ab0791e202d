"""One person under several cities' rules, side by side: each city's full evaluation, a summary row per city
(total or channel, provisional, qualified, the pass mark or latest line it is compared with) and a table of how
each city scores the facts they share (age, education, social insurance, residence, tax). No Qt: the wizard and
the worksheet both render this."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from simulator import cities
from simulator.core.result import Channel, Evaluation, bounds_of
from simulator.core.rounds import Round, parse_round
from simulator.core.text import Text
from simulator.engine.evaluate import evaluate
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile
from simulator.rules.common import PackBase
from simulator.rules.overrides import Overrides

# The facts several systems score; each city says which of its indicators score each (City.topics).
TOPICS: tuple[tuple[str, Text], ...] = (
    ("age", Text("年龄", "Age")),
    ("education", Text("学历", "Education")),
    ("title_skill", Text("职称或技能", "Title or skill")),
    ("social_insurance", Text("社会保险（就业）", "Social insurance (employment)")),
    ("residence", Text("居住", "Residence")),
    ("tax", Text("纳税", "Tax")),
)


@dataclass(slots=True)
class CityRow:
    city: str
    pack_id: str
    edition: str
    edition_name: Text
    declaration_year: Round
    total: Decimal | None  # None when another settlement channel applies; the lowest reading where it is a range
    channel: Channel | None
    qualified: bool
    provisional: bool
    missing: int  # how many values the total leaves out
    veto: Text | None
    target: Decimal | None  # the pass mark, or the newest comparable published line
    target_kind: Literal["pass_mark", "line"] | None
    target_round: str | None
    difference: Decimal | None  # total - target
    problems: list[str] = field(default_factory=list)  # facts that do not fit this city's rules for that year
    # Where values the sources do not give leave the total a range: its lowest and highest (None: no bound known)
    total_low: Decimal | None = None
    total_high: Decimal | None = None
    # Against the pass mark or the line: "reached" only when the lowest total reaches it, "not_reached" only when
    # the highest does not, otherwise "depends"; None where there is nothing to compare with
    verdict: str | None = None
    target_name: Text | None = None  # what the rules call a fixed mark where it is not a pass mark (Shanghai's standard)

    @property
    def ranged(self) -> bool:
        return self.total is not None and (self.total_low != self.total_high or self.total_low is None)


@dataclass(slots=True)
class TopicRow:
    id: str
    name: Text
    points: dict[str, Decimal | None]  # pack id -> points; None where the city does not score it (or no score)
    provisional: dict[str, bool]  # pack id -> a value of this topic is not available
    # pack id -> (lowest, highest) points where values not known make them a range (None: no bound known)
    ranges: dict[str, tuple[Decimal | None, Decimal | None]] = field(default_factory=dict)


@dataclass(slots=True)
class CityComparison:
    evaluations: list[Evaluation]
    rows: list[CityRow]
    topics: list[TopicRow]

    def evaluation(self, pack_id: str) -> Evaluation:
        for result in self.evaluations:
            if result.pack_id == pack_id:
                return result
        raise KeyError(pack_id)


def _by_pack(overrides) -> dict[str, Overrides | Mapping]:
    if overrides is None:
        return {}
    if isinstance(overrides, Overrides):
        return {overrides.pack_id: overrides}
    if isinstance(overrides, Mapping):
        return dict(overrides)
    return {o.pack_id: o for o in overrides}


def _target(result: Evaluation) -> tuple[Decimal | None, Literal["pass_mark", "line"] | None, str | None]:
    if result.pass_mark is not None:
        return result.pass_mark, "pass_mark", None
    confirmed = [line for line in result.lines if line.status != "unconfirmed"]
    if confirmed:
        newest = confirmed[-1]
        return newest.line, "line", newest.round
    return None, None, None


def compare_cities(
    profile: ApplicantProfile,
    editions: Iterable[tuple[PackBase, int]],
    *,
    overrides: Mapping[str, Overrides | Mapping] | Iterable[Overrides] | Overrides | None = None,
) -> CityComparison:
    """Score `profile` under each (pack, declaration year). `overrides` are the user's values per pack id (an
    `Overrides`, or a mapping of pack id to `Overrides` or to {value path: value})."""
    supplied = _by_pack(overrides)
    evaluations: list[Evaluation] = []
    rows: list[CityRow] = []
    for pack, year in editions:
        year = parse_round(year)
        result = evaluate(profile, pack, year, overrides=supplied.get(pack.pack.id))
        evaluations.append(result)
        target, kind, round_ = _target(result)
        scored = result.channel is None
        rows.append(
            CityRow(
                city=result.city,
                pack_id=result.pack_id,
                edition=result.edition,
                edition_name=result.edition_name,
                declaration_year=year,
                total=result.total if scored else None,
                channel=result.channel,
                qualified=result.qualified,
                provisional=result.provisional,
                missing=len(result.missing),
                veto=result.veto,
                target=target if scored else None,
                target_kind=kind if scored else None,
                target_round=round_ if scored else None,
                difference=result.total - target if scored and target is not None else None,
                problems=[str(p) for p in check_for_year(profile, pack, year)],
                total_low=result.total_low if scored else None,
                total_high=result.total_high if scored else None,
                verdict=result.pass_state(target) if scored and target is not None else None,
                target_name=result.pass_mark_name if kind == "pass_mark" else None,
            )
        )
    topics = []
    for topic_id, name in TOPICS:
        points: dict[str, Decimal | None] = {}
        gaps: dict[str, bool] = {}
        ranges: dict[str, tuple[Decimal | None, Decimal | None]] = {}
        for result in evaluations:
            ids = cities.get(result.city).topics.get(topic_id, ())
            found = [item for item in result.indicators if item.id in ids]
            points[result.pack_id] = sum((item.points for item in found), Decimal(0)) if found else None
            gaps[result.pack_id] = any(item.missing for item in found)
            if found:
                ranges[result.pack_id] = bounds_of(found)
        topics.append(TopicRow(topic_id, name, points, gaps, ranges))
    return CityComparison(evaluations, rows, topics)
