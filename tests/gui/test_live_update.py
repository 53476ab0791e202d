"""The live update keeps what a keystroke cannot change (lists read, rules written out, layouts, tool windows):
what it keeps must never be stale. Each test changes something, puts it back or changes what the kept part depends
on, and compares with what is shown when nothing is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from simulator.core.rounds import parse_round
from simulator.gui.form import draft
from simulator.gui.widgets import steady_label
from simulator.gui.widgets.derivation import DerivationView

END = 1  # the end-month column of the social-insurance table


def go_to(window, page_id: str):
    window.wizard.go_to_id(page_id)
    for _ in range(5):  # laid out and painted, as on screen
        QApplication.processEvents()
    assert window.wizard.current.page_id == page_id
    return window.wizard.current


def set_end(window, text: str) -> None:
    model = window.state.tables["social_insurance"]
    model.setData(model.index(0, END), text)
    QApplication.processEvents()


def scored_from_scratch(state):
    """The verdict with nothing kept from earlier edits: every list read again."""
    draft._LISTS_READ.clear()
    state.evaluate()
    return state.result.total, [p.key for p in state.problems.all]


def test_a_cell_edited_and_put_back_gives_the_original_total_derivation_and_problems(open_window):
    window = open_window("en", demo=True)
    state = window.state
    page = go_to(window, "employment")
    table = page.periods
    original = state.tables["social_insurance"].rows[0]["end"]
    total, derivation = window.score_panel.total.text(), page.derivations["employment"].text()
    problems = [p.key for p in state.problems.all]

    set_end(window, original[:-1])  # a month half typed: the row is left out, and said so
    assert window.score_panel.total.text() != total and table.problems.isVisible()
    set_end(window, "2010-04")
    assert window.score_panel.total.text() != total and not table.problems.isVisible()
    assert (state.result.total, [p.key for p in state.problems.all]) == scored_from_scratch(state)
    set_end(window, original)

    assert window.score_panel.total.text() == total
    assert page.derivations["employment"].text() == derivation
    assert [p.key for p in state.problems.all] == problems
    assert (state.result.total, problems) == scored_from_scratch(state)


def test_rows_are_read_again_for_the_city_scored(open_window):
    """Beijing asks for the district of a Beijing home; scored for Hangzhou, the same row asks nothing."""
    window = open_window("en", demo=True)
    state = window.state
    homes = state.tables["housing"]
    homes.setData(homes.index(0, [c.key for c in homes.spec.columns].index("district")), "")
    beijing = (state.edition, state.year)
    asked = [p for p in state.problems.of_list("housing") if p.column == "district"]
    assert [p.row for p in asked] == [0]

    state.set_rules(state.catalogue.edition("hangzhou-2024-07"), parse_round("2025-Q3"))
    assert [p for p in state.problems.of_list("housing") if p.column == "district"] == []
    state.set_rules(*beijing)
    assert [p.row for p in state.problems.of_list("housing") if p.column == "district"] == [0]


def test_another_edition_writes_out_each_derivations_rules_again(open_window):
    window = open_window("en", demo=True)
    state = window.state
    page = go_to(window, "employment")
    shown = page.derivations["employment"]

    def fresh() -> str:
        view = DerivationView()
        view.show_item(state.result.indicator("employment"), state.lang)
        return view.text()

    under_2020 = shown.text()
    assert under_2020 == fresh()
    rules = (state.edition, state.year)
    state.set_rules(state.catalogue.edition("beijing-2018-trial"), 2019)
    QApplication.processEvents()
    assert shown.text() == fresh() != under_2020
    state.set_rules(*rules)
    QApplication.processEvents()
    assert shown.text() == under_2020


def test_a_message_keeps_its_room_while_one_types_and_gives_it_back_when_typing_pauses(open_window, qtbot, monkeypatch):
    monkeypatch.setattr(steady_label, "IDLE_MS", 100)
    window = open_window("en", demo=True)
    table = go_to(window, "employment").periods
    original = window.state.tables["social_insurance"].rows[0]["end"]
    hint_at = table.hint.y()

    set_end(window, original[:-1])
    qtbot.waitUntil(lambda: table.hint.y() > hint_at)  # the message under the table, once laid out
    shown_at = table.hint.y()
    set_end(window, original[:-2])  # another key: another message, in the same room
    set_end(window, original)
    QApplication.processEvents()
    assert not table.problems.isVisible()
    assert table.hint.y() == shown_at  # the line below did not move while one typed

    qtbot.waitUntil(lambda: table.hint.y() == hint_at, timeout=2000)  # typing paused: the room is given back
    assert not table.problems.held


def test_a_tool_window_follows_once_typing_pauses_and_a_closed_one_not_at_all(open_window, qtbot):
    window = open_window("en", demo=True)
    state = window.state
    projection = window.tools.open_projection()
    redrawn = []
    redraw = projection.following._redraw
    projection.following._redraw = lambda: (redrawn.append(state.result.total), redraw())

    for text in ("2011-0", "2011-03", "2011-02"):  # shown: keys typed in a row wait for no redraw of it
        set_end(window, text)
    assert redrawn == []
    qtbot.waitUntil(lambda: bool(redrawn), timeout=2000)  # typing paused: the window follows, once
    assert redrawn == [state.result.total]
    projection.close()
    redrawn.clear()
    for text in ("2011-0", "2012-01"):
        set_end(window, text)
    assert redrawn == []  # closed: nothing done for it while one types

    window.tools.open_projection()
    assert redrawn == [state.result.total]  # shown again: the applicant as they are now


def test_tool_windows_are_redrawn_one_a_turn_so_that_a_key_waits_for_one_at_most(open_window, qtbot):
    window = open_window("en", demo=True)
    windows = [window.tools.open_projection(), window.tools.open_rules_comparison()]
    redrawn = []
    for shown in windows:
        redraw = shown.following._redraw
        shown.following._redraw = lambda shown=shown, redraw=redraw: (redrawn.append(shown), redraw())
    set_end(window, "2011-03")
    for shown in windows:  # typing paused for both at once
        shown.following._timer.stop()
        shown.following._due()
    QApplication.processEvents()
    assert len(redrawn) == 1  # a key pressed now is handled before the other window's redraw
    qtbot.waitUntil(lambda: len(redrawn) == 2, timeout=2000)
    assert set(redrawn) == set(windows)


def test_the_step_of_a_page_with_a_wrong_entry_is_marked(open_window):
    window = open_window("en", demo=True)
    wizard = window.wizard
    go_to(window, "employment")
    row = wizard.index
    delegate = wizard.steps.itemDelegate()

    def step_text() -> str:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, wizard.steps.model().index(row, 0))
        return option.text

    title = wizard.steps.item(row).text()
    set_end(window, "2011-0")
    assert step_text() == "⚠ " + title
    set_end(window, "2011-04")
    assert step_text() == title


def test_a_redraw_given_in_steps_takes_a_turn_a_step_and_a_new_applicant_is_drawn_whole_at_once(qtbot):
    """A long redraw (the projection window's: the projection, the what-ifs, the view) is done a step a turn of the
    event loop, so that a key waits for one step at most; a new applicant never waits, nor shows any of the last."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    from simulator.gui.windows.following import Following, _queue

    class State(QObject):
        evaluated = Signal()
        reloaded = Signal()

    state, window = State(), QWidget()
    qtbot.addWidget(window)
    window.show()
    done: list[str] = []
    applicant = ["A"]

    def redraw():
        who = applicant[0]
        done.append(f"{who}: projection")
        yield
        done.append(f"{who}: what-ifs")
        yield
        done.append(f"{who}: view")

    following = Following(window, state, redraw)
    following.stale = True
    assert following.redraw_if_stale(whole=False)  # the turn the window's redraw came due
    assert done == ["A: projection"] and following in _queue().waiting  # the rest waits for the next turns
    following.redraw_if_stale(whole=False)
    assert done == ["A: projection", "A: what-ifs"]
    applicant[0] = "B"  # a file opened before the last step: drawn at once, whole, from the start
    state.reloaded.emit()
    assert done[2:] == ["B: projection", "B: what-ifs", "B: view"]
    assert following not in _queue().waiting
    following.redraw_if_stale(whole=False)
    assert done[-1] == "B: view" and len(done) == 5  # nothing of A's redraw is finished afterwards
