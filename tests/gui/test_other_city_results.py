"""The score panel and the summary show whatever the engine's result holds: Hangzhou's and Xiong'an's own
indicators, a settlement channel instead of a score, a provisional total with the values not available, and
Hangzhou 2023's pass mark. (The wizard's pages themselves still offer only Beijing; these drive the state.)"""

from __future__ import annotations

from html import escape

import pytest

from simulator.core.decimals import fmt
from simulator.engine import evaluate
from simulator.gui.form.rule_choice import Catalogue, Edition, installed_editions
from simulator.gui.form.state import ApplicantState
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import load_pack


@pytest.fixture
def scored(qtbot):
    """scored(edition_id, year, **facts) -> (state, score panel, summary page) for the three-cities applicant."""
    from simulator.gui.widgets.score_panel import ScorePanel
    from simulator.gui.wizard.pages.summary import SummaryPage

    def make(edition_id: str, year: int, **facts):
        catalogue = Catalogue(installed_editions())
        state = ApplicantState(catalogue, catalogue.edition("beijing-2020"), 2024, "en")
        panel = ScorePanel(state)
        summary = SummaryPage(state)
        qtbot.addWidget(panel)
        qtbot.addWidget(summary)
        state.start()
        example = load_profile(examples_dir() / "three-cities.json")
        profile = type(example).model_validate({**example.model_dump(), **facts})
        state.load(profile)
        pack = load_pack(edition_id)
        state.set_rules(Edition.of_pack(pack), year)  # the start page does not offer these cities yet
        expected = evaluate(profile, pack, year)
        summary.refresh()  # a hidden page redraws when shown
        return state, panel, summary, expected

    return make


def test_hangzhou_rows_and_total_are_the_engines(scored):
    state, panel, summary, expected = scored("hangzhou-2021-revised", 2022)
    assert state.result is not None and not expected.provisional
    assert list(panel.points) == [item.id for item in expected.indicators]
    assert "employment" not in panel.points  # Beijing's rows are gone
    assert panel.total.text() == fmt(expected.total)
    for item in expected.indicators:
        assert panel.names[item.id].text() == item.name("en")
        assert panel.points[item.id].text() == fmt(item.points)
    assert "Equal totals are ranked by" in summary.headline.text()  # Hangzhou's tie-break


def test_a_value_the_sources_do_not_give_makes_the_total_a_range(scored):
    honour = [{"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou"}]
    state, panel, summary, expected = scored("hangzhou-2023", 2023, honours=honour)
    assert expected.provisional and expected.missing and expected.ranged
    assert panel.total.text() == f"{fmt(expected.total_low)}–{fmt(expected.total_high)}"
    assert "A RANGE" in panel.context.text()
    short = next(item for item in expected.indicators if item.missing)
    assert panel.points[short.id].text() == "0–30 *"
    assert "these points are a range" in panel.points[short.id].toolTip().lower()
    assert "the total is a range" in summary.headline.text().lower()
    assert escape(expected.missing[0].label("en")) in summary.headline.text()
    # the counting date this edition only assumes is said where the total is, in the summary and the panel alike
    assumed = next(a.en for a in expected.assumptions if a.en.startswith("The counting date"))
    assert escape(assumed) in summary.headline.text() and assumed in panel.line.text()
    # Hangzhou 2023 sets a fixed pass mark, shown in place of a yearly line: reached even at the lowest total
    assert f"Pass mark {fmt(expected.pass_mark)}: reached" in panel.line.text()
    assert "even at the lowest total" in panel.line.text()


def test_xiongan_art3_group_sees_the_channel_and_no_score(scored):
    state, panel, summary, expected = scored("xiongan-2021-trial", 2024, settlement_group="family_reunion")
    assert expected.channel is not None
    assert panel.total.text() == "—"
    assert expected.channel.name("en") in panel.context.text()
    assert all(label.text() == "—" for label in panel.points.values())
    assert "another channel" in summary.headline.text()
    assert escape(expected.channel.reason("en")) in summary.headline.text()


def test_beijing_after_another_city_gets_its_rows_back(scored):
    state, panel, summary, _ = scored("xiongan-2021-trial", 2024)
    state.set_rules(state.catalogue.edition("beijing-2020"), 2024)
    beijing = evaluate(state.profile, state.pack, 2024)
    assert list(panel.points) == [item.id for item in beijing.indicators]
    assert panel.total.text().rstrip("*") == fmt(beijing.total)
