"""Testville's formulas, labels, checks and batch columns: insured months times a rate (capped), points for a
bachelor's degree or higher, and a residence permit as the one condition."""

from __future__ import annotations

from simulator.batch.layout import select
from simulator.core.decimals import ZERO
from simulator.core.periods import month_spans, total_months
from simulator.core.result import Evaluation, IndicatorResult, InputUsed, QualificationCheck
from simulator.core.rounds import cutoff_of, last_counted_month
from simulator.core.text import Text
from simulator.engine.cite import cite
from simulator.engine.permits import holds_permit
from simulator.profile.checks import after_cutoff
from tests.cities.testville import INDICATORS

CITY = "testville"
NAMES = {i.id: i.name for i in INDICATORS}
LABELS = {
    "time.cutoff": Text("计算截止日", "counting cut-off"),
    "time.age_reference": Text("年龄计算基准日", "age reference date"),
    "insurance.points_per_month": Text("每月分值", "points a month"),
    "insurance.max_points": Text("上限", "cap"),
    "degree.points": Text("本科及以上分值", "points for a bachelor or higher"),
}
DEGREES = ("bachelor", "master", "doctor")

COLUMNS = select(
    lead=("residence_permit",),
    single=("edu_level", "edu_diploma", "edu_degree"),
    groups=("si",),
    examples=(
        {
            "applicant_id": "T1",
            "birth_date": "1990-01-01",
            "retirement_category": "male",
            "residence_permit": "yes",
            "si1_start": "2020-01",
            "edu_level": "bachelor",
        },
    ),
)


def check(profile, pack, declaration_year):
    return after_cutoff(profile, pack, declaration_year)


def evaluate(profile, pack, declaration_year) -> Evaluation:
    cutoff = cutoff_of(pack, declaration_year)
    month = last_counted_month(cutoff)
    spans, _ = month_spans(profile.social_insurance, CITY, month)
    months = total_months(spans)
    rate, cap = pack.insurance.points_per_month.value, pack.insurance.max_points.value
    insurance = IndicatorResult(
        "insurance",
        NAMES["insurance"],
        min(months * rate, cap) + ZERO,
        inputs=[InputUsed(Text("投保月数", "insured months"), str(months))],
        rules=cite(pack, LABELS, "insurance.points_per_month", "insurance.max_points"),
        steps=[Text.of(("{0}个月 × {1}", "{0} months × {1}"), months, rate)],
        group="basic",
    )
    held = profile.education is not None and profile.education.level in DEGREES
    degree = IndicatorResult(
        "degree",
        NAMES["degree"],
        pack.degree.points.value if held else ZERO,
        rules=cite(pack, LABELS, "degree.points"),
        group="bonus",
    )
    permit, suspended = holds_permit(profile, CITY)
    checks = [
        QualificationCheck(
            "residence_permit",
            Text("持有居住证", "Holds a residence permit"),
            permit and not suspended,
            Text("持有。", "Held.") if permit else Text("未持有。", "Not held."),
        )
    ]
    return Evaluation.of(pack, declaration_year, cutoff, checks, [insurance, degree])
