"""The worksheet's coming rounds: every projected total printed is the engine's, with the estimate labelled."""

import re
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from simulator.core.phrases import Phrasebook
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
    "lang, heading, estimate", [("zh", "附录：未来各轮预测", "分数线估计区间"), ("en", "Appendix: coming rounds", "an estimate")]
)
def test_the_projection_prints_the_engines_total_for_every_coming_round(lang, heading, estimate):
    profile = load_profile(EXAMPLE)
    result = evaluate(profile, pack_for("beijing", 2027), 2027)
    data = worksheet_projection(profile, "beijing", as_of=AS_OF)
    text = pdf_text(render_pdf_bytes(result, profile, lang=lang, computed_on=AS_OF, projection=data))
    assert heading in text and estimate in text
    projection = project(profile, "beijing", as_of=AS_OF)
    assert [y.year for y in projection.years][0] == 2027
    section = text[text.index(heading) :].replace("\n", " ")
    section = section[section.index(Phrasebook(lang)("projection_changes")) :]  # the table, after its header row
    # a row per round, or one for rounds in a row that change nothing ("2030–2034 142.08")
    printed = {}
    for first, last, total in re.findall(r"(?<!\d)(20\d\d)(?:–(20\d\d))? (\d+(?:\.\d+)?)(?![\d–])", section):
        for year in range(int(first), int(last or first) + 1):
            printed.setdefault(year, Decimal(total))
    for year in projection.years:
        total = evaluate(profile, pack_for("beijing", year.year), year.year).total
        assert year.total == total
        assert printed.get(int(year.year)) == total, (year.year, printed.get(int(year.year)), total)


def test_rounds_that_change_nothing_are_one_row_and_the_first_says_how_it_differs_from_the_sheet():
    profile = load_profile(examples_dir() / "short-insurance.json")
    profile = profile.model_copy(update={"social_insurance": [p for p in profile.social_insurance if p.end is not None]})
    result = evaluate(profile, pack_for("beijing", 2026), 2026)
    data = worksheet_projection(profile, "beijing", as_of=AS_OF)
    assert len(data["years"]) > 10  # nothing runs on: round after round the same
    text = pdf_text(render_pdf_bytes(result, profile, lang="en", computed_on=AS_OF, projection=data)).replace("\n", " ")
    section = text[text.index("Appendix: coming rounds") :]
    assert re.search(r"the same in each round 20\d\d–20\d\d \(\d+ rounds\)", section)
    assert len(re.findall(r"as the year before", section)) < 3


def test_no_projection_section_without_projection_data():
    profile = load_profile(EXAMPLE)
    result = evaluate(profile, pack_for("beijing", 2027), 2027)
    assert "coming rounds" not in pdf_text(render_pdf_bytes(result, profile, lang="en", computed_on=AS_OF))
