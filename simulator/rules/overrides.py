"""User-supplied rule values: a user holding the official table fills a value the sources do not give (or
replaces one), and every city's engine scores with it, labelled as user-supplied.

An override file is TOML:

    format = "points-simulator/overrides"
    format_version = 1
    pack = "hangzhou-2021-revised"          # the rule pack the values are for

    [[values]]
    path = "bonus.honours.national.points_each"   # a value path of that pack (python -m simulator packs --values ID)
    value = "80"
    note = "Official indicator table, 2021 revision, item 3.1"   # where the value comes from (optional)

Each value is checked against the pack when the file is read: an unknown path, a value of the wrong type, or one
the pack's own checks refuse is reported naming the entry and the path. Applying overrides gives a copy of the
pack in which those values cite the source "user" with confidence "user-supplied"; the original pack is unchanged.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from simulator.core.errors import describe
from simulator.rules.common import USER_SOURCE, Cited

FORMAT = "points-simulator/overrides"
FORMAT_VERSION = 1
USER_SOURCE_TEXT = {"zh": "用户提供的数值", "en": "User-supplied value"}


class OverrideError(Exception):
    """An override that cannot be used; each problem names the entry and the value path."""

    def __init__(self, source: str, problems: list[str]):
        self.path = source
        self.problems = problems
        super().__init__(f"{Path(source).name}: " + "; ".join(problems))


@dataclass(frozen=True)
class OverrideValue:
    path: str
    value: Any  # already of the type the pack holds at that path (Decimal, int, bool, str, list ...)
    note: str = ""


@dataclass(frozen=True)
class Overrides:
    pack_id: str
    values: tuple[OverrideValue, ...]

    @property
    def digest(self) -> str:
        data = [(v.path, _plain(v.value), v.note) for v in self.values]
        return hashlib.sha256(json.dumps([self.pack_id, data], ensure_ascii=False, default=str).encode()).hexdigest()[:12]

    def __bool__(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True)
class AppliedValue:
    path: str
    value: Any
    note: str
    replaced: Cited | None  # the pack's own value where there was one


@dataclass(frozen=True)
class Applied:
    pack: Any  # the pack with the user's values in place
    values: tuple[AppliedValue, ...]


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):  # a table keyed by value (months by points scored): keys as the pack writes them
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value) if not isinstance(value, (bool, int, str)) else value


def _value_type(cited: Cited) -> Any:
    return type(cited).model_fields["value"].annotation


def _check_value(pack, path: str, raw: Any, where: str) -> tuple[Any, list[str]]:
    cited = pack.value_at(path)
    if cited is None:
        known = [p for p, _ in pack.cited_values()]
        close = difflib.get_close_matches(path, known, n=1, cutoff=0.8)
        hint = f" (did you mean {close[0]}?)" if close else f" (see: python -m simulator packs --values {pack.pack.id})"
        return None, [f"{where}.path: {path!r} is not a value of rule pack {pack.pack.id!r}{hint}"]
    if raw is None:
        return None, [f"{where}.value: missing ({path})"]
    try:
        value = TypeAdapter(_value_type(cited)).validate_python(raw)
    except ValidationError as exc:
        return None, [f"{where}.value ({path}): {line.split(': ', 1)[-1]}" for line in describe(exc)]
    if value is None:
        return None, [f"{where}.value: missing ({path})"]
    return value, []


def _build(pack, entries: Iterable[tuple[str, Any, str]], source: str) -> Overrides:
    problems: list[str] = []
    values: list[OverrideValue] = []
    seen: dict[str, int] = {}
    for i, (path, raw, note) in enumerate(entries):
        where = f"values[{i}]"
        if not isinstance(path, str) or not path:
            problems.append(f"{where}.path: missing, or not text")
            continue
        if path in seen:
            problems.append(f"{where}.path: {path!r} is already given at values[{seen[path]}]")
            continue
        seen[path] = i
        if not isinstance(note, str):
            problems.append(f"{where}.note: expected text")
            continue
        value, found = _check_value(pack, path, raw, where)
        problems.extend(found)
        if not found:
            values.append(OverrideValue(path, value, note.strip()))
    if problems:
        raise OverrideError(source, problems)
    overrides = Overrides(pack.pack.id, tuple(values))
    apply_overrides(pack, overrides, source=source)  # the pack's own checks (whole cents, signs, order) must pass
    return overrides


def overrides_from_mapping(pack, mapping: Mapping[str, Any], notes: Mapping[str, str] | None = None) -> Overrides:
    """Overrides given in the program (path -> value), checked like a file's."""
    notes = notes or {}
    return _build(pack, ((path, value, notes.get(path, "")) for path, value in mapping.items()), "overrides")


