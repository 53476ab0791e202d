"""The worksheet for Xiong'an and Hangzhou results: the engine's points and totals, the settlement channel in
place of a score, a provisional total with every missing value listed, user-supplied values labelled, and the
cities side by side."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from simulator.core.decimals import fmt
from simulator.core.phrases import Phrasebook as Labels
from simulator.engine import evaluate
from simulator.engine.compare_cities import compare_cities
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import load_pack, pack_for
from simulator.worksheet import export_pdf, render_pdf_bytes
from tests.support.pdf_text import squash, text_of

COMPUTED_ON = date(2026, 11, 22)
YEAR = 2024


@pytest.fixture(scope="module")
def applicant():
    return load_profile(examples_dir() / "three-cities.json")


def render(result, profile, lang, **options) -> str:
    return text_of(render_pdf_bytes(result, profile, lang=lang, computed_on=COMPUTED_ON, **options))


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("city", ["xiongan", "hangzhou"])
def test_every_indicator_and_the_total_are_the_engines(applicant, city, lang):
    result = evaluate(applicant, pack_for(city, YEAR), YEAR)
    assert result.scored and result.indicators
    text = render(result, applicant, lang)
    L = Labels(lang)
    for indicator in result.indicators:
        assert squash(indicator.name(lang)) in text
        assert squash(L("points_unit", points=fmt(indicator.points))) in text, indicator.id
    total_label = L("provisional_total") if result.provisional else L("total")
    assert squash(total_label) + squash(fmt(result.total)) in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_provisional_total_is_marked_and_lists_every_missing_value(applicant, lang):
    result = evaluate(applicant, pack_for("hangzhou", YEAR), YEAR)
    assert result.provisional and result.missing
    text = render(result, applicant, lang)
    L = Labels(lang)
    assert squash(L("provisional_heading")) in text
    assert squash(L("provisional_total")) in text
    for gap in result.missing:
        assert squash(gap.label(lang)) in text
        assert gap.path in text
    # The pass mark of the 2023 rules, and where the total stands against it.
    assert result.pass_mark == Decimal(100)
    key = "pass_mark_met" if result.meets_pass_mark else "pass_mark_unmet"
    assert (
        squash(L(key, mark="100", diff=fmt(result.total - 100) if result.total < 100 else f"+{fmt(result.total - 100)}")) in text
    )


def test_a_complete_result_has_no_provisional_section(applicant):
    result = evaluate(applicant, pack_for("xiongan", YEAR), YEAR)
    assert not result.provisional
    text = render(result, applicant, "en")
    assert squash(Labels("en")("provisional_heading")) not in text
    assert "PROVISIONAL" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_supplied_values_are_labelled_with_their_note_and_change_the_total(applicant, lang):
    pack = pack_for("hangzhou", YEAR)
    before = evaluate(applicant, pack, YEAR)
    gap = before.missing[0]
    supplied = {gap.path: "7"}
    from simulator.rules.overrides import overrides_from_mapping

    overrides = overrides_from_mapping(pack, supplied, notes={gap.path: "Official table item 9"})
    after = evaluate(applicant, pack, YEAR, overrides=overrides)
    assert after.user_supplied and after.total != before.total
    text = render(after, applicant, lang)
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
    editions = [(pack_for(city, YEAR), YEAR) for city in ("beijing", "xiongan", "hangzhou")]
    comparison = compare_cities(applicant, editions)
    target = tmp_path / "comparison.pdf"
    export_pdf(comparison.evaluations[0], applicant, target, lang=lang, computed_on=COMPUTED_ON, comparison=comparison)
    text = text_of(target.read_bytes())
    L = Labels(lang)
    assert squash(L("comparison")) in text
    for row in comparison.rows:
        assert squash(row.edition_name(lang)) in text
        assert squash(fmt(row.total)) in text
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
