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


def competition_ranks(keys: list) -> list[int | None]:
    """Competition ranking (1, 2, 2, 4) of items already in order, by their keys; an item whose key is None takes
    no rank (and leaves no gap). The one ranking of the program: lists of results and batch summaries alike."""
    ranks: list[int | None] = []
    previous = object()
    rank = position = 0
    for key in keys:
        if key is None:
            ranks.append(None)
            continue
        position += 1
        if key != previous:
            rank, previous = position, key
        ranks.append(rank)
    return ranks


def _key(result: Evaluation) -> tuple:
    return (result.total, *(result.tie_break.key if result.tie_break is not None else ()))


def rank(results: list[Evaluation]) -> list[Ranked]:
    """Highest first. Results with a channel or a veto are not ranked (left out)."""
    ranked = sorted((r for r in results if r.channel is None and r.veto is None), key=_key, reverse=True)
    positions = competition_ranks([_key(r) for r in ranked])
    out: list[Ranked] = []
    for i, (result, position) in enumerate(zip(ranked, positions)):
        above = ranked[i - 1] if i else None
        decided = None
        if above is not None and result.total == above.total:
            decided = STILL_TIED
            if result.tie_break is not None and above.tie_break is not None:
                for mine, theirs in zip(result.tie_break.parts, above.tie_break.parts):
                    if mine.value != theirs.value:
                        decided = Text(TIE.zh.format(mine.name.zh), TIE.en.format(mine.name.en))
                        break
        out.append(Ranked(position, result, decided))
    return out
