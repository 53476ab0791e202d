"""Checks of an applicant file against one city's rules for one declaration year.

The file itself is valid on its own (see model.py); these checks find what does not fit the chosen rules:
districts the city does not have, kinds the edition does not know, and dates after the cut-off. Each formula has
its own checks; `check_for_year` picks them from the pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from simulator.months import format_month, month_of_date
from simulator.profile.model import ApplicantProfile
from simulator.rules.model import RulePack


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: str
    kind: Literal["error", "after_cutoff"] = "error"

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def check_for_year(profile: ApplicantProfile, pack, declaration_year: int) -> list[Problem]:
    """Problems of the file under any city's pack for one declaration year."""
    if pack.pack.formula == "beijing":
        return _beijing(profile, pack, declaration_year)
    return _other_city(profile, pack, declaration_year)


def _cutoff(pack, declaration_year: int) -> tuple[date, int]:
    """The cut-off date of a declaration year under the pack, and the last whole month it closes."""
    t = pack.time.cutoff
    month, day = (int(x) for x in t.value.split("-"))
    cutoff = date(declaration_year - (t.years_before or 0), month, day)
    return cutoff, month_of_date(cutoff + timedelta(days=1)) - 1


def _periods_after_cutoff(profile: ApplicantProfile, city: str, cutoff_month: int, later) -> None:
    """Month periods of the city that start or end after the cut-off month, reported through `later`."""
    for name in ("social_insurance", "housing", "workplaces"):
        for i, period in enumerate(getattr(profile, name)):
            if period.city != city:
                continue
            if period.start > cutoff_month:
                later(f"{name}[{i}].start", format_month(period.start))
            elif period.end is not None and period.end > cutoff_month:
                later(f"{name}[{i}].end", format_month(period.end))


def _beijing(profile: ApplicantProfile, pack: RulePack, declaration_year: int) -> list[Problem]:
    city = pack.pack.city
    cutoff, cutoff_month = _cutoff(pack, declaration_year)
    cutoff_year = cutoff.year
    problems: list[Problem] = []
    districts = {d.id for d in pack.districts}

    def later(field: str, what: str) -> None:
        problems.append(Problem(field, f"{what} is after the cut-off {cutoff.isoformat()} for declaration year {declaration_year}", "after_cutoff"))

    _periods_after_cutoff(profile, city, cutoff_month, later)
    for name in ("housing", "workplaces"):
        for i, period in enumerate(getattr(profile, name)):
            if period.city == city and period.district not in districts:
                problems.append(Problem(f"{name}[{i}].district", f"{period.district!r} is not a district of {city} (known: {', '.join(sorted(districts))})"))
    if profile.education and profile.education.study_end is not None and profile.education.study_end > cutoff_month:
        later("education.study_end", format_month(profile.education.study_end))
    for name in ("tax_violations", "detentions"):
        for i, event in enumerate(getattr(profile, name)):
            if event.date > cutoff:
                later(f"{name}[{i}].date", event.date.isoformat())
    for i, entry in enumerate(profile.income_tax):
        if entry.year > cutoff_year:
            later(f"income_tax[{i}].year", str(entry.year))
    if profile.birth_date > cutoff:
        problems.append(Problem("birth_date", f"{profile.birth_date.isoformat()} is after the cut-off {cutoff.isoformat()}"))
    item = profile.innovation
    if item is not None:
        kind = pack.innovation.kinds.get(item.kind)
        if kind is None:
            problems.append(Problem("innovation.kind", f"{item.kind!r} is not an innovation item of these rules (known: {', '.join(pack.innovation.kinds)})"))
        elif kind.mode == "tier" and item.tier_points is not None and item.tier_points not in kind.tiers.value:
            tiers = ", ".join(str(t) for t in kind.tiers.value)
            problems.append(Problem("innovation.tier_points", f"{item.tier_points} is not a tier of {item.kind!r} (tiers: {tiers})"))
    for i, honour in enumerate(profile.honours):
        if honour.kind not in pack.honours.kinds and honour.level is None:  # ranked honours are other cities' facts
            problems.append(Problem(f"honours[{i}].kind", f"{honour.kind!r} is not an honour of these rules (known: {', '.join(pack.honours.kinds)})"))
    return problems


def _other_city(profile: ApplicantProfile, pack, declaration_year: int) -> list[Problem]:
    """Xiong'an and Hangzhou: the city's facts dated after the cut-off, and answers its rules do not know."""
    city = pack.pack.city
    cutoff, cutoff_month = _cutoff(pack, declaration_year)
    problems: list[Problem] = []

    def later(field: str, what: str) -> None:
        problems.append(Problem(field, f"{what} is after the cut-off {cutoff.isoformat()} for declaration year {declaration_year}", "after_cutoff"))

    _periods_after_cutoff(profile, city, cutoff_month, later)
    for i, period in enumerate(profile.residence_registrations):
        if period.city != city:
            continue
        if period.start > cutoff:
            later(f"residence_registrations[{i}].start", period.start.isoformat())
        elif period.end is not None and period.end > cutoff:
            later(f"residence_registrations[{i}].end", period.end.isoformat())
    if profile.education and profile.education.study_end is not None and profile.education.study_end > cutoff_month:
        later("education.study_end", format_month(profile.education.study_end))
    for name, attribute in (
        ("tax_violations", "date"), ("detentions", "date"), ("penalties", "date"), ("dishonesty_listings", "date"),
        ("blood_donations", "date"), ("charity_donations", "date"), ("invention_patents", "granted"),
    ):
        for i, event in enumerate(getattr(profile, name)):
            if getattr(event, attribute) > cutoff:
                later(f"{name}[{i}].{attribute}", getattr(event, attribute).isoformat())
    for name in ("income_tax", "investment_tax", "volunteering", "honours"):
        for i, entry in enumerate(getattr(profile, name)):
            if entry.year is not None and entry.year > cutoff.year and getattr(entry, "city", city) in (city, None):
                later(f"{name}[{i}].year", str(entry.year))
    if profile.points_fraud is not None and profile.points_fraud > cutoff:
        later("points_fraud", profile.points_fraud.isoformat())
    if profile.birth_date > cutoff:
        problems.append(Problem("birth_date", f"{profile.birth_date.isoformat()} is after the cut-off {cutoff.isoformat()}"))
    channels = getattr(pack, "channels", None)
    if channels is not None and profile.settlement_group is not None and profile.settlement_group not in channels:
        problems.append(Problem("settlement_group", f"{profile.settlement_group!r} is not a group of these rules (known: {', '.join(channels)})"))
    return problems
