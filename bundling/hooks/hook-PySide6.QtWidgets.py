# Replaces PyInstaller's own hook for PySide6.QtWidgets: the same collection, with unused Qt plugins and
# translations left out (see bundling/qt_trim.py).
from bundling.qt_trim import trimmed_qt_dependencies

hiddenimports, binaries, datas = trimmed_qt_dependencies(__file__)
