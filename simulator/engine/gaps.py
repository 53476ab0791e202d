"""Values the sources do not give: each indicator asks for the values it needs and records the missing ones, so
the total can be marked provisional and list exactly what is missing for this applicant."""

from __future__ import annotations

from simulator.core.result import (
    NOT_AVAILABLE,
    Event,
    IndicatorResult,
    MissingValue,
    Text,
)
from simulator.engine.cite import label_of

MISSING_NOTE = (
    "{0}：{2}。本项只计已知部分；持有官方表格者可自行填入该值。",
    "{1}: {3}. Only what is known is counted; a user holding the official table can supply the value.",
)


class Needs:
    """The rule values one indicator reads; a value the sources do not give is recorded as missing."""

    __slots__ = ("indicator", "pack", "labels", "missing")

    def __init__(self, indicator: str, pack, labels: dict[str, Text]):
        self.indicator = indicator
        self.pack = pack
        self.labels = labels
        self.missing: list[MissingValue] = []

    def value(self, path: str):
        """The value at `path`, or None when the sources do not give it (then it is recorded as missing)."""
        cited = self.pack.value_at(path)
        if cited is None:
            raise KeyError(f"{self.pack.pack.id}: no value {path!r}")
        if cited.value is None:
            self.miss(path)
        return cited.value

    def known(self, path: str) -> bool:
        cited = self.pack.value_at(path)
        return cited is not None and cited.value is not None

    def miss(self, path: str) -> None:
        if all(m.path != path for m in self.missing):
            self.missing.append(MissingValue(self.indicator, label_of(self.labels, path), path))

    def finish(self, result: IndicatorResult) -> IndicatorResult:
        """Attach the missing values and say so in the derivation."""
        if self.missing:
            known = {m.path for m in result.missing}
            added = [m for m in self.missing if m.path not in known]
            result.missing = (*result.missing, *added)
            for item in added:
                result.events.append(
                    Event("note", Text.of(MISSING_NOTE, item.label.zh, item.label.en, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
                )
        return result


YES = Text("是", "yes")
NO = Text("否", "no")


def yes_no(flag: bool) -> tuple[str, Text]:
    """An input that is a yes or a no: the plain value and its words in both languages."""
    return ("yes", YES) if flag else ("no", NO)
