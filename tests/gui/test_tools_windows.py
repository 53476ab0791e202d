"""The Analysis (tools) menu: the projection and what-ifs, the city comparison (the engine's totals, one row per
city), the rule values the user supplies (validated, applied to the live score, labelled) and batch scoring."""

from __future__ import annotations

from simulator import cities
from simulator.core.decimals import fmt
from simulator.core.ranges import span
from simulator.engine import evaluate
from simulator.engine.compare_cities import compare_cities
from simulator.paths import examples_dir
from simulator.rules import pack_for


def tools_entries(window) -> list[str]:
    return [action.text() for action in window.tools.menu.actions() if not action.isSeparator()]


def test_the_tools_menu_is_reached_from_the_keyboard_in_both_languages(open_window, qtbot):
    window = open_window("en", demo=True)
    assert window.tools.menu.title() == "&Analysis"
    entries = tools_entries(window)
    assert entries == [
        "&Projection and what-ifs...",
        "&Scenarios...",
        "Rule &editions and years compared...",
        "&City comparison...",
        "&Rule values you supply...",
        "&Batch scoring...",
    ]
    # Alt+T, then one underlined letter each: unique within the menu and among the menu bar's titles
    letters = [text[text.index("&") + 1].lower() for text in entries]
    assert len(set(letters)) == len(letters)
    titles = [a.text() for a in window.menuBar().actions()]
    assert len({t[t.index("&") + 1].lower() for t in titles}) == len(titles)
    window.switch_language("zh")
    qtbot.waitUntil(lambda: window.tools.menu.title() == "分析(&A)")
    assert all(text != english for text, english in zip(tools_entries(window), entries))


def test_tools_opens_the_batch_window_and_the_projection_for_this_applicant(open_window, qtbot):
    window = open_window("en", demo=True)
    window.tools.act_batch.trigger()
    batch = window.tools.batch
    assert batch is not None and batch.isVisible()
    assert batch.year_spin.value() == window.state.year
    batch.close()

    window.tools.act_projection.trigger()
    projection = window.tools.projection
    qtbot.waitUntil(projection.isVisible)
    years = projection.view.chart.projected_years()
    assert years, "a projection for the demo applicant"
    assert f"{years[0]}: " in projection.view.year_details.text()


def test_the_comparison_shows_one_row_per_city_with_the_engines_totals(open_window):
    window = open_window("en", demo=True)
    window.tools.act_comparison.trigger()
    view = window.tools.comparison
    profile, year = window.state.profile, window.state.year
    expected = compare_cities(profile, view.editions())  # Hangzhou: the first of its quarterly rounds that year
    model = view.cities
    assert model.rowCount() == len(expected.rows) >= 2
    cities = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"Beijing", "Hangzhou"} <= cities
    for r, row in enumerate(expected.rows):
        shown = model.index(r, 2).data()
        if row.channel is None:
            assert shown.startswith(span(row.total_low, row.total_high)("en"))
            assert ("A RANGE" in shown) == row.provisional
    beijing = evaluate(profile, pack_for("beijing", year), year)
    assert model.index(0, 2).data().startswith(fmt(beijing.total))
    # shared topics: one row each, a column per city
    assert view.topics.rowCount() == len(expected.topics)
    assert view.topics.columnCount() == 1 + len(expected.rows)


def test_the_comparison_pdf_is_written_with_every_city(open_window, dialogs, tmp_path):
    window = open_window("en", demo=True)
    view = window.tools.open_comparison()
    target = tmp_path / "compare.pdf"
    dialogs.save_path = str(target)
    view.export_button.click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert not dialogs.of_kind("warning")


def test_a_rule_value_typed_in_the_editor_changes_the_total_and_is_labelled(open_window):
    window = open_window("en", demo=True)
    state = window.state
    before = state.result.total
    editor = window.tools.open_overrides()
    editor.show_all.setChecked(True)
    editor.set_value("employment.points_per_year", "4", "Official table, item 1")
    assert editor.apply()
    after = state.result
    engine = evaluate(state.profile, state.pack, state.year, overrides={"employment.points_per_year": "4"})
    assert after.total == engine.total > before  # the engine's score with the user's 4 points a year
    assert [v.path for v in after.user_supplied] == ["employment.points_per_year"]
    assert "User-supplied rule values" in window.score_panel.line.text()
    # it stays applied while the applicant is edited
    state.set_value("name", "someone")
    assert state.result.user_supplied and state.result.total == after.total
    editor.clear()
    assert state.result.total == before and not state.result.user_supplied


def test_a_wrong_value_is_refused_in_its_row_and_the_score_is_unchanged(open_window):
    window = open_window("en", demo=True)
    state = window.state
    before = state.result.total
    editor = window.tools.open_overrides()
    editor.show_all.setChecked(True)
    editor.set_value("employment.points_per_year", "three")
    assert not editor.apply()
    assert editor.errors.isVisible() and "not a number" in editor.errors.text()
    label = next(
        editor.table.item(r, 0).text()
        for r in range(editor.table.rowCount())
        if editor.table.item(r, 1).text() == "employment.points_per_year"
    )
    assert f"“{label}”" in editor.errors.text()
    assert "employment.points_per_year" not in editor.errors.text() and "values[" not in editor.errors.text()  # no internal ids
    assert editor.table.isColumnHidden(1)  # the path column
    assert state.result.total == before and not state.result.user_supplied


