"""Issue 17: the saved declaration, the walk-in desk and the consultant's desk, driven as a user would.

The file reopens to exactly the saved result; walk-in exports name no one and list no one; the ID number is checked
and fills the birth date and sex; the step list says why a page cannot be left; keys find entries and pages;
scenarios, the rule comparison, the projection's tax assumption, a batch row in the wizard; where a total would have
ranked in past years."""

from __future__ import annotations

import csv
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from simulator.core.ranges import points_of
from simulator.paths import examples_dir
from simulator.profile import load_profile
from tests.gui.keyboard import alt, focused, press, tab, type_text
from tests.gui.snapshot import all_text

DEMO = examples_dir() / "own-home-outside-centre.json"


def problem_under(page, key):
    return next(label for k, label in page._problem_labels if k == key)


def activate(qtbot, dialog) -> None:
    """A tool window in front, with the keyboard, as after the user opened it."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)


def choose_year(window, year: int) -> None:
    start = window.wizard.page("start")
    start.year.setValue(year)
    QApplication.processEvents()


# ---------------------------------------------------------------- the saved declaration


def test_a_saved_file_reopens_to_exactly_the_saved_result(open_window, dialogs, tmp_path):
    window = open_window("en", file=DEMO)
    choose_year(window, 2026)
    state = window.state
    saved_total = points_of(state.result)("en")
    dialogs.save_path = str(tmp_path / "lihua.json")
    assert window.save_as()
    declaration = load_profile(tmp_path / "lihua.json").declaration
    assert (declaration.city, declaration.edition, declaration.round) == ("beijing", state.edition.id, "2026")
    assert declaration.total == saved_total

    other = open_window("en")
    other.wizard.page("start").city.setCurrentIndex(other.wizard.page("start").city.findData("xiongan"))
    assert other.state.city == "xiongan" and other.state.year != 2026
    assert other.open_file(tmp_path / "lihua.json")
    assert (other.state.city, str(other.state.year)) == ("beijing", "2026")  # the declaration, not the window's
    assert points_of(other.state.result)("en") == saved_total
    assert not other.score_panel.notice.isVisible() and not other.score_panel.declaration.isVisible()
    assert "Beijing · 2026" in other.windowTitle()

    choose_year(other, 2027)  # changing it is an explicit act, shown in the title and the score panel
    assert "(the file was saved for Beijing · 2026)" in other.windowTitle()
    assert other.score_panel.declaration.isVisible()
    assert "2026" in other.score_panel.declaration.text() and saved_total in other.score_panel.declaration.text()


def test_an_older_file_without_a_declaration_opens_as_before_with_a_notice(open_window, dialogs, tmp_path, qtbot):
    old = tmp_path / "old.json"
    shutil.copy(DEMO, old)
    assert "declaration" not in json.loads(old.read_text(encoding="utf-8"))["applicant"]
    window = open_window("zh")
    year = window.state.year
    assert window.open_file(old)
    assert window.state.year == year  # scored under the rules chosen, as before
    assert window.score_panel.notice.isVisible()
    assert "没有记录所针对的申报" in window.score_panel.notice.text()
    window.switch_language("en")
    qtbot.waitUntil(lambda: "does not say which declaration" in window.score_panel.notice.text(), timeout=3000)
    dialogs.save_path = str(old)
    assert window.save()
    assert not window.score_panel.notice.isVisible()  # saving records it
    assert load_profile(old).declaration is not None


def test_a_round_of_the_year_is_kept_too(open_window, dialogs, tmp_path):
    from simulator.core.rounds import parse_round

    window = open_window("en", file=examples_dir() / "three-cities.json")
    state = window.state
    state.set_rules(state.catalogue.edition("hangzhou-2024-07"), parse_round("2025-Q3"))
    total = points_of(state.result)("en")
    dialogs.save_path = str(tmp_path / "hz.json")
    assert window.save_as()
    again = open_window("en", file=tmp_path / "hz.json")
    assert str(again.state.year) == "2025-Q3" and again.state.edition.id == "hangzhou-2024-07"
    assert points_of(again.state.result)("en") == total


def test_a_file_that_cannot_be_opened_is_explained_in_chinese(open_window, dialogs, tmp_path):
    bad = tmp_path / "bad.json"
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data["applicant"]["social_insurance"][0]["start"] = "2012-13"
    bad.write_text(json.dumps(data), encoding="utf-8")
    window = open_window("zh")
    assert not window.open_file(bad)
    title, text = dialogs.of_kind("warning")[0][1:]
    assert title == "无法打开文件" and "社会保险第1条" in text and "月份应为01至12" in text
    assert "applicant" not in text and "must be" not in text


# ---------------------------------------------------------------- the walk-in desk


def _walk_in(window, folder: Path, monkeypatch):
    window.act_kiosk.trigger()
    assert window.settings.kiosk
    asked = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    return asked


def test_walk_in_exports_go_to_the_folder_without_a_dialog_and_name_no_one(open_window, dialogs, tmp_path, monkeypatch):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "王小明-2026.pdf").write_bytes(b"%PDF earlier walk-in")
    window = open_window("en", demo=True)
    asked = _walk_in(window, folder, monkeypatch)
    opened = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: opened.append(a) or ("", "")))

    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E
    assert len(asked) == 1  # the folder is chosen once (a folders-only dialog) ...
    assert QFileDialog.Option.ShowDirsOnly in asked[0]
    window.state.set_value("notes", "second worksheet")
    press(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and opened == []  # ... and never again; no file dialog lists earlier walk-ins
    written = sorted(p.name for p in folder.iterdir() if p.name != "王小明-2026.pdf")
    assert len(written) == 2 and all(p.startswith("worksheet-110xxxxxxxxxxxxx21-") for p in written)
    assert not any("李华" in p for p in written)
    assert not dialogs.of_kind("warning")


def test_the_walk_in_save_dialog_lists_folders_only(open_window, tmp_path, qtbot):
    from simulator.gui.windows.private_dialog import save_dialog

    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "王小明.json").write_text("{}", encoding="utf-8")
    (desk / "sub").mkdir()
    window = open_window("en")
    dialog = save_dialog(window, "Save", str(desk), "applicant-x.json", "Applicant files (*.json)")
    dialog.show()
    model = dialog.proxyModel()

    def listed():
        root = model.mapFromSource(model.sourceModel().index(str(desk)))
        return [model.index(r, 0, root).data() for r in range(model.rowCount(root))]

    qtbot.waitUntil(lambda: listed() == ["sub"], timeout=5000)  # the earlier applicant's file is not listed
    assert model.sourceModel().rowCount(model.sourceModel().index(str(desk))) == 2  # though it is there
    assert all(Path(h) == desk for h in dialog.history())  # no earlier folders offered
    dialog.reject()


def test_new_applicant_after_an_export_does_not_ask_and_nothing_of_them_stays(open_window, dialogs, tmp_path, monkeypatch):
    window = open_window("en", demo=True)
    window.state.set_value("name", "李华")
    dialogs.save_path = str(tmp_path / "ws.pdf")
    window.act_export.trigger()
    assert (tmp_path / "ws.pdf").exists()
    projection = window.tools.open_projection()
    scenarios = window.tools.open_scenarios()
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)

    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N

    assert asked == []  # exported, nothing changed since: the applicant was served
    assert window.state.values["name"] == ""
    shown = "\n".join([all_text(window), window.statusBar().currentMessage(), all_text(projection), all_text(scenarios)])
    for trace in ("李华", "ws.pdf", "110112", "1982-07-20"):
        assert trace not in shown
    window.state.set_value("name", "next person")
    window.act_new.trigger()
    assert len(asked) == 1  # a change since: asked as ever


def test_print_with_preview_prints_the_worksheet(open_window, dialogs, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from tests.support.pdf_text import text_of

    window = open_window("en", demo=True)
    shown = []

    def preview(dialog):
        shown.append(dialog.windowTitle())
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.paintRequested.emit(printer)  # what the preview draws, and prints
        return QPrintPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert shown == ["Print worksheet"]
    text = text_of((tmp_path / "printed.pdf").read_bytes())
    assert points_of(window.state.result)("en") in text and "Pointsworksheet" in text
    assert "110***" in text and "110112198207204821" not in text  # masked
    assert window.handed_over == window.state.revision
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Cancel)
    window.new_applicant()
    assert asked == []


# ---------------------------------------------------------------- the ID number


def test_a_bad_check_digit_is_refused_and_a_good_number_fills_birth_date_and_sex(open_window):
    window = open_window("en")
    wizard = window.wizard
    wizard.go_to_id("qualification")
    page = wizard.current
    alt("i")
    type_text("110105199003151234")  # the last digit mistyped
    label = problem_under(page, "id_number")
    assert label.isVisible() and "check digit does not match" in label.text() and "should be 9" in label.text()
    assert not wizard.next_button.isEnabled()
    assert page.birth_date.text() == ""  # nothing filled from a number that is not one
    press(Qt.Key.Key_Backspace)
    type_text("9")
    assert not label.isVisible()
    assert page.birth_date.text() == "1990-03-15"  # filled from the number
    assert page.retirement.currentData() == "male"  # the 17th digit is odd: a man
    assert window.state.result is not None and window.score_panel.total.text() != "—"


def test_a_woman_s_number_asks_her_category_and_a_mismatch_is_flagged(open_window):
    window = open_window("en")
    window.wizard.go_to_id("qualification")
    page = window.wizard.current
    alt("d")
    type_text("1980-01-01")
    alt("i")
    type_text("110112198207204821")
    assert page.birth_date.text() == "1980-01-01"  # what the user typed stays ...
    label = problem_under(page, "birth_date")
    assert label.isVisible() and "1982-07-20" in label.text()  # ... and the mismatch is flagged
    assert page.sex_note.isVisible() and "woman" in page.sex_note.text()
    alt("t")
    press(Qt.Key.Key_Down)  # the first entry: a man's category
    assert page.retirement.currentData() == "male"
    assert problem_under(page, "retirement_category").isVisible()
    assert "is a woman's" in problem_under(page, "retirement_category").text()


def test_an_old_fifteen_digit_number_is_handled(open_window):
    window = open_window("zh")
    window.wizard.go_to_id("qualification")
    page = window.wizard.current
    alt("i")
    type_text("110105820720482")
    assert not problem_under(page, "id_number").isVisible()
    assert page.birth_date.text() == "1982-07-20"
    type_text("1")  # 16 digits: neither form
    assert "18位" in problem_under(page, "id_number").text()


# ---------------------------------------------------------------- navigation


def _click_step(window, row: int) -> None:
    steps = window.wizard.steps
    rect = steps.visualItemRect(steps.item(row))
    QTest.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QApplication.processEvents()


def test_the_step_list_says_why_a_page_cannot_be_left_and_keeps_its_highlight_true(open_window):
    window = open_window("en", demo=True)
    wizard = window.wizard
    wizard.go_to_id("qualification")
    page = wizard.current
    alt("d")
    press(Qt.Key.Key_End)
    type_text("x")  # a wrong birth date
    summary = wizard.page_ids.index("summary")
    _click_step(window, summary)
    assert wizard.current is page
    assert wizard.steps.currentRow() == wizard.index  # the highlight stays on the page shown
    assert "cannot be left yet" in wizard.blocked.text() and "Birth date" in wizard.blocked.text()
    assert "is not a date" in wizard.blocked.text()
    _click_step(window, 0)  # back is always possible
    assert wizard.current.page_id == "start" and wizard.steps.currentRow() == 0


def test_a_blank_form_can_be_looked_through_and_required_marks_wait(open_window):
    window = open_window("en")
    wizard = window.wizard
    for row in range(len(wizard.pages)):
        _click_step(window, row)
        assert wizard.index == row, wizard.page_ids[row]
        assert wizard.steps.currentRow() == row
    wizard.go_to_id("qualification")
    page = wizard.current
    assert not problem_under(page, "birth_date").isVisible()
    alt("d")
    tab()  # leaving the field empty: now it says so
    assert problem_under(page, "birth_date").isVisible()
    assert not problem_under(page, "retirement_category").isVisible()  # not left yet


def _in_the_question(qtbot):
    """The modal question on screen, with the keyboard in its drop-down (as when it opens)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pages, timeout=3000)
    return dialog


