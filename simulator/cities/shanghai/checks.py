"""Shanghai's checks of an applicant file for one declaration year: its facts dated after the counting date."""

from __future__ import annotations

from simulator.core.problems import Problem
from simulator.profile.checks import after_cutoff
from simulator.profile.model import ApplicantProfile


def check(profile: ApplicantProfile, pack, declaration_year: int) -> list[Problem]:
    return after_cutoff(profile, pack, declaration_year)
