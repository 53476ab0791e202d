"""The start page is drawn from the editions remembered from the last run, with their cities' names: no other
city is imported for it. A memory written by an earlier version (without the names) still serves."""

from __future__ import annotations

import json

from simulator.gui.form.rule_choice import Catalogue, bundled_editions, editions_to_remember, remembered_editions


def test_the_editions_come_back_as_they_were_remembered():
    editions = bundled_editions()
    assert remembered_editions(editions_to_remember(editions)) == editions
    catalogue = Catalogue(remembered_editions(editions_to_remember(editions)))
    assert catalogue.city_name("hangzhou", "zh") == "杭州市"
    assert catalogue.city_name("xiongan", "en") == "Xiong'an"


def test_a_memory_without_the_cities_names_still_serves():
    older = json.dumps([list(e.as_tuple()[:11]) for e in bundled_editions()], ensure_ascii=False)
    catalogue = Catalogue(remembered_editions(older))
    assert [e.id for e in catalogue.all] == [e.id for e in bundled_editions()]
    assert catalogue.city_name("hangzhou", "en") == "Hangzhou"  # from the registry


def test_an_unreadable_memory_is_forgotten():
    for memory in ("not json", '{"a": 1}', "[[1, 2]]"):
        assert remembered_editions(memory) == bundled_editions()
