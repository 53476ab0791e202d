"""Warm export time of a typical PDF worksheet (resources/examples/own-home-outside-centre.json, year 2026).

One export first (it registers the 5 MB CJK font and loads the rules' help texts), then the timed ones, each
writing the file as the command line and the wizard do. Target: <= 0.5 s per export.

  .venv/bin/python benchmarks/worksheet_export.py [rounds]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.engine import evaluate  # noqa: E402
from simulator.paths import examples_dir  # noqa: E402
from simulator.profile import load_profile  # noqa: E402
from simulator.rules import pack_for  # noqa: E402
from simulator.worksheet import export_pdf  # noqa: E402

TARGET_SECONDS = 0.5


def main(rounds: int = 20) -> None:
    profile = load_profile(examples_dir() / "own-home-outside-centre.json")
    result = evaluate(profile, pack_for("beijing", 2026), 2026)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "worksheet.pdf"
        for lang in ("zh", "en"):
            start = time.perf_counter()
            export_pdf(result, profile, target, lang=lang, computed_on=date(2026, 11, 22))
            cold = time.perf_counter() - start
            times = []
            for _ in range(rounds):
                start = time.perf_counter()
                export_pdf(result, profile, target, lang=lang, computed_on=date(2026, 11, 22))
                times.append(time.perf_counter() - start)
            median, worst = statistics.median(times), max(times)
            verdict = "met" if median <= TARGET_SECONDS else "NOT met"
            print(
                f"{lang}: first export {cold:.3f} s; warm over {rounds}: median {median:.3f} s, max {worst:.3f} s "
                f"({target.stat().st_size / 1024:.0f} KB)  target <= {TARGET_SECONDS} s -> {verdict}"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
