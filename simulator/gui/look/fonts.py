"""The bundled CJK font, made known so that Chinese renders on a machine that has none installed.

On Linux the font's folder joins fontconfig's own configuration (resources/fonts/points-simulator-fonts.conf,
which includes the system's): fontconfig then reads what the font covers from its cache. Registered with Qt
instead (QFontDatabase.addApplicationFont), the 5 MB font is scanned glyph by glyph at every start: some 20 million
instructions, 3 % of the start to the first page. Elsewhere, or where fontconfig is configured otherwise, it is
registered with Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from simulator.paths import cjk_font_path, fonts_dir

CJK_FAMILY = "WenQuanYi Micro Hei"  # the family the bundled font file names (its first face)
FONT_CONFIG = "points-simulator-fonts.conf"
FONT_CONFIG_VARIABLE = "FONTCONFIG_FILE"


def use_font_config(environ=os.environ) -> bool:
    """Point fontconfig at the bundled configuration, before the font database is first used. True when it is (a
    process started by this program inherits it); False, and nothing changed, off Linux, where fontconfig is
    configured otherwise, or where the system's configuration is missing (ours includes it: without it there would
    be no other font)."""
    ours = fonts_dir() / FONT_CONFIG
    if not sys.platform.startswith("linux") or FONT_CONFIG_VARIABLE in environ:
        return environ.get(FONT_CONFIG_VARIABLE) == str(ours)
    system_config = Path(environ.get("FONTCONFIG_PATH") or "/etc/fonts") / "fonts.conf"
    if not (system_config.is_file() and ours.is_file()):
        return False
    environ[FONT_CONFIG_VARIABLE] = str(ours)
    return True


def install_cjk_fallback(app: QApplication) -> str | None:
    """Put the bundled font behind the default family (registering it with Qt unless fontconfig knows it already);
    returns its family name."""
    family = CJK_FAMILY
    if not QFontDatabase.hasFamily(family):
        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        family = families[0]
    # Used only for characters the default family lacks, so Latin text keeps the platform look.
    font = app.font()
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return family
