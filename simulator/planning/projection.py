"""The score in each coming declaration year until retirement, if today's situation continues.

"Continues" means what the engine already does with the facts as they are: a period with no end (insurance,
a home, a job) runs to each year's cut-off, so insured months and area blocks keep growing; the age reference
day moves a year each round; penalties and tax years leave their windows. Tax is carried forward the same way
only as the user's stated assumption (`assume_tax`): each city's latest tax year entered, if it is last year's or
this year's, is taken to be paid again every following year up to each round's cut-off, and every row names the
years assumed. Without it no tax is assumed for years not entered (the what-if suggestions show what it would add).

Every row says what changed and why: against the year before, and the first against the round before it (the
last whose cut-off has passed), so the first row explains itself too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from simulator.core.errors import NotApplicable
from simulator.core.result import Evaluation, Text
from simulator.core.rounds import coming_round, cutoff_of, edition_and_round
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
ENDS_WITH_RULES = (
    "已知的规则只适用到{0}年：此后的年度不作测算。",
    "The rules known apply up to {0} only: the years after it are not projected.",
)
RETIRED_ALREADY = (
    "法定退休年龄于{0}到达，早于{1}年的截止日：没有可以申报的年度。",
    "The statutory retirement date {0} comes before the cut-off of {1}: no declaration year is left.",
)


TAX_ASSUMED = (
    "假设：{0}的个人所得税按{1}年的{2}元继续缴纳（{3}）。",
    "Assumed: income tax in {0} continues at {2} yuan a year, as in {1} ({3}).",
)
TAX_NOT_CARRIED = (
    "{0}的个人所得税只填到{1}年：不假设以后继续缴纳。",
    "Income tax in {0} is entered up to {1} only: not assumed to continue.",
)


@dataclass(slots=True)
class ProjectedYear:
    year: int
    evaluation: Evaluation
    # Against the year before; the first year of the projection against the round before it (`compared_with`).
    changes: list[IndicatorChange] = field(default_factory=list)
    qualification_changes: list[QualificationChange] = field(default_factory=list)
    edition_change: Text | None = None
    compared_with: int | None = None  # the round the changes are against (None: none, the first has no round before)
    assumptions: list[Text] = field(default_factory=list)  # what is assumed to continue for this row

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


def with_tax_continuing(profile: ApplicantProfile, cutoff: date, as_of: date) -> tuple[ApplicantProfile, list[Text]]:
    """The profile with each city's latest tax year (if last year's or later) repeated every year up to `cutoff`,
    and what that assumes, in words; a city whose tax stops earlier is said not to be carried forward."""
    from simulator.core.decimals import fmt
    from simulator.profile.model import TaxYear

    latest: dict[str, TaxYear] = {}
    for entry in profile.income_tax:
        if entry.city not in latest or entry.year > latest[entry.city].year:
            latest[entry.city] = entry
    added: list[TaxYear] = []
    said: list[Text] = []
    from simulator import cities

    for city, entry in latest.items():
        name = cities.name_of(city) if city in cities.ids() else Text(city, city)
        if entry.year < as_of.year - 2:  # no longer paid there: nothing to carry forward
            said.append(Text(TAX_NOT_CARRIED[0].format(name.zh, entry.year), TAX_NOT_CARRIED[1].format(name.en, entry.year)))
            continue
        years = [y for y in range(entry.year + 1, cutoff.year + 1) if date(y, 12, 31) <= cutoff]
        if not years:
            continue
        added += [TaxYear(year=y, amount_yuan=entry.amount_yuan, city=city) for y in years]
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        said.append(
            Text(
                TAX_ASSUMED[0].format(name.zh, entry.year, fmt(entry.amount_yuan), span),
                TAX_ASSUMED[1].format(name.en, entry.year, fmt(entry.amount_yuan), span),
            )
        )
    if not added:
        return profile, said
    return profile.model_copy(update={"income_tax": [*profile.income_tax, *added]}), said


def project(
    profile: ApplicantProfile, city: str, as_of: date, until_year: int | None = None, *, assume_tax: bool = False
) -> Projection:
    """One evaluation per declaration year from the coming round until the statutory retirement age is reached
    (the engine's own qualification check says when), or until `until_year`; with `assume_tax`, each city's latest
    tax year carried forward (see the module's docstring)."""
    first = coming_round(city, as_of)
    retirement_on = _retirement_on(profile, pack_for(city, first))
    last = first.year + (MAX_YEARS if retirement_on is not None else YEARS_WITHOUT_RETIREMENT_RULE) - 1
    years: list[ProjectedYear] = []
    end_reason = Text.of(RETIRED_ALREADY, retirement_on, first) if retirement_on else Text.of(ENDS_AT_HORIZON, last)
    previous: Evaluation | None = _round_before(profile, city, first)
    for calendar_year in range(first.year, last + 1):
        if until_year is not None and calendar_year > until_year:
            end_reason = Text.of(ENDS_AT_YEAR, until_year)
            break
        try:
            pack, year = edition_and_round(city, calendar_year, first.part)  # the same part of each year
        except NotApplicable:
            if not years:
                raise
            end_reason = Text.of(ENDS_WITH_RULES, calendar_year - 1)  # no edition known for it yet: no guess
            break
        scored, assumed = with_tax_continuing(profile, cutoff_of(pack, year), as_of) if assume_tax else (profile, [])
        result = evaluate(scored, pack, year)
        retirement = next((c for c in result.qualification if c.id == "retirement_age"), None)
        if retirement is not None and not retirement.met:  # the engine's own check says when it ends
            if years:
                end_reason = Text.of(ENDS_AT_RETIREMENT, year, retirement_on)
            break
        item = ProjectedYear(year, result, assumptions=[*assumed, *result.assumptions])
        if previous is not None:
            item.compared_with = previous.declaration_year
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


def _round_before(profile: ApplicantProfile, city: str, first) -> Evaluation | None:
    """The round before the first projected (the last whose cut-off has passed), scored on the facts as entered:
    what the first row is compared with. None where no rules cover it."""
    from simulator.core.rounds import round_in

    try:
        if first.part:
            from simulator.core.rounds import held_rounds
            from simulator.rules.store import editions_of

            held = [
                r
                for y in (first.year - 1, first.year)
                for r in held_rounds(editions_of(city), y)
                if r.sort_key() < first.sort_key()
            ]
            if not held:
                return None
            before = held[-1]
        else:
            before = round_in(city, first.year - 1)
        pack = pack_for(city, before)
        return evaluate(profile, pack, before)
    except (LookupError, ValueError):
        return None


def _retirement_on(profile: ApplicantProfile, pack) -> date | None:
    """The date the statutory retirement age is reached, by the engine's own formula and the pack's values."""
    rule = pack.retirement_rule(profile.retirement_category)
    if rule is None:
        return None
    return retirement_date(profile.birth_date, rule)[0]
