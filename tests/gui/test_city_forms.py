"""Issue 5, the wizard part: Xiong'an's and Hangzhou's forms end to end.

A clerk types a Hangzhou applicant with the keyboard only and gets the engine's total; a Xiong'an Art. 3 group is
routed to its own channel; a value the sources lack is flagged and can be supplied; switching city keeps every
fact typed; and bad input in the new tables is named in words, never an exception."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QSpinBox, QTableView

from simulator import cities
from simulator.core.decimals import fmt
from simulator.core.ranges import span
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.profile.model import ApplicantProfile
from simulator.rules import load_pack
from tests.gui.keyboard import alt, enter, focused, press, tab, type_text

PAGE_IDS = cities.get("beijing").form.ids

THREE_CITIES = examples_dir() / "three-cities.json"


def add_row(*cells: str, ticks: tuple[int, ...] = ()) -> None:
    """Insert a row from within the table and fill its visible cells left to right (Tab between cells); the
    cells whose position is in `ticks` are boxes, ticked with Space."""
    press(Qt.Key.Key_Insert)
    for i, text in enumerate(cells):
        if i:
            tab()
        if i in ticks:
            press(Qt.Key.Key_Space)
        elif text:
            type_text(text)
    enter()


def choose_city(window, city: str) -> None:
    start = window.wizard.page("start")
    start.city.setCurrentIndex(start.city.findData(city))
    QApplication.processEvents()
    assert window.state.city == city


def go_to_page(window, page_id: str):
    wizard = window.wizard
    wizard.go_to([p.page_id for p in wizard.pages].index(page_id), exactly=True)
    QApplication.processEvents()
    assert wizard.current.page_id == page_id
    return wizard.current


def set_cell(window, name: str, row: int, key: str, text: object) -> None:
    """Type into one cell of a table, as its editor commits it."""
    model = window.state.tables[name]
    column = [c.key for c in model.spec.columns].index(key)
    assert model.setData(model.index(row, column), text)
    QApplication.processEvents()


def choose(combo: QComboBox, value: str) -> None:
    at = combo.findData(value)
    assert at >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(at)
    QApplication.processEvents()


def table_rows(window, name: str) -> list[dict]:
    """The rows of a table as typed (without the fields the table does not show)."""
    return [{k: v for k, v in row.items() if k != "_extra"} for row in window.state.tables[name].rows]


# ---------------------------------------------------------------- 1. Hangzhou by keyboard only

HANGZHOU_APPLICANT = {
    "name": "王芳",
    "birth_date": "1990-05-12",
    "retirement_category": "female_cadre",
    "residence_permits": [{"city": "hangzhou", "issued": "2016-03-01", "suspended": False}],
    "education": {"level": "bachelor", "diploma": True, "degree": True},
    "professional_title": "intermediate",
    "social_insurance": [
        {"start": "2015-07", "end": "2017-06", "city": "hangzhou"},
        {"start": "2017-07", "end": "2017-09", "city": "hangzhou", "back_paid": True},
        {"start": "2017-10", "end": None, "city": "hangzhou"},
    ],
    "housing": [
        {"start": "2015-07", "end": "2019-12", "city": "hangzhou", "kind": "rented", "district": "", "lease_registered": True},
        {"start": "2020-01", "end": None, "city": "hangzhou", "kind": "own", "district": ""},
    ],
    "residence_registrations": [
        {"city": "hangzhou", "start": "2015-07-20", "end": "2018-02-10"},
        {"city": "hangzhou", "start": "2018-05-01", "end": None},
    ],
    "blood_donations": [{"date": "2021-04-10", "ml": 400}],
    "volunteering": [{"year": 2021, "hours": "60"}],
    "income_tax": [{"year": 2021, "amount_yuan": "15000", "city": "hangzhou"}],
}


def test_hangzhou_applicant_by_keyboard_only(open_window):
    window = open_window("en")
    wizard, state = window.wizard, window.state

    # Start page: Hangzhou, its 2021 revised edition, the 2022 round, all by keys.
    assert wizard.current.page_id == "start"
    alt("c")
    assert isinstance(focused(), QComboBox)
    while state.city != "hangzhou":
        before = state.city
        press(Qt.Key.Key_Down)
        assert state.city != before, "the arrow keys do not change the city"
    # choosing a city builds its pages: the window must keep the keyboard (nothing may open a window of its own)
    assert QApplication.activeWindow() is window and QApplication.focusWidget() is wizard.page("start").city, (
        "choosing the city by keyboard loses the keyboard focus"
    )
    alt("r")
    assert isinstance(focused(), QComboBox)
    for _ in range(5):
        if state.edition.id == "hangzhou-2021-revised":
            break
        press(Qt.Key.Key_Down)
    assert state.edition.id == "hangzhou-2021-revised"
    alt("y")
    assert isinstance(focused(), QSpinBox)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("2022")
    assert state.year == 2022 and state.pack.pack.id == "hangzhou-2021-revised"
    assert [p.page_id for p in wizard.pages] == [
        "start",
        "qualification",
        "age",
        "education",
        "title_skill",
        "employment",
        "homes",
        "registrations",
        "city_honours",
        "public_good",
        "city_tax",
        "patents",
        "deductions",
        "facts",
        "summary",
    ]
    alt("n")

    # Qualification: who she is, and her Hangzhou residence permit.
    assert wizard.current.page_id == "qualification"
    assert isinstance(focused(), QLineEdit)
    type_text("王芳")
    alt("d")
    type_text("1990-05-12")
    alt("t")
    assert isinstance(focused(), QComboBox)
    press(Qt.Key.Key_Down)  # Man
    press(Qt.Key.Key_Down)  # Woman, formerly retiring at 55
    assert state.values["retirement_category"] == "female_cadre"
    alt("p")
    assert isinstance(focused(), QTableView), "Alt+P does not reach the residence-permit table"
    add_row("", "2016-03-01")  # the city starts as the city being scored: Hangzhou
    assert table_rows(window, "residence_permits") == [{"city": "hangzhou", "issued": "2016-03-01", "suspended": False}]
    alt("n")

    # Age: read from the birth date; nothing to type.
    assert wizard.current.page_id == "age"
    alt("n")

    # Education: a bachelor's with diploma and degree.
    assert wizard.current.page_id == "education"
    alt("q")
    type_text("Bac")
    assert state.values["education.level"] == "bachelor"
    alt("n")

    # Title or skill: an intermediate title.
    assert wizard.current.page_id == "title_skill"
    alt("t")
    assert isinstance(focused(), QComboBox)
    type_text("Int")
    assert state.values["professional_title"] == "intermediate"
    alt("n")

    # Social insurance in Hangzhou, three months of it back-paid.
    assert wizard.current.page_id == "employment"
    alt("s")
    assert isinstance(focused(), QTableView)
    add_row("2015-07", "2017-06")
    add_row("2017-07", "2017-09", "", ticks=(2,))
    add_row("2017-10")
    assert [(r["start"], r["end"], r["back_paid"], r["city"]) for r in table_rows(window, "social_insurance")] == [
        ("2015-07", "2017-06", False, "hangzhou"),
        ("2017-07", "2017-09", True, "hangzhou"),
        ("2017-10", "", False, "hangzhou"),
    ]
    alt("n")

    # Homes: a rental with its lease registered, then an own home.
    assert wizard.current.page_id == "homes"
    alt("p")
    assert isinstance(focused(), QTableView)
    add_row("2015-07", "2019-12", "Ren", "", ticks=(3,))
    add_row("2020-01", "", "Own")
    assert [(r["start"], r["end"], r["kind"], r["lease_registered"], r["city"]) for r in table_rows(window, "housing")] == [
        ("2015-07", "2019-12", "rented", True, "hangzhou"),
        ("2020-01", "", "own", False, "hangzhou"),
    ]
    alt("n")

    # Residence registration to the day, interrupted for two and a half months.
    assert wizard.current.page_id == "registrations"
    alt("r")
    assert isinstance(focused(), QTableView)
    add_row("2015-07-20", "2018-02-10")
    add_row("2018-05-01")
    alt("n")

    assert wizard.current.page_id == "city_honours"
    alt("n")

    # Public good: a blood donation and a year of volunteering.
    assert wizard.current.page_id == "public_good"
    alt("o")
    assert isinstance(focused(), QTableView)
    add_row("2021-04-10", "400")
    alt("v")
    assert isinstance(focused(), QTableView)
    add_row("2021", "60")
    alt("n")

    # Tax: a year of income tax in Hangzhou.
    assert wizard.current.page_id == "city_tax"
    alt("i")
    assert isinstance(focused(), QTableView)
    add_row("2021", "15000")
    for page_id in ("patents", "deductions", "facts", "summary"):
        alt("n")
        assert wizard.current.page_id == page_id

    assert state.problems.errors == []
    expected_profile = ApplicantProfile.model_validate(HANGZHOU_APPLICANT)
    assert state.profile.model_dump() == expected_profile.model_dump()
    expected = evaluate(expected_profile, load_pack("hangzhou-2021-revised"), 2022)
    # a rental and then an own home: whether the two add up is not given, so the rental's 24 points are a range
    assert (expected.total_low, expected.total_high) == (expected.total, expected.total + 24)
    assert window.score_panel.total.text() == f"{fmt(expected.total_low)}–{fmt(expected.total_high)}"
    assert expected.total > 0
    scored = [item.id for item in expected.indicators if item.points]
    for indicator_id in (
        "age",
        "title_skill",
        "social_insurance",
        "own_home",
        "residence_registration",
        "blood_donation",
        "volunteering",
        "tax",
    ):
        assert indicator_id in scored, f"{indicator_id} scores nothing: the applicant does not test it"
    for item in expected.indicators:
        shown = window.score_panel.points[item.id].text()
        assert shown.removesuffix(" *") == span(item.low, item.high)("en")
        assert shown.endswith("*") == bool(item.missing)  # the rental beside the own home


# ---------------------------------------------------------------- 2. Xiong'an, Art. 3


def test_xiongan_art3_group_settles_directly_and_relocated_staff_add_beijing_years(open_window):
    window = open_window("en")
    window.open_example(THREE_CITIES)
    choose_city(window, "xiongan")
    state = window.state
    assert [p.page_id for p in window.wizard.pages][:3] == ["start", "route", "qualification"]

    route = go_to_page(window, "route")
    choose(route.group, "introduced_talent")
    assert state.profile.settlement_group == "introduced_talent"
    expected = evaluate(state.profile, load_pack(state.edition.id), state.year)
    assert expected.channel is not None
    verdict = route.verdict.text()
    assert "Settles directly, without points" in verdict
    assert escape(expected.channel.name("en")) in verdict and escape(expected.channel.reason("en")) in verdict
    assert route.who.isVisible() and route.who.text()  # who the group is, in the rules' words
    panel = window.score_panel
    assert panel.total.text() == "—"
    assert "another channel" in panel.context.text() and expected.channel.name("en") in panel.context.text()
    assert all(label.text() == "—" for label in panel.points.values())
    # an indicator page says it is not scored, and why
    education = go_to_page(window, "education")
    shown = education.derivations["education"]
    assert shown.isVisible() and "Not scored" in shown.text() and expected.channel.name("en") in shown.text()
    summary = go_to_page(window, "summary")
    assert "Settles through another channel, not by points" in summary.headline.text()
    assert escape(expected.channel.reason("en")) in summary.headline.text()

    # Other staff of relocated bodies go through points, with their Beijing insurance added in: the Beijing run
    # goes straight on into Xiong'an's, which alone is too short.
    set_cell(window, "social_insurance", 0, "end", "2024-12")  # Beijing, from 2012-07
    set_cell(window, "social_insurance", 1, "start", "2025-01")
    set_cell(window, "social_insurance", 1, "city", "xiongan")
    window.state.tables["residence_permits"].add_row({"city": "xiongan", "issued": "2025-03-01"})
    QApplication.processEvents()
    assert state.problems.errors == []
    route = go_to_page(window, "route")
    choose(route.group, "")  # nobody's group: Xiong'an's own 24 months fall short
    qualification = go_to_page(window, "qualification")
    assert "short of 36" in qualification.conditions.text()
    assert panel.total.text().endswith("*")  # a what-if

    route = go_to_page(window, "route")
    choose(route.group, "relocated_staff")
    # Art. 5 (4): declared a person the area needs, on the qualification page (unanswered, it is not met)
    qualification = go_to_page(window, "qualification")
    question = qualification.findChild(QLabel, "fact_needed_person")
    assert question is not None and question.isVisible()
    assert not evaluate(state.profile, load_pack(state.edition.id), state.year).qualified
    choose(question.buddy(), "yes")
    assert state.values["city_facts.xiongan.needed_person"] == "yes"
    expected = evaluate(state.profile, load_pack(state.edition.id), state.year)
    assert expected.channel is None and expected.qualified
    verdict = route.verdict.text()
    assert "You go through the points system" in verdict
    assert "Beijing social-insurance years are added" in verdict
    assert panel.total.text() == fmt(expected.total) and expected.total > 0
    qualification = go_to_page(window, "qualification")
    reason = next(c for c in expected.qualification if c.id == "continuous_insurance").reason("en")
    assert "150 months of Beijing insurance" in reason
    assert escape(reason) in qualification.conditions.text()


# ---------------------------------------------------------------- 3. Honest gaps

HONOUR_VALUES = {
    "bonus.honours.window_years": "5",
    "bonus.honours.levels.municipal.max_points": "90",
}


def test_a_missing_official_value_is_named_and_can_be_supplied_from_its_page(open_window, qtbot, tmp_path):
    from simulator.gui.windows.override_editor import NOTE, PATH, YOUR_VALUE
    from simulator.profile import load_profile, save_profile
    from simulator.rules.overrides import overrides_from_mapping

    # the example with a Hangzhou honour of 2021: the revised rules give 30 for it, but not its cap or validity
    data = load_profile(THREE_CITIES).model_dump(mode="json")
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2021, "city": "hangzhou", "note": "Hangzhou model worker"}]
    honoured = tmp_path / "honoured.json"
    save_profile(type(load_profile(THREE_CITIES)).model_validate(data), honoured)

    window = open_window("en")
    window.open_example(honoured)
    choose_city(window, "hangzhou")
    start = window.wizard.page("start")
    choose(start.edition, "hangzhou-2021-revised")
    start.year.setValue(2022)
    state = window.state
    assert (state.edition.id, state.year) == ("hangzhou-2021-revised", 2022)
    pack = load_pack("hangzhou-2021-revised")
    before = evaluate(state.profile, pack, 2022)
    assert before.provisional and before.ranged

    page = go_to_page(window, "city_honours")
    assert page.missing.isVisible()
    banner = page.missing.text.text()
    assert banner.startswith("Not known")
    assert "years an honour counts" in banner and "municipal honours, cap" in banner
    assert "blood" not in banner  # only the values this page's indicator needs
    assert "A RANGE" in window.score_panel.context.text()
    assert window.score_panel.total.text() == f"{fmt(before.total_low)}–{fmt(before.total_high)}"
    assert window.score_panel.points["honours"].text() == "0–30 *"

    # The banner's button opens the editor listing the values; the user types them and applies.
    qtbot.mouseClick(page.missing.button, Qt.MouseButton.LeftButton)
    editor = window.tools.overrides
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    table = editor.table
    listed = [table.item(row, PATH).text() for row in range(table.rowCount())]
    for path, value in HONOUR_VALUES.items():
        assert path in listed
        row = listed.index(path)
        table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
        table.setCurrentCell(row, YOUR_VALUE)
        type_text(value)
        enter()
        table.setCurrentCell(row, NOTE)
        type_text("Official table 2022")
        enter()
    assert {path: table.item(listed.index(path), YOUR_VALUE).text() for path in HONOUR_VALUES} == HONOUR_VALUES
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.errors.text() == ""

    overrides = overrides_from_mapping(pack, HONOUR_VALUES, {p: "Official table 2022" for p in HONOUR_VALUES})
    after = evaluate(state.profile, pack, 2022, overrides=overrides)
    assert after.indicator("honours").points == 30 and not after.ranged  # the range is closed
    assert after.total == before.total_high
    assert window.score_panel.total.text() == fmt(after.total)
    assert window.score_panel.points["honours"].text() == "30"
    editor.close()
    QApplication.processEvents()

    page = go_to_page(window, "city_honours")
    assert not page.missing.isVisible()  # nothing is missing for this indicator any more
    derivation = page.derivations["honours"].text()
    assert "user-supplied" in derivation.lower()
    summary = go_to_page(window, "summary")
    headline = summary.headline.text()
    for path, value in HONOUR_VALUES.items():
        label = next(v for v in after.user_supplied if v.path == path).label("en")
        assert escape(f"User-supplied rule value: {label} = {value}") in headline
    assert "User-supplied rule values" in window.score_panel.line.text()


# ---------------------------------------------------------------- 4. Switching city keeps every fact


def test_switching_city_keeps_every_fact_and_the_file_holds_both_cities(open_window, dialogs, tmp_path):
    window = open_window("en")
    wizard, state = window.wizard, window.state
    assert state.city == "beijing"

    # Beijing's pages, by keyboard: the applicant, an insurance period, a rental in Chaoyang.
    go_to_page(window, "qualification")
    type_text("陈明")
    alt("d")
    type_text("1987-11-03")
    alt("t")
    press(Qt.Key.Key_Down)  # Man
    go_to_page(window, "employment")
    assert isinstance(focused(), QTableView)
    add_row("2014-03")
    go_to_page(window, "residence")
    assert isinstance(focused(), QTableView)
    add_row("2014-03", "", "Ren", "Chao")
    beijing_rows = {name: table_rows(window, name) for name in ("social_insurance", "housing")}
    assert beijing_rows["housing"][0]["district"] == "chaoyang" and beijing_rows["housing"][0]["city"] == "beijing"
    assert state.problems.errors == []
    beijing_total = window.score_panel.total.text()
    assert beijing_total not in ("", "—")

    # Hangzhou: its own facts, on its own pages; a new row starts with the city being scored.
    choose_city(window, "hangzhou")
    registrations = go_to_page(window, "registrations")
    registrations.registrations.add_row()
    set_cell(window, "residence_registrations", 0, "start", "2016-01-01")
    set_cell(window, "residence_registrations", 0, "end", "2019-12-31")
    public_good = go_to_page(window, "public_good")
    public_good.blood.add_row()
    set_cell(window, "blood_donations", 0, "date", "2022-05-01")
    set_cell(window, "blood_donations", 0, "ml", "300")
    assert table_rows(window, "residence_registrations") == [{"start": "2016-01-01", "end": "2019-12-31", "city": "hangzhou"}]
    assert state.problems.errors == []
    hangzhou_total = window.score_panel.total.text()

    # Xiong'an, then Beijing again: nothing typed is lost, Beijing scores as before.
    choose_city(window, "xiongan")
    assert window.score_panel.total.text() not in ("", "—")
    choose_city(window, "beijing")
    assert tuple(p.page_id for p in wizard.pages) == PAGE_IDS
    for name, rows in beijing_rows.items():
        assert table_rows(window, name) == rows
    assert table_rows(window, "residence_registrations") == [{"start": "2016-01-01", "end": "2019-12-31", "city": "hangzhou"}]
    assert table_rows(window, "blood_donations") == [{"date": "2022-05-01", "ml": "300"}]
    assert window.score_panel.total.text() == beijing_total
    qualification = go_to_page(window, "qualification")
    assert (qualification.name.text(), qualification.birth_date.text()) == ("陈明", "1987-11-03")
    assert qualification.retirement.currentData() == "male"
    residence = go_to_page(window, "residence")
    model = residence.homes.view.model()
    district = [c.key for c in model.spec.columns].index("district")
    assert not residence.homes.view.isColumnHidden(district)
    assert model.index(0, district).data().startswith("Chaoyang")
    choose_city(window, "hangzhou")
    assert window.score_panel.total.text() == hangzhou_total
    choose_city(window, "beijing")

    # The file holds both cities' facts, and reads back into the same form.
    path = tmp_path / "chen.json"
    dialogs.save_path = str(path)
    window.act_save_as.trigger()
    QApplication.processEvents()
    assert path.exists(), dialogs.messages
    saved = load_profile(path)
    assert [(p.city, p.start, p.end) for p in saved.social_insurance] == [
        ("beijing", state.profile.social_insurance[0].start, None)
    ]
    assert [(h.city, h.kind, h.district) for h in saved.housing] == [("beijing", "rented", "chaoyang")]
    assert [(r.city, r.start.isoformat(), r.end.isoformat()) for r in saved.residence_registrations] == [
        ("hangzhou", "2016-01-01", "2019-12-31")
    ]
    assert [(b.date.isoformat(), b.ml) for b in saved.blood_donations] == [("2022-05-01", 300)]
    window.new_applicant()
    assert table_rows(window, "blood_donations") == []
    assert window.open_file(path)
    for name, rows in beijing_rows.items():
        assert table_rows(window, name) == rows
    assert table_rows(window, "residence_registrations") == [{"start": "2016-01-01", "end": "2019-12-31", "city": "hangzhou"}]
    assert window.score_panel.total.text() == beijing_total


# ---------------------------------------------------------------- 6. Bad input in the new tables

BAD_ROWS = {
    "residence_registrations": [
        {"start": "2019-13-45", "end": "", "city": "hangzhou"},  # no such date
        {"start": "2020-05-01", "end": "2020-04-01", "city": "hangzhou"},  # ends before it starts
    ],
    "blood_donations": [{"date": "2021-04-10", "ml": "abc"}],
    "residence_permits": [{"city": "", "issued": "2020-01-01", "suspended": False}],  # for which city?
}
# (list, row, column): what the problem must be placed on, and words its message must hold
EXPECTED_PROBLEMS = {
    ("residence_registrations", 0, "start"): ("2019-13-45", "YYYY-MM-DD"),
    ("residence_registrations", 1, "end"): ("2020-04-01", "2020-05-01", "before"),
    ("blood_donations", 0, "ml"): ("abc", "whole number"),
    ("residence_permits", 0, "city"): ("Choose",),
}


def test_bad_rows_are_named_by_row_and_column_in_the_draft():
    from simulator.gui.form.draft import LISTS, build
    from simulator.gui.form.fields import SCALAR_DEFAULTS

    values = {**SCALAR_DEFAULTS, "birth_date": "1990-05-12", "retirement_category": "male"}
    rows = {name: [{**LISTS[name].blank_row(), **row} for row in typed] for name, typed in BAD_ROWS.items()}
    typed = {name: [dict(row) for row in table] for name, table in rows.items()}
    pack = load_pack("hangzhou-2021-revised")
    built = build(values, rows, pack, cities.of_pack(pack))  # never an exception
    found = {(p.field, p.row, p.column): p for p in built.problems if p.field in BAD_ROWS}
    assert set(found) == set(EXPECTED_PROBLEMS)
    for key, words in EXPECTED_PROBLEMS.items():
        assert found[key].severity == "error"
        for word in words:
            assert word in found[key].message, (key, found[key].message)
    # the bad rows are left out of the score, the rest of the applicant is scored; the draft keeps the text typed
    assert built.profile is not None
    assert built.profile.residence_registrations == [] and built.profile.blood_donations == []
    assert built.profile.residence_permits == []
    assert rows == typed


def test_bad_rows_are_explained_under_their_table(open_window):
    window = open_window("en")
    choose_city(window, "hangzhou")
    state = window.state
    state.set_value("birth_date", "1990-05-12")
    state.set_value("retirement_category", "male")
    for name, typed in BAD_ROWS.items():
        for row in typed:
            state.tables[name].add_row(dict(row))
    state.touch(*BAD_ROWS)  # the user has left these rows: their "required" marks show too
    QApplication.processEvents()
    assert state.result is not None  # the rest is still scored

    permits = go_to_page(window, "qualification").permits
    assert permits.problems.isVisible()
    assert permits.problems.text().startswith("Row 1, City: Choose one of the options.")
    registrations = go_to_page(window, "registrations").registrations
    lines = registrations.problems.text().splitlines()
    assert lines[0].startswith("Row 1, First day: “2019-13-45” is not a date")
    assert lines[1].startswith("Row 2, Last day:") and "2020-04-01" in lines[1] and "2020-05-01" in lines[1]
    assert window.wizard.current.has_errors() and not window.wizard.next_button.isEnabled()
    blood = go_to_page(window, "public_good").blood
    assert blood.problems.text() == "Row 1, Amount (ml): “abc” is not a whole number."
    # the cells keep what was typed, marked
    model = state.tables["blood_donations"]
    cell = model.index(0, [c.key for c in model.spec.columns].index("ml"))
    assert cell.data() == "abc" and cell.data(Qt.ItemDataRole.ToolTipRole) == "“abc” is not a whole number."
    assert [r["start"] for r in state.tables["residence_registrations"].rows] == ["2019-13-45", "2020-05-01"]


def test_hangzhou_own_home_conditions_are_asked_on_the_homes_page_from_july_2024(open_window):
    from simulator.core.rounds import parse_round

    window = open_window("en")
    window.open_example(THREE_CITIES)
    state = window.state
    set_cell(window, "housing", 1, "end", "2023-12")  # the Hangzhou rental ends; she bought a home
    state.tables["housing"].add_row({"start": "2024-01", "kind": "own", "city": "hangzhou", "district": "xihu"})
    state.set_rules(state.catalogue.edition("hangzhou-2024-07"), parse_round("2025-Q3"))
    assert state.problems.errors == []
    homes = go_to_page(window, "homes")
    questions = [
        homes.findChild(QLabel, f"fact_{key}")
        for key in ("home_registered_address", "home_ownership", "home_second_hand", "home_scored_within_year")
    ]
    assert all(q is not None and q.isVisible() for q in questions)
    assert window.score_panel.points["own_home"].text() == "0–80 *"
    for question, answer in zip(questions, ("yes", "sole", "new", "no")):
        choose(question.buddy(), answer)
    assert window.score_panel.points["own_home"].text() == "80"
    choose(questions[1].buddy(), "with_hangzhou_hukou")  # bought with a Hangzhou-hukou person
    assert window.score_panel.points["own_home"].text() == "0"
    # before July 2024 the conditions are not asked (and an own home scores 30)
    state.set_rules(state.catalogue.edition("hangzhou-2024-quarterly"), parse_round("2024-Q2"))
    homes = go_to_page(window, "homes")
    assert not homes.findChild(QLabel, "fact_home_ownership").isVisible()
    assert window.score_panel.points["own_home"].text() == "30"