def test_a_key_goes_to_page_n(open_window, qtbot):
    window = open_window("en", demo=True)
    wizard = window.wizard
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 2
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 0
    from PySide6.QtCore import QTimer

    asked = []

    def answer(typed: str) -> None:  # in the Ctrl+G question: type to find the page, then Enter
        asked.append(_in_the_question(qtbot).windowTitle())
        type_text(typed)
        press(Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: answer("summ"))
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Go to page"] and wizard.current.page_id == "summary"
    activate(qtbot, window)  # the keyboard back in the window (no window manager here to give it back)
    QTimer.singleShot(0, lambda: answer("9"))  # by its number
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert wizard.index == 8


def test_the_go_to_page_question_finds_a_chinese_page_name(open_window, qtbot):
    from PySide6.QtCore import QTimer

    window = open_window("zh", demo=True)
    buttons = []

    def answer() -> None:
        dialog = _in_the_question(qtbot)
        buttons.extend(b.text() for b in dialog.findChildren(QAbstractButton))
        type_text("纳税")  # from an input method
        press(Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.wizard.current.page_id == "tax"
    assert sorted(buttons) == ["取消(&C)", "确定(&O)"]


# ---------------------------------------------------------------- keyboard: drop-downs, amounts, access keys


def test_typing_finds_an_entry_in_a_drop_down_and_in_a_table_cell(open_window):
    window = open_window("zh", demo=True)
    wizard = window.wizard
    wizard.go_to_id("qualification")
    alt("t")
    type_text("女")  # Chinese from an input method
    assert wizard.current.retirement.currentData() == "female_cadre"
    wizard.go_to_id("residence")
    model = window.state.tables["housing"]
    view = wizard.current.homes.view
    district = [c.key for c in model.spec.columns].index("district")
    view.setFocus()
    view.setCurrentIndex(model.index(0, district))
    type_text("通")  # opens the cell's editor and finds 通州区
    press(Qt.Key.Key_Return)
    assert model.rows[0]["district"] == "tongzhou"
    view.setCurrentIndex(model.index(0, district))
    QTest.keyClicks(focused(), "haid")  # the pinyin name finds it too
    press(Qt.Key.Key_Return)
    assert model.rows[0]["district"] == "haidian"


def test_amounts_written_with_wan_are_accepted(open_window):
    window = open_window("zh", demo=True)
    window.wizard.go_to_id("tax")
    press(Qt.Key.Key_Insert)
    type_text("2025")
    tab()
    type_text("12万")
    press(Qt.Key.Key_Return)
    model = window.state.tables["income_tax"]
    assert model.rows[-1]["amount_yuan"] == "12万"
    entry = next(e for e in window.state.profile.income_tax if e.year == 2025)
    assert str(entry.amount_yuan) == "120000"
    model.setData(model.index(len(model.rows) - 1, 1), "1.5万")
    assert str(next(e for e in window.state.profile.income_tax if e.year == 2025).amount_yuan) == "15000"


def test_every_button_of_the_save_question_has_an_access_key_in_both_languages(open_window, monkeypatch):
    import re

    for lang in ("zh", "en"):
        window = open_window(lang, demo=True)
        window.state.set_value("notes", "changed")
        seen: list[list[str]] = []

        def exec_box(box, seen=seen):
            seen.append([b.text() for b in box.buttons()])
            return QMessageBox.StandardButton.Cancel

        monkeypatch.setattr(QMessageBox, "exec", exec_box)
        window.new_applicant()
        assert seen and len(seen[0]) == 3
        assert all(re.search(r"&\w", text) for text in seen[0]), seen
        letters = [re.search(r"&(\w)", text).group(1).lower() for text in seen[0]]
        assert len(set(letters)) == 3
        if lang == "zh":
            assert sorted(seen[0]) == sorted(["保存(&S)", "不保存(&D)", "取消(&C)"])


def test_qt_s_own_dialogs_are_chinese_in_the_chinese_interface(open_window):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    open_window("zh")
    dialog = QFileDialog(None, "打开", str(Path.home()), "申请人文件 (*.json)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()]
    english = [t for t in texts if re.search(r"[A-Za-z]{3,}", t) and not t.startswith("/")]
    assert english == [], english
    assert any("查找范围" in t for t in texts) and any("文件类型" in t for t in texts)
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    assert box.buttons()[0].text() == "确定(&O)"  # Qt's own buttons get access keys too


# ---------------------------------------------------------------- the consultant's desk


def test_a_scenario_is_made_changed_and_compared_in_the_window(open_window, dialogs, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QInputDialog

    window = open_window("en", demo=True)
    state = window.state
    filed = state.result.total
    scenarios = window.tools.open_scenarios()
    activate(qtbot, scenarios)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("pay tax", True)))
    scenarios.new_button.setFocus()
    alt("n")  # New from the applicant
    assert [s.name for s in state.scenarios] == ["pay tax"]
    scenarios.tabs.setCurrentIndex(3)  # Tax
    table = scenarios.tables["income_tax"]
    table.view.setFocus()
    press(Qt.Key.Key_Insert)
    type_text("2025")
    tab()
    type_text("12万")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Insert)
    type_text("2026")
    tab()
    type_text("120000")
    press(Qt.Key.Key_Return)
    scenario = state.scenarios[0]
    assert len(scenario.replace["income_tax"]) == len(state.profile.income_tax) + 2
    assert state.result.total == filed  # the facts themselves do not change
    model = scenarios.side_by_side
    assert model.headerData(1, Qt.Orientation.Horizontal) == "As filed"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "pay tax"
    result = scenarios.results[1]
    tax_row = 1 + [i.id for i in result.evaluation.indicators].index("tax")
    assert result.evaluation.total > filed  # the engine's total for the scenario
    assert model.index(0, 2).data().startswith(points_of(result.evaluation)("en"))
    assert "(+" in model.index(tax_row, 2).data()
    assert "Tax" in scenarios.reasons.text()
    dialogs.save_path = str(tmp_path / "with-scenario.json")
    assert window.save_as()
    saved = load_profile(tmp_path / "with-scenario.json")
    assert [s.name for s in saved.scenarios] == ["pay tax"]


