"""The long fuzz run: the same doors and mutations as tests/test_fuzz.py, more inputs (default 10,000 over the five
doors). Prints, per door, the inputs tried, accepted, refused with a message naming the field, and the findings
(tracebacks, hangs, refusals naming no field, accepted files scoring what no one can), with the first of each kind.

    .venv/bin/python benchmarks/fuzz_run.py [--inputs 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.fuzz import DOORS, run_door  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs in all, shared by the doors")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    each = max(1, args.inputs // len(DOORS))
    found = 0
    start = time.perf_counter()
    for door in DOORS:
        with tempfile.TemporaryDirectory() as tmp:
            began = time.perf_counter()
            outcome = run_door(door, Path(tmp), each, args.seed)
            took = time.perf_counter() - began
        found += len(outcome.findings)
        print(
            f"{door.name:18} {outcome.total:6,} inputs  {outcome.accepted:6,} accepted  {outcome.refused:6,} refused  "
            f"{len(outcome.findings):3} findings  {took:6.1f} s"
        )
        for kind, n in Counter(f.split(": ", 1)[1][:120] for f in outcome.findings).most_common(8):
            print(f"    {n:4} × {kind}")
    print(f"in all: {each * len(DOORS):,} inputs, {found} findings, {time.perf_counter() - start:.0f} s (seed {args.seed})")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
