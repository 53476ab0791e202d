"""Argument parsing and the terminal commands. Every failure is one clear line and a documented exit code
(simulator.cli.common: 0 fine, 1 some rows or checks failed, 2 bad input); `--json` prints the one schema
(docs/json-schema.md)."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

from simulator import __version__
from simulator.cli import pack_commands, planning_commands
from simulator.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    add_city,
    declaration_round,
    emit,
    emit_json,
    iso_date,
    load_profile,
    output_problem,
    pack_of,
    set_error_language,
)
from simulator.cli.common import fail as _fail

COMMANDS = ("score", "packs") + planning_commands.COMMANDS


def _window_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="python -m simulator",
        description="Points Simulator: points-settlement scores, point by point. "
        f"Terminal commands: {', '.join(COMMANDS)} (python -m simulator score --help). "
        "Exit codes: 0 fine, 1 some rows or checks failed, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"Points Simulator {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the wizard with an example applicant")
    parser.add_argument("--lang", choices=("zh", "en"), help="language (default: the system's)")
    parser.add_argument(
        "--kiosk", action="store_true", help="kiosk mode for this run: no recent files, New applicant always wipes"
    )
    parser.add_argument("file", nargs="?", help="an applicant file to open in the wizard")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m simulator")
    sub = parser.add_subparsers(dest="command", required=True)

    score = sub.add_parser("score", help="score an applicant file and print the worksheet")
    score.add_argument("profile", help="applicant file (JSON)")
    score.add_argument("--year", type=declaration_round, required=True, help="declaration year or round, e.g. 2024 or 2025-Q3")
    add_city(score)
    score.add_argument(
        "--as-of",
        type=iso_date,
        default=None,
        help="the day the file's facts were true, YYYY-MM-DD (default: the file's own date): a later round says what it assumes",
    )
    score.add_argument("--pack", help="a rule-pack id or .toml file to use instead of the edition in force")
    score.add_argument("--json", action="store_true", help="print the result as JSON (docs/json-schema.md)")
    score.add_argument("--pdf", metavar="OUT.pdf", help="also write the PDF worksheet (owner-only)")
    score.add_argument("--force", action="store_true", help="replace the --pdf file if it exists")
    score.add_argument("--lang", choices=("zh", "en"), default=None, help="language of the worksheet (default: zh)")
    score.add_argument("--show-id", action="store_true", help="print the ID number unmasked")
    score.add_argument("--no-projection", action="store_true", help="leave the coming rounds (the appendix) out of the PDF")
    score.add_argument(
        "--drop-after-cutoff",
        action="store_true",
        help="rescoring an earlier year: ignore facts dated after that year's cut-off instead of refusing them",
    )
    score.add_argument(
        "--overrides",
        metavar="FILE.toml",
        help="rule values you supply for the pack (e.g. from the official table); labelled user-supplied",
    )

    pack_commands.add_parser(sub)
    planning_commands.add_parsers(sub)
    return parser


def _not_a_command(word: str) -> str | None:
    """Why a first argument that is neither a command nor an option cannot be a file to open, or None if it can."""
    if Path(word).exists():
        return None
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.6)
    known = ", ".join(COMMANDS)
    if close:
        return f"unknown command {word!r} (did you mean {close[0]!r}?); the commands are {known}"
    if Path(word).suffix or os.sep in word or "/" in word:
        return f"{word}: no such file (to open an applicant file in the window, give an existing file)"
    return f"unknown command {word!r}; the commands are {known}, or give an applicant file to open in the window"


def _no_display() -> str | None:
    """Why the window cannot open here, or None: on Linux without a display (or with one named that is not
    there), Qt would abort the process with a core dump."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if platform and platform not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs …: Qt needs no display server
    wayland = os.environ.get("WAYLAND_DISPLAY")
    if wayland and platform != "xcb" and _wayland_there(wayland):
        return None
    display = os.environ.get("DISPLAY")
    commands = f"the terminal commands need none: {', '.join(COMMANDS)}"
    if display:
        if _x_display_there(display):
            return None
        return f"the display {display} is not there (is the X server running?); {commands}"
    if wayland and platform != "xcb":
        return f"the display {wayland} is not there (is the Wayland compositor running?); {commands}"
    return f"no display to open the window on (set DISPLAY, or run scripts/start.sh, which starts a virtual one); {commands}"


def _wayland_there(name: str) -> bool:
    path = name if os.path.isabs(name) else os.path.join(os.environ.get("XDG_RUNTIME_DIR", ""), name)
    return os.path.exists(path)


