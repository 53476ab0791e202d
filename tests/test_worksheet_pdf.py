"""The PDF worksheet: what it prints must be the engine's numbers, readable anywhere, and laid out cleanly."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from simulator import __version__
from simulator.core.decimals import fmt
from simulator.core.identity import mask_id
from simulator.core.phrases import Phrasebook as Labels
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import ApplicantProfile, load_profile
from simulator.rules import pack_for
from simulator.worksheet import export_pdf, render_pdf_bytes
from simulator.worksheet.fonts import has_glyph
from simulator.worksheet.page import FOOTER_RULE, FRAME_BOTTOM, PAGE_HEIGHT, PAGE_WIDTH, PRINT_MARGIN, frame_top

ROOT = Path(__file__).resolve().parent.parent
COMPUTED_ON = date(2026, 11, 22)
EXAMPLES = ["own-home-outside-centre", "in-service-master", "rental-bachelor", "short-insurance"]
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None, reason="poppler-utils not installed"
)


# ---- helpers ------------------------------------------------------------------------------------------------


def example(name: str) -> ApplicantProfile:
    return load_profile(examples_dir() / f"{name}.json")


def scored(profile: ApplicantProfile, year: int = 2026):
    return evaluate(profile, pack_for("beijing", year), year)


def render(profile: ApplicantProfile, year: int = 2026, lang: str = "zh", **options) -> tuple[object, bytes]:
    result = scored(profile, year)
    return result, render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON, **options)


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, one text line per line, without the padding of right-aligned cells."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return ["\n".join(line.strip() for line in page.extract_text().splitlines()) for page in pages]


def squash(text: str) -> str:
    """Text without any whitespace: where a paragraph wrapped does not matter."""
    return re.sub(r"\s+", "", text)


def month(index: int) -> str:
    year, m = divmod(index, 12)
    return f"{year:04d}-{m + 1:02d}"


def long_history(housing_periods: int = 40) -> ApplicantProfile:
    """Someone who moved every six months from 2005: `housing_periods` rows of housing, a dozen workplaces."""
    kinds = ["rented", "dormitory", "rented", "own"]
    districts = ["chaoyang", "haidian", "fengtai", "tongzhou", "changping", "daxing", "shunyi", "dongcheng"]
    first = 2005 * 12
    housing = [
        {
            "start": month(first + 6 * i),
            "end": month(first + 6 * i + 5),
            "kind": kinds[i % 4],
            "district": districts[i % len(districts)],
            "lease_registered": i % 3 != 0,
        }
        for i in range(housing_periods)
    ]
    workplaces = [
        {
            "start": month(first + 20 * i),
            "end": month(first + 20 * i + 19),
            "district": districts[(3 * i) % len(districts)],
            "employer": f"北京某某科技有限公司第{i + 1}分公司",
        }
        for i in range(12)
    ]
    return ApplicantProfile.model_validate(
        {
            "name": "王小明",
            "id_number": "110105198803150019",
            "birth_date": "1988-03-15",
            "retirement_category": "male",
            "social_insurance": [{"start": "2005-01", "end": "2012-06"}, {"start": "2012-07", "back_paid": False}],
            "housing": housing,
            "workplaces": workplaces,
            "education": {"level": "bachelor"},
        }
    )


def word_boxes(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word poppler finds, per page, as (x0, top, x1, bottom, text) in points from the top-left corner."""
    source, target = tmp_path / "boxes.pdf", tmp_path / "boxes.html"
    source.write_bytes(pdf)
    subprocess.run(["pdftotext", "-bbox", str(source), str(target)], check=True)
    pages = target.read_text(encoding="utf-8").split("<page ")[1:]
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
    return [[(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in pattern.findall(page)] for page in pages]


def assert_clean_layout(pdf: bytes, tmp_path: Path, what_if: bool) -> None:
    """No word outside the printable area, body text only inside the body frame, and no two words overlapping."""
    footer_rule = PAGE_HEIGHT - FOOTER_RULE
    body_top, body_bottom = PAGE_HEIGHT - frame_top(what_if), PAGE_HEIGHT - FRAME_BOTTOM  # from the top, as poppler measures
    for number, words in enumerate(word_boxes(pdf, tmp_path), start=1):
        assert words, f"page {number} has no text"
        for x0, top, x1, bottom, text in words:
            where = f"page {number}: {text!r} at x {x0:.0f}–{x1:.0f}, y {top:.0f}–{bottom:.0f}"
            assert PRINT_MARGIN <= x0 and x1 <= PAGE_WIDTH - PRINT_MARGIN, f"{where} runs off the side"
            assert PRINT_MARGIN <= top and bottom <= PAGE_HEIGHT - PRINT_MARGIN, f"{where} is off the page"
            in_header, in_footer = bottom <= body_top + 1, top >= footer_rule  # header, and the what-if banner
            if not (in_header or in_footer):
                assert body_top - 1 <= top and bottom <= body_bottom + 1, f"{where} is outside the body frame"
        for i, a in enumerate(words):
            for b in words[i + 1 :]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, f"page {number}: {a[4]!r} overlaps {b[4]!r}"


# ---- the numbers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_indicator_and_the_total_print_as_the_engine_computed_them(name, lang):
    year = 2024 if name == "short-insurance" else 2026
    result, pdf = render(example(name), year, lang)
    text = "\n".join(page_texts(pdf))
    labels = Labels(lang)

    first = page_texts(pdf)[0]
    for number, item in enumerate(result.indicators, start=1):
        name_ = re.escape(item.name(lang))
        points = re.escape(fmt(item.points))
        # The line's block: "Line 3  Education" then "26 points".
        unit = "points_unit_one" if fmt(item.points) == "1" else "points_unit"
        heading = squash(labels("line_heading", n=number, name=item.name(lang))) + squash(labels(unit, points=fmt(item.points)))
        assert heading in squash(text), f"{item.id}: block heading with {fmt(item.points)} not found"
        # Page one's row: line, name, points.
        assert re.search(rf"^{number}\n{name_}\n{points}$", first, re.MULTILINE), f"{item.id}: page one's row wrong"
    total = labels("line_total", first=1, last=len(result.indicators))
    assert re.search(rf"^{len(result.indicators) + 1}\n{re.escape(total)}\n{re.escape(fmt(result.total))}$", first, re.MULTILINE)
    # And the box on page one.
    assert re.search(rf"^\s*{re.escape(fmt(result.total))}$", first, re.MULTILINE)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_qualification_held_is_listed_and_the_one_scored_is_said(lang):
    """A consultant's client with two qualifications: both are on the sheet, the one entered first first."""
    data = example("rental-bachelor").model_dump(mode="json")
    data["education"] = {"level": "bachelor", "diploma": True, "degree": False, "institution": "Evening University"}
    data["other_qualifications"] = [{"level": "junior_college", "institution": "City Vocational College"}]
    profile = ApplicantProfile.model_validate(data)
    result, pdf = render(profile, lang=lang)
    text = squash("".join(page_texts(pdf)))
    first, other = text.find("EveningUniversity"), text.find("CityVocationalCollege")
    assert 0 <= first < other
    (kept,) = [a for a in result.assumptions if "2 qualifications" in a.en]  # which one is scored, and why
    assert squash(kept(lang)) in text


def test_a_negative_deduction_prints_with_its_sign():
    result, pdf = render(example("in-service-master"), 2024, "en")
    deduction = result.indicator("study_deduction").points
    assert deduction < 0
    assert f"\n{fmt(deduction)}\n" in "\n".join(page_texts(pdf))


# ---- the font and the pages ---------------------------------------------------------------------------------


def test_the_cjk_font_is_embedded_as_a_subset_and_nothing_else_is_needed():
    _, pdf = render(example("own-home-outside-centre"))
    fonts = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert "+" in name and "WenQuanYi" in name, f"{name} is not an embedded subset of the bundled font"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} has no embedded TrueType program"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_font_has_a_glyph_for_every_character_printed(lang):
    # A character the font lacks would print as an empty box.
    _, pdf = render(example("own-home-outside-centre"), lang=lang)
    _, whatif = render(example("short-insurance"), 2024, lang=lang)
    printed = set("".join(page_texts(pdf) + page_texts(whatif)))
    missing = sorted(ch for ch in printed if not ch.isspace() and not has_glyph(ch))
    assert missing == []


