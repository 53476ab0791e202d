"""Ranked suggestions: what would raise the score, and from which declaration year.

Each suggestion is a function that looks at the person's situation and returns a changed profile, the earliest
declaration year the change can count (from its timing: a full 12-month area block, a tax year entering the
window) and a bilingual description. The points gained are never worked out here: they are the engine's total
for the changed profile minus the engine's total for the unchanged profile, for the same year and the same
rules. A suggestion that gains nothing within the horizon is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Callable

from simulator.engine import evaluate
from simulator.engine.result import Evaluation, Text
from simulator.months import format_month, month_of_date
from simulator.planning.rounds import coming_round, first_round_counting
from simulator.engine.decimals import fmt
from simulator.profile.model import ApplicantProfile, HousingPeriod, TaxYear, WorkplacePeriod
from simulator.profile.records import BloodDonation, ResidenceRegistration, VolunteerService
from simulator.rules import pack_for
from simulator.rules.model import RulePack

DEFAULT_HORIZON = 6  # declaration years looked at, from the coming round


@dataclass(slots=True)
class Change:
    """What a suggestion function proposes; the gain is measured afterwards by the engine."""

    id: str
    description: Text
    profile: ApplicantProfile
    earliest_year: int


@dataclass(slots=True)
class YearGain:
    year: int
    base_total: Decimal
    new_total: Decimal
    by_indicator: dict[str, Decimal]  # indicators whose points differ: engine's new minus engine's base

    @property
    def gained(self) -> Decimal:
        return self.new_total - self.base_total


@dataclass(slots=True)
class Suggestion:
    id: str
    description: Text
    profile: ApplicantProfile  # the changed profile, e.g. to keep it as a scenario
    earliest_year: int  # the first declaration year in which the engine gives it more points
    gained: Decimal  # in the earliest year
    base_total: Decimal
    new_total: Decimal
    by_indicator: dict[str, Decimal]
    base_qualified: bool
    later: list[YearGain] = field(default_factory=list)  # the earliest year and the following ones, up to the horizon

    @property
    def best(self) -> YearGain:
        return max(self.later, key=lambda g: (g.gained, -g.year))


@dataclass(slots=True)
class Situation:
    """Today, as the suggestion functions see it."""

    profile: ApplicantProfile
    city: str
    as_of: date
    pack: RulePack  # the rules of the coming round
    coming: int
    this_month: int
    next_month: int
    outside: frozenset[str]  # districts outside the six central ones

    def current(self, periods):
        for period in periods:
            if period.city == self.city and period.start <= self.this_month and (period.end is None or period.end >= self.this_month):
                return period
        return None

    def district_names(self, district_id: str) -> tuple[str, str]:
        district = self.pack.district(district_id)
        return (district.zh, district.en) if district else (district_id, district_id)

    def an_outside_district(self) -> str:
        work = self.current(self.profile.workplaces)
        if work is not None and work.district in self.outside:
            return work.district
        home = self.current(self.profile.housing)
        if home is not None and home.district in self.outside:
            return home.district
        ids = [d.id for d in self.pack.districts if not d.central]
        return "tongzhou" if "tongzhou" in ids else ids[0]

    def changed(self, **fields) -> ApplicantProfile:
        data = self.profile.model_dump(exclude={"scenarios"})
        data.update(fields)
        return ApplicantProfile.model_validate(data)

    def ended_before(self, periods, month: int) -> list:
        """The periods of this city as they would be if they stopped the month before `month`."""
        kept = []
        for period in periods:
            if period.city != self.city:
                kept.append(period)
            elif period.start < month:
                if period.end is None or period.end >= month:
                    period = period.model_copy(update={"end": month - 1})
                kept.append(period)
        return kept

    def block_complete(self, start: int) -> int:
        return first_round_counting(self.city, self.as_of, start + self.pack.area.block_months.value - 1)


def _own_home_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    if home is not None and home.kind == "own" and home.district in s.outside:
        return []
    district = s.an_outside_district()
    zh, en = s.district_names(district)
    housing = s.ended_before(s.profile.housing, s.next_month)
    housing.append(HousingPeriod(start=s.next_month, kind="own", district=district, city=s.city))
    month = format_month(s.next_month)
    text = Text(f"从{month}起住在城六区外的自有住房（如{zh}）", f"Live in your own home outside the six central districts (e.g. {en}) from {month}")
    return [Change("own_home_outside", text, s.changed(housing=housing), s.block_complete(s.next_month))]


def _work_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    work = s.current(s.profile.workplaces)
    if home is None or home.kind != "own" or home.district not in s.outside:
        return []
    if work is not None and work.district in s.outside:
        return []
    zh, en = s.district_names(home.district)
    workplaces = s.ended_before(s.profile.workplaces, s.next_month)
    workplaces.append(WorkplacePeriod(start=s.next_month, district=home.district, city=s.city))
    month = format_month(s.next_month)
    text = Text(f"从{month}起也在城六区外就业（如{zh}）", f"Also work outside the six central districts (e.g. {en}) from {month}")
    return [Change("work_outside", text, s.changed(workplaces=workplaces), s.block_complete(s.next_month))]


def _own_home_and_work_outside(s: Situation) -> list[Change]:
    home = s.current(s.profile.housing)
    work = s.current(s.profile.workplaces)
    if home is not None and home.kind == "own" and home.district in s.outside:
        return []  # covered by working outside
    if work is not None and work.district in s.outside:
        return []  # covered by the own home alone
    district = s.an_outside_district()
    zh, en = s.district_names(district)
    housing = s.ended_before(s.profile.housing, s.next_month)
    housing.append(HousingPeriod(start=s.next_month, kind="own", district=district, city=s.city))
    workplaces = s.ended_before(s.profile.workplaces, s.next_month)
    workplaces.append(WorkplacePeriod(start=s.next_month, district=district, city=s.city))
    month = format_month(s.next_month)
    text = Text(
        f"从{month}起在城六区外自有住房居住并就业（如{zh}）",
        f"Live in your own home and work outside the six central districts (e.g. {en}) from {month}",
    )
    return [Change("own_home_and_work_outside", text, s.changed(housing=housing, workplaces=workplaces), s.block_complete(s.next_month))]


def _tax_years(s: Situation) -> list[Change]:
    tax = s.pack.tax
    if tax.mode != "per_year":
        return []
    years = tax.window_years.value
    minimum = tax.min_yuan.value
    first = s.as_of.year + 1  # a year already under way is not counted on
    planned = range(first, first + years)
    entries = []
    for entry in s.profile.income_tax:
        if entry.city == s.city and entry.year in planned:
            continue
        entries.append(entry)
    have = {e.year: e.amount_yuan for e in s.profile.income_tax if e.city == s.city}
    for year in planned:
        entries.append(TaxYear(year=year, amount_yuan=max(have.get(year, Decimal(0)), minimum), city=s.city))
    # The first round whose tax window (the `years` years before it) takes in the first planned year.
    earliest = max(s.coming, first + 1)
    shown = f"{minimum:,}"
    text = Text(
        f"{first}–{first + years - 1}年每年缴纳个人所得税不少于{shown}元",
        f"Pay at least {shown} yuan of personal income tax in each of {first}–{first + years - 1}",
    )
    return [Change("tax", text, s.changed(income_tax=entries), earliest)]


def _complete_degree(s: Situation) -> list[Change]:
    education = s.profile.education
    if education is None or (education.diploma and education.degree):
        return []
    done = education.model_copy(update={"diploma": True, "degree": True})
    if not education.degree:
        text = Text("取得尚缺的学位（已有学历）", "Obtain the missing degree (the diploma is held)")
    else:
        text = Text("取得尚缺的学历（已有学位）", "Obtain the missing diploma (the degree is held)")
    return [Change("complete_education", text, s.changed(education=done), first_round_counting(s.city, s.as_of, s.next_month))]


def _leases_registered_from_next_month(s: Situation) -> list[HousingPeriod] | None:
    """The housing list with every ongoing unregistered rental of the city registered from next month (the
    months already lived stay unregistered); None when there is no such rental."""
    housing, changed = [], False
    for period in s.profile.housing:
        unregistered_rental = period.city == s.city and period.kind == "rented" and not period.lease_registered
        if unregistered_rental and (period.end is None or period.end >= s.next_month):
            changed = True
            if period.start < s.next_month:
                housing.append(period.model_copy(update={"end": s.this_month}))
                housing.append(period.model_copy(update={"start": s.next_month, "lease_registered": True}))
            else:
                housing.append(period.model_copy(update={"lease_registered": True}))
        else:
            housing.append(period)
    return housing if changed else None


def _register_lease(s: Situation) -> list[Change]:
    if s.pack.residence.lease_registration_required_from is None:
        return []
    housing = _leases_registered_from_next_month(s)
    if housing is None:
        return []
    month = format_month(s.next_month)
    text = Text(f"从{month}起将租赁合同在住房租赁平台备案", f"Register the lease on the city's rental platform from {month}")
    return [Change("register_lease", text, s.changed(housing=housing), first_round_counting(s.city, s.as_of, s.next_month))]


SUGGESTIONS: tuple[Callable[[Situation], list[Change]], ...] = (
    _own_home_outside,
    _work_outside,
    _own_home_and_work_outside,
    _tax_years,
    _complete_degree,
    _register_lease,
)


# ---- Xiong'an and Hangzhou ----------------------------------------------------------------------------------


def _first_of_next_month(s: Situation) -> date:
    year, month = divmod(s.next_month, 12)
    return date(year, month + 1, 1)


def _lease_counts_registered(s: Situation) -> bool:
    """Whether the city's rules count a rental only with a registered lease (Xiong'an: always; Hangzhou: by edition)."""
    if s.pack.pack.formula == "xiongan":
        return True
    rental = s.pack.basic.rental
    return bool(rental.requires_registration.value)


def _register_lease_other(s: Situation) -> list[Change]:
    if not _lease_counts_registered(s):
        return []
    housing = _leases_registered_from_next_month(s)
    if housing is None:
        return []
    month = format_month(s.next_month)
    text = Text(f"从{month}起办理租赁合同登记备案", f"Register the lease from {month}")
    return [Change("register_lease", text, s.changed(housing=housing), s.coming)]


def _register_residence(s: Situation) -> list[Change]:
    """Hangzhou counts residence from the police registration: register if not registered now."""
    if s.pack.pack.formula != "hangzhou":
        return []
    if any(r.city == s.city and (r.end is None or r.end >= s.as_of) for r in s.profile.residence_registrations):
        return []
    start = _first_of_next_month(s)
    registrations = [*s.profile.residence_registrations, ResidenceRegistration(city=s.city, start=start)]
    text = Text(f"从{start.isoformat()}起办理居住登记并保持登记", f"Register your residence with the police from {start.isoformat()} and keep it registered")
    return [Change("register_residence", text, s.changed(residence_registrations=registrations), s.coming)]


def _hangzhou_bonus(s: Situation, name: str):
    """The rules of one of Hangzhou's bonus items (None elsewhere, or where the edition has none)."""
    return getattr(s.pack.bonus, name, None) if s.pack.pack.formula == "hangzhou" else None


