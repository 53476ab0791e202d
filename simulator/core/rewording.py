"""Messages worded in English where they arise, reworded for a face in another language by a table of patterns:
each pattern matches a whole message, and its replacement is a template (`\\1` for what the pattern found) or a
function of the match. Used by the batch's and the command line's Chinese wording."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Replacement = str | Callable[[re.Match], str]


def pattern_table(pairs: Iterable[tuple[str, Replacement]]) -> tuple[tuple[re.Pattern, Replacement], ...]:
    return tuple((re.compile(pattern + "$"), replacement) for pattern, replacement in pairs)


def reworded(table: tuple[tuple[re.Pattern, Replacement], ...], text: str) -> str | None:
    """`text` reworded by the first pattern that matches it whole, or None."""
    for pattern, replacement in table:
        found = pattern.match(text)
        if found is not None:
            return found.expand(replacement) if isinstance(replacement, str) else replacement(found)
    return None
