"""Writes the bundled example applicants (resources/examples/). Run again after a format change."""

from __future__ import annotations

from simulator.paths import examples_dir
from simulator.profile import save_profile
from simulator.profile.model import ApplicantProfile

EXAMPLES = {
    "rental-bachelor": dict(
        name="王小明",
        id_number="110105199003151234",
        birth_date="1990-03-15",
        retirement_category="male",
        social_insurance=[{"start": "2012-07"}],
        housing=[
            {"start": "2012-07", "end": "2020-07", "kind": "rented", "district": "haidian"},
            {"start": "2020-08", "kind": "rented", "district": "haidian", "lease_registered": True},
        ],
        workplaces=[{"start": "2012-07", "district": "haidian", "employer": "某科技有限公司"}],
        education={"level": "bachelor", "diploma": True, "degree": True, "study_start": "2008-09", "study_end": "2012-06"},
        income_tax=[{"year": 2023, "amount_yuan": "36000"}, {"year": 2024, "amount_yuan": "42000"}],
        notes="A typical young professional: bachelor, renting in Haidian, registered lease since 2020-08.",
    ),
    "own-home-outside-centre": dict(
        name="李华",
        id_number="110112198207204321",
        birth_date="1982-07-20",
        retirement_category="female_cadre",
        social_insurance=[
            {"start": "2006-09", "end": "2011-04"},
            {"start": "2011-05", "end": "2011-07", "back_paid": True},
            {"start": "2011-08"},
        ],
        housing=[
            {"start": "2006-09", "end": "2015-05", "kind": "dormitory", "district": "chaoyang"},
            {"start": "2015-06", "kind": "own", "district": "tongzhou"},
        ],
        workplaces=[
            {"start": "2006-09", "end": "2019-02", "district": "chaoyang"},
            {"start": "2019-03", "district": "tongzhou"},
        ],
        education={"level": "master", "diploma": True, "degree": True, "study_start": "2003-09", "study_end": "2006-07"},
        income_tax=[{"year": y, "amount_yuan": "118000"} for y in (2022, 2023, 2024)],
        notes="Own home in Tongzhou since 2015 and working there since 2019: area and tax points; 3 back-paid months.",
    ),
    "in-service-master": dict(
        name="赵强",
        birth_date="1979-01-01",
        retirement_category="male",
        social_insurance=[{"start": "2005-03"}],
        housing=[
            {"start": "2005-03", "end": "2013-12", "kind": "rented", "district": "fengtai"},
            {"start": "2014-01", "kind": "own", "district": "fengtai"},
        ],
        workplaces=[{"start": "2005-03", "district": "xicheng"}],
        education={"level": "master", "diploma": True, "degree": False, "study_start": "2011-09", "study_end": "2014-06"},
        innovation={"kind": "competition", "tier_points": "4", "description": "创新创业大赛三等奖"},
        detentions=[{"date": "2018-06-02", "note": "traffic"}],
        notes="Master's diploma without the degree earned while working (study deduction); age above 45; an old detention.",
    ),
    "short-insurance": dict(
        name="陈静",
        birth_date="1994-11-08",
        retirement_category="female_worker",
        social_insurance=[{"start": "2017-07", "end": "2019-12"}, {"start": "2020-06"}],
        housing=[{"start": "2017-07", "kind": "rented", "district": "changping"}],
        workplaces=[{"start": "2017-07", "district": "changping"}],
        education={"level": "junior_college", "diploma": True, "degree": False},
        has_residence_permit=True,
        notes="A five-month gap in 2020 never back-paid: the continuous run is too short, so the score is a what-if.",
    ),
    "three-cities": dict(
        name="周杰",
        birth_date="1988-03-10",
        retirement_category="male",
        social_insurance=[{"start": "2012-07", "end": "2019-06"}, {"start": "2019-07", "city": "hangzhou"}],
        housing=[
            {"start": "2012-07", "end": "2019-06", "kind": "rented", "district": "haidian"},
            {"start": "2019-07", "kind": "rented", "district": "xihu", "city": "hangzhou", "lease_registered": True},
        ],
        workplaces=[
            {"start": "2012-07", "end": "2019-06", "district": "haidian"},
            {"start": "2019-07", "district": "xihu", "city": "hangzhou"},
        ],
        education={"level": "bachelor", "diploma": True, "degree": True, "study_start": "2008-09", "study_end": "2012-06"},
        professional_title="intermediate",
        residence_permits=[{"city": "hangzhou", "issued": "2019-09-02"}],
        residence_registrations=[{"city": "hangzhou", "start": "2019-07-15"}],
        income_tax=[
            {"year": 2018, "amount_yuan": "21000"},
            {"year": 2022, "amount_yuan": "18000", "city": "hangzhou"},
            {"year": 2023, "amount_yuan": "20000", "city": "hangzhou"},
        ],
        blood_donations=[{"date": "2021-04-10", "ml": 400}],
        volunteering=[{"year": 2023, "hours": "36"}],
        notes="Seven years in Beijing, then Hangzhou since 2019: one file scored under Beijing, Xiong'an and Hangzhou side by side.",
    ),
}


def main() -> None:
    folder = examples_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name, facts in EXAMPLES.items():
        save_profile(ApplicantProfile.model_validate(facts), folder / f"{name}.json")
        print(f"wrote {folder / f'{name}.json'}")


if __name__ == "__main__":
    main()
