"""The single fields of the applicant as the wizard holds them, with the values a fresh form shows (the profile
model's defaults where it has them). Lists (periods, tax years ...) are tables: see draft.LISTS."""

SCALAR_DEFAULTS: dict[str, object] = {
    "name": "",
    "id_number": "",
    "birth_date": "",
    "retirement_category": "",
    "has_residence_permit": True,
    "has_criminal_record": False,
    "meets_trial_tax_condition": False,
    # facts Xiong'an's and Hangzhou's rules use
    "settlement_group": "",
    "professional_title": "",
    "skill_level": "",
    "stem_cell_donation": False,
    "banned_organisation": False,
    "points_fraud": "",
    "notes": "",
    "education.level": "",
    "education.diploma": True,
    "education.degree": True,
    "education.study_start": "",
    "education.study_end": "",
    "education.institution": "",
    "innovation.kind": "",
    "innovation.tier_points": "",
    "innovation.share_percent": "",
    "innovation.financing_yuan": "",
    "innovation.worked_full_year": False,
    "innovation.years": "",
    "innovation.description": "",
}


def scalar_defaults() -> dict[str, object]:
    """The single fields of a fresh form: those above and every registered city's own facts (city_facts.py)."""
    from simulator.gui.form import city_facts

    return {**SCALAR_DEFAULTS, **city_facts.defaults()}
