"""What the window holds: every input widget's value, the table rows, and all visible text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
)


def _inside_item_view(widget) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parent()
    return False


def input_values(window) -> list:
    """The value of every input widget, in construction order (language-neutral: combo data, not text)."""
    values = []
    for widget in window.findChildren(object):
        if not hasattr(widget, "isWidgetType") or not widget.isWidgetType() or _inside_item_view(widget):
            continue
        if widget.objectName().startswith("language_"):
            continue  # the language choice itself, not a value of the applicant
        if isinstance(widget, QLineEdit):
            values.append(("line", widget.text()))
        elif isinstance(widget, QComboBox):
            values.append(("combo", widget.currentData()))
        elif isinstance(widget, QDateEdit):
            values.append(("date", widget.date().toString()))
        elif isinstance(widget, QSpinBox):
            values.append(("spin", widget.value()))
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            values.append(("check", widget.isChecked()))
        elif isinstance(widget, QPlainTextEdit):
            values.append(("text", widget.toPlainText()))
    # widgets are compared as a multiset: the order of children can differ between two windows
    return [
        sorted(repr(v) for v in values),
        dict(window.state.values),
        {name: model.rows for name, model in window.state.tables.items()},
    ]


def all_text(window) -> str:
    """Every text the window shows or holds in a widget, plus every table cell."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QLabel):
        parts.append(widget.text())
    for widget in window.findChildren(QLineEdit):
        parts.append(widget.text())
    for widget in window.findChildren(QPlainTextEdit):
        parts.append(widget.toPlainText())
    for model in window.state.tables.values():
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)
