"""The batch window: a spreadsheet scored in a worker thread with progress, the ranking and the problems shown,
cancel leaving nothing behind, and every bad input named before anything runs."""

import csv

import pytest
from PySide6.QtCore import Qt

from simulator import cities
from simulator.batch import write_template
from simulator.gui.windows.batch_window import BatchWindow

BEIJING = cities.get("beijing").batch
template_headers = BEIJING.template_headers

HEADER = template_headers()


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for cells in rows:
            writer.writerow([cells.get(h, "") for h in HEADER])
    return path


def person(applicant_id, **cells):
    return {
        "applicant_id": applicant_id,
        "birth_date": "1986-04-02",
        "retirement_category": "male",
        "si1_start": "2012-01",
        **cells,
    }


@pytest.fixture
def window(qtbot):
    w = BatchWindow(year=2024, lang="en", workers=1)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.wait()


def run(window, qtbot, source, out):
    window.source_edit.setText(str(source))
    window.out_edit.setText(str(out))
    qtbot.mouseClick(window.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_running(), timeout=60000)


def test_scores_ranks_and_lists_the_problems(window, qtbot, tmp_path):
    source = write_rows(
        tmp_path / "in.csv",
        [
            person("G1"),
            person("B1", si1_start="2012-13"),
            person("G2", edu_level="master"),
            person("B2", home1_start="2015-01", home1_district="haidian"),
        ],
    )
    run(window, qtbot, source, tmp_path / "out")
    ranking, problems = window.ranking, window.problems
    assert ranking.rowCount() == 2
    assert [ranking.index(r, 2).data() for r in range(2)] == ["G2", "G1"]
    assert ranking.index(0, 0).data() == "1"
    assert ranking.headerData(7, Qt.Orientation.Horizontal) == "Legal stable employment"
    assert [(problems.index(r, 0).data(), problems.index(r, 2).data()) for r in range(problems.rowCount())] == [
        ("3", "si1_start"),
        ("5", "home1_kind"),
    ]
    assert window.tabs.tabText(0) == "Ranking (2)" and window.tabs.tabText(1) == "Problems (2)"
    assert window.progress.value() == window.progress.maximum()
    assert "2 applicants scored" in window.status.text()
    assert (tmp_path / "out" / "summary.xlsx").exists()
    assert window.run_button.isEnabled() and not window.cancel_button.isEnabled() and window.open_button.isEnabled()


def test_the_written_template_runs_as_a_batch(window, qtbot, tmp_path):
    template = write_template(tmp_path / "applicants.xlsx", BEIJING)
    run(window, qtbot, template, tmp_path / "out")
    assert window.ranking.rowCount() == 2 and window.problems.rowCount() == 0


def test_progress_reports_arrive_while_scoring(window, qtbot, tmp_path):
    source = write_rows(tmp_path / "many.csv", [person(f"P{i}") for i in range(4500)])
    seen = []
    window.progress.valueChanged.connect(seen.append)
    run(window, qtbot, source, tmp_path / "out")
    assert window.ranking.rowCount() == 4500
    assert any(0 < value < 4500 for value in seen)  # a report came between the start and the end


def test_cancel_writes_nothing(window, qtbot, tmp_path):
    source = write_rows(tmp_path / "many.csv", [person(f"P{i}") for i in range(6000)])
    window.source_edit.setText(str(source))
    window.out_edit.setText(str(tmp_path / "out"))
    window.start()
    assert window.is_running() and window.cancel_button.isEnabled() and not window.run_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc cancels a running batch instead of closing the window
    qtbot.waitUntil(lambda: not window.is_running(), timeout=60000)
    assert window.isVisible()
    assert "Cancelled" in window.status.text()
    assert window.ranking.rowCount() == 0
    assert not (tmp_path / "out" / "summary.csv").exists()


def test_bad_input_is_named_before_anything_runs(window, qtbot, tmp_path):
    window.start()
    assert "Applicants file" in window.status.text() and not window.is_running()
    window.source_edit.setText(str(tmp_path / "nowhere.xlsx"))
    window.start()
    assert "does not exist" in window.status.text()
    source = write_rows(tmp_path / "in.csv", [person("G1")])
    window.source_edit.setText(str(source))
    window.start()
    assert "Output folder" in window.status.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("applicant_id,name\nX1,Y\n", encoding="utf-8")
    run(window, qtbot, bad, tmp_path / "out")
    assert "'birth_date' is missing" in window.status.text()
    assert window.ranking.rowCount() == 0


def test_the_template_button_writes_a_template_and_picks_it(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "new-template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window.template_button.click()
    assert target.exists()
    assert window.source_edit.text() == str(target)


def test_an_earlier_batchs_results_are_replaced_only_when_the_user_says_so(window, qtbot, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    first = write_rows(tmp_path / "first.csv", [person("G1")])
    run(window, qtbot, first, tmp_path / "out")
    summary = tmp_path / "out" / "summary.csv"
    kept = summary.read_bytes()

    second = write_rows(tmp_path / "second.csv", [person("H1"), person("H2")])
    dialogs.answer = QMessageBox.StandardButton.No
    run(window, qtbot, second, tmp_path / "out")
    assert [m[1] for m in dialogs.of_kind("question")] == ["Replace the earlier results?"]
    assert "summary.csv" in dialogs.of_kind("question")[0][2]
    assert summary.read_bytes() == kept and window.status.text().startswith("Output folder:")

    dialogs.answer = QMessageBox.StandardButton.Yes
    run(window, qtbot, second, tmp_path / "out")
    assert b"H2" in summary.read_bytes() and window.ranking.rowCount() == 2