@needs_poppler
def test_pdftoppm_renders_every_page(tmp_path):
    _, pdf = render(example("own-home-outside-centre"))
    source = tmp_path / "sheet.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(source), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(PdfReader(io.BytesIO(pdf)).pages) > 0
    for png in pngs:
        with Image.open(png) as image:
            darkest = min(image.convert("L").getextrema())
        assert darkest < 128, f"{png.name} rendered blank"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_says_page_n_of_total(lang):
    _, pdf = render(long_history(), lang=lang)
    texts = page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert Labels(lang)("page", n=number, total=len(texts)) in text


# ---- long histories -----------------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_forty_housing_periods_flow_over_pages_without_clipping_or_overlap(lang, tmp_path):
    profile = long_history(40)
    _, short_pdf = render(long_history(2), lang=lang)
    _, pdf = render(profile, lang=lang)
    texts = page_texts(pdf)
    assert len(texts) > len(page_texts(short_pdf))

    text = "\n".join(texts)
    for period in profile.housing:
        assert month(period.start) in text and month(period.end) in text
    housing = text[text.index(Labels(lang)("housing_periods")) :]
    housing_rows = re.findall(r"^(\d+)\n(\d{4}-\d{2})\n(\d{4}-\d{2})\n", housing, re.MULTILINE)
    assert [int(row[0]) for row in housing_rows[:40]] == list(range(1, 41))
    # The table's title and column header repeat on the page it continues on.
    assert sum(Labels(lang)("housing_periods") in page for page in texts) >= 2
    assert_clean_layout(pdf, tmp_path, what_if=False)


