"""The PDF worksheet: every point of an evaluation, its arithmetic, citations and proof, on A4 pages to sign.

`export_pdf(result, profile, path, lang="zh")` writes the file; `render_pdf_bytes(...)` returns the bytes. The
helpers that need no PDF (line numbers, exhibits, options, identity) import without reportlab.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.core.result import Evaluation
    from simulator.profile.model import ApplicantProfile

__all__ = ["export_pdf", "render_pdf_bytes"]


def render_pdf_bytes(*args, **kwargs) -> bytes:
    from simulator.worksheet.document import render_pdf_bytes as render

    return render(*args, **kwargs)


def export_pdf(
    result: Evaluation,
    profile: ApplicantProfile,
    path: str | os.PathLike,
    lang: str = "zh",
    show_id: bool = False,
    computed_on: date | None = None,
    comparison=None,
    projection: dict | None = None,
) -> None:
    """Write the worksheet to `path`; with `comparison` (a CityComparison), the cities side by side too; with
    `projection` (`simulator.planning.chart.projection_data(...)`), the coming rounds as an appendix.

    The file appears whole or not at all (a half-written PDF is worse than none)."""
    from simulator.core.atomic import write_atomically

    data = render_pdf_bytes(
        result, profile, lang=lang, show_id=show_id, computed_on=computed_on, comparison=comparison, projection=projection
    )
    write_atomically(path, data)
