"""Hostile and careless input at every door of the program: the applicant file, the rule pack, the override file,
the batch spreadsheet and the command line. Each input is a seed (a real file of the kind) changed at random, with
a fixed seed for the random choices, so that a run is the same every time.

For every input the door either works or refuses it with the program's own error (an InputError, or argparse's
exit 2), whose message names the field; anything else (a traceback) or a run longer than the time limit (a hang) is
a finding. Used by tests/test_fuzz.py (a few thousand inputs) and benchmarks/fuzz_run.py (ten thousand and more).
"""

from __future__ import annotations

import io
import json
import random
import re
import signal
import traceback
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TIME_LIMIT = 10  # seconds an input may take at one door before it counts as a hang
PLAUSIBLE_POINTS = 5000  # no real applicant's total comes near this: a file accepted with more holds a fact no one has

# Values no real input holds, and the shapes careless typing gives.
HOSTILE_NUMBERS = (
    "1e28",
    "-1",
    "0",
    "-0",
    "99999999999999999999999999999",
    "1e10000000",
    "NaN",
    "Infinity",
    "-Infinity",
    "0.000000001",
    "4" * 5000,
    "2027-13",
    "-83333333333334-09",
    "12万",
    "1,000",
    "",
    "true",
    "null",
    "10000",
    "-2147483649",
)
HOSTILE_TEXT = (
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\t=1+1",
    "\ud800",
    "x" * 3000,
    "名" * 200,
    "CON",
    "../../etc/passwd",
    "a\nb\r\nc",
    "\u202e",
    "",
)


class Hang(Exception):
    pass


@dataclass
class Outcome:
    door: str
    accepted: int = 0
    refused: int = 0
    findings: list[str] = field(default_factory=list)  # tracebacks, hangs, refusals naming no field

    @property
    def total(self) -> int:
        return self.accepted + self.refused + len(self.findings)


def _alarm(_signum, _frame):
    raise Hang()


def mutate_text(text: str, rng: random.Random) -> str:
    """One to three changes to a text file: a number or a string swapped for a hostile one, a line dropped or
    repeated, the text cut short, stray bytes."""
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        numbers = list(re.finditer(r"-?\d[\d.\-eE]*", text))
        strings = list(re.finditer(r'"([^"\\\n]{0,40})"', text))
        if choice < 0.45 and numbers:
            m = rng.choice(numbers)
            text = text[: m.start()] + rng.choice(HOSTILE_NUMBERS) + text[m.end() :]
        elif choice < 0.7 and strings:
            m = rng.choice(strings)
            text = text[: m.start(1)] + json.dumps(rng.choice(HOSTILE_TEXT))[1:-1] + text[m.end(1) :]
        elif choice < 0.8:
            lines = text.splitlines(keepends=True)
            if lines:
                i = rng.randrange(len(lines))
                if rng.random() < 0.5:
                    del lines[i]
                else:
                    lines.insert(i, lines[i])
                text = "".join(lines)
        elif choice < 0.9:
            text = text[: rng.randrange(len(text) + 1)]
        else:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(("{", "[", "]", "}", "\x00", "\\", '"', "'''", "[[", "=")) + text[at:]
    return text


def mutate_json(data, rng: random.Random):
    """A structural change to a JSON tree: a node replaced by a hostile value, a list made huge, a deep nest."""
    nodes: list[tuple[object, object]] = []

    def walk(node):
        if isinstance(node, dict):
            for key in node:
                nodes.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for i in range(len(node)):
                nodes.append((node, i))
                walk(node[i])

    walk(data)
    if not nodes:
        return data
    parent, key = rng.choice(nodes)
    choice = rng.random()
    if choice < 0.35:
        raw = rng.choice(HOSTILE_NUMBERS)
        try:
            parent[key] = json.loads(raw)
        except ValueError:
            parent[key] = raw
    elif choice < 0.55:
        parent[key] = rng.choice(HOSTILE_TEXT)
    elif choice < 0.7:
        nest = 0
        for _ in range(rng.choice((50, 500, 5000))):
            nest = [nest]
        parent[key] = nest
    elif choice < 0.85 and isinstance(parent[key], list) and parent[key]:
        parent[key] = parent[key] * rng.choice((2, 200, 5000))
    else:
        parent[key] = rng.choice((None, {}, [], True, 0, -5, 2**70))
    return data


# ---------------------------------------------------------------- the doors


def _profile_seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "resources" / "examples").glob("*.json"))]


def _pack_seeds() -> list[str]:
    from simulator import cities

    return [p.read_text(encoding="utf-8") for c in cities.cities() for p in sorted(c.packs_dir.glob("*.toml"))]


def applicant_door(text: str, tmp: Path) -> None:
    from simulator import cities, scoring
    from simulator.core.rounds import edition_and_round
    from simulator.profile import load_profile

    path = tmp / "applicant.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    profile = load_profile(path)
    for city in cities.cities():
        try:
            pack, round_ = edition_and_round(city.id, 2025)
        except LookupError:
            continue
        scored = scoring.score(profile, pack, round_, anyway=True)
        from simulator.cli.text_worksheet import render

        render(scored.result, profile, lang="en")
        result = scored.result
        for bound in (result.total, result.total_low, result.total_high):
            if bound is not None and abs(bound) > PLAUSIBLE_POINTS:  # accepted, but no real applicant scores so
                raise AssertionError(f"{city.id}: an accepted file scores {bound} points")


def pack_door(text: str, tmp: Path) -> None:
    from simulator.engine import evaluate
    from simulator.profile import load_profile
    from simulator.rules import load_pack_file

    path = tmp / "pack.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    pack = load_pack_file(path)
    profile = load_profile(ROOT / "resources" / "examples" / "three-cities.json")
    round_ = pack.pack.first_round or pack.pack.first_declaration_year
    evaluate(profile, pack, round_)


