"""The worksheet for Xiong'an and Hangzhou results: the engine's points and totals, the settlement channel in
place of a score, a provisional total with every missing value listed, user-supplied values labelled, and the
cities side by side."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from simulator.core.decimals import fmt
from simulator.core.phrases import Phrasebook as Labels
from simulator.core.ranges import span, verdict
from simulator.engine import evaluate
from simulator.engine.compare_cities import compare_cities
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import load_pack, pack_for
from simulator.worksheet import export_pdf, render_pdf_bytes
from tests.support.pdf_text import squash, text_of

COMPUTED_ON = date(2026, 11, 22)
YEAR = 2024
ROUNDS = {"beijing": 2024, "xiongan": 2024, "hangzhou": "2025-Q3"}  # Hangzhou holds four rounds a year from 2024


@pytest.fixture(scope="module")
def applicant():
    return load_profile(examples_dir() / "three-cities.json")


def render(result, profile, lang, **options) -> str:
    return text_of(render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON, **options))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("city", ["xiongan", "hangzhou"])
def test_every_indicator_and_the_total_are_the_engines(applicant, city, lang):
    result = evaluate(applicant, pack_for(city, ROUNDS[city]), ROUNDS[city])
    assert result.scored and result.indicators
    text = render(result, applicant, lang)
    L = Labels(lang)
    for indicator in result.indicators:
        assert squash(indicator.name(lang)) in text
        assert squash(L("points_unit", points=fmt(indicator.points))) in text, indicator.id
    last = len(result.indicators)
    total_label = L("line_total_range" if result.ranged else "line_total", first=1, last=last)
    assert squash(total_label) + squash(span(result.total_low, result.total_high)(lang)) in text


def with_an_honour(applicant):
    """A Hangzhou honour of 2023: the revised rules (kept in 2023) give 30 for it, but not its cap or validity."""
    data = applicant.model_dump()
    data["honours"].append({"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou"})
    return type(applicant).model_validate(data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_total_that_is_a_range_shows_its_bounds_and_what_it_depends_on(applicant, lang):
    profile = with_an_honour(applicant)
    result = evaluate(profile, load_pack("hangzhou-2023"), 2023)
    assert result.provisional and result.missing and result.ranged
    assert result.total_high == result.total_low + 30
    text = render(result, profile, lang)
    L = Labels(lang)
    assert squash(L("provisional_heading")) in text
    total_label = L("line_total_range", first=1, last=len(result.indicators))
    assert squash(total_label) + squash(f"{fmt(result.total_low)}–{fmt(result.total_high)}") in text
    assert squash(L("points_unit", points="0–30")) in text  # the honours' own range
    for gap in result.missing:
        assert squash(gap.label(lang)) in text
        assert gap.path in text
    # The pass mark of the 2023 rules: reached, because even the lowest total reaches it.
    assert result.pass_mark == Decimal(100) and result.pass_state(result.pass_mark) == "reached"
    words = verdict(result, result.pass_mark)[1](lang)
    assert squash(words) in text and squash(fmt(result.total_low - 100)) in squash(words)


def test_a_complete_result_has_no_provisional_section(applicant):
    result = evaluate(applicant, pack_for("xiongan", YEAR), YEAR)
    assert not result.provisional
    text = render(result, applicant, "en")
    assert squash(Labels("en")("provisional_heading")) not in text
    assert "PROVISIONAL" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_supplied_values_are_labelled_with_their_note_and_change_the_total(applicant, lang):
    pack = load_pack("hangzhou-2023")
    profile = with_an_honour(applicant)
    before = evaluate(profile, pack, 2023)
    gap = before.missing[0]
    supplied = {"bonus.honours.window_years": 5, "bonus.honours.levels.municipal.max_points": "90"}
    from simulator.rules.overrides import overrides_from_mapping

    overrides = overrides_from_mapping(pack, supplied, notes={gap.path: "Official table item 9"})
    after = evaluate(profile, pack, 2023, overrides=overrides)
    assert after.user_supplied and after.total == before.total + 30 and not after.ranged
    text = render(after, profile, lang)
    L = Labels(lang)
    assert squash(L("user_supplied_heading")) in text
    assert "Officialtableitem9" in text
    assert gap.path in text
    assert squash(L("filled_gap")) in text  # the pack had no value there
    assert squash(fmt(after.total)) in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_art3_applicant_gets_the_channel_and_why_instead_of_a_score(applicant, lang):
    profile = applicant.model_copy(update={"settlement_group": "introduced_talent"})
    result = evaluate(profile, load_pack("xiongan-2021-trial"), YEAR)
    assert result.channel is not None
    text = render(result, profile, lang)
    L = Labels(lang)
    assert squash(L("channel_instead")) in text
    assert squash(result.channel.name(lang)) in text
    assert squash(result.channel.reason(lang))[:40] in text
    assert squash(L("total_points")) not in text  # no score is offered
    assert squash(L("whatif_banner")) not in text  # and it is not a failed qualification either


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_comparison_section_shows_each_citys_total_side_by_side(applicant, lang, tmp_path):
    editions = [(pack_for(city, ROUNDS[city]), ROUNDS[city]) for city in ("beijing", "xiongan", "hangzhou")]
    comparison = compare_cities(with_an_honour(applicant), editions)
    target = tmp_path / "comparison.pdf"
    export_pdf(comparison.evaluations[0], applicant, target, lang=lang, computed_on=COMPUTED_ON, comparison=comparison)
    text = text_of(target.read_bytes())
    L = Labels(lang)
    assert squash(L("comparison")) in text
    for row in comparison.rows:
        assert squash(row.edition_name(lang)) in text
        assert squash(span(row.total_low, row.total_high)(lang)) in text
    assert comparison.rows[2].ranged  # Hangzhou's honour
    for topic in comparison.topics:
        assert squash(topic.name(lang)) in text


def hangzhou_person(**changes):
    """Permit, insurance, a registered rental and residence registration in Hangzhou since January 2015."""
    from simulator.profile.model import ApplicantProfile

    base = {
        "birth_date": date(1985, 6, 15),
        "retirement_category": "male",
        "residence_permits": [{"city": "hangzhou"}],
        "social_insurance": [{"start": "2015-01", "city": "hangzhou"}],
        "housing": [{"start": "2015-01", "kind": "rented", "district": "xihu", "city": "hangzhou", "lease_registered": True}],
        "residence_registrations": [{"city": "hangzhou", "start": "2015-01-01"}],
        "education": {"level": "bachelor"},
    }
    base.update(changes)
    return ApplicantProfile.model_validate(base)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_tie_break_order_and_its_values_are_printed(lang):
    pack = load_pack("hangzhou-2018-trial")
    profile = hangzhou_person()
    result = evaluate(profile, pack, pack.pack.first_declaration_year)
    assert result.tie_break is not None
    text = render(result, profile, lang)
    assert squash(Labels(lang)("tie_break_intro")) in text
    for number, part in enumerate(result.tie_break.parts, start=1):
        assert f"{number}{squash(part.name(lang))}{squash(part.shown)}" in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_one_vote_veto_is_shown_with_its_reason(lang):
    pack = load_pack("hangzhou-2021-revised")
    profile = hangzhou_person(banned_organisation=True)
    result = evaluate(profile, pack, pack.pack.first_declaration_year)
    assert result.veto is not None
    text = render(result, profile, lang)
    assert squash(Labels(lang)("veto")) in text
    assert squash(result.veto(lang)) in text
