"""Hangzhou's what-if suggestions: register the lease (where the edition counts only registered leases), register
residence with the police, donate blood, volunteer. The gains are the engine's, never worked out here."""

from __future__ import annotations

from decimal import Decimal

from simulator.core.decimals import fmt
from simulator.core.months import format_month
from simulator.core.text import Text
from simulator.planning.whatif import Change, Situation
from simulator.profile.records import BloodDonation, ResidenceRegistration, VolunteerService


def _register_lease(s: Situation) -> list[Change]:
    if not s.pack.basic.rental.requires_registration.value:
        return []
    housing = s.leases_registered_from_next_month()
    if housing is None:
        return []
    month = format_month(s.next_month)
    text = Text(f"从{month}起办理租赁合同登记备案", f"Register the lease from {month}")
    return [Change("register_lease", text, s.changed(housing=housing), s.coming)]


def _register_residence(s: Situation) -> list[Change]:
    """Hangzhou counts residence from the police registration: register if not registered now."""
    if any(r.city == s.city and (r.end is None or r.end >= s.as_of) for r in s.profile.residence_registrations):
        return []
    start = s.first_of_next_month
    registrations = [*s.profile.residence_registrations, ResidenceRegistration(city=s.city, start=start)]
    text = Text(
        f"从{start.isoformat()}起办理居住登记并保持登记",
        f"Register your residence with the police from {start.isoformat()} and keep it registered",
    )
    return [Change("register_residence", text, s.changed(residence_registrations=registrations), s.coming)]


def _bonus(s: Situation, name: str):
    """The rules of one of the bonus items (None where the edition has none)."""
    return getattr(s.pack.bonus, name, None)


def _donate_blood(s: Situation) -> list[Change]:
    rules = _bonus(s, "blood_donation")
    if rules is None or rules.first_amount.value is None:
        return []
    on = s.first_of_next_month
    ml = int(rules.first_amount.value)
    donations = [*s.profile.blood_donations, BloodDonation(date=on, ml=ml)]
    text = Text(f"{on.isoformat()}起无偿献血{ml}毫升", f"Donate {ml} ml of blood from {on.isoformat()}")
    return [Change("donate_blood", text, s.changed(blood_donations=donations), s.coming)]


def _volunteer(s: Situation) -> list[Change]:
    rules = _bonus(s, "volunteering")
    if rules is None or rules.step.value is None:
        return []
    year = s.as_of.year + 1  # a whole year of service still ahead
    hours = rules.step.value
    have = {v.year: v.hours for v in s.profile.volunteering}
    entries = [v for v in s.profile.volunteering if v.year != year]
    entries.append(VolunteerService(year=year, hours=max(have.get(year, Decimal(0)), Decimal(0)) + hours))
    text = Text(f"{year}年登记志愿服务{fmt(hours)}小时", f"Register {fmt(hours)} hours of volunteer service in {year}")
    return [Change("volunteer", text, s.changed(volunteering=entries), s.coming)]


SUGGESTIONS = (_register_lease, _register_residence, _donate_blood, _volunteer)
