"""Tick boxes: an empty square drawn to be ticked by hand ("document seen"), or one ticked already (the option of a
criterion that applies), and a ruled line to write a certificate number on."""

from __future__ import annotations

from reportlab.platypus import Flowable

from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import INK, NAVY, RULE

BOX = 8.5


class TickBox(Flowable):
    """A square to tick by hand, with its label to the right; `checked` draws the tick (as text, so that the sheet's
    text says which box is ticked)."""

    def __init__(self, label: str, size: float = 7.8, checked: bool = False, box: float = BOX):
        super().__init__()
        self.label = label
        self.size = size
        self.checked = checked
        self.box = box

    def wrap(self, available_width, available_height):
        self.width = min(available_width, self.box + (3 + text_width(self.label, self.size) if self.label else 0))
        self.height = self.box + 1
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0.5, self.box, self.box, stroke=1, fill=0)
        font = register_fonts()
        if self.checked:
            canvas.setFillColor(NAVY)
            canvas.setFont(font, self.box * 0.95)
            canvas.drawCentredString(self.box / 2, 0.5 + self.box * 0.16, "✓")
        if self.label:
            canvas.setFillColor(INK)
            canvas.setFont(font, self.size)
            canvas.drawString(self.box + 3, 2, self.label)
        canvas.restoreState()


class WriteIn(Flowable):
    """A label and a ruled line to write on: "Property deed no. ____________"."""

    def __init__(self, label: str, size: float = 7.6, height: float = 12):
        super().__init__()
        self.label = label
        self.size = size
        self.line_height = height

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self.line_height
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(register_fonts(), self.size)
        canvas.drawString(0, 3, self.label)
        start = text_width(self.label, self.size) + 3
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(start, 2, self.width, 2)
        canvas.restoreState()
