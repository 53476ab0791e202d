"""Tianjin's batch columns: the shared facts its rules read (insurance with back-paid and transferred-in months,
homes, workplaces, convictions), and two example applicants. The facts only Tianjin asks about (City.facts) get
their columns from the shared layout."""

from __future__ import annotations

from simulator.batch.layout import group, select

EXAMPLES = (
    {
        "applicant_id": "T0001",
        "name": "李娜",
        "birth_date": "1992-03-08",
        "retirement_category": "female_cadre",
        "residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2017-07",
        "home1_start": "2017-07",
        "home1_kind": "rented",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
    },
    {
        "applicant_id": "T0002",
        "name": "周强",
        "birth_date": "1983-10-21",
        "retirement_category": "male",
        "residence_permit": "yes",
        "si1_start": "2012-05",
        "si1_end": "2015-04",
        "si1_transferred_in": "yes",
        "si2_start": "2015-05",
        "home1_start": "2015-05",
        "home1_end": "2019-12",
        "home1_kind": "rented",
        "home2_start": "2020-01",
        "home2_kind": "own",
        "work1_start": "2015-05",
        "work1_employer": "天津某制造有限公司",
        "edu_level": "junior_college",
        "skill_level": "technician",
    },
)

COLUMNS = select(
    lead=("residence_permit", "has_criminal_record"),
    single=("edu_level", "edu_diploma", "edu_degree", "professional_title", "skill_level", "points_fraud", "notes"),
    groups=(
        group("si", add=("transferred_in",)),
        group("home", drop=("district",)),
        group("work", drop=("district",)),
        "pen",
    ),
    examples=EXAMPLES,
)