def test_rule_editions_and_years_are_compared_in_the_window(open_window, qtbot):
    window = open_window("en", demo=True)
    view = window.tools.open_rules_comparison()
    activate(qtbot, view)
    view.two_years.setFocus()
    alt("y")  # Same rules, next year
    a, b = view.side_a.chosen(), view.side_b.chosen()
    assert int(b[1]) == int(a[1]) + 1
    model = view.changes
    assert model.rowCount() == 1 + len(window.state.result.indicators)
    assert model.index(0, 0).data() == "Total"
    employment = next(r for r in range(1, model.rowCount()) if model.index(r, 0).data() == "Legal stable employment")
    assert model.index(employment, 3).data().startswith("+")  # a year more of insurance
    assert "insured months" in model.index(employment, 4).data()
    alt("e")  # Same round, two editions
    assert view.side_a.chosen()[0] != view.side_b.chosen()[0]
    assert view.side_a.chosen()[1] == view.side_b.chosen()[1]


def test_the_projection_carries_tax_forward_as_a_switchable_assumption(open_window, qtbot):
    window = open_window("en", demo=True)
    projection = window.tools.open_projection()
    activate(qtbot, projection)
    years = projection.view.years
    assert projection.assume_tax.isChecked()
    first = years.index(0, 3).data()
    assert first.startswith("The coming round, against the") and "Assumed: income tax in Beijing continues" in first
    with_tax = years.index(years.rowCount() - 1, 1).data()
    projection.assume_tax.setFocus()
    press(Qt.Key.Key_Space)
    assert not projection.assume_tax.isChecked()
    assert "Assumed: income tax" not in years.index(0, 3).data()
    assert years.index(years.rowCount() - 1, 1).data() != with_tax
    for row in range(years.rowCount()):  # every row says what changed (or that nothing did) and why
        assert years.index(row, 3).data()


