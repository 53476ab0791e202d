"""Residence permits held for a city."""

from __future__ import annotations

from simulator.profile.model import ApplicantProfile


def holds_permit(profile: ApplicantProfile, city: str) -> tuple[bool, bool]:
    """(holds a permit for the city, every one held is suspended)."""
    permits = [p for p in profile.residence_permits if p.city == city]
    if not permits:
        return False, False
    return True, all(p.suspended for p in permits)
