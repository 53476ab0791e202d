"""A digest of everything a bundle is built from, so that a bundle already in dist/ can be reused when current.

Covers the program's code, resources and translations, the spec and this package, pyproject.toml and the
versions of the installed Python packages. Written beside the bundle (dist/.<slug>.fingerprint) once a build
succeeds; a half-finished build never leaves a matching fingerprint behind.

    python -m bundling.fingerprint compute          # before the build: prints the digest of the sources
    python -m bundling.fingerprint write DIGEST     # after a successful build: records what it was built from
    python -m bundling.fingerprint check            # exit 0 when dist/ holds a current bundle

The digest is taken before the build starts, so a file edited while PyInstaller runs makes the bundle stale.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
from pathlib import Path

from bundling.app_info import ROOT, read

SOURCES = ("simulator", "resources", "translations", "bundling")
SINGLE_FILES = ("build.spec", "pyproject.toml")
SKIPPED_SUFFIXES = (".pyc",)


def _files(root: Path) -> list[Path]:
    files = [root / name for name in SINGLE_FILES if (root / name).is_file()]
    for folder in SOURCES:
        files += [
            p
            for p in (root / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(SKIPPED_SUFFIXES)
        ]
    return sorted(files)


def compute(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in _files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(installed).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def bundle_dir(root: Path = ROOT) -> Path:
    return root / "dist" / read(root).slug


def executable(root: Path = ROOT) -> Path:
    slug = read(root).slug
    return bundle_dir(root) / (f"{slug}.exe" if sys.platform == "win32" else slug)


def _stamp(root: Path) -> Path:
    return root / "dist" / f".{read(root).slug}.fingerprint"


def write(digest: str, root: Path = ROOT) -> None:
    _stamp(root).write_text(digest + "\n", encoding="ascii")


def is_current(root: Path = ROOT) -> bool:
    stamp = _stamp(root)
    if not stamp.is_file() or not executable(root).is_file():
        return False
    return stamp.read_text(encoding="ascii").strip() == compute(root)


if __name__ == "__main__":
    command = sys.argv[1:] or ["check"]
    if command[0] == "compute":
        print(compute())
    elif command[0] == "write" and len(command) == 2:
        write(command[1])
    elif command[0] == "check":
        sys.exit(0 if is_current() else 1)
    else:
        sys.exit("usage: python -m bundling.fingerprint compute | write DIGEST | check")