def test_a_batch_row_opens_in_the_wizard(open_window, dialogs, tmp_path, qtbot):
    from simulator import cities

    header = cities.get("beijing").batch.template_headers()
    source = tmp_path / "applicants.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for number, start in (("A1", "2012-01"), ("A2", "2008-03")):
            cells = {
                "applicant_id": number,
                "name": f"person {number}",
                "birth_date": "1986-04-02",
                "retirement_category": "male",
                "si1_start": start,
            }
            writer.writerow([cells.get(h, "") for h in header])
    window = open_window("en")
    window.tools.act_batch.trigger()
    batch = window.tools.batch
    activate(qtbot, batch)
    batch.workers = 1
    batch.source_edit.setText(str(source))
    batch.out_edit.setText(str(tmp_path / "out"))
    batch.start()
    qtbot.waitUntil(lambda: batch.result is not None, timeout=60000)
    top = batch.result.rows[0]
    assert top.applicant_id == "A2"  # the longer insurance ranks first
    batch.ranking_view.setFocus()
    batch.ranking_view.setCurrentIndex(batch.ranking.index(0, 0))
    press(Qt.Key.Key_Return)  # Enter on the ranked row
    assert window.state.values["name"] == "person A2"
    assert window.state.result.total == top.total
    assert f"applicants.csv, row {top.row}" in window.windowTitle()
    unmet = [batch.ranking.index(r, 5).data() or "" for r in range(batch.ranking.rowCount())]
    assert not any("_" in text for text in unmet)  # conditions by name, never by id


