"""The "document seen" tick box: an empty square drawn to be ticked by hand."""

from __future__ import annotations

from reportlab.platypus import Flowable

from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import INK, NAVY

BOX = 8.5


class TickBox(Flowable):
    """An empty square to tick by hand, with its label ("document seen") to the right."""

    def __init__(self, label: str, size: float = 7.8):
        super().__init__()
        self.label = label
        self.size = size

    def wrap(self, available_width, available_height):
        self.width = min(available_width, BOX + 3 + text_width(self.label, self.size))
        self.height = BOX + 1
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0.5, BOX, BOX, stroke=1, fill=0)
        canvas.setFillColor(INK)
        canvas.setFont(register_fonts(), self.size)
        canvas.drawString(BOX + 3, 2, self.label)
        canvas.restoreState()