def test_an_override_file_is_saved_and_loaded_back(open_window, tmp_path):
    window = open_window("en", demo=True)
    editor = window.tools.open_overrides()
    editor.show_all.setChecked(True)
    editor.set_value("tax.points_per_year", "3", "my table")
    target = tmp_path / "values.toml"
    assert editor.save_file(target)
    text = target.read_text(encoding="utf-8")
    assert 'path = "tax.points_per_year"' in text and "my table" in text
    editor.clear()
    assert not window.state.result.user_supplied
    assert editor.load_file(target)
    assert [v.path for v in window.state.result.user_supplied] == ["tax.points_per_year"]
    bad = tmp_path / "bad.toml"
    bad.write_text('format = "nope"\n', encoding="utf-8")
    assert not editor.load_file(bad)
    assert "bad.toml" in editor.errors.text() and "format" in editor.errors.text()


def test_the_comparison_shows_hangzhou_as_a_range_and_what_it_depends_on(qtbot):
    """Without a window: the view on a state holding the three-city example, with a Hangzhou honour of 2023 whose
    cap and validity the sources do not give."""
    from simulator.profile import load_profile

    example = load_profile(examples_dir() / "three-cities.json")
    data = example.model_dump()
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2023, "city": "hangzhou"}]
    profile = type(example).model_validate(data)
    editions = [(pack_for("beijing", 2024), 2024), (pack_for("xiongan", 2024), 2024), (pack_for("hangzhou", 2023), 2023)]
    expected = compare_cities(profile, editions)
    hangzhou = next(r for r in expected.rows if r.city == "hangzhou")
    assert hangzhou.provisional and hangzhou.ranged and hangzhou.verdict == "reached"
    from simulator.gui.windows.comparison_window import CityRowsModel

    model = CityRowsModel()
    model.set_rows(expected.rows, "en")
    shown = model.index(expected.rows.index(hangzhou), 2).data()
    assert shown.startswith(f"{fmt(hangzhou.total_low)}–{fmt(hangzhou.total_high)}")
    assert f"A RANGE ({hangzhou.missing} values not known)" in shown
    target = model.index(expected.rows.index(hangzhou), 4).data()
    assert target == "pass mark 100 (reached even at the lowest total)"


def test_a_three_city_applicant_opened_in_the_wizard_is_compared_with_every_fact_kept(open_window):
    """Facts the Beijing pages do not show (registrations, permits, Hangzhou bonus facts) travel with the file."""
    from simulator.profile import load_profile

    path = examples_dir() / "three-cities.json"
    window = open_window("en")
    window.state.set_rules(window.state.catalogue.edition_for("beijing", 2024), 2024)
    assert window.open_file(path, confirmed=True)
    view = window.tools.open_comparison()
    expected = compare_cities(load_profile(path), view.editions())
    shown = [view.cities.index(r, 2).data() for r in range(view.cities.rowCount())]
    assert len(shown) == len(cities.ids())
    for text, row in zip(shown, expected.rows):
        assert text.startswith(span(row.total_low, row.total_high)("en")), (row.city, text)
        assert ("A RANGE" in text) == row.provisional
    hangzhou = next(row for row in expected.rows if row.city == "hangzhou")
    assert str(hangzhou.declaration_year) == "2024-Q1"  # Hangzhou's first round of 2024


def test_values_kept_for_every_applicant_survive_a_restart(open_window, tmp_path):
    from simulator.profile import load_profile, save_profile

    data = load_profile(examples_dir() / "three-cities.json").model_dump(mode="json")
    data["honours"] = [{"kind": "award", "level": "municipal", "year": 2021, "city": "hangzhou"}]
    honoured = tmp_path / "honoured.json"
    save_profile(type(load_profile(examples_dir() / "three-cities.json")).model_validate(data), honoured)
    window = open_window("en", file=honoured)
    state = window.state
    state.set_rules(state.catalogue.edition("hangzhou-2021-revised"), 2022)
    assert state.result.ranged
    editor = window.tools.open_overrides()
    editor.set_value("bonus.honours.window_years", "5", "official table")
    editor.set_value("bonus.honours.levels.municipal.max_points", "90", "official table")
    editor.for_everyone.setChecked(True)
    assert editor.apply()
    assert not state.result.ranged
    assert {v["path"] for v in window.settings.supplied_values} == {
        "bonus.honours.window_years",
        "bonus.honours.levels.municipal.max_points",
    }
    editor.close()
    again = open_window("en", file=honoured)  # the program started again, the same file opened
    again.state.set_rules(again.state.catalogue.edition("hangzhou-2021-revised"), 2022)
    assert not again.state.result.ranged and again.state.result.user_supplied
