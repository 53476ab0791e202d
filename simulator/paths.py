"""Where the program's bundled resources live (source checkout or PyInstaller bundle)."""

from __future__ import annotations

import sys
from functools import lru_cache
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
    return _data_dir(*_data_dir_variables())


def _data_dir_variables() -> tuple[str | None, ...]:
    # The folders are found once for the variables they are made of: the rule-pack store asks at every lookup.
    import os

    env = os.environ
    return env.get(DATA_DIR_VARIABLE), env.get("HOME"), env.get("USERPROFILE"), env.get("APPDATA"), env.get("XDG_DATA_HOME")


@lru_cache(maxsize=8)
def _data_dir(*variables: str | None) -> Path:
    chosen, _home, _profile, appdata, xdg = variables
    if chosen:
        return Path(chosen).expanduser()
    home = Path.home()  # from HOME (USERPROFILE on Windows): part of the key
    if sys.platform.startswith("win"):
        return (Path(appdata) if appdata else home / "AppData" / "Roaming") / "Points Simulator"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "Points Simulator"
    return (Path(xdg) if xdg else home / ".local" / "share") / "points-simulator"


def user_packs_dir() -> Path:
    """Where imported rule packs are kept (created on the first import)."""
    return _packs_dir(*_data_dir_variables())


@lru_cache(maxsize=8)
def _packs_dir(*variables: str | None) -> Path:
    return _data_dir(*variables) / "rules"
