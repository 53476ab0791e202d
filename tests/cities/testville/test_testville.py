"""A city is one folder: Testville, which exists only here, registered by this test, is scored by every face of
the program — the command line, batch scoring (template, run, ranked summary), the PDF worksheet, the wizard
(its pages, and a live total equal to the engine's) and the city comparison — with no change outside this folder."""

from __future__ import annotations

import csv
import json
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from simulator import cities
from simulator.cli import main
from simulator.core.decimals import fmt
from simulator.core.rounds import edition_and_round
from simulator.engine import evaluate
from simulator.profile import load_profile, save_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import pack_for
from tests.cities.testville import CITY
from tests.support.pdf_text import squash, text_of

YEAR = 2026  # counted up to 2025-12-31
FACTS = {
    "name": "测试人",
    "birth_date": "1990-01-01",
    "retirement_category": "male",
    "residence_permits": [{"city": "testville"}],
    "social_insurance": [{"start": "2020-01", "city": "testville"}],  # 72 months to 2025-12
    "education": {"level": "master"},
}


@pytest.fixture(autouse=True)
def testville():
    cities.register(CITY)
    yield CITY
    cities.unregister(CITY.id)


def applicant() -> ApplicantProfile:
    return ApplicantProfile.model_validate(FACTS)


def test_the_engine_scores_it_from_its_own_pack():
    result = evaluate(applicant(), pack_for("testville", YEAR), YEAR)
    assert result.points == {"insurance": Decimal("36"), "degree": Decimal("20")}  # 72 x 0.5; a master's degree
    assert result.total == Decimal("56") and result.qualified


def test_the_command_line_finds_it_by_either_name_and_prints_and_exports_it(tmp_path, capsys):
    path = tmp_path / "applicant.json"
    save_profile(applicant(), path)
    assert main(["score", str(path), "--city", "测试城", "--year", str(YEAR), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    found = data["evaluation"]
    assert found["city"] == "testville" and found["total"] == "56" and found["points"] == {"insurance": "36", "degree": "20"}
    pdf = tmp_path / "sheet.pdf"
    assert (
        main(
            ["score", str(path), "--city", "Testville", "--year", str(YEAR), "--pdf", str(pdf), "--lang", "en", "--no-projection"]
        )
        == 0
    )
    text = text_of(pdf.read_bytes())
    for words in ("Testville points (2025)", "Insurance", "Degree", "points a month", "Testville residence permit"):
        assert squash(words) in text, words


def test_batch_from_its_own_template(tmp_path, capsys):
    template = tmp_path / "applicants.csv"
    assert main(["template", str(template), "--city", "testville"]) == 0
    with open(template, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert "residence_permit" in header and "si1_start" in header and "home1_start" not in header  # its own layout
    rows.append(
        [
            {
                "applicant_id": "T2",
                "birth_date": "1985-03-01",
                "retirement_category": "male",
                "residence_permit": "yes",
                "si1_start": "2015-01",
            }.get(h, "")
            for h in header
        ]
    )
    with open(template, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out = tmp_path / "out"
    assert main(["batch", str(template), "--city", "testville", "--year", str(YEAR), "--out", str(out), "--quiet"]) == 0
    with open(out / "summary.csv", encoding="utf-8-sig", newline="") as handle:
        summary = list(csv.DictReader(handle))
    assert list(summary[0])[-2:] == ["insurance", "degree"]  # one column per indicator of its edition
    assert [(r["rank"], r["applicant_id"], r["total"], r["insurance"], r["degree"]) for r in summary] == [
        ("1", "T2", "60", "60", "0"),  # 132 months x 0.5 = 66, capped at 60
        ("2", "T1", "56", "36", "20"),
    ]


def test_the_city_comparison_includes_it():
    from simulator.engine.compare_cities import compare_cities

    profile = applicant()
    comparison = compare_cities(profile, [edition_and_round(c.id, YEAR) for c in cities.cities()])
    row = next(r for r in comparison.rows if r.city == "testville")
    assert row.total == Decimal("56")
    education = next(t for t in comparison.topics if t.id == "education")
    assert education.points[row.pack_id] == Decimal("20")


def test_the_wizard_offers_its_pages_and_its_live_total_is_the_engines(open_window, tmp_path):
    path = tmp_path / "applicant.json"
    save_profile(applicant(), path)
    window = open_window("en", file=str(path))
    start = window.wizard.page("start")
    assert start.city.findData("testville") >= 0
    start.city.setCurrentIndex(start.city.findData("testville"))
    QApplication.processEvents()
    assert window.state.city == "testville"
    assert [p.page_id for p in window.wizard.pages] == ["start", "qualification", "employment", "education", "summary"]
    expected = evaluate(load_profile(path), pack_for("testville", window.state.year), window.state.year)
    assert window.state.result.total == expected.total
    panel = window.score_panel
    assert panel.total.text().rstrip("*") == fmt(expected.total)
    window.wizard.go_to_id("employment")
    QApplication.processEvents()
    page = window.wizard.current
    assert page.derivations["insurance"].isVisible()
    assert "Testville counts every insured month." in page.findChild(type(page.derivation_title), "intro").text()
    # the comparison window lists it beside the built-in cities
    from simulator.gui.windows.comparison_window import ComparisonWindow

    comparison = ComparisonWindow(window.state)
    shown = [comparison.cities.data(comparison.cities.index(r, 0)) for r in range(comparison.cities.rowCount())]
    assert "Testville" in shown
    comparison.close()
