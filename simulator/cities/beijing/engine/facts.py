"""The applicant's facts cut to one declaration year: only what happened up to the cut-off counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from simulator.cities.beijing.engine.compiled import CompiledRules
from simulator.profile.model import ApplicantProfile, HousingKind

CITY = "beijing"


@dataclass(slots=True)
class YearFacts:
    year: int
    cutoff: date
    cutoff_month: int
    paid: list[tuple[int, int]]  # insured months that were paid on time, clipped to the cut-off, sorted
    back_paid: list[tuple[int, int]]
    paid_months: int
    back_paid_months: int
    insured_after_cutoff: int
    housing: list[tuple[int, int, HousingKind, str, bool]]  # start, end, kind, district, lease_registered (clipped)
    housing_after_cutoff: int
    workplaces: list[tuple[int, int, str]]


def clip(start: int, end: int | None, cutoff_month: int) -> tuple[int, int, int]:
    """(start, end, months dropped after the cut-off); an ongoing period runs to the cut-off."""
    if end is None:
        return start, cutoff_month, 0
    if end > cutoff_month:
        return start, cutoff_month, end - max(start, cutoff_month + 1) + 1
    return start, end, 0


def year_facts(profile: ApplicantProfile, rules: CompiledRules, year: int) -> YearFacts:
    cutoff, cutoff_month = rules.cutoff_of(year)

    paid: list[tuple[int, int]] = []
    back_paid: list[tuple[int, int]] = []
    paid_months = back_paid_months = insured_after = 0
    for period in profile.social_insurance:
        if period.city != CITY:
            continue
        start, end, dropped = clip(period.start, period.end, cutoff_month)
        insured_after += dropped
        if end < start:
            continue
        if period.back_paid:
            back_paid.append((start, end))
            back_paid_months += end - start + 1
        else:
            paid.append((start, end))
            paid_months += end - start + 1
    paid.sort()
    back_paid.sort()

    housing = []
    housing_after = 0
    for home in profile.housing:
        if home.city != CITY:
            continue
        start, end, dropped = clip(home.start, home.end, cutoff_month)
        housing_after += dropped
        if end >= start:
            housing.append((start, end, home.kind, home.district, home.lease_registered))

    workplaces = []
    for work in profile.workplaces:
        if work.city != CITY:
            continue
        start, end, _ = clip(work.start, work.end, cutoff_month)
        if end >= start:
            workplaces.append((start, end, work.district))

    return YearFacts(
        year=year,
        cutoff=cutoff,
        cutoff_month=cutoff_month,
        paid=paid,
        back_paid=back_paid,
        paid_months=paid_months,
        back_paid_months=back_paid_months,
        insured_after_cutoff=insured_after,
        housing=housing,
        housing_after_cutoff=housing_after,
        workplaces=workplaces,
    )
