"""Help texts state no rule value of their own: each names the pack's value and is rendered from the edition
chosen. Change a value in a pack, and the help, the worksheet and the score all change together."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from simulator import cities
from simulator.engine import evaluate
from simulator.rules import import_pack, installed_packs, load_pack
from simulator.rules.help import city_help, indicator_help
from simulator.worksheet import render_pdf_bytes
from tests.support.pdf_text import squash, text_of

LEFT_OVER = re.compile(r"\{[^{}]*\}")


@pytest.mark.parametrize("city", cities.BUILT_IN)
def test_every_value_a_help_text_names_is_a_value_of_the_citys_packs(city):
    """A typo in a placeholder would print itself: each must be a value of some edition of the city."""
    packs = [p for p in installed_packs() if p.pack.city == city]
    known = {path for p in packs for path, _ in p.cited_values()} | {"cutoff", "age_reference"}
    assert city_help(city).placeholders() - known == set()


@pytest.mark.parametrize("pack_id", [p.pack.id for p in installed_packs()])
def test_help_renders_without_a_placeholder_left(pack_id):
    pack = load_pack(pack_id)
    found = city_help(pack.pack.city)
    for topic in found.topics():
        rendered = indicator_help(pack.pack.city, topic, pack)
        for name in ("what_counts", "how_computed", "documents", "verified_by", "where_to_look"):
            entry = getattr(rendered, name)
            # any brace left is a placeholder that did not render (a typo, or a name the pattern does not take)
            assert not LEFT_OVER.search(entry.zh) and not LEFT_OVER.search(entry.en), (topic, name, entry.en)


def test_a_changed_pack_value_changes_the_help_the_worksheet_and_the_score(tmp_path, monkeypatch, make_profile):
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(tmp_path / "data"))
    source = cities.get("beijing").packs_dir / "2020-revised.toml"
    text = source.read_text(encoding="utf-8")
    text = text.replace('id = "beijing-2020"', 'id = "beijing-2020-changed"', 1)
    text = text.replace("（2020年修订）", "（2020年修订，改）", 1).replace("(2020 revision)", "(2020 revision, changed)", 1)
    text = re.sub(r'(\[employment\]\npoints_per_year = \{ value = )"3"', r'\1"4"', text)
    assert '"4"' in text
    changed_file = tmp_path / "changed.toml"
    changed_file.write_text(text, encoding="utf-8")
    try:
        import_pack(changed_file)
        original, changed = load_pack("beijing-2020"), load_pack("beijing-2020-changed")
        profile = make_profile(social_insurance=[{"start": "2014-01"}])  # 120 months to 2023-12
        before, after = evaluate(profile, original, 2024), evaluate(profile, changed, 2024)
        assert before.indicator("employment").points == Decimal("30")
        assert after.indicator("employment").points == Decimal("40")  # the score

        assert "3 a year" in indicator_help("beijing", "employment", original).how_computed.en
        assert "4 a year" in indicator_help("beijing", "employment", changed).how_computed.en  # the help

        sheet = text_of(render_pdf_bytes(after, profile, lang="en"))  # the worksheet cites the value it used
        assert squash("120 [1a] months × 4/12 = 40") in sheet and squash("points a year") in sheet
    finally:
        installed_packs.cache_clear()
