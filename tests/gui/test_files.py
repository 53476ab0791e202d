"""Opening, saving and exporting: bad files give a message and keep the current data."""

from __future__ import annotations

import json
import sys
from datetime import date

from simulator.paths import examples_dir
from simulator.profile import load_profile
from tests.gui.snapshot import input_values


def test_malformed_file_shows_a_message_and_keeps_the_data(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    before = input_values(window)
    title = window.windowTitle()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "points-simulator/applicant", "version": 1, "applicant": {', encoding="utf-8")
    dialogs.open_path = str(broken)

    window.act_open.trigger()

    warnings = dialogs.of_kind("warning")
    assert len(warnings) == 1
    assert "broken.json" in warnings[0][2] and "not valid JSON" in warnings[0][2]
    assert input_values(window) == before
    assert window.windowTitle() == title


def test_file_with_a_wrong_field_names_the_field(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    before = input_values(window)
    data = json.loads((examples_dir() / "rental-bachelor.json").read_text(encoding="utf-8"))
    data["applicant"]["social_insurance"][0]["start"] = "2012-13"
    bad = tmp_path / "bad-month.json"
    bad.write_text(json.dumps(data), encoding="utf-8")

    assert window.open_file(bad) is False

    text = dialogs.of_kind("warning")[0][2]
    assert "applicant.social_insurance[0].start" in text
    assert input_values(window) == before
    assert window.settings.recent_files() == []


def test_save_as_then_open_gives_the_same_applicant(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    window.state.set_value("name", "李华华")
    target = tmp_path / "lihua"
    dialogs.save_path = str(target)
    assert window.save_as()
    saved = tmp_path / "lihua.json"
    assert load_profile(saved) == window.state.profile
    assert window.state.modified is False
    assert window.settings.recent_files() == [str(saved.resolve())]
    assert "lihua.json" in window.windowTitle()

    window.new_applicant()
    assert window.open_file(saved)
    assert window.state.values["name"] == "李华华"


def test_saving_is_refused_while_an_entry_is_wrong(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    model = window.state.tables["social_insurance"]
    model.setData(model.index(0, 1), "2011-4x")
    dialogs.save_path = str(tmp_path / "x.json")
    assert window.save_as() is False
    assert not (tmp_path / "x.json").exists()
    message = dialogs.of_kind("warning")[0][2]
    assert "2011-4x" in message
    assert model.rows[0]["end"] == "2011-4x"  # what was typed is kept
    assert window.wizard.current.page_id == "employment"  # taken to the entry to correct


def test_pdf_export_without_the_worksheet_module_is_a_message(open_window, dialogs, monkeypatch):
    window = open_window("en", demo=True)
    monkeypatch.setitem(sys.modules, "simulator.worksheet", None)  # import fails as if not installed
    window.act_export.trigger()
    assert dialogs.of_kind("warning")[0][1] == "PDF not available"


def test_recent_files_reopen(open_window, dialogs, tmp_path):
    window = open_window("en")
    path = tmp_path / "a.json"
    path.write_text((examples_dir() / "rental-bachelor.json").read_text(encoding="utf-8"), encoding="utf-8")
    assert window.open_file(path)
    window.new_applicant()
    actions = [a for a in window.recent_menu.actions() if a.isEnabled()]
    assert len(actions) == 1
    actions[0].trigger()
    assert window.state.values["name"] == "王小明"


def test_pdf_worksheet_is_exported_from_the_summary(open_window, dialogs, tmp_path):
    window = open_window("zh", demo=True)
    window.wizard.go_to_id("summary")
    target = tmp_path / "lihua.pdf"
    dialogs.save_path = str(target)
    window.wizard.current.export_button.click()
    assert not dialogs.of_kind("warning"), dialogs.messages
    assert target.read_bytes().startswith(b"%PDF")


def test_facts_the_pages_do_not_show_are_kept_on_save(open_window, dialogs, tmp_path):
    """A file may hold facts for other cities' rules; opening and saving it in the wizard keeps them."""
    data = json.loads((examples_dir() / "rental-bachelor.json").read_text(encoding="utf-8"))
    data["applicant"]["stem_cell_donation"] = True
    data["applicant"]["professional_title"] = "senior"
    data["applicant"]["social_insurance"][0]["transferred_in"] = True
    original = tmp_path / "other-facts.json"
    original.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window = open_window("en", file=original)
    window.state.set_value("name", "王小明")  # an edit, then save
    dialogs.save_path = str(tmp_path / "saved.json")
    assert window.save_as()
    saved = load_profile(tmp_path / "saved.json")
    assert saved.model_dump(exclude={"as_of", "declaration"}) == load_profile(original).model_dump(
        exclude={"as_of", "declaration"}
    )
    assert saved.declaration is not None and saved.declaration.edition == window.state.edition.id
    assert saved.as_of == date.today()  # the file's own date: the day its facts were saved
