"""Hangzhou's batch columns: the facts its rules read (registrations to the day, public-good bonuses, the
investor's tax, the one-vote veto's facts), and two example applicants."""

from __future__ import annotations

from simulator.batch.layout import group, select

EXAMPLES = (
    {
        "applicant_id": "H0001",
        "name": "陈静",
        "birth_date": "1991-08-20",
        "retirement_category": "female_cadre",
        "residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2016-07",
        "home1_start": "2016-07",
        "home1_kind": "rented",
        "home1_lease_registered": "yes",
        "reg1_start": "2016-07-15",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
        "tax1_year": "2022",
        "tax1_yuan": "15000",
        "blood1_date": "2022-05-10",
        "blood1_ml": "400",
    },
    {
        "applicant_id": "H0002",
        "name": "刘洋",
        "birth_date": "1984-02-14",
        "retirement_category": "male",
        "residence_permit": "yes",
        "si1_start": "2012-03",
        "si1_end": "2014-02",
        "si1_transferred_in": "yes",
        "si2_start": "2014-03",
        "home1_start": "2018-05",
        "home1_kind": "own",
        "reg1_start": "2012-03-01",
        "reg1_end": "2015-12-31",
        "reg2_start": "2017-01-01",
        "edu_level": "master",
        "professional_title": "deputy_senior",
        "vol1_year": "2023",
        "vol1_hours": "60",
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
        "stem_cell_donation",
        "detention_dates",
        "banned_organisation",
        "points_fraud",
        "notes",
    ),
    groups=(
        group("si", add=("transferred_in",)),
        group("home", drop=("district",)),
        group("work", drop=("district",)),
        "reg",
        "tax",
        "inv",
        "hon",
        "blood",
        "vol",
        "charity",
        "patent",
        "pen",
        "list",
    ),
    examples=EXAMPLES,
)
