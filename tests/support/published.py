"""Beijing's published 2020 admitted list, and applicant profiles reconstructed from its per-indicator scores.

Each profile is built from the published parts alone (months of insurance from the employment points, the
own-home/rental split from the residence points, blocks from the area points, ...) and then scored by the
engine: a correct engine gives back every published score.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from simulator.core.decimals import TWELVE, round_points
from simulator.core.months import format_month, month_of
from simulator.profile.model import (
    ApplicantProfile,
    Education,
    HonourEntry,
    HousingPeriod,
    InnovationItem,
    InsurancePeriod,
    TaxYear,
    WorkplacePeriod,
)

LIST_2020 = Path(__file__).resolve().parent.parent / "data" / "beijing-2020-admitted.csv"
COLUMNS = (
    "employment",
    "residence",
    "education",
    "study_deduction",
    "work_residence_area",
    "innovation",
    "tax",
    "age",
    "honours",
    "law_abiding",
)
YEAR = 2020
CUTOFF = month_of(YEAR - 1, 12)
EDUCATION_LEVELS = {
    Decimal("10.5"): "junior_college",
    Decimal("15"): "bachelor",
    Decimal("26"): "master",
    Decimal("37"): "doctor",
}
AWARD_TIERS = {Decimal(x) for x in ("12", "11", "10", "9", "8", "6", "5", "4", "2")}


@dataclass(frozen=True)
class PublishedRow:
    rank: int
    birth_month: str
    scores: dict[str, Decimal]
    total: Decimal


def published_rows() -> list[PublishedRow]:
    with open(LIST_2020, encoding="utf-8", newline="") as handle:
        return [
            PublishedRow(int(r["rank"]), r["birth_month"], {c: Decimal(r[c]) for c in COLUMNS}, Decimal(r["total"]))
            for r in csv.DictReader(handle)
        ]


def birth_date(birth_month: str) -> date:
    year, month = (int(x) for x in birth_month.split("-"))
    return date(year, month, 15)  # the list gives the month only


def _own_months(insured: int, residence: Decimal) -> int:
    for own in range(insured + 1):
        if round_points(own / TWELVE) + round_points((insured - own) * Decimal("0.5") / TWELVE) == residence:
            return own
    raise ValueError(f"no own-home split gives residence {residence}")


def _period(start: int, end: int) -> dict:
    return {"start": format_month(start), "end": format_month(end)}


def reconstruct(row: PublishedRow) -> ApplicantProfile:
    s = row.scores
    insured = int(s["employment"] / Decimal("0.25"))
    first = CUTOFF - insured + 1
    own = _own_months(insured, s["residence"])

    # Area: full 12-month blocks in 2018 and 2019, each live-only (2) or live-and-work (3).
    area = int(s["work_residence_area"])
    blocks = {0: [], 2: [2], 3: [3], 4: [2, 2], 5: [3, 2], 6: [3, 3]}[area]
    outside_months = 12 * len(blocks)
    housing = []
    if insured - own:
        housing.append(HousingPeriod(**_period(first, CUTOFF - own), kind="rented", district="haidian"))
    if own > outside_months:
        housing.append(HousingPeriod(**_period(CUTOFF - own + 1, CUTOFF - outside_months), kind="own", district="chaoyang"))
    if outside_months:
        housing.append(HousingPeriod(**_period(CUTOFF - outside_months + 1, CUTOFF), kind="own", district="tongzhou"))
    workplaces = [WorkplacePeriod(**_period(first, CUTOFF), district="haidian")]
    block_start = CUTOFF - outside_months + 1
    for i, rate in enumerate(blocks):
        if rate == 3:
            lo = block_start + 12 * i
            workplaces = [w for w in workplaces]
            workplaces.append(WorkplacePeriod(**_period(lo, lo + 11), district="daxing"))
    workplaces = _split_workplaces(first, workplaces)

    education = None
    if s["education"]:
        level = EDUCATION_LEVELS[s["education"]]
        months = round(-s["study_deduction"] * 12 / Decimal("3.5"))
        study = {}
        if months:
            study = {"study_start": format_month(first), "study_end": format_month(first + months - 1)}
        education = Education(level=level, diploma=True, degree=True, **study)

    innovation = None
    if s["innovation"]:
        kind = "award" if s["innovation"] in AWARD_TIERS else "competition"
        innovation = InnovationItem(kind=kind, tier_points=s["innovation"])
    # the years of 100,000 or more; with any, some tax in the others too (tax paid in every year of the three)
    tax_years = int(s["tax"] / 2)
    income_tax = (
        [TaxYear(year=YEAR - 1 - i, amount_yuan=Decimal(100000) if i < tax_years else Decimal(20000)) for i in range(3)]
        if tax_years
        else []
    )
    honours = [HonourEntry(kind="model_worker")] if s["honours"] else []

    return ApplicantProfile(
        birth_date=birth_date(row.birth_month),
        retirement_category="male",
        social_insurance=[InsurancePeriod(**_period(first, CUTOFF))],
        housing=housing,
        workplaces=workplaces,
        education=education,
        innovation=innovation,
        income_tax=income_tax,
        honours=honours,
    )


def _split_workplaces(first: int, periods: list[WorkplacePeriod]) -> list[WorkplacePeriod]:
    """One workplace a month: outside-district years cut out of the central-district period."""
    outside = sorted((p.start, p.end) for p in periods if p.district != "haidian")
    result, cursor = [], first
    for start, end in outside:
        if start > cursor:
            result.append(WorkplacePeriod(**_period(cursor, start - 1), district="haidian"))
        result.append(WorkplacePeriod(**_period(start, end), district="daxing"))
        cursor = end + 1
    if cursor <= CUTOFF:
        result.append(WorkplacePeriod(**_period(cursor, CUTOFF), district="haidian"))
    return result
