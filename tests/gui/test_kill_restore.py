"""Kill the real program while it is being typed into, start it again, accept the restore: the draft comes back
exactly as it was typed, whatever moment the kill came at.

Each round starts the program in a fresh interpreter (tests/support/wizard_typist.py), which restores the
previous round's autosave and keeps typing; SIGKILL at a random moment; the next round's start-up shows what came
back. The only entries allowed to be missing are those typed in the autosave's debounce window just before the
kill (a quarter of a second after the last change, at most 0.3 s after the first unwritten one); everything that had been autosaved must come back, and every restore must be one exact
draft as it was typed at some moment, never a mixture or a damaged file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from simulator.gui.stored.autosave import DEBOUNCE_MS, LONGEST_WAIT_MS

ROOT = Path(__file__).resolve().parents[2]
KILLS = 10
SLACK_S = 0.5  # scheduling on a busy machine, on top of the debounce


class Typist:
    def __init__(self, data_dir: Path, seed: int, edits: int) -> None:
        env = {
            **os.environ,
            "POINTS_SIMULATOR_DATA_DIR": str(data_dir),
            "POINTS_SIMULATOR_RESTORE_ANSWER": "yes",
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.wizard_typist", str(seed), str(edits)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        self.start: dict | None = None
        self.typed: list[tuple[float, dict]] = []  # (when, draft after the edit)
        self.saved = 0  # edits held by the last autosave written
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            kind, _, rest = line.rstrip("\n").partition(" ")
            if kind == "start":
                self.start = json.loads(rest)
            elif kind == "typed":
                _k, _, draft = rest.partition(" ")
                self.typed.append((time.monotonic(), json.loads(draft)))
            elif kind == "saved":
                self.saved = max(self.saved, int(rest))

    def wait(self, condition, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.process.poll() is None or self.start is not None, "the program ended on its own"
            assert time.monotonic() < deadline, "the program did not get there in time"
            time.sleep(0.01)

    def kill(self) -> float:
        self.process.send_signal(signal.SIGKILL)
        when = time.monotonic()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        return when


@pytest.fixture
def typists():
    """Every program started; none outlives the test, whatever fails."""
    started: list[Typist] = []
    yield started
    for typist in started:
        if typist.process.poll() is None:
            typist.process.kill()
            typist.process.wait(timeout=10)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_program_restores_what_was_typed(tmp_path, typists):
    rng = random.Random(7)
    data_dir = tmp_path / "data"
    previous: list[tuple[float, dict]] | None = None
    saved_before = 0
    killed_at = 0.0
    report = []
    for round_number in range(KILLS + 1):
        last_round = round_number == KILLS
        typist = Typist(data_dir, seed=round_number, edits=0 if last_round else 400)
        typists.append(typist)
        typist.wait(lambda t=typist: t.start is not None)
        if previous is not None:
            restored = typist.start
            matches = [i for i, (_when, draft) in enumerate(previous) if draft == restored]
            assert matches, f"round {round_number}: the restored draft is not any draft that was typed"
            kept = matches[-1]  # index into previous: 0 is the round's start, k the draft after edit k
            assert kept >= saved_before, f"round {round_number}: an autosaved edit was lost"
            lost = previous[kept + 1 :]
            for when, _draft in lost:
                assert killed_at - when <= LONGEST_WAIT_MS / 1000 + SLACK_S, "an edit older than the debounce was lost"
            report.append((len(previous) - 1, kept, len(lost)))
        if last_round:
            typist.process.wait(timeout=30)
            break
        typist.wait(lambda t=typist: t.saved > 0)  # the first autosave of this round is on disk
        time.sleep(rng.uniform(0.0, 2.5))  # then a kill at a random moment: mid-keystroke, mid-write, idle
        killed_at = typist.kill()
        previous = [(0.0, typist.start), *typist.typed]
        saved_before = typist.saved

    assert len(report) == KILLS
    typed = sum(r[0] for r in report)
    lost = sum(r[2] for r in report)
    print(
        f"\nkills: {KILLS}; edits typed: {typed}; restored exactly: {KILLS}; edits lost (typed in the last "
        f"{DEBOUNCE_MS}-{LONGEST_WAIT_MS} ms before a kill): {lost}; per round (typed, kept, lost): {report}"
    )
