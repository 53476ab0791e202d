"""Batch scoring of a whole cohort: 130,111 generated applicants (the size of Beijing's 2021 round) from a CSV to
the ranked summary (CSV and XLSX, no PDFs), in a fresh process. Targets: <= 10 s and <= 1 GB.

The applicants are built from the shapes of Beijing's published 2020 list (tests/support/published.py
reconstructs each admitted person's facts from their per-indicator scores), moved four years on to the 2024
round and varied: birth dates, retirement categories, ongoing periods, registered leases, tax years, a few
detentions, and about one row in 400 with a mistake in it (those must be reported, not stop the run).

    python benchmarks/batch_throughput.py [--rows N] [--keep DIR]

Generating the file (and compiling the program's bytecode, as an installed program has it) is not timed. The timed part runs `python -m simulator batch FILE --year 2024 --out DIR`
in a fresh interpreter (start-up and imports included) and reads its peak memory from the kernel's
accounting (resource.getrusage): the main process, and the largest worker process.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cpu_load import host_speed  # noqa: E402
from simulator import cities  # noqa: E402
from simulator.core.months import format_month  # noqa: E402
from tests.support.published import published_rows, reconstruct  # noqa: E402

COHORT = 130_111
YEAR = 2024
SHIFT = 48  # months: the 2020 round's facts moved to the 2024 round
TARGET_SECONDS = 10.0
TARGET_BYTES = 1 << 30
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "涛", "明", "超", "秀英", "志强", "海燕", "建华"]
OUTSIDE = ["tongzhou", "daxing", "changping", "shunyi", "fangshan"]
CATEGORIES = ["male", "male", "female_cadre", "female_worker"]
COUNTS = {"si": 3, "home": 4, "work": 4, "tax": 3}


def headers() -> list[str]:
    layout = cities.get("beijing").batch
    names = [c.name for c in layout.single]
    for group in layout.groups:
        for n in range(1, COUNTS.get(group.prefix, 0) + 1):
            names.extend(group.header(n, c) for c in group.columns)
    return names


def _month(m: int | None) -> str:
    return "" if m is None else format_month(m + SHIFT)


def shape_rows(profile, rng: random.Random, number: int) -> dict[str, str]:
    """One applicant as spreadsheet cells: a published shape, moved on four years and varied."""
    row: dict[str, str] = {"applicant_id": f"B{number:06d}"}
    row["name"] = rng.choice(SURNAMES) + rng.choice(GIVEN)
    birth = profile.birth_date.replace(day=rng.randint(1, 28)) + timedelta(days=365 * 4 + rng.randint(-400, 400))
    row["birth_date"] = birth.isoformat()
    row["id_number"] = f"1101{rng.randint(10, 99)}{birth:%Y%m%d}{rng.randint(100, 999)}{rng.choice('0123456789X')}"
    row["retirement_category"] = rng.choice(CATEGORIES)
    ongoing = rng.random() < 0.7
    for i, period in enumerate(profile.social_insurance, 1):
        row[f"si{i}_start"] = _month(period.start)
        row[f"si{i}_end"] = "" if ongoing and i == len(profile.social_insurance) else _month(period.end)
    for i, period in enumerate(profile.housing[: COUNTS["home"]], 1):
        row[f"home{i}_start"] = _month(period.start)
        last = i == len(profile.housing)
        row[f"home{i}_end"] = "" if ongoing and last else _month(period.end)
        row[f"home{i}_kind"] = period.kind
        district = period.district
        if district == "tongzhou":
            district = rng.choice(OUTSIDE)
        row[f"home{i}_district"] = district
        if period.kind == "rented":
            row[f"home{i}_lease_registered"] = "yes" if rng.random() < 0.6 else "no"
    for i, period in enumerate(profile.workplaces[: COUNTS["work"]], 1):
        row[f"work{i}_start"] = _month(period.start)
        row[f"work{i}_end"] = "" if ongoing and i == len(profile.workplaces) else _month(period.end)
        row[f"work{i}_district"] = period.district
    if profile.education is not None:
        e = profile.education
        row["edu_level"] = e.level
        if rng.random() < 0.05:
            row["edu_degree"] = "no"
        if e.study_start is not None:
            row["edu_study_start"] = _month(e.study_start)
            row["edu_study_end"] = _month(e.study_end)
    if profile.innovation is not None:
        row["innov_kind"] = profile.innovation.kind
        row["innov_tier_points"] = str(profile.innovation.tier_points)
    for i, entry in enumerate(profile.income_tax[: COUNTS["tax"]], 1):
        row[f"tax{i}_year"] = str(entry.year + 4)
        row[f"tax{i}_yuan"] = str(rng.choice([100000, 120000, 180000, 95000]))
    if profile.honours:
        row["honours"] = "model_worker"
    if rng.random() < 0.01:
        row["detention_dates"] = date(rng.randint(2017, 2023), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    if rng.random() < 0.0025:  # a mistake a clerk could make: each one must come back in errors.csv
        mistake = rng.choice(["si1_start", "birth_date", "home1_district", "retirement_category"])
        row[mistake] = {
            "si1_start": "2015-13",
            "birth_date": "1985/02/30",
            "home1_district": "atlantis",
            "retirement_category": "retired",
        }[mistake]
    return row


def generate(path: Path, count: int) -> None:
    rng = random.Random(2021)
    shapes = [reconstruct(r) for r in published_rows()]
    columns = headers()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for number in range(1, count + 1):
            row = shape_rows(shapes[(number - 1) % len(shapes)], rng, number)
            writer.writerow([row.get(c, "") for c in columns])


def installed_env(folder: Path, *more: str) -> dict[str, str]:
    """The environment of the timed run: bytecode cached (in `folder`) as it is for an installed program, even
    where PYTHONDONTWRITEBYTECODE is set; a small batch run here (not timed) compiles every module the batch reads."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    warm = folder / "warm-up"
    warm.mkdir(exist_ok=True)
    generate(warm / "applicants.csv", 20)
    for workers in ("1", "2"):  # in this process and in worker processes (the modules they import)
        run = subprocess.run(
            [sys.executable, __file__, "--child", str(warm / "applicants.csv"), str(warm / "out"), "--workers", workers, *more],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if run.returncode != 0 or '"code": 2' in run.stdout:  # else the compiling would move into the timed run
            raise SystemExit(f"the warm-up batch failed:\n{run.stderr[-2000:]}")
    return env


def child(source: str, out: str, *more: str) -> None:
    """Runs in the fresh interpreter: the batch command itself (with `more` arguments), then its own peak memory
    figures as a line of JSON."""
    from simulator.cli.main import main

    started = time.perf_counter()
    # --force: a kept folder (--keep) holds the outputs of the last run
    code = main(["batch", source, "--year", str(YEAR), "--out", out, "--quiet", "--force", *more])
    seconds = time.perf_counter() - started
    me, them = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "code": code,
                "seconds": seconds,
                "main_bytes": me.ru_maxrss * 1024,
                "worker_bytes": them.ru_maxrss * 1024,
                "main_cpu": me.ru_utime + me.ru_stime,
                "workers_cpu": them.ru_utime + them.ru_stime,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=COHORT)
    parser.add_argument("--keep", help="write the generated file and the results here instead of a temporary folder")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args, more = parser.parse_known_args()
    if args.child:
        child(*args.child, *more)  # more: the batch command's own options (the warm-up's --workers)
        return
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="batch-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "applicants.csv"
    t = time.perf_counter()
    generate(source, args.rows)
    print(
        f"generated {args.rows:,} applicants in {time.perf_counter() - t:.1f} s ({source.stat().st_size / 1e6:.1f} MB, not timed)"
    )

    env = installed_env(folder)
    speed_before = host_speed()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, __file__, "--child", str(source), str(folder / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # every process of the timed run (not the warm-up's): a figure other load on the machine hardly moves
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    if run.returncode != 0:
        print(run.stdout, run.stderr, file=sys.stderr)
        raise SystemExit("the batch failed")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    if figures["code"] not in (0, 1):  # 1: rows with problems (the planted mistakes); else it refused the run
        print(run.stderr, file=sys.stderr)
        raise SystemExit(f"the batch command ended with code {figures['code']}")
    out = folder / "out"
    with open(out / "summary.csv", encoding="utf-8-sig") as handle:
        scored = sum(1 for _ in handle) - 1
    with open(out / "errors.csv", encoding="utf-8-sig") as handle:
        problems = sum(1 for _ in handle) - 1
    workers = 2  # the runner uses at most min(cores, 4) workers; this machine has 2 cores
    peak_bound = figures["main_bytes"] + workers * figures["worker_bytes"]
    print(f"scored: {scored:,}  problems reported: {problems:,}")
    print(f"time, fresh process (start-up and imports included): {wall:.1f} s   (batch itself: {figures['seconds']:.1f} s)")
    print(
        f"processor time, all processes: {cpu:.1f} s (main {figures['main_cpu']:.1f} s, workers {figures['workers_cpu']:.1f} s); "
        f"machine load average now: {os.getloadavg()[0]:.1f}"
    )
    print(
        f"peak memory: main {figures['main_bytes'] / 2**20:.0f} MB, largest worker {figures['worker_bytes'] / 2**20:.0f} MB, "
        f"all together at most {peak_bound / 2**20:.0f} MB"
    )
    print(
        f"target: <= {TARGET_SECONDS:.0f} s -> {'met' if wall <= TARGET_SECONDS else 'NOT met'};  "
        f"<= 1 GB -> {'met' if peak_bound <= TARGET_BYTES else 'NOT met'}"
    )
    print(f"rows/s: {args.rows / wall:,.0f}")
    print(
        f"host speed (a bare loop, M turns/s) before and after: {speed_before:.2f}, {host_speed():.2f} "
        "(compare runs at the same speed)"
    )
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
