"""A drop-down that finds its entry as one types: letters or Chinese (from an input method) select the first entry
whose name contains what was typed, or whose other words do (a district's pinyin name: "tong" finds 通州区).
Typing within a second adds to the search; Backspace takes a character off; after a pause a new search begins.

Used for every choice of the wizard's pages and of its tables' cells. Nothing here runs before a key is pressed,
so the start page's drop-downs cost the first paint nothing.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import QComboBox

SEARCH_ROLE = 0x0100 + 7  # Qt.ItemDataRole.UserRole + 7 (as simulator.gui.wizard.pages.base)
PAUSE = 1.0  # seconds without a key after which typing starts a new search


class SearchCombo(QComboBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search_text = ""
        self._last_key = 0.0
        self._ime = False

    def _enable_input_method(self) -> None:
        if not self._ime:
            from PySide6.QtCore import Qt

            self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
            self._ime = True

    def focusInEvent(self, event) -> None:
        self._enable_input_method()  # Chinese typed through an input method reaches the search
        super().focusInEvent(event)

    def search(self, typed: str) -> bool:
        """Add `typed` to the search and select the first entry it finds; False (nothing changed) if none."""
        now = time.monotonic()
        text = (self.search_text if now - self._last_key < PAUSE else "") + typed
        self._last_key = now
        found = self.find_entry(text)
        if found < 0 and len(typed) and text != typed:
            text = typed  # a new word: search for it alone
            found = self.find_entry(text)
        self.search_text = text
        if found < 0:
            return False
        if found != self.currentIndex():
            self.setCurrentIndex(found)
        return True

    def find_entry(self, text: str) -> int:
        """The entry whose name (or other words) starts with `text`, else the first that contains it; -1 if none."""
        wanted = text.casefold().strip()
        if not wanted:
            return -1
        contains = -1
        for i in range(self.count()):
            words = [self.itemText(i)]
            extra = self.itemData(i, SEARCH_ROLE)
            if extra:
                words.append(str(extra))
            for word in words:
                word = word.casefold()
                if word.startswith(wanted):
                    return i
                if contains < 0 and wanted in word:
                    contains = i
        return contains

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        text = event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Backspace and self.search_text:
            self.search_text = self.search_text[:-1]
            self._last_key = time.monotonic()
            found = self.find_entry(self.search_text)
            if found >= 0:
                self.setCurrentIndex(found)
            event.accept()
            return
        if text and text.isprintable() and not text.isspace() and modifiers == Qt.KeyboardModifier.NoModifier:
            self.search(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        committed = event.commitString()
        if committed:
            self.search(committed)
        event.accept()