def override_door(text: str, tmp: Path) -> None:
    from simulator.engine import evaluate
    from simulator.profile import load_profile
    from simulator.rules import load_pack
    from simulator.rules.overrides import load_overrides

    path = tmp / "values.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    pack = load_pack("hangzhou-2021-revised")
    evaluate(
        load_profile(ROOT / "resources" / "examples" / "three-cities.json"), pack, 2022, overrides=load_overrides(path, pack)
    )


def _override_seed() -> str:
    return (
        'format = "points-simulator/overrides"\nformat_version = 1\npack = "hangzhou-2021-revised"\n\n[[values]]\n'
        'path = "bonus.honours.window_years"\nvalue = 5\nnote = "official table"\n\n[[values]]\n'
        'path = "bonus.honours.levels.municipal.max_points"\nvalue = "90"\n'
    )


def batch_door(text: str, tmp: Path) -> None:
    from simulator.batch import BatchOptions, run_batch
    from simulator.rules import pack_for

    path = tmp / "cohort.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    run_batch(path, tmp / "out", BatchOptions(pack_for("beijing", 2024), 2024, lang="en"), workers=1)


def _batch_seed(tmp: Path) -> str:
    from simulator import cities
    from simulator.batch import write_template

    path = tmp / "template.csv"
    write_template(path, cities.get("beijing").batch)
    return path.read_text(encoding="utf-8-sig")


def cli_door(text: str, tmp: Path) -> None:
    """A command line, one argument per line of the text."""
    from simulator.cli import main

    argv = [line for line in text.split("\n") if line]
    if not argv or argv[0] not in ("score", "project", "whatif", "packs", "compare", "template", "batch", "scenarios"):
        return  # the window's own arguments are not run here (no display)
    argv = [a.replace("{tmp}", str(tmp)) for a in argv]
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    except SystemExit as exc:
        if exc.code not in (0, 1, 2, None):
            raise
        code = exc.code
    if "Traceback" in err.getvalue():
        raise AssertionError(err.getvalue()[-400:])
    if code in (1, 2):  # refused (2: bad input; 1: checks failed): the message is the last line it wrote
        said = [line for line in err.getvalue().splitlines() if line.strip()]
        raise CommandRefused(said[-1] if said else "")


class CommandRefused(Exception):
    """The command line said no (exit code 1 or 2), with this message."""


def _cli_seeds() -> list[str]:
    example = ROOT / "resources" / "examples" / "three-cities.json"
    return [
        f"score\n{example}\n--year\n2024\n--lang\nen",
        f"score\n{example}\n--city\nhangzhou\n--year\n2025-Q3\n--json",
        f"project\n{example}\n--as-of\n2026-11-22\n--until\n2029",
        f"whatif\n{example}\n--city\n杭州\n--as-of\n2026-11-22",
        "packs\n--values\nbeijing-2020",
        f"compare\n{example}\n--years\n2024\n2026",
        "template\n{tmp}/t.csv",
    ]


@dataclass(frozen=True)
class Door:
    name: str
    run: Callable[[str, Path], None]
    seeds: Callable[[Path], list[str]]
    json: bool = False  # structural JSON mutations too


DOORS = (
    Door("applicant file", applicant_door, lambda tmp: _profile_seeds(), json=True),
    Door("rule pack", pack_door, lambda tmp: _pack_seeds()),
    Door("override file", override_door, lambda tmp: [_override_seed()]),
    Door("batch spreadsheet", batch_door, lambda tmp: [_batch_seed(tmp)]),
    Door("command line", cli_door, lambda tmp: _cli_seeds()),
)


def names_a_field(message: str) -> bool:
    """A refusal says where: "applicant.birth_date: ...", "pack.id: ...", "row 3, si1_start: ...", "--year: ..."."""
    head = message.split(": ", 1)[0]
    return ": " in message and bool(head.strip())


def inputs(door: Door, tmp: Path, count: int, seed: int) -> Iterator[str]:
    rng = random.Random(f"{door.name}/{seed}")
    seeds = door.seeds(tmp)
    for _ in range(count):
        base = rng.choice(seeds)
        if door.json and rng.random() < 0.5:
            try:
                yield json.dumps(mutate_json(json.loads(base), rng), ensure_ascii=False)
                continue
            except (ValueError, RecursionError):
                pass
        yield mutate_text(base, rng)


def run_door(door: Door, tmp: Path, count: int, seed: int = 0) -> Outcome:
    """Feed `count` changed inputs to one door; what is not a clean acceptance or refusal is a finding."""
    from simulator.core.errors import InputError
    from simulator.profile import ProfileFileError
    from simulator.rules.overrides import OverrideError

    expected = (InputError, ProfileFileError, OverrideError, CommandRefused)
    outcome = Outcome(door.name)
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for i, text in enumerate(inputs(door, tmp, count, seed)):
            signal.alarm(TIME_LIMIT)
            try:
                door.run(text, tmp)
                outcome.accepted += 1
            except expected as exc:
                if names_a_field(str(exc)):
                    outcome.refused += 1
                else:
                    outcome.findings.append(f"#{i}: refusal naming no field: {str(exc)[:200]!r}")
            except Hang:
                outcome.findings.append(f"#{i}: no answer within {TIME_LIMIT} s")
            except Exception as exc:  # noqa: BLE001 - every other exception is what this looks for
                where = traceback.extract_tb(exc.__traceback__)[-1]
                outcome.findings.append(
                    f"#{i}: {type(exc).__name__} at {Path(where.filename).name}:{where.lineno}: {str(exc)[:160]!r}"
                )
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return outcome
