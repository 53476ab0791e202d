"""A Beijing rule pack turned into ready numbers and citations, once per pack, so evaluation stays cheap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from simulator.cities.beijing.labels import LABELS
from simulator.cities.beijing.pack import BeijingPack
from simulator.core.memo import per_pack
from simulator.core.months import parse_month
from simulator.core.result import RuleValue, Text
from simulator.core.rounds import cutoff_of, last_counted_month
from simulator.engine.citations import rule_value as _rule_value


@dataclass(slots=True, eq=False)  # hashed by identity: one per pack, used as a cache key
class CompiledRules:
    pack: BeijingPack
    rounding: Decimal  # the pack's time.rounding: each indicator is rounded to it, half up
    lease_required_from: int | None
    automatic_until: int | None  # insured months up to this one count as rental/dormitory without a declaration
    area_from: int | None
    outside_districts: frozenset[str]
    known_districts: frozenset[str]
    age_table: tuple[tuple[int, Decimal], ...]
    education_caps: dict[Decimal, int]
    rules: dict[str, tuple[RuleValue, ...]]
    edition_name: Text
    reform_from: dict[str, int]
    tax_minimum_shown: str
    # Each declaration year's cut-off day and last counted month, found once (simulator.core.rounds).
    cutoffs: dict[int, tuple[date, int]] = field(default_factory=dict)

    def cutoff_of(self, year: int) -> tuple[date, int]:
        found = self.cutoffs.get(year)
        if found is None:
            cutoff = cutoff_of(self.pack, year)
            found = self.cutoffs[year] = (cutoff, last_counted_month(cutoff))
        return found


def rule_value(pack, key: str, cited, label_key: str | None = None) -> RuleValue:
    return _rule_value(pack, key, cited, LABELS, label_key)


@per_pack
def compiled(pack: BeijingPack) -> CompiledRules:
    return _compile(pack)


def _compile(pack: BeijingPack) -> CompiledRules:
    def rv(key: str, cited) -> RuleValue:
        return rule_value(pack, key, cited)

    t, q, e, r, a, tx, law = pack.time, pack.qualification, pack.employment, pack.residence, pack.area, pack.tax, pack.law_abiding
    residence_rules = [
        rv("residence.own_points_per_year", r.own_points_per_year),
        rv("residence.rented_points_per_year", r.rented_points_per_year),
        rv("residence.dormitory_points_per_year", r.dormitory_points_per_year),
        rv("residence.capped_by_insurance_months", r.capped_by_insurance_months),
    ]
    if r.lease_registration_required_from is not None:
        residence_rules.append(rv("residence.lease_registration_required_from", r.lease_registration_required_from))
    if r.automatic_until is not None:
        residence_rules.append(rv("residence.automatic_until", r.automatic_until))
    area_rules = [
        rv(f"area.{name}", getattr(a, name))
        for name in (
            "counting_from",
            "block_months",
            "live_and_work_points",
            "live_only_points",
            "max_points",
            "live_only_max_points",
            "requires_own_home",
            "requires_december_residence",
        )
        if getattr(a, name) is not None
    ]
    tax_rules = [
        rv(f"tax.{name}", getattr(tx, name))
        for name in (
            "window_years",
            "min_yuan",
            "points_per_year",
            "flat_points",
            "max_points",
            "violation_points",
            "violation_window_years",
        )
        if getattr(tx, name) is not None
    ]
    education_rules = []
    for level_id, level in pack.education.levels.items():
        education_rules.append(rule_value(pack, f"education.levels.{level_id}.full", level.full, "education.levels"))
        if level.partial is not None:
            education_rules.append(rule_value(pack, f"education.levels.{level_id}.partial", level.partial, "education.levels"))
    retirement = {
        f"retirement.{cat}": (
            rule_value(pack, f"qualification.retirement.{cat}.base_years", rule.base_years, f"qualification.retirement.{cat}"),
        )
        for cat, rule in q.retirement.items()
    }
    if tx.continuity_required is not None:
        tax_rules.append(rv("tax.continuity_required", tx.continuity_required))
    permit_rules = []
    if q.residence_permit_by_cutoff is not None:
        permit_rules.append(rv("qualification.residence_permit_by_cutoff", q.residence_permit_by_cutoff))
    if q.work_residence_permit_from is not None:
        permit_rules.append(rv("qualification.work_residence_permit_from", q.work_residence_permit_from))
    rules = {
        "time": (rv("time.cutoff", t.cutoff), rv("time.rounding", t.rounding)),
        "residence_permit": tuple(permit_rules),
        "continuity": (
            rv("qualification.continuous_insurance_months", q.continuous_insurance_months),
            rv("qualification.max_back_paid_months", q.max_back_paid_months),
        ),
        **retirement,
        "employment": (
            rv("employment.points_per_year", e.points_per_year),
            rv("employment.back_paid_scores", e.back_paid_scores),
        ),
        "residence": tuple(residence_rules),
        "education": tuple(education_rules),
        "study_deduction": (
            rv("study_deduction.points_per_year", pack.study_deduction.points_per_year),
            rv("study_deduction.max_months", pack.study_deduction.max_months),
        ),
        "work_residence_area": tuple(area_rules),
        "innovation": (rv("innovation.max_points", pack.innovation.max_points),),
        "tax": tuple(tax_rules),
        "age": (
            rv("time.age_reference", t.age_reference),
            rv("age.table", pack.age.table),
            rv("age.otherwise", pack.age.otherwise),
        ),
        "honours": (rv("honours.points", pack.honours.points),),
        "law_abiding": (
            rv("law_abiding.detention_points", law.detention_points),
            rv("law_abiding.window_years", law.window_years),
        ),
    }
    for kind_id, kind in pack.innovation.kinds.items():
        kind_rules = [rv("innovation.max_points", pack.innovation.max_points)]
        for name in ("tiers", "min_share_percent", "financing_bands", "points_per_year"):
            cited = getattr(kind, name)
            if cited is not None:
                kind_rules.append(rule_value(pack, f"innovation.kinds.{kind_id}.{name}", cited, f"innovation.{name}"))
        if kind.max_points is not None:
            kind_rules.append(
                rule_value(pack, f"innovation.kinds.{kind_id}.max_points", kind.max_points, "innovation.kind_max_points")
            )
        rules[f"innovation.{kind_id}"] = tuple(kind_rules)

    return CompiledRules(
        pack=pack,
        rounding=t.rounding.value,
        lease_required_from=parse_month(r.lease_registration_required_from.value) if r.lease_registration_required_from else None,
        automatic_until=parse_month(r.automatic_until.value) if r.automatic_until else None,
        area_from=parse_month(a.counting_from.value) if a.counting_from else None,
        outside_districts=frozenset(d.id for d in pack.districts if not d.central),
        known_districts=frozenset(d.id for d in pack.districts),
        age_table=tuple(pack.age.table.value),
        education_caps=dict(pack.study_deduction.max_months.value),
        rules=rules,
        edition_name=Text(pack.pack.name.zh, pack.pack.name.en),
        tax_minimum_shown=f"{tx.min_yuan.value:,}" if tx.min_yuan is not None else "",
        reform_from={cat: parse_month(rule.reform_from.value) for cat, rule in q.retirement.items()},
    )
