"""Finding, reading and validating rule-pack files."""

from __future__ import annotations

import hashlib
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from simulator.errors import describe
from simulator.paths import rules_dir
from simulator.rules.model import RulePack


class PackError(Exception):
    """A rule pack that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{Path(path).name}: " + "; ".join(problems))


def load_pack_file(path: Path | str) -> RulePack:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(path, ["the file is not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(path, [f"not valid TOML: {exc}"]) from None
    if data.get("format") != "points-simulator/rule-pack":
        raise PackError(path, ["format: this is not a Points Simulator rule pack"])
    version = data.get("format_version")
    if version != 1:
        raise PackError(path, [f"format_version: {version!r} is not supported (this program reads version 1)"])
    data["content_hash"] = hashlib.sha256(raw).hexdigest()[:12]
    try:
        return RulePack.model_validate(data)
    except ValidationError as exc:
        raise PackError(path, describe(exc)) from None


def _pack_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if not p.name.endswith(".help.toml"))


@lru_cache(maxsize=None)
def installed_packs() -> tuple[RulePack, ...]:
    return tuple(load_pack_file(p) for p in _pack_files(rules_dir()))


def load_pack(pack_id: str) -> RulePack:
    for pack in installed_packs():
        if pack.pack.id == pack_id:
            return pack
    known = ", ".join(p.pack.id for p in installed_packs())
    raise KeyError(f"no rule pack {pack_id!r} is installed (installed: {known})")


def pack_for(city: str, declaration_year: int) -> RulePack:
    """The installed edition of a city's rules that applies to a declaration year."""
    candidates = [p for p in installed_packs() if p.pack.city == city and p.applies_to(declaration_year)]
    if not candidates:
        editions = [
            f"{p.pack.edition} ({p.pack.first_declaration_year}–{p.pack.last_declaration_year or ''})"
            for p in installed_packs()
            if p.pack.city == city
        ]
        raise LookupError(
            f"no {city} rules apply to declaration year {declaration_year}"
            + (f"; installed editions: {', '.join(editions)}" if editions else "")
        )
    return max(candidates, key=lambda p: p.pack.first_declaration_year)
