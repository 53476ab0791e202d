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
