"""Xiong'an's checks of an applicant file for one round: its facts dated after the cut-off, and an Art. 3 group
its rules do not name."""

from __future__ import annotations

from simulator.core.problems import Problem
from simulator.profile.checks import after_cutoff
from simulator.profile.model import ApplicantProfile


def check(profile: ApplicantProfile, pack, declaration_year: int) -> list[Problem]:
    problems = after_cutoff(profile, pack, declaration_year)
    group = profile.settlement_group
    if group is not None and group not in pack.channels:
        known = ", ".join(pack.channels)
        problems.append(Problem("settlement_group", f"{group!r} is not a group of these rules (known: {known})"))
    return problems
