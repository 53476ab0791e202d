"""Importing a rule pack for a future edition: validated with errors naming the field, copied to the user's
pack folder (POINTS_SIMULATOR_DATA_DIR here), listed with its edition, dates in force and sources."""

import pytest

from simulator import cities
from simulator.cli.main import main
from simulator.engine import evaluate
from simulator.profile.model import ApplicantProfile
from simulator.rules import (
    PackError,
    import_pack,
    installed_packs,
    is_user_pack,
    load_pack_file,
    pack_for,
    user_pack_problems,
)

BUNDLED_2023 = cities.get("hangzhou").packs_dir / "2023-reform.toml"
BUNDLED_REVISED = cities.get("hangzhou").packs_dir / "2021-revised.toml"  # a whole edition, extending none


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(folder))
    installed_packs.cache_clear()
    yield folder
    installed_packs.cache_clear()


def future_edition(tmp_path, **replacements) -> str:
    text = BUNDLED_REVISED.read_text(encoding="utf-8")
    for old, new in {
        'id = "hangzhou-2021-revised"': 'id = "hangzhou-2027"',
        'edition = "2021-revised"': 'edition = "2027"',
        "in_force_from = 2021-10-15": "in_force_from = 2027-01-01",
        "in_force_until = 2023-05-07\n": "",
        "first_declaration_year = 2021": "first_declaration_year = 2027",
        "last_declaration_year = 2022\n": "",
        'name = { zh = "杭州市居住证积分（修订）", en = "Hangzhou residence-permit points (revised)" }': (
            'name = { zh = "杭州市居住证积分（2027年）", en = "Hangzhou residence-permit points (2027)" }'
        ),
        **replacements,
    }.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "hangzhou-2027.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def problems_of(path) -> list[str]:
    with pytest.raises(PackError) as caught:
        import_pack(path)
    return caught.value.problems


def test_an_imported_pack_is_installed_and_applies_to_its_years(tmp_path, user_dir):
    pack = import_pack(future_edition(tmp_path))
    assert (user_dir / "rules" / "hangzhou-2027.toml").exists()
    ids = [p.pack.id for p in installed_packs()]
    assert "hangzhou-2027" in ids and "hangzhou-2023" in ids
    assert is_user_pack(pack) and not is_user_pack(pack_for("hangzhou", "2026-Q1"))
    assert pack_for("hangzhou", 2027).pack.id == "hangzhou-2027"
    assert pack_for("hangzhou", "2026-Q1").pack.id == "hangzhou-2024-07"
    profile = ApplicantProfile.model_validate({"birth_date": "1990-01-01", "retirement_category": "male"})
    assert evaluate(profile, pack_for("hangzhou", 2027), 2027).pack_id == "hangzhou-2027"


def test_importing_again_needs_replace(tmp_path, user_dir):
    import_pack(future_edition(tmp_path))
    (problem,) = problems_of(future_edition(tmp_path, **{'data_version = "2026.12.1"': 'data_version = "2027.1"'}))
    assert problem.startswith("pack.id: a user pack 'hangzhou-2027' is already installed")
    replaced = import_pack(future_edition(tmp_path, **{'data_version = "2026.12.1"': 'data_version = "2027.1"'}), replace=True)
    assert [p.pack.data_version for p in installed_packs() if p.pack.id == "hangzhou-2027"] == ["2027.1"]
    assert replaced.pack.data_version == "2027.1"


def test_an_edition_is_never_replaced_under_the_same_name(tmp_path, user_dir):
    """A later edition becomes the one in force for its years: it must say it is another edition, by its name."""
    same_name = future_edition(
        tmp_path,
        **{
            'name = { zh = "杭州市居住证积分（2027年）", en = "Hangzhou residence-permit points (2027)" }': (
                'name = { zh = "杭州市居住证积分（2027年）", en = "Hangzhou residence-permit points (revised)" }'
            )
        },
    )
    (problem,) = problems_of(same_name)
    assert problem == (
        "pack.name.en: 'Hangzhou residence-permit points (revised)' is already the name of 'hangzhou-2021-revised'; "
        "give the edition a name of its own"
    )


@pytest.mark.parametrize(
    "old, new, problem",
    [
        (
            'max_points = { value = "120"',
            'max_points = { value = "-120"',
            "basic.social_insurance.max_points: must not be negative",
        ),
        (
            'max_points = { value = "120"',
            'max_points = { value = "1e28"',
            "basic.social_insurance.max_points: 1E+28 is out of range",
        ),
        ("years_before = 0", "years_before = 3000", "time.cutoff: years_before must be 0 to 10"),
        # a declaration year is a year the program scores: not true (read as 1), not one before any points system
        (
            "first_declaration_year = 2021",
            "first_declaration_year = true",
            "pack.first_declaration_year: Input should be a valid integer",
        ),
        (
            "first_declaration_year = 2021",
            "first_declaration_year = -2147483649",
            "pack.first_declaration_year: Input should be greater",
        ),
        ('points_per_month = { value = "0.5"', 'points_per_month = { value = "-0.5"', "must not be negative"),
    ],
)
def test_values_no_rule_reaches_are_refused(tmp_path, user_dir, old, new, problem):
    problems = problems_of(future_edition(tmp_path, **{old: new}))
    assert any(problem in p for p in problems), problems


