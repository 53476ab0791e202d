"""How a range of points reads, the same on every face (worksheet, score panel, comparison, projection, batch,
terminal): exact points as they are, a range as its bounds, and a verdict against a mark that is "reached" only
when the lowest total reaches it, "not reached" only when the highest does not, and otherwise "depends on" the
values named."""

from __future__ import annotations

from decimal import Decimal

from simulator.core.decimals import fmt
from simulator.core.text import Text

BETWEEN = ("{0}–{1}", "{0}–{1}")
AT_LEAST = ("至少{0}", "at least {0}")
AT_MOST = ("至多{0}", "at most {0}")
UNBOUNDED = Text("未知", "unknown")

REACHED = ("达到{0}分（最低可能总分也高出{1}）", "reached ({1} above {0} even at the lowest total)")
EXACTLY_REACHED = ("达到{0}分（高出{1}）", "reached ({1} above {0})")
NOT_REACHED = ("未达到{0}分（最高可能总分也差{1}）", "not reached ({1} short of {0} even at the highest total)")
EXACTLY_NOT_REACHED = ("未达到{0}分（差{1}）", "not reached ({1} short of {0})")
DEPENDS = ("能否达到{0}分取决于：{1}", "whether it reaches {2} depends on: {3}")
DEPENDS_ON = ("取决于：{0}", "depends on: {1}")


def span(low: Decimal | None, high: Decimal | None) -> Text:
    """Points between `low` and `high` (None: no bound known on that side): "30", "0–30", "at least 30"."""
    if low is not None and low == high:
        return Text(fmt(low), fmt(low))
    if low is not None and high is not None:
        return Text.of(BETWEEN, fmt(low), fmt(high))
    if low is not None:
        return Text.of(AT_LEAST, fmt(low))
    if high is not None:
        return Text.of(AT_MOST, fmt(high))
    return UNBOUNDED


def points_of(item) -> Text:
    """An indicator's or an evaluation's points as a span (an IndicatorResult, or an Evaluation's total)."""
    if hasattr(item, "total_low"):
        return span(item.total_low, item.total_high)
    return span(item.low, item.high)


def _labels(missing) -> list[Text]:
    """Each value's name once, in order."""
    seen: dict[tuple[str, str], Text] = {}
    for m in missing:
        seen.setdefault((m.label.zh, m.label.en), m.label)
    return list(seen.values())


def depends_on(missing) -> Text:
    """The values a range depends on, named: "depends on: rental cap; honours validity"."""
    labels = _labels(missing)
    return Text.of(DEPENDS_ON, "；".join(t.zh for t in labels), "; ".join(t.en for t in labels)) if labels else Text("", "")


def verdict(result, mark: Decimal) -> tuple[str, Text]:
    """(state, words) of a result against a mark: "reached", "not_reached" or "depends" (result.pass_state)."""
    state = result.pass_state(mark)
    exact = not result.ranged
    if state == "reached":
        return state, Text.of(EXACTLY_REACHED if exact else REACHED, fmt(mark), fmt(result.total_low - mark))
    if state == "not_reached":
        return state, Text.of(EXACTLY_NOT_REACHED if exact else NOT_REACHED, fmt(mark), fmt(mark - result.total_high))
    labels = _labels(result.missing)
    return state, Text.of(DEPENDS, fmt(mark), "；".join(t.zh for t in labels), fmt(mark), "; ".join(t.en for t in labels))