def _donate_blood(s: Situation) -> list[Change]:
    rules = _hangzhou_bonus(s, "blood_donation")
    if rules is None or rules.first_amount.value is None:
        return []
    on = _first_of_next_month(s)
    ml = int(rules.first_amount.value)
    donations = [*s.profile.blood_donations, BloodDonation(date=on, ml=ml)]
    text = Text(f"{on.isoformat()}起无偿献血{ml}毫升", f"Donate {ml} ml of blood from {on.isoformat()}")
    return [Change("donate_blood", text, s.changed(blood_donations=donations), s.coming)]


def _volunteer(s: Situation) -> list[Change]:
    rules = _hangzhou_bonus(s, "volunteering")
    if rules is None or rules.step.value is None:
        return []
    year = s.as_of.year + 1  # a whole year of service still ahead
    hours = rules.step.value
    have = {v.year: v.hours for v in s.profile.volunteering}
    entries = [v for v in s.profile.volunteering if v.year != year]
    entries.append(VolunteerService(year=year, hours=max(have.get(year, Decimal(0)), Decimal(0)) + hours))
    text = Text(f"{year}年登记志愿服务{fmt(hours)}小时", f"Register {fmt(hours)} hours of volunteer service in {year}")
    return [Change("volunteer", text, s.changed(volunteering=entries), s.coming)]


