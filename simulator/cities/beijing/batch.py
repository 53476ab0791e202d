"""Beijing's batch columns: the facts its rules read, and the template's two example applicants."""

from __future__ import annotations

from simulator.batch.layout import select

# Two typical applicants: a renter in a central district with a registered lease, and a woman with her own home
# and work outside the six central districts, a back-paid stretch and a master's diploma without the degree.
EXAMPLES = (
    {
        "applicant_id": "A0001",
        "name": "张伟",
        "id_number": "11010519880615001X",
        "birth_date": "1988-06-15",
        "retirement_category": "male",
        "has_residence_permit": "yes",
        "has_criminal_record": "no",
        "si1_start": "2012-03",
        "home1_start": "2012-03",
        "home1_end": "2020-07",
        "home1_kind": "rented",
        "home1_district": "haidian",
        "home1_lease_registered": "no",
        "home2_start": "2020-08",
        "home2_kind": "rented",
        "home2_district": "haidian",
        "home2_lease_registered": "yes",
        "work1_start": "2012-03",
        "work1_district": "haidian",
        "tax1_year": "2022",
        "tax1_yuan": "105000",
        "edu_level": "bachelor",
        "edu_diploma": "yes",
        "edu_degree": "yes",
        "edu_study_start": "2006-09",
        "edu_study_end": "2010-06",
    },
    {
        "applicant_id": "A0002",
        "name": "李娜",
        "id_number": "110112198302014328",
        "birth_date": "1983-02-01",
        "retirement_category": "female_cadre",
        "si1_start": "2008-07",
        "si1_end": "2015-03",
        "si2_start": "2015-04",
        "si2_end": "2015-06",
        "si2_back_paid": "yes",
        "si3_start": "2015-07",
        "home1_start": "2008-07",
        "home1_end": "2016-04",
        "home1_kind": "dormitory",
        "home1_district": "chaoyang",
        "home2_start": "2016-05",
        "home2_kind": "own",
        "home2_district": "通州区",
        "work1_start": "2008-07",
        "work1_end": "2017-12",
        "work1_district": "chaoyang",
        "work2_start": "2018-01",
        "work2_district": "tongzhou",
        "edu_level": "master",
        "edu_diploma": "yes",
        "edu_degree": "no",
        "edu_study_start": "2011-09",
        "edu_study_end": "2014-06",
        "detention_dates": "2019-05-20",
    },
)


COLUMNS = select(
    lead=("has_residence_permit", "has_criminal_record"),
    single=(
        "edu_level", "edu_diploma", "edu_degree", "edu_study_start", "edu_study_end",
        "innov_kind", "innov_tier_points", "innov_share_percent", "innov_financing_yuan", "innov_worked_full_year", "innov_years",
        "tax_violation_dates", "detention_dates", "honours", "meets_trial_tax_condition", "notes",
    ),
    groups=("si", "home", "work", "tax"),
    examples=EXAMPLES,
)
