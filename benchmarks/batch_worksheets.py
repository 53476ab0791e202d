"""Batch with a PDF worksheet per applicant: worksheets a second and peak memory at growing sizes, in one run (the
sizes share the machine state, so their ratios hold on a shared machine where absolute times do not).

The applicants are benchmarks/batch_throughput.py's (shapes of Beijing's published 2020 list, moved to 2024).
Each size runs `python -m simulator batch FILE --year 2024 --pdf --out DIR` in a fresh interpreter and reads peak
memory from the kernel's accounting: the main process and the largest worker. Targets: memory flat in the number
of rows (peak at the largest size within 1.2x of the one before), and 1,000 worksheets within 90 s on two cores.

    .venv/bin/python benchmarks/batch_worksheets.py [--sizes 100 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.batch_throughput import child as batch_child  # noqa: E402
from benchmarks.batch_throughput import generate, installed_env  # noqa: E402

FLAT = 1.2
SECONDS_PER_1000 = 90


def child(source: str, out: str) -> None:
    batch_child(source, out, "--pdf")


def one_size(rows: int, folder: Path) -> dict:
    source = folder / f"applicants-{rows}.csv"
    generate(source, rows)
    out = folder / f"out-{rows}"
    run = subprocess.run(
        [sys.executable, __file__, "--child", str(source), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=installed_env(folder, "--pdf"),
    )
    if run.returncode != 0 or not run.stdout.strip():
        raise SystemExit(f"the batch of {rows} failed:\n{run.stderr[-2000:]}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    figures["pdfs"] = sum(1 for _ in (out / "pdf").glob("*.pdf"))
    figures["rows"] = rows
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    print(f"batch with worksheets, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    results = []
    with tempfile.TemporaryDirectory(prefix="batch-pdf-bench-") as tmp:
        for rows in sorted(args.sizes):
            figures = one_size(rows, Path(tmp))
            results.append(figures)
            rate = figures["pdfs"] / figures["seconds"]
            print(
                f"  {rows:6,} rows: {figures['pdfs']:6,} worksheets in {figures['seconds']:7.1f} s ({rate:5.1f} a second, "
                f"{1000 / rate:5.0f} s per 1,000);  peak memory: main {figures['main_bytes'] / 2**20:5.0f} MB, "
                f"largest worker {figures['worker_bytes'] / 2**20:5.0f} MB"
            )
    for smaller, larger in zip(results, results[1:]):
        peak = lambda f: f["main_bytes"] + f["worker_bytes"]  # noqa: E731
        ratio = peak(larger) / peak(smaller)
        print(
            f"  peak memory {larger['rows']:,} rows / {smaller['rows']:,} rows: {ratio:.2f}  target <= {FLAT} -> "
            f"{'met' if ratio <= FLAT else 'NOT met'}"
        )
    last = results[-1]
    per_1000 = 1000 * last["seconds"] / max(1, last["pdfs"])
    print(
        f"  1,000 worksheets: {per_1000:.0f} s  target <= {SECONDS_PER_1000} s -> {'met' if per_1000 <= SECONDS_PER_1000 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
