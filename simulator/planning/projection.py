"""The score in each coming declaration year until retirement, if today's situation continues.

"Continues" means what the engine already does with the facts as they are: a period with no end (insurance,
a home, a job) runs to each year's cut-off, so insured months and area blocks keep growing; the age reference
day moves a year each round; penalties and tax years leave their windows. No new fact is invented: tax paid in
years not yet entered is not assumed (the what-if suggestions show what it would add).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from simulator.core.result import Evaluation, Text
from simulator.core.rounds import coming_round, edition_and_round
from simulator.engine import evaluate
from simulator.engine.retirement_check import retirement_date
from simulator.planning.diff import IndicatorChange, QualificationChange, indicator_changes, qualification_changes
from simulator.profile.model import ApplicantProfile
from simulator.rules import pack_for

# A projection never runs longer than this, whatever the dates say (a safety net, not a rule); for rules
# without a retirement-age condition, it shows this many rounds.
MAX_YEARS = 60
YEARS_WITHOUT_RETIREMENT_RULE = 25

EDITION_CHANGED = ("规则版本变化：{0} → {1}", "Rules change: {0} → {1}")
ENDS_AT_RETIREMENT = (
    "{0}年及以后的截止日不早于法定退休年龄到达日{1}：不能再申报。",
    "From {0} on the cut-off is not before the statutory retirement date {1}: no further declarations.",
)
ENDS_AT_YEAR = ("测算到{0}年为止（按要求）。", "Projected up to {0}, as asked.")
ENDS_AT_HORIZON = ("测算到{0}年为止。", "Projected up to {0}.")
RETIRED_ALREADY = (
    "法定退休年龄于{0}到达，早于{1}年的截止日：没有可以申报的年度。",
    "The statutory retirement date {0} comes before the cut-off of {1}: no declaration year is left.",
)


@dataclass(slots=True)
class ProjectedYear:
    year: int
    evaluation: Evaluation
    # Against the year before; empty for the first year of the projection.
    changes: list[IndicatorChange] = field(default_factory=list)
    qualification_changes: list[QualificationChange] = field(default_factory=list)
    edition_change: Text | None = None

    @property
    def total(self) -> Decimal:
        return self.evaluation.total

    @property
    def qualified(self) -> bool:
        return self.evaluation.qualified

    @property
    def delta(self) -> Decimal:
        return sum((c.delta for c in self.changes), Decimal(0))


@dataclass(slots=True)
class Projection:
    city: str
    as_of: date
    retirement_on: date | None  # None when the city's rules have no retirement-age condition
    years: list[ProjectedYear]
    end_reason: Text

    def year(self, year: int) -> ProjectedYear:
        """The projected round of a calendar year (one a year: the same part of each year where there are parts)."""
        for item in self.years:
            if int(item.year) == int(year):
                return item
        raise KeyError(year)


def project(profile: ApplicantProfile, city: str, as_of: date, until_year: int | None = None) -> Projection:
    """One evaluation per declaration year from the coming round until the statutory retirement age is reached
    (the engine's own qualification check says when), or until `until_year`."""
    first = coming_round(city, as_of)
    retirement_on = _retirement_on(profile, pack_for(city, first))
    last = first.year + (MAX_YEARS if retirement_on is not None else YEARS_WITHOUT_RETIREMENT_RULE) - 1
    years: list[ProjectedYear] = []
    end_reason = Text.of(RETIRED_ALREADY, retirement_on, first) if retirement_on else Text.of(ENDS_AT_HORIZON, last)
    previous: Evaluation | None = None
    for calendar_year in range(first.year, last + 1):
        if until_year is not None and calendar_year > until_year:
            end_reason = Text.of(ENDS_AT_YEAR, until_year)
            break
        pack, year = edition_and_round(city, calendar_year, first.part)  # the same part of each year
        result = evaluate(profile, pack, year)
        retirement = next((c for c in result.qualification if c.id == "retirement_age"), None)
        if retirement is not None and not retirement.met:  # the engine's own check says when it ends
            if years:
                end_reason = Text.of(ENDS_AT_RETIREMENT, year, retirement_on)
            break
        item = ProjectedYear(year, result)
        if previous is not None:
            item.changes = indicator_changes(previous, result, with_rules=previous.pack_id != result.pack_id)
            item.qualification_changes = qualification_changes(previous, result)
            if previous.pack_id != result.pack_id:
                item.edition_change = Text(
                    EDITION_CHANGED[0].format(previous.edition_name.zh, result.edition_name.zh),
                    EDITION_CHANGED[1].format(previous.edition_name.en, result.edition_name.en),
                )
        years.append(item)
        previous = result
    return Projection(city, as_of, retirement_on, years, end_reason)


def _retirement_on(profile: ApplicantProfile, pack) -> date | None:
    """The date the statutory retirement age is reached, by the engine's own formula and the pack's values."""
    rule = pack.retirement_rule(profile.retirement_category)
    if rule is None:
        return None
    return retirement_date(profile.birth_date, rule)[0]
