"""The licence notices of the components the program ships (resources/licenses/), for the About box.

Each notice file has "Key: value" header lines, a blank line and the notice itself (see the README there).
No Qt here: the window shows these, the bundle checks test them.
"""

from __future__ import annotations

import importlib
import platform
from dataclasses import dataclass
from pathlib import Path

from simulator.paths import resources_dir


@dataclass(frozen=True)
class Notice:
    component: str
    licence: str
    copyright: str
    home: str
    version: str  # as installed; "" when it cannot be found
    packages: tuple[str, ...]  # the Python distributions the notice covers
    body: str
    attached_text: str  # a file's content shown after the notice (the font's copyright file), or ""


def licences_dir() -> Path:
    return resources_dir() / "licenses"


def full_texts_dir() -> Path:
    """Where a bundle keeps the full licence texts (built by bundling/licences.py; absent in a source checkout)."""
    return licences_dir() / "full"


def installed_version(spec: str) -> str:
    """ "module:attribute" -> that attribute's value; "python" -> the interpreter's; anything else is literal."""
    if spec == "python":
        return platform.python_version()
    if ":" not in spec:
        return spec
    module_name, attribute = spec.split(":", 1)
    try:
        return str(getattr(importlib.import_module(module_name), attribute))
    except (ImportError, AttributeError):
        return ""


def parse_notice(text: str, base: Path | None = None) -> Notice | None:
    """One notice file's content; None when it has no Component header (the folder's README)."""
    header, _, body = text.partition("\n\n")
    fields: dict[str, str] = {}
    for line in header.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip()
    if "component" not in fields:
        return None
    attached = ""
    if fields.get("text-file"):
        path = (base or resources_dir()) / fields["text-file"]
        attached = path.read_text(encoding="utf-8") if path.is_file() else ""
    return Notice(
        component=fields["component"],
        licence=fields.get("licence", ""),
        copyright=fields.get("copyright", ""),
        home=fields.get("home", ""),
        version=installed_version(fields.get("version", "")),
        packages=tuple(p.strip() for p in fields.get("packages", "").split(",") if p.strip()),
        body=" ".join(body.split()),
        attached_text=attached,
    )


def notices() -> list[Notice]:
    found = []
    for path in sorted(licences_dir().glob("*.txt")):
        notice = parse_notice(path.read_text(encoding="utf-8"))
        if notice is not None:
            found.append(notice)
    return found