def _x_display_there(display: str) -> bool:
    """Whether a local X display (":1", "unix:1.0") has its socket; a display on another host is left to Qt (the
    program makes no network connection to find out)."""
    import re
    import socket

    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if local is None:
        return True
    path = f"/tmp/.X11-unix/X{local.group(1)}"
    if os.path.exists(path):
        return True
    try:  # the X server's abstract socket (Linux), where no file is left on disk
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1)
            probe.connect("\0" + path)
        return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    set_error_language(argv)
    for word in argv:  # no file name holds one (a shell cannot pass it; a script calling main() might)
        if "\x00" in word:
            return _fail(f"{word!r}: an argument cannot hold a NUL character")
    try:
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            if args.command in planning_commands.COMMANDS:
                return planning_commands.run(args)
            return _score(args) if args.command == "score" else pack_commands.run(args)
        if argv and not argv[0].startswith("-"):
            problem = _not_a_command(argv[0])
            if problem is not None:
                return _fail(problem)
        args = _window_parser().parse_args(argv)
        problem = _no_display()
        if problem is not None:
            return _fail(problem)
        from simulator.gui.app import run  # Qt only when the window is wanted

        return run(file=args.file, demo=args.demo, lang=args.lang, kiosk=args.kiosk)
    except BrokenPipeError:  # the reader went away (`… | head`): end quietly
        from simulator.cli.common import _stdout_closed

        _stdout_closed()
        return EXIT_OK


def _problem(file: str, problem) -> dict:
    """A problem of the round's checks as the JSON names it: the file, the field, the message (which says the
    value found)."""
    return {"file": file, "field": problem.field, "message": problem.message, "kind": problem.kind}


def _score(args) -> int:
    from simulator import scoring
    from simulator.cli.text_worksheet import render
    from simulator.engine import NotApplicable
    from simulator.engine.serialize import score_document
    from simulator.rules import PackError, pack_for
    from simulator.worksheet.identity import input_digest

    if args.pdf:  # refused before any work: a file that exists is replaced only with --force
        problem = output_problem(args.pdf, args.force, "worksheet")
        if problem:
            return _fail(problem)
    profile, problem = load_profile(args.profile)
    if problem:
        return _fail(problem)
    name = Path(args.profile).name
    try:
        pack = pack_of(args.pack) if args.pack else pack_for(args.city, args.year)
    except (PackError, LookupError) as exc:
        return _fail(str(exc).strip("'\""))
    from simulator.rules.overrides import OverrideError

    overrides = None
    if args.overrides:
        from simulator.rules.overrides import load_overrides

        try:
            overrides = load_overrides(args.overrides, pack)
        except OverrideError as exc:
            return _fail(str(exc))
    try:
        scored = scoring.score(
            profile, pack, args.year, overrides=overrides, drop_after_cutoff=args.drop_after_cutoff, as_of=args.as_of
        )
    except NotApplicable as exc:
        return _fail(str(exc))
    except OverrideError as exc:  # values the file keeps that no longer fit the pack
        return _fail(str(exc))
    if scored.result is None:  # the file is readable, but the round's checks refuse it: checks failed
        hint = ""
        if any(p.kind == "after_cutoff" for p in scored.problems):
            hint = " (to rescore an earlier year with a newer file, add --drop-after-cutoff)"
        if args.json:
            emit_json(
                score_document(
                    None, file=name, input_digest=input_digest(profile), problems=[_problem(name, p) for p in scored.problems]
                )
            )
        return _fail(f"{name}: " + "; ".join(str(p) for p in scored.problems) + hint, EXIT_FAILED)
    result = scored.result

    if args.pdf:
        from simulator.worksheet import export_pdf

        try:
            projection = None
            if not args.no_projection:
                from datetime import date

                from simulator.planning.chart import worksheet_projection

                as_of = args.as_of or profile.as_of or date.today()  # the coming rounds from the file's date
                projection = worksheet_projection(profile, pack.pack.city, as_of=as_of)
            export_pdf(result, profile, args.pdf, lang=args.lang or "zh", show_id=args.show_id, projection=projection)
        except OSError as exc:
            return _fail(f"cannot write {args.pdf}: {exc.strerror or exc}")
    if args.json:
        emit_json(score_document(result, file=name, input_digest=input_digest(profile)))
    else:
        emit(render(result, profile, lang=args.lang or "zh", show_id=args.show_id))
    return EXIT_OK


__all__ = ["main", "COMMANDS", "EXIT_BAD_INPUT"]
