"""The one scoring use case: check an applicant's facts against a round's rules, then evaluate them.

The command line, the wizard and batch scoring all score through `score`: the checks of the city (facts dated
after the cut-off, answers its rules do not know) come first; what they find either stops the scoring (the
command line, a batch row) or is shown beside the score (the wizard, which scores whatever can be scored).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from simulator.core.problems import Problem
from simulator.core.result import Evaluation
from simulator.core.rounds import cutoff_of
from simulator.engine import evaluate
from simulator.engine.as_of import assumption, refuse_past_retirement
from simulator.engine.evaluate import round_for
from simulator.profile.checks import check_for_year
from simulator.profile.model import ApplicantProfile


@dataclass(slots=True)
class Scored:
    result: Evaluation | None  # None when a problem stops the scoring
    problems: list[Problem] = field(default_factory=list)  # what stops it (or, scoring anyway, what is wrong)
    left_out: list[Problem] = field(default_factory=list)  # facts after the cut-off that were dropped as asked

    @property
    def ok(self) -> bool:
        return self.result is not None and not self.problems


def score(
    profile: ApplicantProfile,
    pack: Any,
    declaration_year: int,
    *,
    overrides: Mapping[str, Any] | Any | None = None,
    drop_after_cutoff: bool = False,
    anyway: bool = False,
    compare_lines: bool = True,
    as_of: date | None = None,
) -> Scored:
    """Check, then evaluate. Facts after the cut-off stop the scoring unless `drop_after_cutoff` (the engine then
    leaves them out); `anyway` scores whatever the checks found (and returns their problems beside the result).
    `as_of`: the day the facts were true (else the file's own `as_of`); a round counted to a later day says what it
    assumes, and one past the statutory retirement date is refused. Without `overrides`, the values the applicant
    file keeps for the pack (`supplied_values`) are used, each labelled user-supplied.
    Raises NotApplicable when the pack does not cover the year, OverrideError when an override does not fit."""
    declaration_year = round_for(pack, declaration_year)  # NotApplicable, naming the rounds, before any check
    as_of = as_of or profile.as_of
    if as_of is not None:
        refuse_past_retirement(profile, pack, declaration_year, cutoff_of(pack, declaration_year), as_of)
    found = check_for_year(profile, pack, declaration_year)
    left_out = [p for p in found if p.kind == "after_cutoff"] if drop_after_cutoff and found else []
    problems = [p for p in found if p not in left_out] if left_out else found
    if problems and not anyway:
        return Scored(None, problems, left_out)
    # the values the applicant file keeps for this pack, if any
    if overrides is None and profile.supplied_values and profile.supplied_for(pack.pack.id):
        from simulator.rules.overrides import overrides_of

        overrides = overrides_of(profile.supplied_values, pack)
    result = evaluate(profile, pack, declaration_year, overrides=overrides, compare_lines=compare_lines)
    if as_of is not None:
        assumed = assumption(profile, pack.pack.city, as_of, result.cutoff)
        if assumed is not None:
            result.assumptions.append(assumed)
    return Scored(result, problems, left_out)
