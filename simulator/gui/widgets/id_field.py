"""The ID-number field: masked unless the user asks to see it, shown in full only while typing in it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from simulator.core.identity import mask_id


class _IdLineEdit(QLineEdit):
    focus_changed = Signal(bool)

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.focus_changed.emit(False)


class IdNumberField(QWidget):
    edited = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._value = ""
        self.edit = _IdLineEdit()
        self.edit.setMaxLength(18)
        self.show_box = QCheckBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_box)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.focus_changed.connect(lambda _f: self._render())
        self.show_box.toggled.connect(lambda _c: self._render())
        self.retranslate()

    def retranslate(self) -> None:
        self.show_box.setText(self.tr("Sho&w"))
        self.show_box.setToolTip(self.tr("Show the whole ID number (it is masked by default)."))

    def changeEvent(self, event):
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value
        self._render()

    @property
    def masked(self) -> bool:
        return not (self.show_box.isChecked() or self.edit.hasFocus())

    def _typed(self, text: str) -> None:
        self._value = text
        self.edited.emit(text)

    def _render(self) -> None:
        shown = self._value if not self.masked else mask_id(self._value)
        if self.edit.text() != shown:
            self.edit.setText(shown)
        # a masked text must not be edited: typing would mix stars into the number
        self.edit.setReadOnly(self.masked)
