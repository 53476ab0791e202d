"""Hypothesis strategies: random but valid Beijing applicant profiles."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from simulator.core.months import format_month, month_of
from simulator.profile.model import ApplicantProfile

DISTRICTS = ["dongcheng", "haidian", "chaoyang", "tongzhou", "daxing", "changping", "yanqing"]
FIRST = month_of(1995, 1)
LAST = month_of(2030, 12)


@st.composite
def spans(draw, max_periods=6, gaps=True):
    """Sorted, non-overlapping month spans; the last may be ongoing."""
    count = draw(st.integers(0, max_periods))
    cursor = draw(st.integers(FIRST, FIRST + 120))
    result = []
    for i in range(count):
        cursor += draw(st.integers(0, 14)) if gaps and i else 0
        length = draw(st.integers(1, 90))
        end = cursor + length - 1
        if end > LAST:
            break
        ongoing = i == count - 1 and draw(st.booleans())
        result.append((cursor, None if ongoing else end))
        cursor = end + 1
    return result


def _period(span):
    start, end = span
    return {"start": format_month(start), "end": format_month(end) if end is not None else None}


@st.composite
def profiles(draw):
    insurance = [{**_period(s), "back_paid": draw(st.booleans()) and draw(st.booleans())} for s in draw(spans(max_periods=5))]
    housing = [
        {
            **_period(s),
            "kind": draw(st.sampled_from(["own", "rented", "dormitory"])),
            "district": draw(st.sampled_from(DISTRICTS)),
            "lease_registered": draw(st.booleans()),
        }
        for s in draw(spans(max_periods=5))
    ]
    workplaces = [{**_period(s), "district": draw(st.sampled_from(DISTRICTS))} for s in draw(spans(max_periods=4))]
    education = None
    if draw(st.booleans()):
        start = draw(st.integers(FIRST, LAST - 60))
        diploma = draw(st.booleans())
        education = {
            "level": draw(st.sampled_from(["junior_college", "bachelor", "master", "doctor"])),
            "diploma": diploma,
            "degree": True if not diploma else draw(st.booleans()),
        }
        if draw(st.booleans()):
            education |= {"study_start": format_month(start), "study_end": format_month(start + draw(st.integers(0, 72)))}
    innovation = draw(
        st.one_of(
            st.none(),
            st.fixed_dictionaries(
                {"kind": st.just("award"), "tier_points": st.sampled_from(["12", "11", "10", "9", "8", "6", "5", "4", "2", "7"])}
            ),
            st.fixed_dictionaries({"kind": st.just("competition"), "tier_points": st.sampled_from(["12", "10", "3", "1"])}),
            st.fixed_dictionaries(
                {
                    "kind": st.just("equity"),
                    "share_percent": st.decimals(0, 100, places=2).map(str),
                    "financing_yuan": st.integers(0, 90_000_000).map(str),
                    "worked_full_year": st.booleans(),
                }
            ),
        )
    )
    years = draw(st.lists(st.integers(2010, 2030), unique=True, max_size=6))
    income_tax = [{"year": y, "amount_yuan": str(draw(st.integers(0, 300_000)))} for y in years]
    dates = st.dates(date(2005, 1, 1), date(2030, 12, 31)).map(date.isoformat)
    return ApplicantProfile.model_validate(
        {
            "birth_date": draw(st.dates(date(1955, 1, 1), date(2005, 12, 31))).isoformat(),
            "retirement_category": draw(st.sampled_from(["male", "female_cadre", "female_worker"])),
            "has_residence_permit": draw(st.booleans()),
            "has_criminal_record": draw(st.booleans()) and draw(st.booleans()),
            "social_insurance": insurance,
            "housing": housing,
            "workplaces": workplaces,
            "education": education,
            "innovation": innovation,
            "income_tax": income_tax,
            "tax_violations": [{"date": d} for d in draw(st.lists(dates, max_size=2))],
            "detentions": [{"date": d} for d in draw(st.lists(dates, max_size=2))],
            "honours": [
                {"kind": k} for k in draw(st.lists(st.sampled_from(["model_worker", "bravery", "moral_model"]), max_size=2))
            ],
        }
    )
