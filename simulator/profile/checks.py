"""Checks of an applicant file against one city's rules for one declaration year.

The file itself is valid on its own (see model.py); these checks find what does not fit the chosen rules: facts
dated after the round's cut-off (the engine leaves them out; the command line refuses them unless told to drop
them) and answers the city's rules do not know (a district, a kind of item). The dated facts are found here for
every city; each city adds its own checks (simulator/cities/<city>/checks.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from simulator.core.memo import per_pack
from simulator.core.months import format_month
from simulator.core.problems import Problem
from simulator.core.rounds import cutoff_of, last_counted_month
from simulator.profile.model import ApplicantProfile

# Lists of month periods, of dated records (list, the date's field) and of yearly entries, by the profile's names.
MONTH_PERIODS = ("social_insurance", "housing", "workplaces")
DATED = (
    ("tax_violations", "date"),
    ("detentions", "date"),
    ("penalties", "date"),
    ("dishonesty_listings", "date"),
    ("blood_donations", "date"),
    ("charity_donations", "date"),
    ("invention_patents", "granted"),
)
YEARLY = ("income_tax", "investment_tax", "volunteering", "honours")
SINGLE_DATES = ("points_fraud",)


def check_for_year(profile: ApplicantProfile, pack, declaration_year: int) -> list[Problem]:
    """Problems of the file under any city's pack for one declaration year: the city's own checks."""
    from simulator import cities

    return cities.of_pack(pack).check(profile, pack, declaration_year)


def _of_city(entry, city: str) -> bool:
    # Records without a city (donations, patents) belong to whichever city scores them.
    found = getattr(entry, "city", None)
    return found is None or found == "" or found == city


def after_cutoff(
    profile: ApplicantProfile,
    pack,
    declaration_year: int,
    *,
    dated: Iterable[tuple[str, str]] = DATED,
    yearly: Iterable[str] = YEARLY,
    single_dates: Iterable[str] = SINGLE_DATES,
    registrations: bool = True,
) -> list[Problem]:
    """The city's facts dated after the round's cut-off, each naming its field; and a birth date after it."""
    city = pack.pack.city
    cutoff = cutoff_of(pack, declaration_year)
    cutoff_month = last_counted_month(cutoff)
    problems: list[Problem] = []

    def later(field: str, what: str) -> None:
        problems.append(
            Problem(
                field,
                f"{what} is after the cut-off {cutoff.isoformat()} for declaration {'round' if getattr(declaration_year, 'part', '') else 'year'} {declaration_year}",
                "after_cutoff",
            )
        )

    # Most lists of a file are empty: each is passed over before anything is set up for it (a batch checks every row).
    for name in MONTH_PERIODS:
        periods = getattr(profile, name)
        if not periods:
            continue
        for i, period in enumerate(periods):
            if period.city != city:
                continue
            if period.start > cutoff_month:
                later(f"{name}[{i}].start", format_month(period.start))
            elif period.end is not None and period.end > cutoff_month:
                later(f"{name}[{i}].end", format_month(period.end))
    if registrations and profile.residence_registrations:
        for i, registration in enumerate(profile.residence_registrations):
            if registration.city != city:
                continue
            if registration.start > cutoff:
                later(f"residence_registrations[{i}].start", registration.start.isoformat())
            elif registration.end is not None and registration.end > cutoff:
                later(f"residence_registrations[{i}].end", registration.end.isoformat())
    if profile.education and profile.education.study_end is not None and profile.education.study_end > cutoff_month:
        later("education.study_end", format_month(profile.education.study_end))
    for name, attribute in dated:
        events = getattr(profile, name)
        if not events:
            continue
        for i, event in enumerate(events):
            day: date = getattr(event, attribute)
            if day > cutoff and _of_city(event, city):
                later(f"{name}[{i}].{attribute}", day.isoformat())
    for name in yearly:
        entries = getattr(profile, name)
        if not entries:
            continue
        for i, entry in enumerate(entries):
            if entry.year is not None and entry.year > cutoff.year and _of_city(entry, city):
                later(f"{name}[{i}].year", str(entry.year))
    for name in single_dates:
        day = getattr(profile, name)
        if day is not None and day > cutoff:
            later(name, day.isoformat())
    if profile.birth_date > cutoff:
        problems.append(Problem("birth_date", f"{profile.birth_date.isoformat()} is after the cut-off {cutoff.isoformat()}"))
    return problems


@per_pack
def _district_ids(pack) -> frozenset[str]:
    return frozenset(d.id for d in pack.district_list())


def unknown_district(profile: ApplicantProfile, pack) -> list[Problem]:
    """Housing and workplaces of the city in a district its rules do not list (rules with districts only)."""
    districts = _district_ids(pack)
    if not districts:
        return []
    city = pack.pack.city
    problems = []
    for name in ("housing", "workplaces"):
        for i, period in enumerate(getattr(profile, name)):
            if period.district not in districts and period.city == city:
                known = ", ".join(sorted(districts))
                problems.append(
                    Problem(f"{name}[{i}].district", f"{period.district!r} is not a district of {city} (known: {known})")
                )
    return problems
