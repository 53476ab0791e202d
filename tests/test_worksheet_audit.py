"""A worksheet a reviewer can audit line by line, for every sample the docs show (scripts/render_worksheet_samples.py),
in both languages: page one stands alone (the total and every line), its numbered lines add up on the page, each
exhibit number is the list's, every page names the document, the facts, the rules and the program, every rule
cited says its article or "article not verified", and a Chinese sheet holds no English word (nor the reverse)."""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from simulator import __version__
from simulator.core.phrases import Phrasebook
from simulator.core.ranges import points_of
from simulator.worksheet import render_pdf_bytes
from simulator.worksheet.identity import document_id, input_digest
from tests.support.pdf_text import bounds, numbered_rows, page_texts, squash

ROOT = Path(__file__).resolve().parent.parent
COMPUTED_ON = date(2026, 11, 22)


def _samples_module():
    spec = importlib.util.spec_from_file_location("render_worksheet_samples", ROOT / "scripts" / "render_worksheet_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLES = _samples_module()
NAMES = [name for name, *_ in SAMPLES.samples()]


@pytest.fixture(scope="module")
def rendered():
    """Every sample in both languages: name, lang -> (result, profile, pages' text, pdf)."""
    found = {}
    for name, profile, year, city in SAMPLES.samples():
        result, comparison, projection = SAMPLES.sample_inputs(name, profile, year, city)
        for lang in ("zh", "en"):
            pdf = render_pdf_bytes(
                result, profile, lang=lang, computed_on=COMPUTED_ON, comparison=comparison, projection=projection
            )
            found[name, lang] = (result, profile, page_texts(pdf), pdf)
    return found


CASES = [(name, lang) for name in NAMES for lang in ("zh", "en")]


@pytest.mark.parametrize("name, lang", CASES)
def test_page_one_alone_carries_the_total_and_every_line(rendered, name, lang):
    result, profile, pages, _ = rendered[name, lang]
    first = pages[0]
    L = Phrasebook(lang)
    assert squash(points_of(result)(lang)) in squash(first) or not result.scored
    if not result.scored:  # another settlement channel instead of points: named on page one
        assert squash(result.channel.name(lang)) in squash(first)
        return
    rows = numbered_rows(first, len(result.indicators) + 1)
    assert sorted(rows) == list(range(1, len(result.indicators) + 2)), f"rows found: {sorted(rows)}"
    for number, item in enumerate(result.indicators, start=1):
        shown, span = rows[number]
        assert squash(item.name(lang)) in squash(shown), (number, shown)
        assert span == (item.low, item.high), (item.id, span)
    # the applicant, the declaration, what is missing and the signatures are there too
    assert profile.birth_date.isoformat() in first and str(result.declaration_year) in first
    assert L("missing_heading") in first and L("sign_applicant") in first and L("sign_staff") in first
    for gap in result.missing[:3]:
        assert squash(gap.label(lang)) in squash(first)


@pytest.mark.parametrize("name, lang", CASES)
def test_the_numbered_lines_add_up_on_the_page(rendered, name, lang):
    """Read page one back and add the lines: the sum is the total line printed (its range where there is one),
    unless the rules floor the total, which the page then says."""
    result, _, pages, _ = rendered[name, lang]
    if not result.scored:
        pytest.skip("a settlement channel: no points to add")
    total_line = len(result.indicators) + 1
    rows = numbered_rows(pages[0], total_line)
    low: Decimal | None = Decimal(0)
    high: Decimal | None = Decimal(0)
    for number in range(1, total_line):
        line_low, line_high = rows[number][1]
        low = None if low is None or line_low is None else low + line_low
        high = None if high is None or line_high is None else high + line_high
    printed = rows[total_line][1]
    floored = [a for a in result.assumptions if "never below" in a.en]
    if floored:
        floor = Decimal(re.search(r"never below (-?\d+)", floored[0].en).group(1))
        low = max(low, floor) if low is not None else floor
        high = max(high, floor) if high is not None else None
        assert squash(floored[0](lang)) in squash(pages[0])
    assert printed == (low, high), f"lines add up to {(low, high)}, the total line says {printed}"
    assert printed == (result.total_low, result.total_high)


@pytest.mark.parametrize("name, lang", CASES)
def test_the_exhibit_numbers_are_the_lists(rendered, name, lang):
    """Every exhibit number on page one, on the lines and in the housing table is in the exhibit list, with what
    it is for; the list is numbered 1, 2, … without a gap; each line's number is the one the list gives it."""
    result, _, pages, _ = rendered[name, lang]
    L = Phrasebook(lang)
    text = "\n".join(pages)
    heading = re.search(rf"^[A-P]\s+{re.escape(L('exhibits_heading'))}$", text, re.MULTILINE)
    assert heading is not None, "no exhibit list"
    listed_text = text[heading.start() :]
    ref = r"(?<![0-9A-Za-z-])" + re.escape(L("exhibit_ref", n=0)).replace("0", r"(\d+)") + r"(?![0-9])"
    listed = [int(n) for n in re.findall(rf"^{ref}$", listed_text, re.MULTILINE)]
    assert listed == list(range(1, len(listed) + 1)), listed
    cited = {int(n) for n in re.findall(ref, text[: heading.start()])}
    assert cited <= set(listed), f"numbers cited but not listed: {sorted(cited - set(listed))}"
    # page one: each line's exhibit is the one the list says is for that line
    rows = numbered_rows(pages[0], len(result.indicators) + 1) if result.scored else {}
    first = pages[0].splitlines()
    for number in rows:
        if number > len(result.indicators):
            continue
        at = next(i for i, line in enumerate(first) if line == str(number))
        after_points = next(j for j in range(at + 2, at + 5) if bounds(first[j]) is not None) + 1
        found = re.fullmatch(ref, first[after_points])  # the exhibit cell follows the points, where there is one
        if found is None:
            continue
        entry = listed_text[listed_text.index("\n" + first[after_points] + "\n") :][:300]
        assert L("line_named", n=number) in entry, (number, entry[:80])


@pytest.mark.parametrize("name, lang", CASES)
def test_every_page_names_the_document_the_facts_the_rules_and_the_program(rendered, name, lang):
    result, profile, pages, _ = rendered[name, lang]
    doc = document_id(profile, result, lang, COMPUTED_ON)
    digest = input_digest(profile)
    for number, page in enumerate(pages, start=1):
        for expected in (doc, digest, result.pack_hash, __version__):
            assert expected in page, f"page {number} lacks {expected}"


@pytest.mark.parametrize("name, lang", CASES)
def test_every_rule_cited_gives_its_article_or_says_it_is_not_verified(rendered, name, lang):
    result, _, pages, _ = rendered[name, lang]
    text = squash("".join(pages))
    from simulator.core.phrases import article_of, split_citation

    verified = not_verified = 0
    rules = [r for item in result.indicators for r in item.rules] + [r for c in result.qualification for r in c.rules]
    for rule in rules:
        _, section = split_citation(rule.citation)
        article = article_of(section) if section else None
        if article is None:
            not_verified += 1
        else:
            assert squash(article(lang)) in text, article(lang)
            verified += 1
    if not_verified:
        assert squash(Phrasebook(lang)("article_not_verified")) in text


LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
HAN = re.compile(r"[\u3400-\u9fff]")
# not words: the document id and digests, line and input refs, value paths, domain names of sources, brand names
NOT_WORDS = re.compile(
    r"WS-[0-9A-Z-]+|[0-9a-f]{12}(?:\+[0-9a-f]+)?|\b\d+[a-z]{1,2}\b|[A-Za-z_]+(?:\.[A-Za-z_0-9]+)+|[a-z0-9.-]+\.(?:com|cn|net|org)(?:\.cn)?"
    r"|(?<![A-Za-z])(?:App|AAA)(?![A-Za-z])"
)


def _users_own_words(profile) -> list[str]:
    """What the user typed: printed as typed, in whatever language it was typed."""
    typed = [profile.name, profile.notes, profile.id_number]
    typed += [w.employer for w in profile.workplaces]
    typed += [h.note for h in profile.honours]
    typed += [e.institution for e in ([profile.education] if profile.education else [])]
    typed += [profile.innovation.description] if profile.innovation else []
    for record in (*profile.detentions, *profile.tax_violations):
        typed += [getattr(record, "note", ""), getattr(record, "act", "")]
    return [t for t in typed if t]


@pytest.mark.parametrize("name, lang", CASES)
def test_a_sheet_speaks_its_own_language(rendered, name, lang):
    result, profile, pages, _ = rendered[name, lang]
    text = squash("".join(pages))
    for typed in sorted(_users_own_words(profile), key=len, reverse=True):
        text = text.replace(squash(typed), "")
    for supplied in result.user_supplied:
        text = text.replace(squash(supplied.note), "")
    text = NOT_WORDS.sub("", text)
    # the names of the web sites a rule is cited from are names (tjjfrh, yunnanlong …), in either language
    from simulator.worksheet.context import _pack_of

    pack = _pack_of(result)
    for source in pack.sources.values() if pack is not None else ():
        for site in re.findall(r"[A-Za-z][A-Za-z0-9]+", source.zh):
            text = text.replace(site, "")
    if lang == "zh":
        leaks = LATIN_WORD.findall(text)
        assert leaks == [], f"English in the Chinese sheet: {sorted(set(leaks))[:15]}"
    else:
        leaks = HAN.findall(text)
        assert leaks == [], f"Chinese in the English sheet: {''.join(leaks)[:60]}"


@pytest.mark.parametrize("name, lang", CASES)
def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_bracket(rendered, name, lang):
    _, _, pages, _ = rendered[name, lang]
    for number, page in enumerate(pages, start=1):
        for line in page.splitlines():
            assert not re.match(r"^[，；：。、）〕】》]", line), f"page {number}: {line[:40]!r}"
            assert not re.search(r"[（〔【《]$", line), f"page {number}: {line[-40:]!r}"


@pytest.mark.parametrize("name", NAMES)
def test_the_signatures_are_on_page_one_never_alone_at_the_end(rendered, name):
    for lang in ("zh", "en"):
        _, _, pages, _ = rendered[name, lang]
        L = Phrasebook(lang)
        assert L("sign_applicant") in pages[0]
        assert all(L("sign_applicant") not in page for page in pages[1:])


def test_the_periods_say_the_months_each_brings_and_why_some_do_not_count(rendered):
    result, profile, pages, _ = rendered["sample", "en"]
    text = "\n".join(pages)
    insurance = text[text.index("Social insurance") : text.index("Housing")]
    counted = [
        int(n) for n in re.findall(r"^\d+\n\d{4}-\d{2}\n(?:\d{4}-\d{2}|ongoing)\n(?:yes\n)?(\d+)\n", insurance, re.MULTILINE)
    ]
    # what the rows count is what the engine's line counts
    assert sum(counted) == int(result.indicator("employment").inputs[0].value)
    back_paid = sum(p.end - p.start + 1 for p in profile.social_insurance if p.back_paid)
    assert f"{back_paid} back-paid, not counted (rule of line 1)" in insurance


def test_the_options_of_a_criterion_are_listed_with_the_one_that_applies_ticked(rendered):
    result, profile, pages, _ = rendered["sample", "en"]
    text = "\n".join(pages)
    education = text[re.search(r"Line 3\s+Education", text).start() :]
    education = education[: re.search(r"Line 4\s+Study", education).start()]
    assert "Options" in education
    for label in ("junior college", "bachelor diploma and degree", "doctor diploma and degree"):
        assert label in education
    assert re.search(r"✓\s*master diploma and degree", education)  # the one held, ticked
    assert len(re.findall("✓", education)) == 1


def test_certificate_numbers_have_a_space_to_be_written_in(rendered):
    _, profile, pages, _ = rendered["sample", "en"]
    text = "\n".join(pages)
    assert "Diploma no.:" in text and "Degree verification no.:" in text
    assert "Property deed no.:" in text  # the own home
    _, _, pages, _ = rendered["hangzhou-2025q3", "zh"]
    assert "租赁登记备案编号" in "\n".join(pages) or "不动产权证书编号" in "\n".join(pages)


def test_the_working_refers_to_the_lines_of_its_inputs(rendered):
    _, _, pages, _ = rendered["sample", "en"]
    text = squash("\n".join(pages))
    assert squash("1a insured months counted (to 2025-12) 229") in text
    assert squash("= 229 [1a] months × 3/12 = 57.25") in text
    assert squash("→ Line 1: 57.25") in text


def test_the_fonts_are_embedded_subsets_on_every_sample(rendered):
    import io

    from pypdf import PdfReader

    for (name, lang), (*_, pdf) in rendered.items():
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for font in page["/Resources"]["/Font"].values():
                base = str(font.get_object()["/BaseFont"])
                assert "+" in base and "WenQuanYi" in base, f"{name}-{lang}: {base} is not the embedded font"


def test_a_junior_college_diploma_is_not_called_diploma_and_degree(make_profile, pack2020):
    from simulator.engine import evaluate
    from simulator.rules import pack_for
    from tests.support.pdf_text import text_of

    profile = make_profile(education={"level": "junior_college"})
    result = evaluate(profile, pack2020, 2024)
    education = result.indicator("education")
    assert [u.shown(lang) for lang in ("zh", "en") for u in education.inputs][1::2] == ["学历", "diploma"]
    assert education.steps[0].en == "junior college (incl. higher vocational) (diploma) = 10.5"
    for lang, held in (("en", "juniorcollege·diploma"), ("zh", "大学专科·学历（毕业证书）")):
        text = text_of(render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON))
        assert held in text  # the applicant's education, as the sheet says it
    hangzhou = evaluate(profile, pack_for("hangzhou", 2023), 2023).indicator("education")
    assert hangzhou.inputs[1].shown("en") == "diploma" and "(diploma)" in hangzhou.steps[0].en