def parse_overrides(data: object, pack, source: str = "overrides") -> Overrides:
    if not isinstance(data, dict):
        raise OverrideError(source, ["the file must hold a TOML table"])
    if data.get("format") != FORMAT:
        raise OverrideError(source, [f"format: not a Points Simulator override file (expected {FORMAT!r})"])
    if data.get("format_version") != FORMAT_VERSION:
        raise OverrideError(
            source, [f"format_version: {data.get('format_version')!r} is not supported (this program reads version 1)"]
        )
    unknown = sorted(set(data) - {"format", "format_version", "pack", "values"})
    if unknown:
        raise OverrideError(source, [f"{key}: not a field of an override file" for key in unknown])
    pack_id = data.get("pack")
    if pack_id != pack.pack.id:
        raise OverrideError(source, [f"pack: the values are for rule pack {pack_id!r}, not {pack.pack.id!r}"])
    entries = data.get("values", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise OverrideError(source, ["values: expected [[values]] entries with path, value and note"])
    problems = [
        f"values[{i}].{key}: not a field of an override entry (path, value, note)"
        for i, entry in enumerate(entries)
        for key in sorted(set(entry) - {"path", "value", "note"})
    ]
    if problems:
        raise OverrideError(source, problems)
    return _build(pack, ((e.get("path"), e.get("value"), e.get("note", "")) for e in entries), source)


def overrides_of(supplied, pack) -> Overrides | None:
    """The supplied values kept for `pack` (an applicant's, or the settings'), checked like a file's; None when there
    are none. Raises OverrideError naming the value that no longer fits the pack."""
    entries = [(v.path, v.value, v.note) for v in supplied if v.pack == pack.pack.id]
    return _build(pack, entries, "supplied values") if entries else None


def as_supplied(overrides: Overrides) -> list[dict]:
    """The values of `overrides` as the applicant file keeps them (SuppliedValue fields)."""
    kept = []
    for value in overrides.values:
        plain = _plain(value.value)
        kept.append({"pack": overrides.pack_id, "path": value.path, "value": plain, "note": value.note})
    return kept


def load_overrides(path: Path | str, pack) -> Overrides:
    """Read and check an override file against the pack it is for."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise OverrideError(str(path), [f"cannot read the file ({exc.strerror or exc})"]) from None
    except UnicodeDecodeError:
        raise OverrideError(str(path), ["the file is not UTF-8 text"]) from None
    try:
        data = tomllib.loads(text)
    except ValueError as exc:  # TOMLDecodeError, and a number too long to read
        raise OverrideError(str(path), [f"not valid TOML: {exc}"]) from None
    return parse_overrides(data, pack, str(path))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value), ensure_ascii=False)  # decimals as exact strings; JSON strings are TOML strings


def dump_overrides(overrides: Overrides) -> str:
    lines = [f'format = "{FORMAT}"', f"format_version = {FORMAT_VERSION}", f"pack = {json.dumps(overrides.pack_id)}"]
    for value in overrides.values:
        lines += ["", "[[values]]", f"path = {json.dumps(value.path)}", f"value = {_toml_value(value.value)}"]
        if value.note:
            lines.append(f"note = {json.dumps(value.note, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def save_overrides(overrides: Overrides, path: Path | str) -> None:
    """Write atomically (beside the target, then rename), like applicant files."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(dump_overrides(overrides))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_APPLIED: dict[tuple[str, str, str], Applied] = {}


def apply_overrides(pack, overrides: Overrides, source: str = "overrides") -> Applied:
    """A copy of the pack with the user's values in place (cached: scoring many people re-uses it)."""
    if overrides.pack_id != pack.pack.id:
        raise OverrideError(source, [f"pack: the values are for rule pack {overrides.pack_id!r}, not {pack.pack.id!r}"])
    key = (pack.pack.id, pack.content_hash, overrides.digest)
    found = _APPLIED.get(key)
    if found is not None:
        return found
    data = pack.model_dump(mode="python")
    data["sources"][USER_SOURCE] = dict(USER_SOURCE_TEXT)
    applied: list[AppliedValue] = []
    for value in overrides.values:
        original = pack.value_at(value.path)
        node = data
        *parents, last = value.path.split(".")
        for part in parents:
            node = node[part]
        node[last] = {
            "value": value.value,
            "source": USER_SOURCE,
            "confidence": "user-supplied",
            "note": value.note,
            "years_before": original.years_before if original is not None else None,
        }
        applied.append(
            AppliedValue(value.path, value.value, value.note, original if original is not None and original.known else None)
        )
    data["content_hash"] = f"{pack.content_hash}+{overrides.digest[:6]}"
    try:
        new_pack = type(pack).model_validate(data)
    except ValidationError as exc:
        raise OverrideError(source, [_name_entry(line, overrides) for line in describe(exc)]) from None
    result = Applied(new_pack, tuple(applied))
    if len(_APPLIED) > 256:  # an editor in the program makes a new set per change; keep the cache small
        _APPLIED.clear()
    _APPLIED[key] = result
    return result


def _name_entry(line: str, overrides: Overrides) -> str:
    """Turn a pack-level message into one naming the override entry it comes from."""
    where, _, message = line.partition(": ")
    for i, value in enumerate(overrides.values):
        if where == value.path or where.startswith(value.path + ".") or value.path.startswith(where + "."):
            return f"values[{i}] ({value.path}): {message}"
    return line
