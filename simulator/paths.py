"""Where the program's bundled resources live (source checkout or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _data(name: str) -> Path:
    """A data folder: in a PyInstaller bundle under _MEIPASS; installed from a wheel, inside the package
    (simulator/<name>, see pyproject.toml); in a source checkout, beside the package."""
    if getattr(sys, "frozen", False):
        return Path(sys._MEIPASS) / name
    inside = PACKAGE / name
    return inside if inside.is_dir() else PACKAGE.parent / name


def resources_dir() -> Path:
    return _data("resources")


def translations_dir() -> Path:
    """The Qt Linguist catalogues (.ts, and the .qm files built from them)."""
    return _data("translations")


def examples_dir() -> Path:
    return resources_dir() / "examples"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def cjk_font_path() -> Path:
    """The bundled CJK font (WenQuanYi Micro Hei, a TrueType collection): the window and the worksheet use it."""
    return fonts_dir() / "wqy-microhei.ttc"


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
