"""What every terminal command shares: the exit codes, writing to a pipe that may close, the city argument (a
city's name in either language and any case), loading files, and failing with one clear line.

Exit codes (README, docs/command-line.md):
  0  the command did what was asked (a score that is a what-if or a range is still a score: the output says so)
  1  it ran, but some rows or checks failed: batch rows with problems, an applicant file the round's checks refuse
  2  bad input: an unreadable or invalid file, an unknown command, city, year, pack or option, an output that cannot
     be written, an output that exists (without --force); nothing is scored
Outputs are written whole or not at all (simulator.core.atomic) and nothing that exists is replaced without --force.
A reader that closes the pipe early (`score … | head`) ends the output quietly; the exit code stays the command's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from simulator.defaults import DEFAULT_CITY

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

_closed = False


def _stdout_closed() -> None:
    """The reader went away: whatever is still written goes nowhere (and Python's flush at exit finds no pipe)."""
    global _closed
    _closed = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor to redirect (captured output): nothing more to do
        pass


def emit(text: str) -> None:
    """Print a result on stdout; a closed pipe ends the output quietly."""
    if _closed:
        return
    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _stdout_closed()


def emit_json(document: dict) -> None:
    emit(json.dumps(document, ensure_ascii=False, indent=2))


# The language of the refusal lines: --lang where the command line gives it, else the system's (its locale).
_error_lang = "en"


def set_error_language(argv: list[str]) -> None:
    global _error_lang
    given = None
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            given = argv[i + 1]
        elif word.startswith("--lang="):
            given = word.split("=", 1)[1]
    if given in ("zh", "en"):
        _error_lang = given
        return
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    _error_lang = "zh" if system.lower().startswith("zh") else "en"


def error_line(message: str) -> str:
    """ "error: …" in the refusals' language (simulator.cli.words words it in Chinese)."""
    if _error_lang == "zh":
        from simulator.cli.words import in_chinese

        return f"错误：{in_chinese(message)}"
    return f"error: {message}"


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """One line on stderr; the exit code (2, bad input, unless said otherwise)."""
    try:
        print(error_line(message), file=sys.stderr)
    except BrokenPipeError:
        pass
    return code


class Parser(argparse.ArgumentParser):
    """argparse's parser, its refusals in the refusals' language (the usage lines stay argparse's own)."""

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {error_line(message)}\n")


def _city(text: str) -> str:
    from simulator import cities
    from simulator.core.errors import UnknownCity

    try:
        return cities.find(text).id
    except UnknownCity as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date written as YYYY-MM-DD, got {text!r}") from None


def declaration_round(text: str):
    """A declaration year (2024) or, where a city's rules hold several rounds a year, a round (2025-Q3)."""
    from simulator.core.rounds import LAST_YEAR, parse_round

    try:
        round_ = parse_round(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not 1949 <= round_.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{round_}: the program scores declaration years up to {LAST_YEAR}")
    return round_


def add_city(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--city",
        type=_city,
        default=DEFAULT_CITY,
        help=f"city, by its name in either language and any case: Beijing, 北京, hangzhou … (default: {DEFAULT_CITY})",
    )


def load_profile(path: str):
    """(profile, None), or (None, the problem in one line naming the file and the field)."""
    from simulator.profile import ProfileFileError
    from simulator.profile import load_profile as load

    try:
        return load(path), None
    except ProfileFileError as exc:
        return None, str(exc)


def pack_of(spec: str):
    """A rule pack by its id or its .toml file."""
    from simulator.rules import load_pack, load_pack_file

    return load_pack_file(spec) if spec.endswith(".toml") else load_pack(spec)


def output_problem(path: str, force: bool, what: str = "file", exists_note: str = "") -> str | None:
    """Why `path` may not be written, in one line naming it, or None. Nothing that exists (a file, a link) is
    replaced without --force; a name holding a NUL character, a folder, or a folder that does not exist is
    refused before any work."""
    if not path.strip():
        return f"{path!r}: give the name of the {what} to write"
    if "\x00" in path:
        return f"{path!r}: a file name cannot hold a NUL character"
    try:
        exists = os.path.lexists(path)
        is_dir = os.path.isdir(path)
    except (OSError, ValueError) as exc:
        return f"{path}: cannot be used as a file name ({exc})"
    if is_dir:
        return f"{path}: is a folder; give the name of the {what} to write"
    parent = os.path.dirname(path) or "."
    if not os.path.isdir(parent):
        return f"{path}: the folder {parent} does not exist"
    if exists and not force:
        return f"{path}: the {what} exists{exists_note}; give --force to replace it, or another name"
    return None
