"""Autosave: the draft as typed (wrong entries included) comes back exactly after the window died; a clean quit,
a save or New applicant leaves nothing behind; a failed autosave never interrupts the user."""

from __future__ import annotations

import errno
import json
import os
import threading
import time

from PySide6.QtWidgets import QMessageBox

from simulator.core import atomic
from simulator.gui.stored import snapshot as store
from simulator.paths import examples_dir


def _typed_draft(window):
    """Half-typed, partly wrong input on several pages, in Chinese, on the residence page."""
    state = window.state
    window.switch_language("zh")
    state.set_value("name", "张三")
    state.set_value("id_number", "11010519800101123")  # one digit short
    state.set_value("birth_date", "1980-13-45")  # not a date
    state.set_value("notes", "走访 2026-11")
    insurance = state.tables["social_insurance"]
    insurance.add_row()
    insurance.setData(insurance.index(insurance.rowCount() - 1, 0), "2019-0")  # half typed
    window.wizard.go_to_id("residence")


def _draft(window):
    state = window.state
    return {
        "values": dict(state.values),
        "rows": {name: [dict(r) for r in model.rows] for name, model in state.tables.items()},
        "rules": (state.edition.id, state.year),
        "lang": state.lang,
        "page": window.wizard.index,
        "path": window.path,
        "source": window.source_name,
    }


def _wait_for_autosave(qtbot, window):
    qtbot.waitUntil(lambda: store.autosave_path().exists() and window.autosave.writes > 0, timeout=5000)
    qtbot.waitUntil(lambda: not window.autosave._timer.isActive(), timeout=5000)


def _die(window):
    """What a kill leaves: the window stops writing; its autosave stays on disk, its lock held by no one."""
    window.autosave.enabled = False
    window.autosave._timer.stop()
    window.autosave.release()


def test_half_typed_applicant_is_restored_exactly(open_window, dialogs, qtbot):
    window = open_window("en")
    window.open_example(examples_dir() / "three-cities.json")  # carries facts no page shows
    _typed_draft(window)
    before = _draft(window)
    _wait_for_autosave(qtbot, window)
    _die(window)

    dialogs.answer = QMessageBox.StandardButton.Yes
    again = open_window("en")

    assert [m[1] for m in dialogs.of_kind("question")] == ["Restore unsaved applicant?"]
    assert _draft(again) == before
    assert again.state.values["birth_date"] == "1980-13-45"  # the wrong entry, not dropped
    assert again.state.modified is True
    assert again.windowTitle() == window.windowTitle()


def test_no_discards_the_kept_applicant(open_window, dialogs, qtbot):
    window = open_window("en", demo=True)
    window.state.set_value("notes", "unsaved")
    _wait_for_autosave(qtbot, window)
    _die(window)

    dialogs.answer = QMessageBox.StandardButton.No
    again = open_window("en")
    assert again.state.values["notes"] == ""
    assert not store.autosave_path().exists()


def test_nothing_is_offered_after_a_clean_quit_or_a_save(open_window, dialogs, qtbot, tmp_path):
    window = open_window("en", demo=True)
    window.state.set_value("notes", "unsaved")
    _wait_for_autosave(qtbot, window)
    dialogs.save_path = str(tmp_path / "saved.json")
    assert window.save()
    assert not store.autosave_path().exists()

    window.state.set_value("notes", "changed after saving")
    _wait_for_autosave(qtbot, window)
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not store.autosave_path().exists()


def test_a_damaged_autosave_is_set_aside_not_a_crash(open_window, dialogs):
    store.autosave_path().parent.mkdir(parents=True)
    store.autosave_path().write_text('{"format": 1, "values": {"birth_date": ', encoding="utf-8")
    window = open_window("en")  # not JSON: ignored, logged
    assert window.ready and window.state.values["birth_date"] == ""
    assert dialogs.of_kind("question") == []


