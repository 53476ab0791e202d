"""One profile under two rule editions, or in two declaration years: per indicator, the points of each and why
they differ (rule values that changed, facts counted differently, caps and exclusions), from the two
derivations the engine wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from simulator.core.result import Evaluation, Text
from simulator.core.rounds import edition_and_round
from simulator.engine import evaluate
from simulator.planning.diff import IndicatorChange, QualificationChange, indicator_changes, qualification_changes
from simulator.profile.model import ApplicantProfile
from simulator.rules.common import PackBase

OUTSIDE_YEARS = (
    "{0}适用于{1}年申报；此处假设其在{2}年有效进行计算（仅作比较）。",
    "{0} applies to declarations {1}; scored here for {2} as if in force then (for comparison only).",
)


@dataclass(slots=True)
class Comparison:
    before: Evaluation
    after: Evaluation
    indicators: list[IndicatorChange]  # every indicator, in official order; `.changed` says which differ
    qualification: list[QualificationChange]
    notes: list[Text]  # e.g. a pack scored outside the years it applied to

    @property
    def delta(self) -> Decimal:
        return self.after.total - self.before.total

    @property
    def same_rules(self) -> bool:
        return self.before.pack_id == self.after.pack_id and self.before.pack_hash == self.after.pack_hash

    @property
    def changed(self) -> list[IndicatorChange]:
        return [c for c in self.indicators if c.changed]


def _span(pack: PackBase) -> str:
    info = pack.pack
    return f"{info.first_declaration_year}–{info.last_declaration_year or ''}"


def _in_force(pack: PackBase, year: int, notes: list[Text]) -> PackBase:
    """The pack itself, or, for a year it did not apply to, a copy that does (so an old edition can be
    compared with today's rules); the comparison then says so."""
    if pack.applies_to(year):
        return pack
    info = pack.pack
    notes.append(
        Text(
            OUTSIDE_YEARS[0].format(info.name.zh, _span(pack), year),
            OUTSIDE_YEARS[1].format(info.name.en, _span(pack), year),
        )
    )
    update: dict[str, object] = {
        "first_declaration_year": min(int(year), info.first_declaration_year),
        "last_declaration_year": None,
        "last_round": None,  # an edition ending within a year of rounds ("2024-Q2") is widened past it too
    }
    if pack.first_key > (int(year), getattr(year, "part", "")):
        update["first_round"] = None
    widened = info.model_copy(update=update)
    return pack.model_copy(update={"pack": widened})


def compare(profile: ApplicantProfile, before: tuple[PackBase, int], after: tuple[PackBase, int]) -> Comparison:
    notes: list[Text] = []
    pack_a, year_a = before
    pack_b, year_b = after
    old = evaluate(profile, _in_force(pack_a, year_a, notes), year_a)
    new = evaluate(profile, _in_force(pack_b, year_b, notes), year_b)
    return Comparison(
        old,
        new,
        indicator_changes(old, new, with_rules=True, only_changed=False),
        qualification_changes(old, new),
        notes,
    )


def compare_years(profile: ApplicantProfile, city: str, year_a: int, year_b: int) -> Comparison:
    """Each year under the edition in force for it."""
    return compare(profile, edition_and_round(city, year_a), edition_and_round(city, year_b))


def compare_packs(profile: ApplicantProfile, pack_a: PackBase, pack_b: PackBase, year: int) -> Comparison:
    """The same declaration year under two editions."""
    return compare(profile, (pack_a, year), (pack_b, year))