@needs_poppler
def test_the_what_if_sheet_is_laid_out_cleanly_too(tmp_path):
    _, pdf = render(example("short-insurance"), 2024, "en")
    assert_clean_layout(pdf, tmp_path, what_if=True)


def test_a_long_note_and_odd_characters_typed_by_the_user_are_printed_as_typed():
    typed = "<b>Zhang & Sons</b> 张三"
    profile = long_history(3).model_copy(update={"name": typed, "notes": "备注：" + "很长的说明。" * 400})
    _, pdf = render(profile, lang="en")
    text = "\n".join(page_texts(pdf))
    assert typed in text
    assert squash(text).count("很长的说明。") == 400  # wrapped over lines and pages, none cut off


# ---- the applicant and the what-if --------------------------------------------------------------------------


def test_the_id_number_is_masked_unless_asked_for():
    profile = example("own-home-outside-centre")
    _, masked = render(profile)
    _, shown = render(profile, show_id=True)
    masked_text, shown_text = "\n".join(page_texts(masked)), "\n".join(page_texts(shown))
    assert profile.id_number not in masked_text
    assert mask_id(profile.id_number) in masked_text
    assert profile.id_number in shown_text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_non_qualified_score_is_marked_as_a_what_if_on_every_page(lang):
    result, pdf = render(example("short-insurance"), 2024, lang)
    assert not result.qualified
    labels = Labels(lang)
    banner = labels("whatif_banner", round=result.declaration_year)
    for number, text in enumerate(page_texts(pdf), start=1):
        assert banner in text.replace("\n", ""), f"page {number} lacks the what-if banner"
    conditions = "".join(c.name(lang) for c in result.failed_conditions)
    note = labels("whatif_total", conditions=conditions)
    assert note.split("（")[0].split("(")[0] in "\n".join(page_texts(pdf))
    assert labels("unmet") in "\n".join(page_texts(pdf))


def test_a_qualified_score_carries_no_what_if_banner():
    _, pdf = render(example("own-home-outside-centre"), lang="en")
    assert Labels("en")("whatif_banner") not in "\n".join(page_texts(pdf)).replace("\n", " ")


