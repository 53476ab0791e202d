"""The look of the wizard's own pieces, set through fonts and palettes.

No style sheet: with one, Qt draws every widget through its style-sheet style, which costs start-up time and
every repaint. Sizes are relative to the application font (in points), so they follow the screen's scaling.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QWidget

ERROR = "#b00020"
WARNING = "#8a5a00"
HINT = "#555555"
LINE = "#24527a"
EXPLANATION_BACKGROUND = "#f2f6fb"
PANEL_BACKGROUND = "#f7f7f1"
WHATIF_BACKGROUND = "#fff1c2"
WHATIF_TEXT = "#4d3300"
SELECTION = "#2d6cb5"


def _font(widget: QWidget, scale: float = 1.0, bold: bool = False) -> None:
    font = QFont(widget.font())
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


def text_colour(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    widget.setPalette(palette)


def background(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def page_title(label: QLabel) -> None:
    _font(label, 1.45, bold=True)


def section(label: QLabel) -> None:
    _font(label, 1.12, bold=True)


def hint(label: QLabel) -> None:
    text_colour(label, HINT)


def problem(label: QLabel, severity: str = "error") -> None:
    text_colour(label, ERROR if severity == "error" else WARNING)


def total(label: QLabel) -> None:
    _font(label, 2.1, bold=True)


def bold(label: QLabel) -> None:
    _font(label, bold=True)


def line(label: QLabel) -> None:
    text_colour(label, LINE)


def panel(frame: QFrame, colour: str) -> None:
    """A boxed area with its own background (the explanation, the score panel)."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    background(frame, colour)


def whatif(label: QLabel) -> None:
    label.setFrameShape(QFrame.Shape.Box)
    label.setMargin(6)
    background(label, WHATIF_BACKGROUND)
    text_colour(label, WHATIF_TEXT)
    _font(label, bold=True)


def steps(view: QListWidget) -> None:
    palette = view.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
    view.setPalette(palette)
    view.setSpacing(2)


def transparent(widget: QWidget) -> None:
    """A text view that reads like part of the page."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(0, 0, 0, 0))
    widget.setPalette(palette)
