"""Pausing Python's cyclic garbage collector over work that makes many objects and no cycles (a batch's rows):
the collector would re-walk everything still alive, over and over, and find nothing to free."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector stays off inside; it is on again afterwards if it was on before (pauses may nest)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
