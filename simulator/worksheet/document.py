"""Assembles the worksheet's story and lays it out on numbered A4 pages."""

from __future__ import annotations

import io
from datetime import date

from simulator import __version__
from simulator.core.phrases import program_name
from simulator.core.result import Evaluation
from simulator.profile.model import ApplicantProfile
from simulator.worksheet.context import Sheet
from simulator.worksheet.page import PageDecor, make_document
from simulator.worksheet.sections.applicant import applicant_block, periods_block
from simulator.worksheet.sections.city_result import (
    channel_block,
    comparison_block,
    missing_block,
    tie_break_block,
    user_supplied_block,
    veto_block,
)
from simulator.worksheet.sections.header import header_block
from simulator.worksheet.sections.indicators import indicators_block
from simulator.worksheet.sections.projection import projection_block
from simulator.worksheet.sections.qualification import qualification_block
from simulator.worksheet.sections.summary import closing_block, lines_block, totals_block


def render_pdf_bytes(
    result: Evaluation,
    profile: ApplicantProfile,
    lang: str = "zh",
    show_id: bool = False,
    computed_on: date | None = None,
    comparison=None,
    projection: dict | None = None,
) -> bytes:
    """The worksheet as PDF bytes (for a preview, or to write elsewhere). `comparison` (a CityComparison) adds
    the same applicant under several cities, side by side; `projection`
    (`simulator.planning.chart.projection_data(...)`) adds the coming rounds with their chart."""
    buffer = io.BytesIO()
    _build(buffer, result, profile, lang, show_id, computed_on, comparison, projection)
    return buffer.getvalue()


def _build(target, result, profile, lang, show_id, computed_on, comparison=None, projection=None) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    # The engine never reads the clock; the worksheet records the day it was printed.
    sheet = Sheet(result, profile, lang, show_id, computed_on or date.today())
    L = sheet.labels
    edition = result.edition_name(lang)
    name = profile.name.strip()
    by_round = bool(getattr(result.declaration_year, "part", ""))
    header_right = f"{L('declaration_round') if by_round else L('year')} {result.declaration_year}" + (
        f" · {name}" if name else ""
    )
    decor = PageDecor(
        header_left=f"{L('running_title')} · {edition}",
        header_right=header_right,
        footer_left=" · ".join(
            (f"{program_name(lang)} {__version__}", f"{L('computed_on')} {sheet.computed_on.isoformat()}", L("footer_notice"))
        ),
        page_label=L("page"),
        banner=None if result.qualified or not result.scored else L("whatif_banner"),
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
        + channel_block(sheet)
        + veto_block(sheet)
        + (comparison_block(sheet, comparison) if comparison is not None else [])
        + applicant_block(sheet)
        + periods_block(sheet)
        # A settlement channel replaces the score: no conditions or points to show.
        + (qualification_block(sheet) + indicators_block(sheet) + totals_block(sheet) if result.scored else [])
        + tie_break_block(sheet)
        + missing_block(sheet)
        + user_supplied_block(sheet)
        # a fixed pass mark (shown with the totals) takes the place of yearly lines where the rules set one
        + (lines_block(sheet) if result.scored and (result.lines or result.pass_mark is None) else [])
        + (projection_block(sheet, projection) if result.scored else [])
        + closing_block(sheet)
    )
    doc.build(story, canvasmaker=canvasmaker)
