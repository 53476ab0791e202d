"""Full evaluations (qualification, every indicator with its derivation, past-line comparison) per second on one
core, over the 6,032 profiles reconstructed from Beijing's published 2020 list. Target: >= 20,000 per second."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.engine import evaluate  # noqa: E402
from simulator.rules import load_pack  # noqa: E402
from tests.support.published import published_rows, reconstruct  # noqa: E402

TARGET = 20_000


def main(rounds: int = 5) -> None:
    pack = load_pack("beijing-2020")
    profiles = [reconstruct(row) for row in published_rows()]
    for profile in profiles[:200]:  # warm-up: compile the pack, load the past lines
        evaluate(profile, pack, 2020)
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for profile in profiles:
            evaluate(profile, pack, 2020)
        rates.append(len(profiles) / (time.perf_counter() - start))
    best, median = max(rates), sorted(rates)[len(rates) // 2]
    print(f"profiles: {len(profiles)}  rounds: {rounds}")
    print(f"evaluations/s (median): {median:,.0f}")
    print(f"evaluations/s (best):   {best:,.0f}")
    print(f"target: >= {TARGET:,}  -> {'met' if median >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
