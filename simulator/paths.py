"""Where the program's bundled resources live (source checkout or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller puts data files under _MEIPASS
        return Path(getattr(sys, "_MEIPASS")) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def rules_dir() -> Path:
    return resources_dir() / "rules"


def examples_dir() -> Path:
    return resources_dir() / "examples"


def data_dir() -> Path:
    return resources_dir() / "data"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
