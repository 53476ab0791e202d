"""Assembles the worksheet's story and lays it out on numbered A4 pages.

Page one stands alone (who, which declaration, the total against the line or pass mark, every line's points, what
is missing, the signatures); the detail follows in lettered sections (the applicant, the periods, the
qualification, line by line, what is not known, the values supplied, the lines of past years, the city
comparison), then the exhibit list on a page of its own; the coming rounds are an appendix that may be left out.
Every page carries the sheet's identity: document id, input digest, rule-pack digest, program version.
"""

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
from simulator.worksheet.sections.exhibits import exhibits_block
from simulator.worksheet.sections.first_page import first_page
from simulator.worksheet.sections.indicators import indicators_block
from simulator.worksheet.sections.projection import projection_block
from simulator.worksheet.sections.qualification import qualification_block
from simulator.worksheet.sections.summary import lines_block


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
    (`simulator.planning.chart.projection_data(...)`) adds the coming rounds with their chart, as an appendix."""
    buffer = io.BytesIO()
    _build(buffer, result, profile, lang, show_id, computed_on, comparison, projection)
    return buffer.getvalue()


def _build(target, result, profile, lang, show_id, computed_on, comparison=None, projection=None) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    # The engine never reads the clock; the worksheet records the day it was printed.
    sheet = Sheet(result, profile, lang, show_id, computed_on or date.today())
    shows_lines = result.scored and bool(result.lines or result.pass_mark is None)
    sheet.plan_sections(
        [
            *(["channel"] if result.channel is not None else []),
            "applicant",
            "periods",
            *(["qualification", "lines"] if result.scored else []),
            *(["tie_break"] if result.tie_break is not None and result.scored else []),
            *(["missing"] if result.provisional or result.missing else []),
            *(["supplied"] if result.user_supplied else []),
            *(["past_lines"] if shows_lines else []),
            *(["comparison"] if comparison is not None else []),
            "exhibits",
        ]
    )
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
        footer_left=L("footer_ids", doc=sheet.document_id, input=sheet.input_digest, pack=result.pack_hash, version=__version__),
        footer_second=" · ".join((program_name(lang), f"{L('computed_on')} {sheet.computed_on.isoformat()}", L("footer_notice"))),
        page_label=L("page"),
        banner=None if result.qualified or not result.scored else L("whatif_banner", round=result.declaration_year),
    )
    doc, canvasmaker = make_document(
        target,
        decor,
        title=f"{L('title')} · {edition} · {result.declaration_year}",
        author=program_name(lang),
        subject=f"{edition} · {sheet.document_id}",
        lang=lang,
    )
    story = (
        first_page(sheet)
        + channel_block(sheet)
        + veto_block(sheet)
        + applicant_block(sheet)
        + periods_block(sheet)
        # A settlement channel replaces the score: no conditions or points to show.
        + (qualification_block(sheet) + indicators_block(sheet) if result.scored else [])
        + tie_break_block(sheet)
        + missing_block(sheet)
        + user_supplied_block(sheet)
        # a fixed pass mark (shown on page one) takes the place of yearly lines where the rules set one
        + (lines_block(sheet) if shows_lines else [])
        + (comparison_block(sheet, comparison) if comparison is not None else [])
        + exhibits_block(sheet)
        + (projection_block(sheet, projection) if result.scored else [])
    )
    doc.build(story, canvasmaker=canvasmaker)
