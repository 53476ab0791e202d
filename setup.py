"""The one build step pyproject.toml cannot say: the wheel carries the program's data, which lives beside the package
in a source checkout — resources/ (fonts, examples, icons, licences) and the translations (the .qm catalogues, built
from translations/*.ts here when pyside6-lrelease is at hand) — inside it, as simulator/resources and
simulator/translations, where simulator.paths looks first. Each city's packs, help and lines are package data of
its own folder (pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "simulator"
        shutil.copytree(ROOT / "resources", target / "resources", dirs_exist_ok=True)
        catalogues = target / "translations"
        catalogues.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "translations").glob("*.ts")):
            qm = ts.with_suffix(".qm")
            if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
                _build_catalogue(ts, qm)
            if qm.exists():
                shutil.copy2(qm, catalogues / qm.name)


def _build_catalogue(ts: Path, qm: Path) -> None:
    """A missing or stale .qm, built when pyside6-lrelease runs here (in an isolated build it may not: then the
    catalogue built by scripts/build_translations.sh, if any, is taken as it is)."""
    lrelease = _lrelease()
    if lrelease is None:
        return
    try:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pass


setup(cmdclass={"build_py": BuildWithData})