def test_failed_autosave_keeps_the_data_and_notes_it_once(open_window, dialogs, qtbot, monkeypatch):
    window = open_window("en", demo=True)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full)
    for text in ("a", "ab", "abc"):
        window.state.set_value("notes", text)
        assert window.autosave.flush() is False
    assert window.statusBar().currentMessage().startswith("Autosave failed")
    assert os.strerror(errno.ENOSPC) in window.statusBar().currentMessage()
    assert dialogs.messages == []  # no dialog per keystroke
    assert window.state.values["notes"] == "abc"
    assert not store.autosave_path().exists()
    left = [p.name for p in store.autosave_dir().iterdir() if p.name != "applicant.json.lock"]  # (the window's slot)
    assert left == []  # no temporary file left behind

    monkeypatch.undo()
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(store.autosave_dir().parent))
    assert window.autosave.flush() is True
    assert window.statusBar().currentMessage() == ""
    saved = json.loads(store.autosave_path().read_text(encoding="utf-8"))
    assert saved["values"]["notes"] == "abc"


def test_the_disk_is_written_off_the_window_thread_and_a_discard_comes_after_it(open_window, qtbot, monkeypatch):
    # A slow disk (an fsync of tens of milliseconds) must not hold up the keys typed meanwhile; and New applicant
    # right after a keystroke must not have the write still under way bring the last person's draft back.
    window = open_window("en", demo=True)
    written_on = []
    write = store.write_snapshot_text

    def slow_disk(text, path):
        written_on.append(threading.current_thread())
        time.sleep(0.2)
        write(text, path)

    monkeypatch.setattr(store, "write_snapshot_text", slow_disk)
    window.state.set_value("notes", "typed before the write")
    window.autosave.write_soon()
    assert window.state.values["notes"] == "typed before the write"
    window.state.set_value("notes", "typed while the disk is busy")  # the window goes on meanwhile
    qtbot.waitUntil(lambda: window.autosave.writes > 0, timeout=5000)
    assert written_on and threading.main_thread() not in written_on
    assert "typed before the write" in store.autosave_path().read_text(encoding="utf-8")

    window.autosave.write_soon()  # under way ...
    window.autosave.discard()  # ... and the applicant is gone: nothing written after the discard
    assert not store.autosave_path().exists()
    qtbot.wait(500)  # longer than the slow disk takes: the write under way is long over
    assert not store.autosave_path().exists()


def test_a_failed_background_write_is_noted_once_and_the_next_one_clears_it(open_window, dialogs, qtbot, monkeypatch):
    window = open_window("en", demo=True)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", full)
    window.state.set_value("notes", "a")
    window.autosave.write_soon()
    qtbot.waitUntil(lambda: window.autosave.failed, timeout=5000)
    assert window.statusBar().currentMessage().startswith("Autosave failed")
    assert dialogs.messages == []
    monkeypatch.undo()
    monkeypatch.setenv("POINTS_SIMULATOR_DATA_DIR", str(store.autosave_dir().parent))
    window.state.set_value("notes", "ab")
    window.autosave.write_soon()
    qtbot.waitUntil(lambda: not window.autosave.failed, timeout=5000)
    assert window.statusBar().currentMessage() == ""
    assert json.loads(store.autosave_path().read_text(encoding="utf-8"))["values"]["notes"] == "ab"


def test_a_window_closed_before_it_is_ready_leaves_a_crash_leftover_for_the_next(qtbot, dialogs):
    from simulator.gui.app import launch

    store.autosave_path().parent.mkdir(parents=True)
    leftover = json.dumps({"format": store.FORMAT, "values": {"notes": "the last walk-in"}})
    store.autosave_path().write_text(leftover, encoding="utf-8")
    window = launch(lang="en")
    assert not window.ready  # closed at once: the engine not loaded, the leftover not offered yet
    window.close()
    window.deleteLater()
    assert store.autosave_path().read_text(encoding="utf-8") == leftover


