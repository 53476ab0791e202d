"""The application icon as a QIcon, from the PNGs drawn at each size (so 16 px is sharp, not a shrunk 256 px)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from simulator.paths import icon_pngs


def app_icon() -> QIcon:
    icon = QIcon()
    for path in icon_pngs():
        icon.addFile(str(path))
    return icon
