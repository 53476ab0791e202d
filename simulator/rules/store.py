"""Finding, reading and validating rule-pack files: the bundled ones (each city's `packs/` folder) and those the
user imported.

An edition that changes a few values of another names it in `[pack] extends = "<pack id>"` and lists only what
changed, each changed value with its own source (like a parameter's dated values in OpenFisca): the loader reads
the edition it extends, lays the changes over it and validates the whole. Tables merge key by key; a cited value
(a table with a `confidence`) is replaced whole; `[pack] remove = ["path", ...]` drops items the new edition does
not have. The `[pack]` header itself is never inherited: each edition states its own id, dates and years.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator.core.atomic import write_atomically
from simulator.core.errors import InputError, describe
from simulator.paths import user_packs_dir
from simulator.rules.common import USER_SOURCE, PackBase


class PackError(InputError):
    """A rule pack that cannot be used; the message names the file and the field."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        super().__init__(f"{Path(path).name}: " + "; ".join(problems))


FORMAT = "points-simulator/rule-pack"
MAX_EXTENDS = 8  # editions built on editions: deeper than any real history, shallow enough to stop a loop


def _models() -> dict:
    from simulator import cities

    return {c.id: c for c in cities.cities()}


def _read(path: Path) -> tuple[dict, bytes]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackError(path, [f"cannot read the file ({exc.strerror or exc})"]) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(path, ["the file is not UTF-8 text"]) from None
    except ValueError as exc:  # TOMLDecodeError, and a number too long to read
        raise PackError(path, [f"not valid TOML: {exc}"]) from None
    if data.get("format") != FORMAT:
        raise PackError(path, ["format: this is not a Points Simulator rule pack"])
    version = data.get("format_version")
    if version != 1:
        raise PackError(path, [f"format_version: {version!r} is not supported (this program reads version 1)"])
    if not isinstance(data.get("pack"), dict):
        raise PackError(path, ["pack: missing, or not a table"])
    return data, raw


def _is_cited(table: object) -> bool:
    return isinstance(table, dict) and "confidence" in table


def _overlay(base: dict, changes: dict) -> dict:
    merged = dict(base)
    for key, value in changes.items():
        old = merged.get(key)
        if isinstance(value, dict) and isinstance(old, dict) and not _is_cited(value):
            merged[key] = _overlay(old, value)
        else:
            merged[key] = value
    return merged


def _remove(data: dict, path: str, where: Path) -> None:
    node: Any = data
    parts = path.split(".")
    for part in parts[:-1]:
        node = node.get(part) if isinstance(node, dict) else None
    if not isinstance(node, dict) or parts[-1] not in node:
        raise PackError(where, [f"pack.remove: {path!r} is not in the edition it extends"])
    del node[parts[-1]]


def _resolve(path: Path, data: dict, raw: bytes, find_base, depth: int = 0) -> tuple[dict, str]:
    """The pack's data with the editions it extends laid beneath it, and a digest of every file involved."""
    info = data["pack"]
    base_id = info.get("extends")
    digest = hashlib.sha256(raw)
    if base_id is None:
        return data, digest.hexdigest()[:12]
    if not isinstance(base_id, str):
        raise PackError(path, ["pack.extends: expected the id of another rule pack"])
    if depth >= MAX_EXTENDS:
        raise PackError(path, [f"pack.extends: more than {MAX_EXTENDS} editions deep (a loop?)"])
    found = find_base(base_id)
    if found is None:
        raise PackError(path, [f"pack.extends: no rule pack {base_id!r} is installed"])
    base_path, base_data, base_raw = found
    base_full, base_digest = _resolve(base_path, base_data, base_raw, find_base, depth + 1)
    own = {k: v for k, v in data.items() if k != "pack"}
    merged = _overlay({k: copy.deepcopy(v) for k, v in base_full.items() if k != "pack"}, own)
    for removed in info.get("remove", ()):
        if not isinstance(removed, str):
            raise PackError(path, ["pack.remove: expected a list of value paths"])
        _remove(merged, removed, path)
    header = {k: v for k, v in info.items() if k != "remove"}
    merged["pack"] = header
    digest.update(base_digest.encode())
    return merged, digest.hexdigest()[:12]