# ---- the rest of the content --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_header_names_rules_data_year_program_and_date(lang):
    result, pdf = render(example("own-home-outside-centre"), lang=lang)
    first = page_texts(pdf)[0]
    for expected in (
        result.edition_name(lang),
        result.data_version,
        result.pack_hash,
        str(result.declaration_year),
        result.cutoff.isoformat(),
        __version__,
        COMPUTED_ON.isoformat(),
    ):
        assert expected in first


def test_date_computed_defaults_to_today():
    result = scored(example("own-home-outside-centre"))
    pdf = render_pdf_bytes(result, example("own-home-outside-centre"), lang="en")
    assert date.today().isoformat() in page_texts(pdf)[0]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_block_lists_its_proof_with_a_box_to_tick(lang):
    result, pdf = render(example("own-home-outside-centre"), lang=lang)
    text = re.sub(r"\s*[［\[]\d+[a-z]+[］\]]", "", "\n".join(page_texts(pdf)))  # the working without its input marks
    labels = Labels(lang)
    # a box beside the documents of the qualification and of every line with points to prove
    proving = [item for item in result.indicators if item.low != 0 or item.high != 0]
    assert text.count(labels("document_seen")) == len(proving) + 1
    # Every department in the Beijing help file is still to be confirmed: the sheet must say so.
    assert text.count(labels("unconfirmed")) >= len(proving)
    for item in result.indicators:
        for step in item.steps:
            assert step(lang).split("\n")[0][:12] in text
        for event in item.events:
            assert event.text(lang)[:12] in text


def test_rule_values_show_their_confidence():
    _, pdf = render(example("own-home-outside-centre"), lang="en")
    text = "\n".join(page_texts(pdf)).replace("\n", " ")
    assert "points a year 3 [data]" in text
    assert "[2+ sources]" in text
    assert "Confidence of rule values" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_past_lines_signatures_and_the_official_notice_are_there(lang):
    result, pdf = render(example("own-home-outside-centre"), lang=lang)
    text = "\n".join(page_texts(pdf))
    labels = Labels(lang)
    assert result.lines
    for line in result.lines:
        assert re.search(rf"^{re.escape(line.round)}\n{re.escape(fmt(line.line))}\n", text, re.MULTILINE)
    assert labels("this_result", total=fmt(result.total)) in text
    assert squash(labels("official_notice_short")) in squash(page_texts(pdf)[0])
    assert labels("sign_applicant") in text and labels("sign_staff") in text


def test_an_unknown_language_is_refused():
    result = scored(example("own-home-outside-centre"))
    with pytest.raises(ValueError, match="lang"):
        render_pdf_bytes(result, example("own-home-outside-centre"), lang="fr")


# ---- writing files ------------------------------------------------------------------------------------------


def test_export_pdf_writes_the_file_and_leaves_nothing_else(tmp_path):
    profile = example("own-home-outside-centre")
    result = scored(profile)
    target = tmp_path / "sheet.pdf"
    export_pdf(result, profile, target, lang="en", computed_on=COMPUTED_ON)
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(OSError):
        export_pdf(result, profile, tmp_path / "missing-folder" / "sheet.pdf")


def test_command_line_writes_the_worksheet(tmp_path):
    target = tmp_path / "x.pdf"
    source = examples_dir() / "own-home-outside-centre.json"
    completed = subprocess.run(
        [sys.executable, "-m", "simulator", "score", str(source), "--year", "2026", "--pdf", str(target), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    result = scored(load_profile(source))
    text = "\n".join(page_texts(target.read_bytes()))
    assert f"Total (lines 1 to 10 added)\n{fmt(result.total)}" in text
    assert "Points worksheet" in text


def test_command_line_reports_an_unwritable_pdf_path_in_one_line(tmp_path):
    from simulator.cli.main import main

    source = examples_dir() / "own-home-outside-centre.json"
    code = main(["score", str(source), "--year", "2026", "--pdf", str(tmp_path / "no" / "x.pdf")])
    assert code == 2
