"""Beijing's checks of an applicant file for one declaration year: the dated facts Beijing's rules read, the
districts of its housing and workplaces, the innovation item's kind and tier, and the honours its rules name."""

from __future__ import annotations

from simulator.cities.beijing.pack import BeijingPack
from simulator.core.problems import Problem
from simulator.profile.checks import after_cutoff, unknown_district
from simulator.profile.model import ApplicantProfile


def check(profile: ApplicantProfile, pack: BeijingPack, declaration_year: int) -> list[Problem]:
    problems = after_cutoff(
        profile,
        pack,
        declaration_year,
        dated=(("tax_violations", "date"), ("detentions", "date")),
        yearly=("income_tax",),
        single_dates=(),
        registrations=False,
    )
    problems += unknown_district(profile, pack)
    item = profile.innovation
    if item is not None:
        kind = pack.innovation.kinds.get(item.kind)
        if kind is None:
            known = ", ".join(pack.innovation.kinds)
            problems.append(
                Problem("innovation.kind", f"{item.kind!r} is not an innovation item of these rules (known: {known})")
            )
        elif kind.mode == "tier" and item.tier_points is not None and item.tier_points not in kind.tiers.value:
            tiers = ", ".join(str(t) for t in kind.tiers.value)
            problems.append(
                Problem("innovation.tier_points", f"{item.tier_points} is not a tier of {item.kind!r} (tiers: {tiers})")
            )
    for i, honour in enumerate(profile.honours):
        if honour.kind not in pack.honours.kinds and honour.level is None:  # ranked honours are other cities' facts
            known = ", ".join(pack.honours.kinds)
            problems.append(Problem(f"honours[{i}].kind", f"{honour.kind!r} is not an honour of these rules (known: {known})"))
    return problems
