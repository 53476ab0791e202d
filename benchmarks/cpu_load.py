"""A CPU load the benchmark starts itself: one busy process per core, for as long as a `with` block runs. A
figure measured "loaded" then means the same thing on every run, whatever else shares the machine."""

from __future__ import annotations

import multiprocessing
import os
import time
from contextlib import contextmanager


def _spin(stop_at: float) -> None:
    x = 0
    while time.monotonic() < stop_at:
        x = (x * 31 + 7) % 1_000_003  # pure Python work: the interpreter holds the core


@contextmanager
def cpu_load(processes: int | None = None, longest_s: float = 3600.0):
    """Every core busy (or `processes` of them) while the block runs; stopped (and at the latest after
    `longest_s`, should the benchmark die) when it ends."""
    count = processes or os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")  # no Qt state copied into the children
    workers = [context.Process(target=_spin, args=(time.monotonic() + longest_s,), daemon=True) for _ in range(count)]
    for worker in workers:
        worker.start()
    time.sleep(0.3)  # the load is running before the first measurement
    try:
        yield count
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join()
