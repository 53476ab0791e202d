"""Every field and button can be reached with Alt + its letter, and no two things on a page share a letter: on
every page of every city's form."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

MNEMONIC = re.compile(r"&([^&\s])")
CITIES = ["beijing", "xiongan", "hangzhou"]


def plain(text: str) -> bool:
    return "<" not in text  # rich text (derivations, explanations) has no access keys, only HTML entities


def letters(window) -> Counter:
    """Access keys active on the page shown: its labels and buttons, the navigation and the menu bar."""
    found = Counter()
    widgets = window.findChildren(QLabel) + window.findChildren(QAbstractButton)
    for widget in widgets:
        if not widget.isVisible() or widget.window() is not window or not plain(widget.text()):
            continue
        for letter in MNEMONIC.findall(widget.text()):
            found[letter.lower()] += 1
    for action in window.menuBar().actions():
        for letter in MNEMONIC.findall(action.text()):
            found[letter.lower()] += 1
    return found


def choose_city(window, city: str) -> None:
    """The city chosen on the start page: the wizard then shows that city's form."""
    from simulator.gui.wizard import titles

    combo = window.wizard.page("start").city
    combo.setCurrentIndex(combo.findData(city))
    QApplication.processEvents()
    assert window.state.city == city
    assert [page.page_id for page in window.wizard.pages] == list(titles.page_ids(window.state.city_info))


@pytest.mark.parametrize("city", CITIES)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_access_keys_are_unique_on_every_page(open_window, lang, city):
    window = open_window(lang, demo=True)
    choose_city(window, city)
    clashes = {}
    for index, page in enumerate(window.wizard.pages):
        window.wizard.go_to(index, exactly=True)
        QApplication.processEvents()
        assert window.wizard.current is page
        twice = {letter: n for letter, n in letters(window).items() if n > 1}
        if twice:
            clashes[page.page_id] = twice
    assert clashes == {}, f"{city}: access keys used more than once, by page: {clashes}"


@pytest.mark.parametrize("city", CITIES)
def test_every_label_with_an_access_key_leads_to_a_field(open_window, city):
    window = open_window("en", demo=True)
    choose_city(window, city)
    for index, page in enumerate(window.wizard.pages):
        window.wizard.go_to(index, exactly=True)
        assert window.wizard.current is page
        for label in page.findChildren(QLabel):
            if plain(label.text()) and MNEMONIC.search(label.text()):
                assert label.buddy() is not None, f"{page.page_id}: {label.text()!r} has an access key but no field"
