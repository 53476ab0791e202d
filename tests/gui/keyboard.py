"""Typing as a person does: every key goes to whatever widget has the keyboard focus at that moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def alt(letter: str) -> None:
    """Alt + the underlined letter. A button's mnemonic clicks it after a short animation: wait for it."""
    press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    QTest.qWait(150)


def type_text(text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            # Chinese comes from an input method, which commits composed text rather than key presses
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)
        QApplication.processEvents()


def tab() -> None:
    press(Qt.Key.Key_Tab)


def enter() -> None:
    press(Qt.Key.Key_Return)
