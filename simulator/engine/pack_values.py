"""Every value of a rule pack with its label, and the labels of values the engine reports as missing or
user-supplied: what an override editor lists and a worksheet names."""

from __future__ import annotations

from simulator.engine.citations import LABELS as BEIJING_LABELS
from simulator.engine.common.cite import label_of
from simulator.engine.hangzhou.labels import LABELS as HANGZHOU_LABELS
from simulator.engine.result import Text
from simulator.engine.xiongan.labels import LABELS as XIONGAN_LABELS

LABELS_BY_FORMULA: dict[str, dict[str, Text]] = {
    "beijing": BEIJING_LABELS,
    "xiongan": XIONGAN_LABELS,
    "hangzhou": HANGZHOU_LABELS,
}


def value_label(pack, path: str) -> Text:
    return label_of(LABELS_BY_FORMULA.get(pack.pack.formula, {}), path)


def pack_values(pack) -> list[tuple[str, Text, object]]:
    """(path, label, Cited) for every value of the pack, in pack order; `Cited.value` is None where not found."""
    return [(path, value_label(pack, path), cited) for path, cited in pack.cited_values()]
