"""The real program, typing an applicant by itself: for the kill-and-restore test.

Run as `python -m tests.support.wizard_typist SEED EDITS` with POINTS_SIMULATOR_DATA_DIR set. It starts the wizard
(offscreen), answers the restore question through POINTS_SIMULATOR_RESTORE_ANSWER, prints the draft it starts
with, then makes EDITS edits the way the pages make them (a keystroke into a text field, a table cell, a tick, a
page change), at a typist's pace with pauses, printing after each one the draft as it now stands:

    start <json>    the draft after start-up (a restore, if one was accepted)
    typed <k> <json>
    saved <k>       an autosave was written holding the first k edits

With EDITS 0 it prints the start line and exits. The drafts are the autosave's own snapshot (minus its time).
"""

from __future__ import annotations

import json
import os
import random
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT_FIELDS = ("name", "notes", "birth_date", "education.study_start", "education.institution", "id_number")
CHARACTERS = "0123456789-年月 张李华海淀abcx"
TABLE_CELLS = {"social_insurance": (0, 1), "income_tax": (0, 1), "workplaces": (0, 1, 3)}


def _draft(window) -> dict:
    from simulator.gui.stored.autosave import capture

    snapshot = capture(window)
    snapshot.pop("saved_at")
    return snapshot


def _say(*parts) -> None:
    sys.stdout.write(" ".join(parts) + "\n")
    sys.stdout.flush()


def main() -> None:
    seed, edits = int(sys.argv[1]), int(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from simulator.gui.app import launch, wait_until_ready

    window = launch(lang="en")
    wait_until_ready(window)
    QApplication.processEvents()
    _say("start", json.dumps(_draft(window), ensure_ascii=False))
    if edits == 0:
        os._exit(0)  # as abruptly as a kill: the autosave stays for the test to look at

    rng = random.Random(seed)
    state = window.state
    done = 0

    flush = window.autosave.flush

    def flush_and_tell() -> bool:
        ok = flush()
        if ok and state.modified:
            _say("saved", str(done))
        return ok

    window.autosave.flush = flush_and_tell
    window.autosave._timer.timeout.disconnect()
    window.autosave._timer.timeout.connect(flush_and_tell)

    def edit() -> None:
        roll = rng.random()
        if roll < 0.55:
            key = rng.choice(TEXT_FIELDS)
            text = str(state.values[key])
            if text and rng.random() < 0.15:
                state.set_value(key, text[:-1])  # a backspace
            else:
                state.set_value(key, text + rng.choice(CHARACTERS))
        elif roll < 0.8:
            name = rng.choice(list(TABLE_CELLS))
            model = state.tables[name]
            if model.rowCount() == 0 or rng.random() < 0.2:
                model.add_row()
            row = rng.randrange(model.rowCount())
            column = rng.choice(TABLE_CELLS[name])
            current = str(model.rows[row][model.spec.columns[column].key] or "")
            model.setData(model.index(row, column), current + rng.choice(CHARACTERS))
        elif roll < 0.9:
            key = rng.choice(("has_residence_permit", "has_criminal_record", "education.diploma"))
            state.set_value(key, not state.values[key])
        else:
            window.wizard.go_to(rng.randrange(len(window.wizard.pages)))

    def step() -> None:
        nonlocal done
        edit()
        done += 1
        _say("typed", str(done), json.dumps(_draft(window), ensure_ascii=False))
        if done < edits:
            pause = rng.uniform(0.6, 1.2) if rng.random() < 0.15 else rng.uniform(0.02, 0.15)
            QTimer.singleShot(int(pause * 1000), step)

    QTimer.singleShot(0, step)
    QApplication.instance().exec()


if __name__ == "__main__":
    main()
