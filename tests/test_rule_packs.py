"""Rule packs: every installed pack loads and cites its sources; a malformed pack is refused naming the field."""

from pathlib import Path

import pytest

from simulator import cities
from simulator.rules import PackError, installed_packs, load_pack_file, pack_for

PACK_2020 = cities.get("beijing").packs_dir / "2020-revised.toml"


def test_installed_packs_cover_beijing_2018_onward():
    ids = {p.pack.id for p in installed_packs()}
    assert {"beijing-2020", "beijing-2018-trial"} <= ids
    assert pack_for("beijing", 2019).pack.id == "beijing-2018-trial"
    assert pack_for("beijing", 2020).pack.id == "beijing-2020"
    assert pack_for("beijing", 2027).pack.id == "beijing-2020"
    with pytest.raises(LookupError, match="no beijing rules apply to declaration year 2017"):
        pack_for("beijing", 2017)


def test_every_value_carries_a_source_and_a_confidence():
    for pack in installed_packs():
        values = list(pack.cited_values())
        assert len(values) > 40
        for path, cited in values:
            assert cited.source in pack.sources, path
            assert cited.confidence in {"data", "2+", "1", "?", "not found"}, path


def test_the_pack_hash_changes_with_the_content(tmp_path):
    text = PACK_2020.read_text(encoding="utf-8")
    copy = tmp_path / "copy.toml"
    copy.write_text(text.replace('data_version = "2026.11.1"', 'data_version = "2026.11.2"'), encoding="utf-8")
    assert load_pack_file(copy).content_hash != load_pack_file(PACK_2020).content_hash


def broken(tmp_path: Path, old: str, new: str) -> list[str]:
    text = PACK_2020.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack_file(path)
    return caught.value.problems


def test_a_value_of_the_wrong_type_names_the_field(tmp_path):
    problems = broken(tmp_path, 'points_per_year = { value = "3",', 'points_per_year = { value = "three",')
    assert any(p.startswith("employment.points_per_year.value:") for p in problems)


def test_an_unknown_source_names_the_field(tmp_path):
    problems = broken(
        tmp_path, 'min_yuan = { value = "100000", source = "rules"', 'min_yuan = { value = "100000", source = "rumour"'
    )
    assert problems == ["tax.min_yuan: source 'rumour' is not listed under [sources]"]


def test_a_missing_value_names_the_field(tmp_path):
    problems = broken(tmp_path, "max_back_paid_months = { value = 5,", "max_back_paid = { value = 5,")
    assert any(p.startswith("qualification.max_back_paid_months:") for p in problems)


def test_points_finer_than_cents_are_refused(tmp_path):
    problems = broken(tmp_path, 'otherwise = { value = "0",', 'otherwise = { value = "0.001",')
    assert problems == ["age.otherwise: points and amounts are whole cents (at most 2 decimal places)"]


def test_not_toml_and_a_newer_format(tmp_path):
    problems = broken(tmp_path, "[pack]", "[pack")
    assert problems[0].startswith("not valid TOML")
    problems = broken(tmp_path, "format_version = 1", "format_version = 2")
    assert problems == ["format_version: 2 is not supported (this program reads version 1)"]


def test_negative_counts_are_refused(tmp_path):
    problems = broken(tmp_path, "continuous_insurance_months = { value = 84,", "continuous_insurance_months = { value = -84,")
    assert problems == ["qualification.continuous_insurance_months: must not be negative"]


def test_answers_kept_per_pack_follow_its_content_and_never_keep_a_failure():
    """simulator.core.memo.per_pack: a batch's 130,000 rows ask their pack the same questions; a pack read again
    is answered from memory, a pack whose content changed (a new data version) is asked afresh."""
    from types import SimpleNamespace

    from simulator.core.memo import per_pack

    asked = []

    @per_pack
    def answer(pack, year):
        asked.append((pack.content_hash, year))
        if year < 0:
            raise ValueError("no such year")
        return f"{pack.content_hash}:{year}"

    def pack(content_hash):
        return SimpleNamespace(pack=SimpleNamespace(id="beijing-2020"), content_hash=content_hash)

    assert answer(pack("aaa"), 2024) == "aaa:2024"
    assert answer(pack("aaa"), 2024) == "aaa:2024"  # the same pack read again: from memory
    assert answer(pack("bbb"), 2024) == "bbb:2024"  # its content changed: asked again
    for _ in range(2):
        with pytest.raises(ValueError):
            answer(pack("aaa"), -1)
    assert asked == [("aaa", 2024), ("bbb", 2024), ("aaa", -1), ("aaa", -1)]