def test_where_you_stand_is_shown_for_cities_with_published_lists_only(open_window):
    window = open_window("zh", demo=True)
    panel = window.score_panel
    assert panel.standing.isVisible()
    lines = panel.standing.text().splitlines()
    assert [line[:4] for line in lines] == ["2018", "2020", "2021"]
    assert all("分数线" in line for line in lines)
    assert "不是预测" in panel.standing_note.text()
    window.switch_language("en")
    assert "would have ranked" in panel.standing.text() or "below that year's line" in panel.standing.text()
    start = window.wizard.page("start")
    start.city.setCurrentIndex(start.city.findData("hangzhou"))
    QApplication.processEvents()
    assert not panel.standing.isVisible()


# ---------------------------------------------------------------- faces


def test_every_window_keeps_its_buttons_on_screen(open_window):
    from PySide6.QtWidgets import QPushButton

    window = open_window("en", demo=True)
    tools = window.tools
    for dialog in (
        tools.open_projection(),
        tools.open_scenarios(),
        tools.open_rules_comparison(),
        tools.open_comparison(),
        tools.open_overrides(),
        tools.open_batch(),
    ):
        QApplication.processEvents()
        area = dialog.screen().availableGeometry()
        assert area.contains(dialog.frameGeometry()) or dialog.frameGeometry().width() <= area.width()
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
                assert dialog.rect().contains(corner - QPoint(1, 1)), (dialog.objectName(), button.text())
        dialog.close()


