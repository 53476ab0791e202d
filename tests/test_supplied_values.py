"""An official value the user supplies is kept with the applicant file (and, if the user chooses, for every
applicant in the settings), so it is not lost on restart; it closes the range it fills and is labelled."""

from datetime import date
from decimal import Decimal as D

from simulator.profile import load_profile, save_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack
from simulator.rules.overrides import as_supplied, overrides_from_mapping
from simulator.scoring import score

HONOUR = {"kind": "award", "level": "municipal", "year": 2021, "city": "hangzhou"}
VALUES = {"bonus.honours.window_years": 5, "bonus.honours.levels.municipal.max_points": "90"}


def person(**more) -> ApplicantProfile:
    return ApplicantProfile.model_validate(
        {
            "birth_date": date(1985, 6, 15),
            "retirement_category": "male",
            "residence_permits": [{"city": "hangzhou"}],
            "social_insurance": [{"start": "2015-01", "city": "hangzhou"}],
            "residence_registrations": [{"city": "hangzhou", "start": "2015-01-01"}],
            "honours": [HONOUR],
            **more,
        }
    )


def test_values_kept_in_the_applicant_file_close_the_range_after_a_restart(tmp_path):
    pack = load_pack("hangzhou-2021-revised")
    before = score(person(), pack, 2022).result
    assert before.ranged and before.indicator("honours").high == D(30)
    kept = as_supplied(overrides_from_mapping(pack, VALUES, {"bonus.honours.window_years": "official table 2022"}))
    path = tmp_path / "a.json"
    save_profile(person(supplied_values=kept), path)  # saved, the program closed ...
    reopened = load_profile(path)  # ... and opened again
    after = score(reopened, pack, 2022).result
    assert not after.ranged and after.indicator("honours").points == D(30)
    assert {u.path for u in after.user_supplied} == set(VALUES)
    assert next(u for u in after.user_supplied if u.path == "bonus.honours.window_years").note == "official table 2022"
    # values kept for one pack do not touch another
    assert score(reopened, load_pack("hangzhou-2023"), 2023).result.user_supplied == []


def test_the_wizard_keeps_the_applicants_values_and_those_for_everyone_apart(qtbot, tmp_path):
    from simulator.gui.form.rule_choice import Catalogue, installed_editions
    from simulator.gui.form.state import ApplicantState

    catalogue = Catalogue(installed_editions())
    state = ApplicantState(catalogue, catalogue.edition("hangzhou-2021-revised"), 2022, "en")
    state.start()
    state.load(person())
    pack = load_pack("hangzhou-2021-revised")
    overrides = overrides_from_mapping(pack, VALUES)
    state.set_overrides(pack.pack.id, overrides)
    assert not state.result.ranged and state.modified
    assert {v.path for v in state.profile.supplied_values} == set(VALUES)  # what a save writes
    state.clear()  # the next applicant: nothing of the last one stays, her values included
    assert state.overrides == {}
    state.set_shared(pack.pack.id, overrides)  # kept for every applicant
    state.clear()
    state.load(person())
    assert not state.result.ranged and state.profile.supplied_values == []  # used, but not written into her file


def test_a_table_keyed_by_value_can_be_supplied_and_is_kept_with_the_applicant(tmp_path):
    """Beijing 2018's study-deduction caps are a table (months by the education points scored): a user who has the
    official table supplies it whole, it scores, and it survives the file and an override file."""
    from simulator.rules.overrides import dump_overrides, load_overrides

    pack = load_pack("beijing-2018-trial")
    table = {"10.5": 12, "15": 12, "26": 12, "37": 12}
    student = {
        "birth_date": date(1985, 6, 15),
        "retirement_category": "male",
        "social_insurance": [{"start": "2005-01"}],
        "education": {"level": "bachelor", "study_start": "2005-01", "study_end": "2008-12"},
    }
    supplied = overrides_from_mapping(pack, {"study_deduction.max_months": table})
    path = tmp_path / "a.json"
    save_profile(ApplicantProfile.model_validate({**student, "supplied_values": as_supplied(supplied)}), path)
    reopened = load_profile(path)
    deduction = score(reopened, pack, 2019).result.indicator("study_deduction")
    assert deduction.points == D("-3.5")  # 12 months at 3.5 a year, not the 48 months of the pack's own table
    override_file = tmp_path / "values.toml"
    override_file.write_text(dump_overrides(supplied), encoding="utf-8")
    assert load_overrides(override_file, pack).values[0].value == supplied.values[0].value
