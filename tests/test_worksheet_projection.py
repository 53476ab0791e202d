"""The worksheet's coming rounds: every projected total printed is the engine's, with the estimate labelled."""

from datetime import date

import pytest
from pypdf import PdfReader

from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.planning.chart import worksheet_projection
from simulator.planning.projection import project
from simulator.profile import load_profile
from simulator.rules import pack_for
from simulator.worksheet import render_pdf_bytes

EXAMPLE = examples_dir() / "own-home-outside-centre.json"
AS_OF = date(2026, 11, 22)


def pdf_text(data: bytes) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(
    "lang, heading, estimate", [("zh", "未来各年度预测", "分数线估计区间"), ("en", "Coming rounds", "an estimate")]
)
def test_the_projection_prints_the_engines_total_for_every_coming_round(lang, heading, estimate):
    profile = load_profile(EXAMPLE)
    result = evaluate(profile, pack_for("beijing", 2027), 2027)
    data = worksheet_projection(profile, "beijing", as_of=AS_OF)
    text = pdf_text(render_pdf_bytes(result, profile, lang=lang, computed_on=AS_OF, projection=data))
    assert heading in text and estimate in text
    projection = project(profile, "beijing", as_of=AS_OF)
    assert [y.year for y in projection.years][0] == 2027
    section = text[text.index(heading) :]
    for year in projection.years:
        total = evaluate(profile, pack_for("beijing", year.year), year.year).total
        assert year.total == total
        assert f"{year.year} {total.normalize():f}" in section.replace("\n", " ")


def test_no_projection_section_without_projection_data():
    profile = load_profile(EXAMPLE)
    result = evaluate(profile, pack_for("beijing", 2027), 2027)
    assert "Coming rounds" not in pdf_text(render_pdf_bytes(result, profile, lang="en", computed_on=AS_OF))