def test_an_age_past_the_first_band_shows_its_formula(make_profile, pack2020):
    from simulator.engine import evaluate

    result = evaluate(make_profile(birth_date=date(1976, 6, 15)), pack2020, 2024)  # 46 on 2023-01-01
    step = result.indicator("age").steps[0]
    assert step.en == "age 46 is 1 over 45: 20 − 4 × 1 = 16"
    assert step.zh == "46周岁：超过45周岁1年，20 − 4 × 1 = 16"


def test_the_first_page_always_fits_one_page():
    """Nineteen lines, a long name, ranges and many values missing: still one page, the table whole."""
    from simulator.engine import evaluate
    from simulator.paths import examples_dir
    from simulator.profile import load_profile
    from simulator.rules import pack_for

    profile = SAMPLES.with_hangzhou_home(load_profile(examples_dir() / "three-cities.json"))
    profile = profile.model_copy(update={"name": "欧阳" * 20, "notes": "很长" * 300})
    result = evaluate(profile, pack_for("hangzhou", "2025-Q3"), "2025-Q3")
    pages = page_texts(render_pdf_bytes(result, profile, lang="zh", computed_on=COMPUTED_ON))
    rows = numbered_rows(pages[0], len(result.indicators) + 1)
    assert len(rows) == len(result.indicators) + 1
    assert Phrasebook("zh")("sign_applicant") in pages[0]
    assert bounds(points_of(result)("zh")) is not None


def test_the_samples_show_every_example_applicant():
    """docs/worksheet/ holds a sample of each file in resources/examples/ (rendered by the one script)."""
    import inspect

    shown = inspect.getsource(SAMPLES.samples)
    examples = sorted(p.name for p in (ROOT / "resources" / "examples").glob("*.json"))
    assert examples and [e for e in examples if f'"{e}"' not in shown] == []


@pytest.mark.parametrize("name, lang", CASES)
def test_the_samples_in_the_docs_are_the_worksheets_of_today(rendered, name, lang):
    """docs/worksheet/ shows what the program prints now: the text of every committed sample page is the text of
    the same sample rendered now, and there is one PNG per page (regenerate: scripts/render_worksheet_samples.py)."""
    folder = ROOT / "docs" / "worksheet"
    committed = folder / f"{name}-{lang}.pdf"
    assert committed.exists(), f"{committed.name} missing: run scripts/render_worksheet_samples.py"
    _, _, pages, _ = rendered[name, lang]
    assert page_texts(committed.read_bytes()) == pages, f"{committed.name} is stale: run scripts/render_worksheet_samples.py"
    assert len(list(folder.glob(f"{name}-{lang}-*.png"))) == len(pages)