def test_no_internal_id_in_the_chinese_window(open_window):
    window = open_window("zh", demo=True)
    for index in range(len(window.wizard.pages)):
        window.wizard.go_to(index, exactly=True)
        text = all_text(window)
        for internal in ("tongzhou", "haidian", "female_cadre", "beijing-2020", "social_insurance", "own-home"):
            assert internal not in text, (window.wizard.current.page_id, internal)
    actions = [a.text() for a in window.examples_menu.actions()]
    assert actions and not any("-" in a.split(" ", 1)[1] for a in actions)  # named by the person, not the file


def test_every_button_has_an_access_key_in_both_languages(open_window):
    """Every button of the window and of every tool window; the tables' row buttons show their own keys (Insert,
    Ctrl+Delete) and take no focus."""
    from PySide6.QtWidgets import QAbstractButton

    for lang in ("zh", "en"):
        window = open_window(lang, demo=True)
        tools = window.tools
        missing = []
        dialogs = [tools.open_projection(), tools.open_scenarios(), tools.open_rules_comparison(), tools.open_comparison()]
        dialogs += [tools.open_overrides(), tools.open_batch()]
        for index in range(len(window.wizard.pages)):
            window.wizard.go_to(index, exactly=True)
            for button in window.findChildren(QAbstractButton):
                if button.isVisible() and button.text() and button.window() is window:
                    missing.append(button.text())
        for dialog in dialogs:
            missing += [b.text() for b in dialog.findChildren(QAbstractButton) if b.text()]
        rows = {"Add row (Ins)", "Remove row (Ctrl+Del)", "添加一行 (Ins)", "删除该行 (Ctrl+Del)"}
        assert [t for t in missing if "&" not in t and t not in rows] == [], lang
        for dialog in dialogs:
            dialog.close()


