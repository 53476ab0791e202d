"""A CPU load the benchmark starts itself: one busy process per core, for as long as a `with` block runs. A
figure measured "loaded" then means the same thing on every run, whatever else shares the machine.

The busy processes are bare interpreters running a loop (not multiprocessing children, which would import the
benchmark, PySide6 and all, before they start working)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager

_SPIN = (
    "import time\nstop = time.monotonic() + {seconds}\nx = 0\nwhile time.monotonic() < stop:\n    x = (x * 31 + 7) % 1000003\n"
)


@contextmanager
def cpu_load(processes: int | None = None, longest_s: float = 3600.0):
    """Every core busy (or `processes` of them) while the block runs; stopped when it ends (and at the latest after
    `longest_s`, should the benchmark die without stopping them)."""
    count = processes or os.cpu_count() or 1
    code = _SPIN.format(seconds=longest_s)
    workers = [subprocess.Popen([sys.executable, "-S", "-c", code]) for _ in range(count)]
    time.sleep(0.3)  # the load is running before the first measurement
    try:
        yield count
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait()


def host_speed(seconds: float = 1.0) -> float:
    """Millions of turns a second of a bare Python loop in this process: how fast the host runs right now. On a
    shared machine it moves by a fifth from hour to hour; a figure measured beside it can be read against it."""
    stop = time.perf_counter() + seconds
    turns = 0
    while time.perf_counter() < stop:
        turns += 1
    return turns / seconds / 1e6
