"""Ranking several results of one round (e.g. a consultant's clients): by total, and where totals tie, by the
rules' tie-break order (Hangzhou). Says which criterion decided each tie, so a ranked list can show it."""

from __future__ import annotations

from dataclasses import dataclass

from simulator.core.result import Evaluation, Text

TIE = Text("同分：按{0}排序", "equal totals: ranked by {0}")
STILL_TIED = Text("同分且排序条件均相同", "equal totals and equal on every tie-break criterion")


@dataclass(slots=True)
class Ranked:
    position: int  # 1-based; equal results share a position
    result: Evaluation
    decided_by: Text | None  # the tie-break criterion that placed it against the one above, when totals tie


def _key(result: Evaluation) -> tuple:
    return (result.total, *(result.tie_break.key if result.tie_break is not None else ()))


def rank(results: list[Evaluation]) -> list[Ranked]:
    """Highest first. Results with a channel or a veto are not ranked (left out)."""
    ranked = sorted((r for r in results if r.channel is None and r.veto is None), key=_key, reverse=True)
    out: list[Ranked] = []
    for i, result in enumerate(ranked):
        if i == 0:
            out.append(Ranked(1, result, None))
            continue
        above = ranked[i - 1]
        if result.total != above.total:
            out.append(Ranked(i + 1, result, None))
            continue
        decided = None
        if result.tie_break is not None and above.tie_break is not None:
            for mine, theirs in zip(result.tie_break.parts, above.tie_break.parts):
                if mine.value != theirs.value:
                    decided = Text(TIE.zh.format(mine.name.zh), TIE.en.format(mine.name.en))
                    break
        if decided is None:
            out.append(Ranked(out[-1].position, result, STILL_TIED))
        else:
            out.append(Ranked(i + 1, result, decided))
    return out
