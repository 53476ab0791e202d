"""Every value of a rule pack with its label, and the labels of values the engine reports as missing or
user-supplied: what an override editor lists and a worksheet names."""

from __future__ import annotations

from simulator import cities
from simulator.core.text import Text
from simulator.engine.cite import label_of


def value_label(pack, path: str) -> Text:
    return label_of(cities.of_pack(pack).labels, path)


def pack_values(pack) -> list[tuple[str, Text, object]]:
    """(path, label, Cited) for every value of the pack, in pack order; `Cited.value` is None where not found."""
    return [(path, value_label(pack, path), cited) for path, cited in pack.cited_values()]
