"""Assembles the worksheet's story and lays it out on numbered A4 pages."""

from __future__ import annotations

import io
from datetime import date

from simulator import __version__
from simulator.engine.result import Evaluation
from simulator.profile.model import ApplicantProfile
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import PageDecor, make_document
from simulator.worksheet.sections.applicant import applicant_block, periods_block
from simulator.worksheet.labels import program_name
from simulator.worksheet.sections.header import header_block
from simulator.worksheet.sections.indicators import indicators_block
from simulator.worksheet.sections.qualification import qualification_block
from simulator.worksheet.sections.summary import closing_block, lines_block, totals_block


def render_pdf_bytes(
    result: Evaluation,
    profile: ApplicantProfile,
    lang: str = "zh",
    show_id: bool = False,
    computed_on: date | None = None,
) -> bytes:
    """The worksheet as PDF bytes (for a preview, or to write elsewhere)."""
    buffer = io.BytesIO()
    _build(buffer, result, profile, lang, show_id, computed_on)
    return buffer.getvalue()


def _build(target, result, profile, lang, show_id, computed_on) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    # The engine never reads the clock; the worksheet records the day it was printed.
    sheet = Sheet(result, profile, lang, show_id, computed_on or date.today())
    L = sheet.labels
    edition = result.edition_name(lang)
    name = profile.name.strip()
    header_right = f"{L('year')} {result.declaration_year}" + (f" · {name}" if name else "")
    decor = PageDecor(
        header_left=f"{L('running_title')} · {edition}",
        header_right=header_right,
        footer_left=" · ".join(
            (f"{program_name(lang)} {__version__}", f"{L('computed_on')} {sheet.computed_on.isoformat()}", L("footer_notice"))
        ),
        page_label=L("page"),
        banner=None if result.qualified else L("whatif_banner"),
    )
    doc, canvasmaker = make_document(
        target,
        decor,
        title=f"{L('title')} · {edition} · {result.declaration_year}",
        author=program_name(lang),
        subject=edition,
        lang=lang,
    )
    story = (
        header_block(sheet)
        + applicant_block(sheet)
        + periods_block(sheet)
        + qualification_block(sheet)
        + indicators_block(sheet)
        + totals_block(sheet)
        + lines_block(sheet)
        + closing_block(sheet)
    )
    doc.build(story, canvasmaker=canvasmaker)
