"""One profile under two declaration years or two rule editions: per indicator, both scores and why they differ."""

from datetime import date

from simulator.cities.beijing.indicators import IDS as INDICATOR_IDS
from simulator.engine import evaluate
from simulator.planning import compare, compare_packs, compare_years
from simulator.rules import load_pack, pack_for


def texts(comparison, indicator):
    return [r.text.en for r in next(c for c in comparison.indicators if c.id == indicator).reasons]


def kinds(comparison, indicator):
    return {r.kind for r in next(c for c in comparison.indicators if c.id == indicator).reasons}


def test_two_years_under_the_same_rules(make_profile):
    profile = make_profile(
        birth_date=date(1980, 5, 1),
        housing=[{"start": "2021-01", "kind": "own", "district": "daxing"}],
        income_tax=[
            {"year": 2021, "amount_yuan": "120000"},
            {"year": 2022, "amount_yuan": "120000"},
            {"year": 2023, "amount_yuan": "30000"},  # tax in every year of the window, below the threshold
            {"year": 2024, "amount_yuan": "30000"},
        ],
    )
    comparison = compare_years(profile, "beijing", 2024, 2025)
    assert comparison.same_rules
    assert [c.id for c in comparison.indicators] == list(INDICATOR_IDS)
    for c, before, after in zip(comparison.indicators, comparison.before.indicators, comparison.after.indicators):
        assert (c.before, c.after) == (before.points, after.points)
    assert comparison.before.total == evaluate(profile, pack_for("beijing", 2024), 2024).total
    assert comparison.after.total == evaluate(profile, pack_for("beijing", 2025), 2025).total

    changed = {c.id: (c.before, c.after) for c in comparison.changed}
    # Age on 2023-01-01 is 42, on 2024-01-01 43: still 20. Area blocks 2021-01..2023-12 = 3 → 6, then 4 → 8.
    assert "age" not in changed
    assert changed["work_residence_area"] == (6, 8)
    assert "months in own home outside the six districts (from 2018-01): 36 → 48" in texts(comparison, "work_residence_area")
    # Tax window 2021–2023 has two qualifying years (4); 2022–2024 one (2): the window moved.
    assert changed["tax"] == (4, 2)
    assert "years counted: 2021–2023 → 2022–2024" in texts(comparison, "tax")
    assert "income tax 2021 (yuan): 120,000 (no longer counted)" in texts(comparison, "tax")
    assert not any(r.kind == "rule" for c in comparison.indicators for r in c.reasons)  # same rules: no rule changed
    assert comparison.delta == comparison.after.total - comparison.before.total


def test_two_editions_name_the_rules_that_changed(make_profile, pack2020, trial_pack):
    profile = make_profile(birth_date=date(1972, 3, 1), education={"level": "master", "degree": False})
    comparison = compare_packs(profile, trial_pack, pack2020, 2019)
    assert not comparison.same_rules
    # The trial rules: 20 up to 45, else 0; the 2020 revision steps down to 49. Age on 2018-01-01: 45.
    age = texts(comparison, "age")
    assert "rule · age table: 45: 20 → 45: 20; 46: 16; 47: 12; 48: 8; 49: 4" in age
    education = next(c for c in comparison.indicators if c.id == "education")
    assert (education.before, education.after) == (0, 15)  # the trial rules have no one-level-lower rule
    assert "rule · master, diploma or degree only: 15 (added)" in texts(comparison, "education")
    assert "rule" in kinds(comparison, "tax")
    # The 2020 rules did not apply to 2019: the comparison says it scored them as if in force.
    assert any("2020–" in n.en and "as if in force" in n.en for n in comparison.notes)


def test_a_pack_in_force_is_compared_without_a_note(make_profile, pack2020):
    comparison = compare(make_profile(), (pack2020, 2023), (pack2020, 2024))
    assert comparison.notes == []
    assert comparison.before.declaration_year == 2023 and comparison.after.declaration_year == 2024


def test_a_condition_that_changes_is_listed(make_profile):
    profile = make_profile(social_insurance=[{"start": "2017-06"}])
    comparison = compare_years(profile, "beijing", 2024, 2025)
    # 79 continuous months to 2023-12, 91 to 2024-12.
    (reached,) = comparison.qualification
    assert reached.id == "continuous_insurance" and (reached.before, reached.after) == (False, True)
    assert load_pack("beijing-2020").pack.id == comparison.after.pack_id


def test_command_line_compare(capsys):
    import json

    from simulator.cli import main
    from simulator.paths import examples_dir

    example = str(examples_dir() / "in-service-master.json")
    assert main(["compare", example, "--years", "2024", "2026", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "* Age: 20 → 16" in out and "years counted: 2021–2023 → 2023–2025" in out
    assert main(["compare", example, "--packs", "beijing-2018-trial", "beijing-2020", "--year", "2024", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["before"]["rule_pack"] == "beijing-2018-trial" and data["notes"]
    assert main(["compare", example, "--packs", "beijing-2018-trial", "beijing-2020"]) == 2
    assert "--year" in capsys.readouterr().err