def test_a_yes_or_no_rule_value_is_shown_and_typed_in_words(open_window, qtbot):
    window = open_window("zh", demo=True)
    editor = window.tools.open_overrides()
    activate(qtbot, editor)
    editor.show_all.setChecked(True)
    table = editor.table
    shown = [table.item(r, c).text() for r in range(table.rowCount()) for c in (0, 2)]
    assert "false" not in shown and "true" not in shown  # the program's own words stay out of the table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "employment.back_paid_scores")
    assert table.item(row, 0).text() == "补缴月份是否计分" and table.item(row, 2).text() == "否"
    table.setFocus()
    table.setCurrentCell(row, 3)
    press(Qt.Key.Key_F2)
    type_text("是")
    press(Qt.Key.Key_Return)
    alt("a")  # 用于测算(&A)
    assert not editor.errors.isVisible()
    supplied = window.state.overrides["beijing-2020"].values
    assert [(v.path, v.value) for v in supplied] == [("employment.back_paid_scores", True)]
    assert window.state.result.user_supplied  # and labelled so
    table.item(row, 3).setText("也许")  # neither yes nor no: refused, named as listed
    assert not editor.apply()
    assert "补缴月份是否计分" in editor.errors.text() and "请填写“是”或“否”" in editor.errors.text()


def test_no_two_buttons_or_fields_of_the_rule_values_editor_share_an_access_key(open_window):
    import re

    from PySide6.QtWidgets import QAbstractButton

    for lang in ("zh", "en"):
        window = open_window(lang, demo=True)
        editor = window.tools.open_overrides()
        keys = [re.search(r"&(\w)", b.text()).group(1).lower() for b in editor.findChildren(QAbstractButton) if b.text()]
        assert len(keys) == len(set(keys)), (lang, keys)


def test_choosing_another_city_for_a_saved_file_is_shown_in_the_title_and_the_score_panel(open_window, dialogs, tmp_path):
    window = open_window("zh", file=DEMO)
    choose_year(window, 2026)
    dialogs.save_path = str(tmp_path / "saved.json")
    assert window.save_as()
    assert "北京市 · 2026" in window.windowTitle() and "保存时" not in window.windowTitle()
    window.wizard.go_to(0)
    alt("c")  # 城市(&C)
    type_text("杭州")  # typed, as from an input method
    assert window.state.city == "hangzhou"
    title = window.windowTitle()
    assert title.startswith("saved.json") and "杭州市" in title and "北京市 · 2026" in title
    panel = window.score_panel.declaration
    assert panel.isVisible() and "北京市" in panel.text() and "2026" in panel.text()
    reopened = open_window("en", file=tmp_path / "saved.json")
    assert reopened.state.city == "beijing" and str(reopened.state.year) == "2026"  # the file itself is unchanged


def test_a_region_code_that_does_not_exist_is_refused_naming_it(open_window):
    from simulator.profile.id_number import check_digit

    window = open_window("en")
    window.wizard.go_to_id("qualification")
    page = window.wizard.current
    first17 = "99010519900315123"  # 99: no province has that code
    alt("i")
    type_text(first17 + check_digit(first17))  # the check digit is right: it is the region that is wrong
    label = problem_under(page, "id_number")
    assert label.isVisible() and "The region code 990105" in label.text() and "province" in label.text()
    assert page.birth_date.text() == ""  # nothing taken from a number that cannot be one


