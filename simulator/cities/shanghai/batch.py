"""Shanghai's batch columns: the shared facts its rules read (the residence card, insurance with back-payments,
education, title and skill, awards, the own enterprise's tax, detentions and convictions, fraud in a points
application), and two example applicants. Shanghai's own facts (city_facts.shanghai: the contribution base, the
conditions on a title, the further bonus items) have no columns of their own here; a batch row leaves them at their
defaults, so the points they decide are ranges where the default is "not answered". Awards can be given only by
the shared kinds and a level (the catalogue's kind column does not take Shanghai's kinds)."""

from __future__ import annotations

from simulator.batch.layout import select

EXAMPLES = (
    {
        "applicant_id": "S0001",
        "name": "周敏",
        "birth_date": "1992-04-18",
        "retirement_category": "female_cadre",
        "residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2016-07",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
    },
    {
        "applicant_id": "S0002",
        "name": "李强",
        "birth_date": "1980-09-02",
        "retirement_category": "male",
        "residence_permit": "yes",
        "si1_start": "2012-03",
        "si1_end": "2014-12",
        "si2_start": "2015-01",
        "si2_end": "2015-03",
        "si2_back_paid": "yes",
        "si3_start": "2015-04",
        "edu_level": "junior_college",
        "skill_level": "senior_worker",
        "hon1_kind": "commendation",
        "hon1_level": "provincial",
        "hon1_year": "2021",
    },
)

COLUMNS = select(
    lead=("residence_permit", "has_criminal_record"),
    single=(
        "edu_level",
        "edu_diploma",
        "edu_degree",
        "professional_title",
        "skill_level",
        "detention_dates",
        "points_fraud",
        "notes",
    ),
    groups=("si", "hon", "inv", "pen"),
    examples=EXAMPLES,
)
