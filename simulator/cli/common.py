"""What every terminal command shares: the city argument (a city's name in either language), loading files,
and failing with one clear line."""

from __future__ import annotations

import argparse
import sys

from simulator.defaults import DEFAULT_CITY

EXIT_BAD_INPUT = 2


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


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
        "--city", type=_city, default=DEFAULT_CITY, help=f"city, by its name in either language (default: {DEFAULT_CITY})"
    )


def load_profile(path: str):
    """(profile, None), or (None, the problem in one line)."""
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
