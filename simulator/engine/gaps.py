"""Values the sources do not give: each indicator asks for the values it needs and records the missing ones, so
the total can be marked provisional and list exactly what is missing for this applicant."""

from __future__ import annotations

from decimal import Decimal

from simulator.core.decimals import ZERO, fmt
from simulator.core.result import (
    EXACT,
    NOT_AVAILABLE,
    Event,
    IndicatorResult,
    InputUsed,
    MissingValue,
    Text,
)
from simulator.core.result import add_bound as add  # noqa: F401 (the engines' name for it)
from simulator.engine.cite import label_of

MISSING_NOTE = (
    "{0}：{2}。本项分值因此是一个范围；持有官方表格者可自行填入该值。",
    "{1}: {3}. The points are therefore a range; a user holding the official table can supply the value.",
)
UNANSWERED_NOTE = (
    "{0}：未回答。本项分值因此是一个范围；回答后即可确定。",
    "{1}: not answered. The points are therefore a range; answering it settles them.",
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

    def fact(self, result: IndicatorResult, profile, city_id: str, key: str, *, required: bool = True):
        """One of the city's own facts (City.facts) read into the derivation's inputs; not answered and
        `required`, it is recorded as what the range depends on. Returns the answer (None: not answered)."""
        from simulator import cities

        fact = cities.get(city_id).fact(key)
        value = profile.facts_of(city_id).get(key)
        words = fact.answer(value)
        result.inputs.append(InputUsed(fact.caption, words.en, words))
        if value is None and required:
            self.unanswered(f"city_facts.{city_id}.{key}", fact.label)
        return value

    def unanswered(self, path: str, label: Text) -> None:
        """A fact of the applicant's the rules ask about that the file does not answer."""
        if all(m.path != path for m in self.missing):
            self.missing.append(MissingValue(self.indicator, label, path, unanswered=True))

    def finish(self, result: IndicatorResult) -> IndicatorResult:
        """Attach the missing values and say so in the derivation. An indicator that needed a missing value and
        did not say between which points it then lies is open on the side the value could move it: a bonus or
        basic item counts at least what is known with no upper bound known, a deduction at most what is known
        with no lower bound known (never the missing value read as 0, as "no cap" or as "yes")."""
        if self.missing:
            known = {m.path for m in result.missing}
            added = [m for m in self.missing if m.path not in known]
            result.missing = (*result.missing, *added)
            for item in added:
                template = UNANSWERED_NOTE if item.unanswered else MISSING_NOTE
                result.events.append(
                    Event("note", Text.of(template, item.label.zh, item.label.en, NOT_AVAILABLE.zh, NOT_AVAILABLE.en))
                )
            if result.low_bound is EXACT and result.high_bound is EXACT:
                if result.group == "deduction":
                    between(result, None, result.points)
                else:
                    between(result, result.points, None)
        return result


YES = Text("是", "yes")
NO = Text("否", "no")

# How a range reads in a derivation (fmt'd bounds): both bounds known, only the lowest, only the highest.
RANGE_STEPS = {
    "both": ("在{0}至{1}分之间：取决于下列未知项", "between {0} and {1}: depends on what is not known (below)"),
    "low": (
        "至少{0}分（上限未知）：取决于下列未知项",
        "at least {0} (no upper bound known): depends on what is not known (below)",
    ),
    "high": (
        "至多{1}分（下限未知）：取决于下列未知项",
        "at most {1} (no lower bound known): depends on what is not known (below)",
    ),
}


def between(result: IndicatorResult, low: Decimal | None, high: Decimal | None) -> IndicatorResult:
    """The indicator's points lie between `low` and `high` (None: no bound known on that side), because a value
    the sources do not give decides where: the derivation says so. Equal bounds are exact points."""
    if low is not None and low == high:
        result.points = low
        return result
    result.set_range(low, high)
    shape = "both" if low is not None and high is not None else ("low" if low is not None else "high")
    result.steps.append(Text.of(RANGE_STEPS[shape], fmt(low) if low is not None else "", fmt(high) if high is not None else ""))
    return result


def unknown_cap(result: IndicatorResult, raw: Decimal) -> IndicatorResult:
    """A cap the sources do not give: the points lie between 0 (a cap could be that low) and the uncapped points."""
    return between(result, min(raw, ZERO), raw)


def yes_no(flag: bool) -> tuple[str, Text]:
    """An input that is a yes or a no: the plain value and its words in both languages."""
    return ("yes", YES) if flag else ("no", NO)
