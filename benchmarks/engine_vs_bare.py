"""The engine against the same Beijing 2020 formulas written plainly, in the same process and the same run, over
the 6,032 profiles reconstructed from the published 2020 list: a ratio holds on a shared, noisy machine where an
absolute rate does not. The bare formulas compute the total only (no derivation, no citations, no models built),
with the rule values written in; they are checked to give the engine's total for every profile first.

Target: the engine within 3x the bare formulas, and >= 20,000 evaluations a second (printed, for this machine).

    .venv/bin/python benchmarks/engine_vs_bare.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.core.months import month_of  # noqa: E402
from simulator.engine import evaluate  # noqa: E402
from simulator.rules import load_pack  # noqa: E402
from tests.support.published import published_rows, reconstruct  # noqa: E402

YEAR = 2020
CUTOFF = month_of(YEAR - 1, 12)
AUTOMATIC_UNTIL = month_of(2020, 7)
LEASE_FROM = month_of(2020, 8)
AREA_FROM = month_of(2018, 1)
CENTRAL = frozenset({"dongcheng", "xicheng", "chaoyang", "haidian", "fengtai", "shijingshan"})
EDUCATION = {"junior_college": ("10.5", None), "bachelor": ("15", "10.5"), "master": ("26", "15"), "doctor": ("37", "26")}
STUDY_CAPS = {Decimal("10.5"): 36, Decimal("15"): 48, Decimal("26"): 36, Decimal("37"): 36}
AGE = {45: 20, 46: 16, 47: 12, 48: 8, 49: 4}
CENT = Decimal("0.01")
TWELVE = Decimal(12)


def r2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def months(start: int, end: int | None) -> range:
    return range(start, min(end if end is not None else CUTOFF, CUTOFF) + 1)


def bare_total(p) -> Decimal:
    """Beijing 2020, plainly: the sum of the ten indicators."""
    paid = [(i.start, min(i.end or CUTOFF, CUTOFF)) for i in p.social_insurance if i.city == "beijing" and not i.back_paid]
    insured = sum(e - s + 1 for s, e in paid if e >= s)
    total = r2(insured * Decimal(3) / TWELVE)
    homes = [h for h in p.housing if h.city == "beijing"]
    own = set()
    for h in homes:
        if h.kind == "own":
            own.update(months(h.start, h.end))
    residence = Decimal(0)
    room = insured
    own_months = [len(months(h.start, h.end)) for h in homes if h.kind == "own"]
    for m in own_months:
        take = min(m, room)
        room -= take
        residence += r2(take / TWELVE)
    automatic = sum(1 for s, e in paid for m in range(s, min(e, AUTOMATIC_UNTIL) + 1) if m not in own)
    take = min(automatic, room)
    room -= take
    residence += r2(take * Decimal("0.5") / TWELVE)
    for h in sorted(homes, key=lambda h: h.start):
        if h.kind == "own":
            continue
        kept = [m for m in months(max(h.start, AUTOMATIC_UNTIL + 1), h.end) if m not in own]
        if h.kind == "rented" and not h.lease_registered:
            kept = [m for m in kept if m < LEASE_FROM]
        take = min(len(kept), room)
        room -= take
        residence += r2(take * Decimal("0.5") / TWELVE)
    total += residence
    e = p.education
    if e is not None:
        full, partial = EDUCATION[e.level]
        points = Decimal(full if e.diploma and e.degree else partial or "0")
        total += points
        if points and e.study_start is not None:
            end = min(e.study_end, CUTOFF)
            overlap = sum(max(0, min(b, end) - max(a, e.study_start) + 1) for a, b in paid)
            total -= r2(min(overlap, STUDY_CAPS[points]) * Decimal("3.5") / TWELVE)
    outside = []
    for h in homes:
        if h.kind == "own" and h.district not in CENTRAL:
            outside.extend(months(max(h.start, AREA_FROM), h.end))
    work = set()
    for w in p.workplaces:
        if w.city == "beijing" and w.district not in CENTRAL:
            work.update(months(w.start, w.end))
    if outside and max(outside) == CUTOFF:
        outside.sort()
        area = Decimal(0)
        for i in range(0, len(outside) - len(outside) % 12, 12):
            block = outside[i : i + 12]
            area += 3 if all(m in work for m in block) else 2
        total += min(area, Decimal(12))
    if p.innovation is not None:
        total += min(p.innovation.tier_points or Decimal(0), Decimal(12))
    years = {t.year: t.amount_yuan for t in p.income_tax if t.city == "beijing"}
    window = range(YEAR - 3, YEAR)
    if all(years.get(y, 0) > 0 for y in window):
        total += min(2 * sum(1 for y in window if years[y] >= 100000), 6)
    on = date(YEAR - 1, 1, 1)
    age = on.year - p.birth_date.year - ((on.month, on.day) < (p.birth_date.month, p.birth_date.day))
    total += AGE.get(age, 20 if age < 45 else 0)
    if p.honours:
        total += 20
    total -= 30 * sum(1 for d in p.detentions if d.city == "beijing" and YEAR - 5 <= d.date.year <= YEAR - 1)
    return total


def rate(work, profiles, rounds: int) -> float:
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for profile in profiles:
            work(profile)
        rates.append(len(profiles) / (time.perf_counter() - start))
    return sorted(rates)[len(rates) // 2]


def main(rounds: int = 5) -> None:
    pack = load_pack("beijing-2020")
    profiles = [reconstruct(row) for row in published_rows()]
    wrong = [p for p in profiles if bare_total(p) != evaluate(p, pack, YEAR).total]
    print(f"profiles: {len(profiles)}  bare formulas give the engine's total for {len(profiles) - len(wrong)}")
    engine_rate = bare_rate = 0.0
    for _ in range(2):  # interleaved, so that a burst of load on the machine falls on both
        engine_rate = max(engine_rate, rate(lambda p: evaluate(p, pack, YEAR), profiles, rounds))
        bare_rate = max(bare_rate, rate(bare_total, profiles, rounds))
    ratio = bare_rate / engine_rate
    print(f"engine:  {engine_rate:,.0f} evaluations/s (with the derivation, citations, ranges)")
    print(f"bare:    {bare_rate:,.0f} totals/s (the same formulas, total only)")
    print(
        f"ratio:   the engine takes {ratio:.2f}x the bare formulas' time  (target <= 3.0 -> {'met' if ratio <= 3 else 'NOT met'})"
    )
    print(f"rate target >= 20,000/s -> {'met' if engine_rate >= 20_000 else 'NOT met'} on this machine now")


if __name__ == "__main__":
    main()