def _validate(path: Path, data: dict, content_hash: str) -> PackBase:
    formula = data["pack"].get("formula")
    cities = _models()
    city = cities.get(formula) if isinstance(formula, str) else None
    if city is None:
        known = ", ".join(sorted(cities))
        raise PackError(path, [f"pack.formula: {formula!r} is not a formula this program knows (known: {known})"])
    data = {**data, "content_hash": content_hash}
    try:
        pack = city.pack_model_class.model_validate(data)
    except ValidationError as exc:
        raise PackError(path, describe(exc)) from None
    reserved = _reserved_uses(pack)
    if reserved:
        raise PackError(path, reserved)
    return pack


def _reserved_uses(pack: PackBase) -> list[str]:
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


def bundled_pack_files() -> list[Path]:
    """Every bundled pack file: each registered city's packs folder."""
    from simulator import cities

    return [path for city in cities.cities() for path in _pack_files(city.packs_dir)]


def _raw_index(paths: list[Path], *, tolerant: bool) -> tuple[dict[str, tuple[Path, dict, bytes]], list[str]]:
    index: dict[str, tuple[Path, dict, bytes]] = {}
    problems: list[str] = []
    for path in paths:
        try:
            data, raw = _read(path)
        except PackError as exc:
            if not tolerant:
                raise
            problems.append(str(exc))
            continue
        pack_id = data["pack"].get("id")
        if isinstance(pack_id, str):
            index.setdefault(pack_id, (path, data, raw))
    return index, problems


def load_pack_file(path: Path | str) -> PackBase:
    """One pack file, with the editions it extends taken from the installed packs."""
    path = Path(path)
    data, raw = _read(path)
    current = _current()
    return _validate(path, *_resolve(path, data, raw, current.raw.get))


class _Installed:
    """The installed pack files, read; each pack validated when first asked for. A command scores under one city's
    rules: its start-up validates that city's editions only, not every city's (and builds only that city's pack
    model), and a window validates the others when it lists them."""

    def __init__(
        self,
        bundled_raw: dict[str, tuple[Path, dict, bytes]],
        user_raw: dict[str, tuple[Path, dict, bytes]],
        unreadable: list[str],
    ):
        self.raw = {**user_raw, **bundled_raw}  # pack id -> (file, data, bytes): what `extends` reads; a bundled id always wins
        self.bundled_ids = tuple(bundled_raw)
        self.user_raw = user_raw
        self.unreadable = tuple(unreadable)  # user pack files that could not be read at all
        self.files: dict[tuple[str, str], Path] = {}  # (pack id, content hash) -> file, of the packs validated so far
        self._packs: dict[str, PackBase] = {}
        self._refused: dict[str, str] = {}  # user pack id -> why it was left out
        self._lock = threading.Lock()  # a window's threads (batch, comparison) may ask for packs at once

    def _clashes(self, pack_id: str) -> bool:
        return pack_id in self.user_raw and pack_id in self.bundled_ids

    def pack(self, pack_id: str) -> PackBase | None:
        """The pack of that id, validated (a broken bundled pack raises: it is a defect); None for a user pack
        that is left out (see problems) or an id not installed."""
        found = self._packs.get(pack_id)
        if found is not None or pack_id in self._refused or pack_id not in self.raw:
            return found
        with self._lock:
            if pack_id in self._packs or pack_id in self._refused:  # validated meanwhile by another thread
                return self._packs.get(pack_id)
            path, data, content = self.raw[pack_id]
            try:
                found = _validate(path, *_resolve(path, data, content, self.raw.get))
            except PackError as exc:
                if pack_id in self.bundled_ids:  # a bundled id always wins, and a broken bundled pack is a defect
                    raise
                self._refused[pack_id] = str(exc)
                return None
            self.files[(pack_id, found.content_hash)] = path
            self._packs[pack_id] = found
            return found

    def packs(self, city: str | None = None) -> tuple[PackBase, ...]:
        """The bundled packs, then the user's that load and do not clash; of one city, or of all."""
        ids = (*self.bundled_ids, *(i for i in self.user_raw if i not in self.bundled_ids))
        if city is not None:
            ids = tuple(i for i in ids if self.raw[i][1]["pack"].get("city") == city)
        return tuple(p for p in map(self.pack, ids) if p is not None)

    @property
    def user_ids(self) -> frozenset[str]:
        return frozenset(i for i in self.user_raw if not self._clashes(i) and self.pack(i) is not None)

    @property
    def problems(self) -> tuple[str, ...]:
        """User pack files that were left out, one line each (every user pack is validated to know)."""
        problems = list(self.unreadable)
        for pack_id, (path, _data, _content) in self.user_raw.items():
            if self._clashes(pack_id):
                problems.append(f"{path.name}: pack.id: {pack_id!r} is a bundled pack; a user pack cannot replace it")
            elif self.pack(pack_id) is None:
                problems.append(self._refused[pack_id])
        return tuple(problems)


