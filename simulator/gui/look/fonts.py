"""The bundled CJK font, registered so that Chinese renders on a machine that has none installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from simulator.paths import cjk_font_path


def install_cjk_fallback(app: QApplication) -> str | None:
    """Register the bundled font and put it behind the default family; returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    # Used only for characters the default family lacks, so Latin text keeps the platform look.
    add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    if add_fallback is not None:
        add_fallback(_han_script(), family)
    font = QFont(app.font())
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return family


def _han_script():
    from PySide6.QtCore import QChar

    return QChar.Script.Script_Han
