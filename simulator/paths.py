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


def icon_path(suffix: str = ".svg") -> Path:
    """The application icon in one format: ".svg", ".ico" (Windows) or ".icns" (macOS)."""
    from simulator import APP_ICON

    return (resources_dir() / APP_ICON).with_suffix(suffix)


def icon_pngs() -> list[Path]:
    """The icon drawn at each size (app-16.png … app-256.png), smallest first, for a multi-size QIcon."""
    master = icon_path()
    found = master.parent.glob(f"{master.stem}-*.png")
    return sorted(found, key=lambda p: int(p.stem.rsplit("-", 1)[1]))


DATA_DIR_VARIABLE = "POINTS_SIMULATOR_DATA_DIR"


def user_data_dir() -> Path:
    """The user's own data (imported rule packs): the platform's per-user data location, or the folder named by
    the environment variable POINTS_SIMULATOR_DATA_DIR (tests and portable installs use it)."""
    import os

    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()
    if sys.platform.startswith("win"):
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / "Points Simulator"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Points Simulator"
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base else home / ".local" / "share") / "points-simulator"


def user_packs_dir() -> Path:
    """Where imported rule packs are kept (created on the first import)."""
    return user_data_dir() / "rules"