def test_a_bundled_id_is_refused(user_dir):
    assert problems_of(BUNDLED_2023) == ["pack.id: 'hangzhou-2023' is a bundled pack; give the imported edition an id of its own"]
    assert not (user_dir / "rules").exists()


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            'max_points = { value = "120", source = "indicators", section = "社会保险", confidence = "2+" }\n',
            "",
            "basic.social_insurance.max_points: Field required",
        ),
        (
            'assistant = { source = "indicators"',
            'assistant = { value = "20", source = "indicators"',
            'basic.title_skill.title.assistant: a value marked confidence = "not found" must not give a value',
        ),
        (
            'tie_break = { value = ["registered_residence_time", "social_insurance_points", "basic_points"], source',
            "tie_break = { source",
            'ranking.tie_break: value is missing (write confidence = "not found" when the sources give none)',
        ),
        (
            'formula = "hangzhou"',
            'formula = "chongqing"',
            "pack.formula: 'chongqing' is not a formula this program knows (known: ",
        ),
        ('mode = "ranked"', 'mode = "quota"', "ranking.mode: Input should be 'ranked' or 'threshold'"),
        (
            'points = { value = "30", source = "indicators", section = "住房情况", confidence = "2+"',
            'points = { value = "30", source = "indicators", section = "住房情况", confidence = "user-supplied"',
            'basic.own_home.points: confidence "user-supplied" is reserved for values given in an override file',
        ),
        (
            'points_per_month = { value = "0.5", source = "indicators", section = "社会保险"',
            'points_per_month = { value = "0.5", source = "rumour", section = "社会保险"',
            "basic.social_insurance.points_per_month: source 'rumour' is not listed under [sources]",
        ),
    ],
)
def test_a_malformed_pack_is_refused_naming_the_field(tmp_path, user_dir, old, new, expected):
    problems = problems_of(future_edition(tmp_path, **{old: new}))
    assert any(problem.startswith(expected) for problem in problems), problems
    assert not (user_dir / "rules").exists()


def test_a_clashing_user_file_is_left_out_and_reported(user_dir):
    folder = user_dir / "rules"
    folder.mkdir(parents=True)
    (folder / "copy.toml").write_bytes(BUNDLED_2023.read_bytes())
    (folder / "broken.toml").write_text("[pack", encoding="utf-8")
    assert [p.pack.id for p in installed_packs()].count("hangzhou-2023") == 1
    problems = user_pack_problems()
    assert "copy.toml: pack.id: 'hangzhou-2023' is a bundled pack; a user pack cannot replace it" in problems
    assert any(p.startswith("broken.toml: not valid TOML") for p in problems)


def test_every_bundled_pack_loads_and_the_not_found_values_have_no_value():
    for path in sorted(p for c in cities.cities() for p in c.packs_dir.glob("*.toml")):
        if path.name.endswith(".help.toml"):
            continue
        pack = load_pack_file(path)
        for value_path in pack.not_found():
            assert pack.value_at(value_path).confidence == "not found", value_path


def test_cli_import_and_list(tmp_path, user_dir, capsys):
    assert main(["packs", "--import", future_edition(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("installed hangzhou-2027 (hangzhou, 2027, declaration years 2027–)")
    assert main(["packs", "--sources"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("hangzhou-2027"))
    assert "in force 2027-01-01 to …" in line and " user " in line
    assert "source measures: Hangzhou Residence Permit Points Administrative Measures (Hangfagai Shehui [2021] No. 177)" in out
    assert "not found (" in out
    assert main(["packs", "--import", str(BUNDLED_2023)]) == 2
    assert "pack.id: 'hangzhou-2023' is a bundled pack" in capsys.readouterr().err


def test_cli_lists_the_values_of_a_pack(capsys):
    assert main(["packs", "--values", "xiongan-2021-trial"]) == 0
    out = capsys.readouterr().out
    assert any(x.startswith("bonus.honours.points") and "[not found]" in x for x in out.splitlines())
    assert main(["packs", "--values", "nowhere"]) == 2


def test_a_round_counted_from_more_years_back_than_any_rule_is_refused_naming_the_round(tmp_path, user_dir):
    text = (cities.get("tianjin").packs_dir / "2022.toml").read_text(encoding="utf-8")
    assert 'H1 = ["12-31", 1]' in text
    path = tmp_path / "tianjin-2027.toml"
    path.write_text(
        text.replace('id = "tianjin-2022"', 'id = "tianjin-2027"').replace('H1 = ["12-31", 1]', 'H1 = ["12-31", 10000]')
    )
    assert "time: round_cutoffs: H1: years_before must be 0 to 10, got 10000" in problems_of(path)


def test_a_retirement_age_no_one_has_is_refused_naming_the_rule(tmp_path, user_dir):
    text = (cities.get("tianjin").packs_dir / "2022.toml").read_text(encoding="utf-8")
    old = 'base_years = { value = 60, source = "retirement2024", section = "男职工"'
    assert old in text
    path = tmp_path / "tianjin-2027.toml"
    path.write_text(text.replace('id = "tianjin-2022"', 'id = "tianjin-2027"').replace(old, old.replace("60", "10000")))
    assert "qualification.retirement.male.base_years: must be 30 to 80 years, got 10000" in problems_of(path)
