"""Every field and button can be reached with Alt + its letter, and no two things on a page share a letter."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

MNEMONIC = re.compile(r"&([^&\s])")


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


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_access_keys_are_unique_on_every_page(open_window, lang):
    window = open_window(lang, demo=True)
    for index, page in enumerate(window.wizard.pages):
        window.wizard.go_to(index)
        QApplication.processEvents()
        twice = {letter: n for letter, n in letters(window).items() if n > 1}
        assert twice == {}, f"{page.page_id}: access keys used more than once: {twice}"


def test_every_label_with_an_access_key_leads_to_a_field(open_window):
    window = open_window("en", demo=True)
    for index, page in enumerate(window.wizard.pages):
        window.wizard.go_to(index)
        for label in page.findChildren(QLabel):
            if plain(label.text()) and MNEMONIC.search(label.text()):
                assert label.buddy() is not None, f"{page.page_id}: {label.text()!r} has an access key but no field"