@lru_cache(maxsize=4)
def _installed(user_dir: str, registered: tuple[str, ...]) -> _Installed:
    bundled_raw, _ = _raw_index(bundled_pack_files(), tolerant=False)  # a broken bundled pack is a defect: raise
    user_raw, unreadable = _raw_index(_pack_files(Path(user_dir)), tolerant=True)  # a broken user pack is reported
    return _Installed(bundled_raw, user_raw, unreadable)


def _current() -> _Installed:
    from simulator import cities

    return _installed(str(user_packs_dir()), cities.ids())


def forget_installed() -> None:
    """Read the packs again next time (a pack was imported, a city registered)."""
    _installed.cache_clear()


def installed_packs() -> tuple[PackBase, ...]:
    """The bundled packs, then the user's imported packs (those that load and do not clash)."""
    return _current().packs()


installed_packs.cache_clear = forget_installed  # type: ignore[attr-defined]


def user_pack_problems() -> tuple[str, ...]:
    """User pack files that were left out, each with the reason naming the field."""
    return _current().problems


def is_user_pack(pack: PackBase) -> bool:
    return pack.pack.id in _current().user_ids


def pack_file(pack: PackBase) -> Path | None:
    current = _current()
    current.pack(pack.pack.id)  # validated (and its file known) when first asked for
    return current.files.get((pack.pack.id, pack.content_hash))


def load_pack(pack_id: str) -> PackBase:
    found = _current().pack(pack_id)
    if found is not None:
        return found
    known = ", ".join(p.pack.id for p in installed_packs())
    raise PackError(pack_id, [f"no rule pack {pack_id!r} is installed (installed: {known})"])


def editions_of(city: str) -> list[PackBase]:
    """The city's installed editions, oldest first."""
    return sorted(_current().packs(city), key=lambda p: p.pack.first_declaration_year)


def pack_for(city: str, declaration_year: int) -> PackBase:
    """The edition of a city's rules in force for a declaration year: of those that cover it, the one that
    begins latest."""
    from simulator.core.rounds import in_force

    found = in_force(editions_of(city), declaration_year)
    if found is None:
        editions = [
            f"{p.pack.edition} ({p.pack.first_declaration_year}–{p.pack.last_declaration_year or ''})" for p in editions_of(city)
        ]
        from simulator.core.errors import NotApplicable

        raise NotApplicable(
            f"no {city} rules apply to declaration year {declaration_year}"
            + (f"; installed editions: {', '.join(editions)}" if editions else "")
        )
    return found


def import_pack(path: Path | str, *, replace: bool = False) -> PackBase:
    """Validate a pack file and copy it into the user's pack folder; the installed list then includes it."""
    path = Path(path)
    pack = load_pack_file(path)
    raw = path.read_bytes()
    pack_id = pack.pack.id
    current = _current()
    if pack_id in current.bundled_ids:
        raise PackError(path, [f"pack.id: {pack_id!r} is a bundled pack; give the imported edition an id of its own"])
    for other in current.packs():  # an edition is told apart by its name on every face: never two of one name
        if other.pack.id != pack_id and other.pack.city == pack.pack.city:
            for lang in ("zh", "en"):
                if getattr(other.pack.name, lang) == getattr(pack.pack.name, lang):
                    raise PackError(
                        path,
                        [
                            f"pack.name.{lang}: {getattr(pack.pack.name, lang)!r} is already the name of {other.pack.id!r}; give the edition a name of its own"
                        ],
                    )
    target_dir = user_packs_dir()
    target = target_dir / f"{pack_id}.toml"
    if pack_id in current.user_ids and not replace:
        existing = next((f for (i, _), f in list(current.files.items()) if i == pack_id), target)
        raise PackError(path, [f"pack.id: a user pack {pack_id!r} is already installed ({existing}); replace it explicitly"])
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        for (i, _), old in list(current.files.items()):  # the replaced edition may have been saved under another name
            if i == pack_id and old != target and old.parent == target_dir:
                old.unlink()
        write_atomically(target, raw)
    except OSError as exc:
        raise PackError(target, [f"cannot write to the user pack folder ({exc.strerror or exc})"]) from None
    forget_installed()
    return pack
