"""A4 page geometry, the running header (with the what-if banner), and the footer: the sheet's identity (document id,
input digest, rule-pack digest, program version) and "page n / N" on every page.

The page count is only known once the whole story is laid out, so the canvas keeps every page until `save()`
and then stamps "n / N" on each (reportlab's usual numbered-canvas pattern: one layout pass, not two).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from simulator.worksheet.fonts import register_fonts, text_width
from simulator.worksheet.styles import MUTED, NAVY, RULE, WARN

PAGE_WIDTH, PAGE_HEIGHT = A4
PRINT_MARGIN = 10 * mm  # nothing is drawn closer to the paper's edge than this (printers clip there)
SIDE_MARGIN = 17 * mm
HEADER_BASELINE = PAGE_HEIGHT - 14 * mm
HEADER_RULE = PAGE_HEIGHT - 16 * mm
BANNER_HEIGHT = 7.5 * mm
FOOTER_RULE = 17.5 * mm
FOOTER_BASELINE = 14.2 * mm  # the identity line and the page number
FOOTER_SECOND_BASELINE = 11.2 * mm  # the program, the date computed and the notice
FRAME_BOTTOM = 20 * mm
HEADER_SIZE = 7.5
FOOTER_SIZE = 6.6


def frame_top(what_if: bool) -> float:
    top = HEADER_RULE - 2 * mm
    return top - BANNER_HEIGHT - 1.5 * mm if what_if else top


@dataclass(frozen=True)
class PageDecor:
    """What every page carries besides the story."""

    header_left: str
    header_right: str
    footer_left: str  # the identity line
    footer_second: str  # program, date computed, notice
    page_label: str  # e.g. "Page {n} / {total}"
    banner: str | None  # the what-if warning, or None when the applicant qualifies

    def draw(self, canvas: Canvas, doc) -> None:
        font = register_fonts()
        width = PAGE_WIDTH - 2 * SIDE_MARGIN
        canvas.saveState()
        canvas.setFont(font, HEADER_SIZE)
        canvas.setFillColor(MUTED)
        right = _fit(self.header_right, HEADER_SIZE, width * 0.45)
        left = _fit(self.header_left, HEADER_SIZE, width - text_width(right, HEADER_SIZE) - 6 * mm)
        canvas.drawString(SIDE_MARGIN, HEADER_BASELINE, left)
        canvas.drawRightString(PAGE_WIDTH - SIDE_MARGIN, HEADER_BASELINE, right)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.6)
        canvas.line(SIDE_MARGIN, HEADER_RULE, PAGE_WIDTH - SIDE_MARGIN, HEADER_RULE)
        if self.banner:
            top = HEADER_RULE - 1.5 * mm
            canvas.setFillColor(WARN)
            canvas.rect(SIDE_MARGIN, top - BANNER_HEIGHT, width, BANNER_HEIGHT, stroke=0, fill=1)
            canvas.setFillColor("#FFFFFF")
            canvas.setFont(font, 9)
            canvas.drawCentredString(PAGE_WIDTH / 2, top - BANNER_HEIGHT + 2.6 * mm, _fit(self.banner, 9, width - 4 * mm))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(SIDE_MARGIN, FOOTER_RULE, PAGE_WIDTH - SIDE_MARGIN, FOOTER_RULE)
        canvas.setFont(font, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(SIDE_MARGIN, FOOTER_BASELINE, _fit(self.footer_left, FOOTER_SIZE, width * 0.84))
        canvas.drawString(SIDE_MARGIN, FOOTER_SECOND_BASELINE, _fit(self.footer_second, FOOTER_SIZE, width))
        canvas.restoreState()

    def draw_page_number(self, canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(register_fonts(), 8)
        canvas.setFillColor(NAVY)
        canvas.drawRightString(PAGE_WIDTH - SIDE_MARGIN, FOOTER_BASELINE, self.page_label.format(n=number, total=total))
        canvas.restoreState()


def _fit(text: str, size: float, width: float) -> str:
    """Shorten a header/footer text with an ellipsis rather than let it run into its neighbour."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


class NumberedCanvas(Canvas):
    def __init__(self, *args, decor: PageDecor, **kwargs):
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decor.draw_page_number(self, self._pageNumber, total)
            super().showPage()
        super().save()


def make_document(target, decor: PageDecor, title: str, author: str, subject: str, lang: str):
    """The A4 document and the canvas maker that numbers its pages: `doc.build(story, canvasmaker=maker)`."""
    frame = Frame(
        SIDE_MARGIN,
        FRAME_BOTTOM,
        PAGE_WIDTH - 2 * SIDE_MARGIN,
        frame_top(decor.banner is not None) - FRAME_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=SIDE_MARGIN,
        rightMargin=SIDE_MARGIN,
        topMargin=PAGE_HEIGHT - frame_top(decor.banner is not None),
        bottomMargin=FRAME_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=author,
        lang="zh-CN" if lang == "zh" else "en",
        initialFontName=register_fonts(),  # otherwise an unused, unembedded Helvetica is listed
    )
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=decor.draw)])
    return doc, partial(NumberedCanvas, decor=decor)


def body_width() -> float:
    return PAGE_WIDTH - 2 * SIDE_MARGIN
