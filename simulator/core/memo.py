"""Answers kept per rule pack: a batch asks the same question of its pack (its round, its cut-off, its districts,
its compiled rules) for each of its 130,000 rows."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")

KEPT = 1024  # answers kept by each function: a long-running window may ask about many packs and rounds


def per_pack(function: Callable[..., T]) -> Callable[..., T]:
    """`function(pack, *args)` computed once for a pack (told by its id and content hash, not by the object:
    a pack read again is the same pack) and arguments (hashable; equal ones share an answer: the year 2024 and the
    round 2024 are one question). An exception is not kept: the question is asked again."""
    found: dict[tuple, Any] = {}

    @wraps(function)
    def kept(pack, *args):
        key = (pack.pack.id, pack.content_hash, *args)
        try:
            return found[key]
        except KeyError:
            pass
        value = function(pack, *args)
        if len(found) >= KEPT:
            found.clear()
        found[key] = value
        return value

    kept.cache_clear = found.clear  # type: ignore[attr-defined]
    return kept
