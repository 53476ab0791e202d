"""A long session at the window does not wear the program down (a clerk types all day)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_editing_does_not_leak_references_to_none(open_window):
    """PySide6 6.12.0 under Python 3.11 drops a reference to None on each call of a method returning nothing:
    after a few thousand widget updates Python aborts ("deallocating None"). pyproject.toml excludes it."""
    window = open_window("en", demo=True)
    state = window.state
    window.wizard.go_to_id("education")
    QApplication.processEvents()
    before = sys.getrefcount(None)
    for i in range(20):
        state.set_value("education.study_end", "2008-07" if i % 2 else "2006-07")
        QApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"{lost} references to None lost in 20 edits: this PySide6 build will crash a long session"
