"""The one entry point: score an applicant under a rule pack for a declaration year."""

from __future__ import annotations

from simulator.engine import beijing, lines
from simulator.engine.result import Evaluation
from simulator.profile.model import ApplicantProfile
from simulator.rules.model import RulePack

FORMULAS = {"beijing": beijing.evaluate}


class NotApplicable(ValueError):
    """The pack does not cover the declaration year asked for."""


def evaluate(profile: ApplicantProfile, pack: RulePack, declaration_year: int, *, compare_lines: bool = True) -> Evaluation:
    if not pack.applies_to(declaration_year):
        last = pack.pack.last_declaration_year
        span = f"{pack.pack.first_declaration_year}–{last}" if last else f"{pack.pack.first_declaration_year} onward"
        raise NotApplicable(f"declaration year {declaration_year}: the {pack.pack.edition} rules apply to {span}")
    result = FORMULAS[pack.pack.formula](profile, pack, declaration_year)
    if compare_lines:
        result.past_lines = lines.past_lines(pack.pack.city)
    return result