def test_an_autosave_that_cannot_be_restored_is_kept_aside(open_window, dialogs):
    store.autosave_path().parent.mkdir(parents=True)
    broken = {"format": 1, "values": {"notes": "x"}, "other_facts": {"professional_title": "emperor"}, "rows": {}}
    store.autosave_path().write_text(json.dumps(broken), encoding="utf-8")
    dialogs.answer = QMessageBox.StandardButton.Yes
    window = open_window("en")
    [(_kind, title, text)] = dialogs.of_kind("warning")
    assert title == "Not restored"
    [kept] = store.autosave_dir().glob("unrestored-*.json")
    assert str(kept) in text and json.loads(kept.read_text(encoding="utf-8")) == broken
    assert window.state.values["notes"] == "" and window.ready


def test_a_second_window_never_offers_or_deletes_the_first_windows_live_draft(open_window, dialogs, qtbot):
    """Two windows, each its own autosave: the second does not see the first's unsaved entries as a crash
    leftover, and the two typing never overwrite each other."""
    first = open_window("en", demo=True)
    first.state.set_value("notes", "first window, unsaved")
    _wait_for_autosave(qtbot, first)

    second = open_window("en")
    assert dialogs.of_kind("question") == []  # nothing offered: the first window is alive
    assert second.autosave.path != first.autosave.path
    second.state.set_value("birth_date", "1990-02-03")
    second.state.set_value("notes", "second window")
    qtbot.waitUntil(lambda: second.autosave.path.exists() and second.autosave.writes > 0, timeout=5000)
    first.state.set_value("notes", "first window, still typing")
    qtbot.waitUntil(lambda: "still typing" in first.autosave.path.read_text(encoding="utf-8"), timeout=5000)
    assert "second window" in second.autosave.path.read_text(encoding="utf-8")

    second.state.mark_saved()
    second.close()  # a clean quit removes only its own snapshot
    assert first.autosave.path.exists() and not second.autosave.path.exists()


def test_a_killed_windows_draft_is_offered_to_the_next_window_only(open_window, dialogs, qtbot):
    alive = open_window("en", demo=True)
    alive.state.set_value("notes", "alive")
    _wait_for_autosave(qtbot, alive)
    killed = open_window("en", demo=True)
    killed.state.set_value("notes", "killed one")
    qtbot.waitUntil(lambda: killed.autosave.path.exists() and killed.autosave.writes > 0, timeout=5000)
    _die(killed)

    dialogs.answer = QMessageBox.StandardButton.Yes
    after = open_window("en")
    assert [m[1] for m in dialogs.of_kind("question")] == ["Restore unsaved applicant?"]
    assert after.state.values["notes"] == "killed one"  # the leftover, not the live window's draft
    assert alive.state.values["notes"] == "alive" and "alive" in alive.autosave.path.read_text(encoding="utf-8")


def test_a_draft_that_cannot_be_scored_is_restored_unsaved_and_says_why(open_window, dialogs, qtbot, monkeypatch):
    """A poison draft once came back as "Not restored" yet marked unmodified, so quitting discarded it."""
    window = open_window("en", demo=True)
    window.state.set_value("notes", "kept through a failure")
    _wait_for_autosave(qtbot, window)
    _die(window)

    from simulator.gui.form.state import ApplicantState

    scores = ApplicantState.evaluate

    def cannot_score(self):  # these entries (and only these) break the engine
        if self.values.get("notes") == "kept through a failure":
            raise ArithmeticError("scoring failed")
        scores(self)

    monkeypatch.setattr(ApplicantState, "evaluate", cannot_score)
    dialogs.answer = QMessageBox.StandardButton.Yes
    again = open_window("en")
    (warning,) = dialogs.of_kind("warning")
    assert warning[1] == "Restored, but not scored" and "ArithmeticError" in warning[2] and "nothing was discarded" in warning[2]
    assert again.state.values["notes"] == "kept through a failure" and again.state.modified is True