def test_a_table_and_a_reading_of_the_rules_are_shown_in_words_and_typed_back(open_window, qtbot):
    window = open_window("zh", demo=True)
    state = window.state
    state.set_rules(state.catalogue.edition("beijing-2018-trial"), 2019)
    editor = window.tools.open_overrides()
    activate(qtbot, editor)
    editor.show_all.setChecked(True)
    table = editor.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "study_deduction.max_months")
    assert table.item(row, 2).text() == "10.5 → 36; 15 → 48; 26 → 36; 37 → 36"  # never {Decimal('10.5'): 36, ...}
    assert not table.item(row, 3).flags() & Qt.ItemFlag.ItemIsEditable  # a table by key: not offered (see the tooltip)
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "age.table")
    assert table.item(row, 2).text() == "45 → 20"  # under 45: 20 points
    table.setFocus()
    table.setCurrentCell(row, 3)
    press(Qt.Key.Key_F2)
    type_text("46 -> 20")
    press(Qt.Key.Key_Return)
    assert editor.apply(), editor.errors.text()
    supplied = state.overrides["beijing-2018-trial"].values
    assert [(v.path, v.value) for v in supplied] == [("age.table", [(46, Decimal("20"))])]
    table.item(row, 3).setText("46 → 20; 47")  # half a pair
    assert not editor.apply()
    assert "请按对应关系填写" in editor.errors.text() and "Input should" not in editor.errors.text()

    state.set_rules(state.catalogue.edition("tianjin-2022"), state.catalogue.round_for("tianjin", 2022, "H1"))
    editor = window.tools.open_overrides()
    editor.show_all.setChecked(True)
    table = editor.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "counting.per_year")
    assert table.item(row, 2).text() == "按满整年计，余月不计"  # never full_years
    table.item(row, 3).setText("按月折算")
    assert editor.apply(), editor.errors.text()
    assert [(v.path, v.value) for v in state.overrides["tianjin-2022"].values] == [("counting.per_year", "pro_rata_months")]
    table.item(row, 3).setText("每月")
    assert not editor.apply()
    assert "请填写以下之一：按满整年计，余月不计 / 按月折算" in editor.errors.text()


def test_the_editions_offered_are_the_city_s_own_after_choosing_another_city(open_window):
    window = open_window("zh", demo=True)
    start = window.wizard.page("start")
    for city in ("xiongan", "hangzhou", "shanghai", "tianjin", "beijing"):
        start.city.setCurrentIndex(start.city.findData(city))
        QApplication.processEvents()
        offered = [start.edition.itemData(i) for i in range(start.edition.count())]
        assert offered == [e.id for e in window.state.catalogue.editions(city)], city  # no other city's, no "(?)"
        assert start.edition.currentData() == window.state.edition.id


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_internal_id_in_any_city_s_pages_or_tool_windows(open_window, lang):
    """Every page, the projection and the rule comparison of every city: no pack word ("cumulative", "first_year"),
    no level id ("title.intermediate"), no value path; in Chinese no English message of the engine either."""
    import re

    from PySide6.QtWidgets import QLabel, QTableView

    english = r"|\b(?:cumulative|direct)\b|rules apply" if lang == "zh" else ""
    internal = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\b(?:title|skill)\.[a-z_]+" + english)

    def shown(widget) -> list[str]:
        texts = [label.text() for label in widget.findChildren(QLabel)]
        for view in widget.findChildren(QTableView):
            model = view.model()
            texts += [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]
        return [re.sub(r"<[^>]+>", " ", text) for text in texts]

    cases = [("three-cities.json", "xiongan"), ("three-cities.json", "hangzhou")]
    cases += [("shanghai-bachelor.json", "shanghai"), ("tianjin-renter.json", "tianjin")]
    for file, city in cases:
        window = open_window(lang, file=examples_dir() / file)
        start = window.wizard.page("start")
        start.city.setCurrentIndex(start.city.findData(city))
        QApplication.processEvents()
        found = []
        for index in range(len(window.wizard.pages)):
            window.wizard.go_to(index, exactly=True)
            found += [(window.wizard.current.page_id, text) for text in shown(window)]
        for dialog in (window.tools.open_projection(), window.tools.open_rules_comparison()):
            found += [(dialog.objectName(), text) for text in shown(dialog)]
            dialog.close()
        assert [(where, internal.findall(text)) for where, text in found if internal.search(text)] == [], city


def test_typing_finds_the_round_of_the_year(open_window):
    window = open_window("en", file=examples_dir() / "three-cities.json")
    window.wizard.go_to(0)
    start = window.wizard.page("start")
    start.city.setCurrentIndex(start.city.findData("hangzhou"))
    start.year.setValue(2025)
    QApplication.processEvents()
    assert start.part.isVisible()
    alt("o")  # R&ound
    type_text("Q3")
    assert str(window.state.year) == "2025-Q3"
    assert "2025-Q3" in window.windowTitle()
