"""Rule values as a derivation shows them, for packs whose values may be missing: built once per pack."""

from __future__ import annotations

from simulator.core.memo import per_pack
from simulator.core.result import NOT_AVAILABLE, RuleValue, Text
from simulator.engine.citations import rule_value

_CACHE: dict[tuple, tuple] = {}  # rule values of paths, by pack (a city's labels go with its packs)
_LABELS: dict[tuple[int, str], Text] = {}


def label_of(labels: dict[str, Text], path: str) -> Text:
    """The label of a pack path: exact, else the nearest labelled parent with the rest of the path appended."""
    key = (id(labels), path)
    found = _LABELS.get(key)
    if found is None:
        found = labels.get(path)
        if found is None:
            parent, _, rest = path.rpartition(".")
            while parent and parent not in labels:
                parent, _, more = parent.rpartition(".")
                rest = f"{more}.{rest}"
            base = labels.get(parent)
            found = Text(f"{base.zh}（{rest}）", f"{base.en} ({rest})") if base else Text(path, path)
        _LABELS[key] = found
    return found


def cite(pack, labels: dict[str, Text], *paths: str) -> tuple[RuleValue, ...]:
    """The rule values at these paths that the pack has (sections an edition lacks are left out)."""
    key = (pack.pack.id, pack.content_hash, paths)
    found = _CACHE.get(key)
    if found is None:
        values = []
        for path in paths:
            cited = pack.value_at(path)
            if cited is not None:
                value = rule_value(pack, path, cited, labels)
                value.label = label_of(labels, path)
                if cited.value is None:
                    value.value_text = NOT_AVAILABLE
                values.append(value)
        found = _CACHE[key] = tuple(values)
    return found


@per_pack
def paths_under(pack, prefix: str) -> tuple[str, ...]:
    """Every cited path of the pack under a prefix, in pack order."""
    dotted = prefix + "."
    return tuple(p for p, _ in pack.cited_values() if p == prefix or p.startswith(dotted))
