"""Finding, reading and validating rule-pack files: the bundled ones and those the user imported."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from simulator.atomic import write_atomically
from simulator.errors import describe
from simulator.paths import rules_dir, user_packs_dir
from simulator.rules.common import USER_SOURCE
from simulator.rules.formulas import PACK_MODELS, AnyPack


class PackError(Exception):
    """A rule pack that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{Path(path).name}: " + "; ".join(problems))


def load_pack_file(path: Path | str) -> AnyPack:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    return _parse(path, raw)


def _parse(path: Path, raw: bytes) -> AnyPack:
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
    info = data.get("pack")
    if not isinstance(info, dict):
        raise PackError(path, ["pack: missing, or not a table"])
    formula = info.get("formula")
    model = PACK_MODELS.get(formula) if isinstance(formula, str) else None
    if model is None:
        known = ", ".join(sorted(PACK_MODELS))
        raise PackError(path, [f"pack.formula: {formula!r} is not a formula this program knows (known: {known})"])
    data["content_hash"] = hashlib.sha256(raw).hexdigest()[:12]
    try:
        pack = model.model_validate(data)
    except ValidationError as exc:
        raise PackError(path, describe(exc)) from None
    reserved = _reserved_uses(pack)
    if reserved:
        raise PackError(path, reserved)
    return pack


def _reserved_uses(pack: AnyPack) -> list[str]:
    """User-supplied values come only from override files (simulator.rules.overrides), never from a pack."""
    problems = []
    if USER_SOURCE in pack.sources:
        problems.append(f"sources.{USER_SOURCE}: this source id is reserved for user-supplied values")
    for path, cited in pack.cited_values():
        if cited.confidence == "user-supplied":
            problems.append(f'{path}: confidence "user-supplied" is reserved for values given in an override file')
    return problems


def _pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.rglob("*.toml") if not p.name.endswith(".help.toml"))


@dataclass(frozen=True)
class _Installed:
    packs: tuple[AnyPack, ...]
    files: dict[tuple[str, str], Path]  # (pack id, content hash) -> file
    user_ids: frozenset[str]
    problems: tuple[str, ...]  # user packs that were left out, one line each


@lru_cache(maxsize=4)
def _installed(user_dir: str) -> _Installed:
    packs: list[AnyPack] = []
    files: dict[tuple[str, str], Path] = {}
    for path in _pack_files(rules_dir()):  # a broken bundled pack is a defect of the program: raise
        pack = load_pack_file(path)
        packs.append(pack)
        files[(pack.pack.id, pack.content_hash)] = path
    bundled = {p.pack.id for p in packs}
    user_ids: set[str] = set()
    problems: list[str] = []
    for path in _pack_files(Path(user_dir)):  # a broken user pack is left out and reported, never fatal
        try:
            pack = load_pack_file(path)
        except PackError as exc:
            problems.append(str(exc))
            continue
        pack_id = pack.pack.id
        if pack_id in bundled:
            problems.append(f"{path.name}: pack.id: {pack_id!r} is a bundled pack; a user pack cannot replace it")
        elif pack_id in user_ids:
            problems.append(f"{path.name}: pack.id: {pack_id!r} is already used by another user pack")
        else:
            user_ids.add(pack_id)
            packs.append(pack)
            files[(pack_id, pack.content_hash)] = path
    return _Installed(tuple(packs), files, frozenset(user_ids), tuple(problems))


def _current() -> _Installed:
    return _installed(str(user_packs_dir()))


def installed_packs() -> tuple[AnyPack, ...]:
    """The bundled packs, then the user's imported packs (those that load and do not clash)."""
    return _current().packs


installed_packs.cache_clear = _installed.cache_clear  # type: ignore[attr-defined]


def user_pack_problems() -> tuple[str, ...]:
    """User pack files that were left out, each with the reason naming the field."""
    return _current().problems


def is_user_pack(pack: AnyPack) -> bool:
    return pack.pack.id in _current().user_ids


def pack_file(pack: AnyPack) -> Path | None:
    return _current().files.get((pack.pack.id, pack.content_hash))


def load_pack(pack_id: str) -> AnyPack:
    for pack in installed_packs():
        if pack.pack.id == pack_id:
            return pack
    known = ", ".join(p.pack.id for p in installed_packs())
    raise KeyError(f"no rule pack {pack_id!r} is installed (installed: {known})")


def pack_for(city: str, declaration_year: int) -> AnyPack:
    """The installed edition of a city's rules that applies to a declaration year (the newest if two do)."""
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


def import_pack(path: Path | str, *, replace: bool = False) -> AnyPack:
    """Validate a pack file and copy it into the user's pack folder; the installed list then includes it."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    pack = _parse(path, raw)
    pack_id = pack.pack.id
    current = _current()
    if pack_id in {p.pack.id for p in current.packs} - current.user_ids:
        raise PackError(path, [f"pack.id: {pack_id!r} is a bundled pack; give the imported edition an id of its own"])
    target_dir = user_packs_dir()
    target = target_dir / f"{pack_id}.toml"
    if pack_id in current.user_ids and not replace:
        existing = next((f for (i, _), f in current.files.items() if i == pack_id), target)
        raise PackError(path, [f"pack.id: a user pack {pack_id!r} is already installed ({existing}); replace it explicitly"])
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        for (i, _), old in current.files.items():  # the replaced edition may have been saved under another name
            if i == pack_id and old != target and old.parent == target_dir:
                old.unlink()
        write_atomically(target, raw)
    except OSError as exc:
        raise PackError(target, [f"cannot write to the user pack folder ({exc.strerror or exc})"]) from None
    _installed.cache_clear()
    return pack
