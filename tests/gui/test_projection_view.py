"""The projection chart and the what-if list: the engine's totals year by year, the years stepped through from
the keyboard with each change explained, the estimate band drawn and labelled, the suggestions ranked."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from simulator.gui.windows.projection_view import ProjectionView
from simulator.planning import forecast_band, project, suggest
from simulator.profile.model import ApplicantProfile

AS_OF = date(2026, 11, 22)


@pytest.fixture
def applicant():
    return ApplicantProfile.model_validate(
        {
            "birth_date": "1981-03-10",
            "retirement_category": "male",
            "social_insurance": [{"start": "2010-01"}],
            "housing": [{"start": "2010-01", "kind": "rented", "district": "haidian", "lease_registered": True}],
            "education": {"level": "master", "degree": False},
            "detentions": [{"date": "2022-06-02"}],
        }
    )


@pytest.fixture
def view(qtbot, applicant):
    v = ProjectionView()
    qtbot.addWidget(v)
    v.resize(900, 1000)
    v.show()
    v.show_for(applicant, "beijing", AS_OF, "en")
    return v


def test_the_chart_holds_every_projected_year(view, applicant):
    expected = project(applicant, "beijing", AS_OF)
    assert view.chart.projected_years() == [y.year for y in expected.years]
    assert view.chart.selected_year() == 2027
    assert "2027: " in view.year_details.text() and "The coming round, against the 2026 round" in view.year_details.text()


def test_the_keyboard_steps_through_the_years_and_explains_each(view, qtbot):
    view.chart.setFocus()
    qtbot.keyClick(view.chart, Qt.Key.Key_Right)
    assert view.chart.selected_year() == 2028
    text = view.year_details.text()
    assert "Law-abiding record: -30 → 0" in text  # the 2022 detention leaves the window 2023–2027
    qtbot.keyClick(view.chart, Qt.Key.Key_Right)
    assert "Age: 20 → 16" in view.year_details.text()
    qtbot.keyClick(view.chart, Qt.Key.Key_End)
    assert view.chart.selected_year() == view.chart.projected_years()[-1]
    qtbot.keyClick(view.chart, Qt.Key.Key_Home)
    assert view.chart.selected_year() == 2027


def test_the_estimate_band_is_shaded_and_labelled(view, qtbot):
    band = forecast_band("beijing", view.chart.projected_years())
    image = view.chart.grab().toImage()
    background = view.chart.palette().base().color()

    def colour_at(year, value):
        point = view.chart.point_for(year, float(value))
        return QColor(image.pixel(int(point.x()), int(point.y())))

    at = band.at(2030)
    quarter = (at.high - at.low) / 4
    assert colour_at(2030, at.low + quarter) != background  # inside the band: shaded
    assert colour_at(2030, at.high - quarter) != background
    assert colour_at(2030, at.high + 9) == background  # above it: not
    assert "estimate" in view.chart.accessibleDescription()
    assert view.band_note.text().startswith("Estimate: ") and "5 data points" in view.band_note.text()


def test_the_whatif_list_is_the_ranked_suggestions(view, applicant):
    expected = suggest(applicant, "beijing", AS_OF)
    model = view.suggestions
    assert model.rowCount() == len(expected) > 0
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [s.description.en for s in expected]
    assert model.index(0, 0).data() == "+11"  # the missing degree: master 26 instead of 15
    assert model.index(0, 1).data() == "2027"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Points"


def test_switching_language_rewrites_the_engine_texts(view):
    view.chart.select_year(2028)
    view.set_language("zh")
    assert "守法记录：-30 → 0" in view.year_details.text()
    assert view.suggestions.index(0, 2).data().startswith("取得尚缺的学位")


def test_someone_past_retirement_gets_a_plain_message(qtbot):
    v = ProjectionView()
    qtbot.addWidget(v)
    retired = ApplicantProfile.model_validate(
        {"birth_date": "1960-01-01", "retirement_category": "male", "social_insurance": [{"start": "2000-01"}]}
    )
    v.show_for(retired, "beijing", AS_OF, "en")
    assert v.chart.projected_years() == []
    assert "no declaration year is left" in v.year_details.text()


def test_a_quarterly_citys_projection_shows_each_rounds_details_and_range(qtbot, tmp_path):
    """Hangzhou from 2027-Q1 with an honour whose cap and validity are not known: the details of the year clicked
    name the round and its range (the chart keys its years by calendar year)."""
    from simulator.paths import examples_dir
    from simulator.profile import load_profile

    example = load_profile(examples_dir() / "three-cities.json")
    data = example.model_dump(mode="json")
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2026, "city": "hangzhou"}]
    profile = type(example).model_validate(data)
    view = ProjectionView()
    qtbot.addWidget(view)
    view.show_for(profile, "hangzhou", AS_OF, "en")
    first = project(profile, "hangzhou", AS_OF).years[0]
    view.chart.select_year(2027)
    text = view.year_details.text()
    low, high = first.evaluation.total_low, first.evaluation.total_high
    assert str(first.year) == "2027-Q1" and f"2027-Q1: {low}–{high} points" in text
    assert "depends on" in text