OTHER_CITY_SUGGESTIONS: tuple[Callable[[Situation], list[Change]], ...] = (
    _register_lease_other,
    _register_residence,
    _donate_blood,
    _volunteer,
)


def situation(profile: ApplicantProfile, city: str, as_of: date) -> Situation:
    coming = coming_round(city, as_of)
    pack = pack_for(city, coming)
    this_month = month_of_date(as_of)
    outside = frozenset(d.id for d in getattr(pack, "districts", ()) if not d.central)
    return Situation(profile, city, as_of, pack, coming, this_month, this_month + 1, outside)


def suggest(
    profile: ApplicantProfile,
    city: str,
    as_of: date,
    horizon_years: int = DEFAULT_HORIZON,
    suggestions=SUGGESTIONS,
) -> list[Suggestion]:
    """Suggestions that gain points within `horizon_years` rounds, most points first (then the earliest).
    Beijing's know its indicators (area blocks, the tax window, registered leases); Xiong'an's and Hangzhou's a
    registered lease, Hangzhou's residence registration, blood donation and volunteering. A suggestion whose
    official values are not known gains nothing measurable and is left out."""
    s = situation(profile, city, as_of)
    if s.pack.pack.formula != "beijing" and suggestions is SUGGESTIONS:
        suggestions = OTHER_CITY_SUGGESTIONS
    last = s.coming + horizon_years - 1
    base: dict[int, Evaluation] = {}

    def base_result(year: int) -> Evaluation:
        if year not in base:
            base[year] = evaluate(profile, pack_for(city, year), year, compare_lines=False)
        return base[year]

    found: list[Suggestion] = []
    for make in suggestions:
        for change in make(s):
            gains: list[YearGain] = []
            for year in range(change.earliest_year, last + 1):
                before = base_result(year)
                if before.channel is not None:
                    break  # settles through another channel: points do not matter
                retirement = next((c for c in before.qualification if c.id == "retirement_age"), None)
                if retirement is not None and not retirement.met:
                    break  # no declarations after the retirement age
                after = evaluate(change.profile, pack_for(city, year), year, compare_lines=False)
                points_before = {b.id: b.points for b in before.indicators}
                deltas = {a.id: a.points - points_before.get(a.id, 0) for a in after.indicators if a.points != points_before.get(a.id, 0)}
                gains.append(YearGain(year, before.total, after.total, deltas))
            counting = [g for g in gains if g.gained > 0]
            if not counting:
                continue
            first = counting[0]
            found.append(
                Suggestion(
                    id=change.id,
                    description=change.description,
                    profile=change.profile,
                    earliest_year=first.year,
                    gained=first.gained,
                    base_total=first.base_total,
                    new_total=first.new_total,
                    by_indicator=first.by_indicator,
                    base_qualified=base_result(first.year).qualified,
                    later=[g for g in gains if g.year >= first.year],
                )
            )
    found.sort(key=lambda x: (-x.gained, x.earliest_year, x.id))
    return found
