"""What every bundle leaves out. Both build.spec and the bare-QWizard benchmark use this one list.

The program uses four Qt modules (QtPrintSupport for File ▸ Print); every other PySide6 module the installed wheel has is excluded by name, so a
stray import cannot pull QtNetwork or QtQml (and their plugins and libraries) in. tests/test_bundle.py checks
that the code imports no Qt module outside QT_MODULES_USED.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

# Modules that installed packages import optionally, or that only the tests and the build need.
NOT_SHIPPED = (
    # Tk is never used; the standard library's own tests and IDE neither.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "test", "lib2to3", "pydoc_data",
    # Test and build tools living in the same virtual environment.
    "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "pluggy", "iniconfig", "pygments",
    "PyInstaller", "pip", "setuptools", "pkg_resources", "_distutils_hack", "wheel",
    # The checks the test command runs (pydantic's mypy plugin would otherwise pull mypy in).
    "mypy", "mypyc", "mypy_extensions", "librt", "ast_serialize", "pydantic.mypy", "ruff",
    # Optional accelerators and bridges other libraries try: openpyxl -> lxml, Pillow -> Tk / another Qt binding.
    "lxml", "PIL.ImageQt", "PIL.ImageTk", "PIL._imagingtk", "numpy", "IPython", "matplotlib",
    # Pillow codecs reportlab never needs (it embeds PNG / JPEG): AVIF and WebP bring 7 MB of libraries.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms",
    # The program never uses the network: no TLS. Without _hashlib (OpenSSL), hashlib uses its built-in SHA-256.
    "ssl", "_ssl", "_hashlib",
    # Interactive line editing of the Python prompt.
    "readline",
    # Qt bindings other than ours.
    "PyQt5", "PyQt6", "PySide2",
)


def _installed_qt_modules() -> set[str]:
    """The Qt extension modules in the installed PySide6 wheel (QtCore, QtNetwork, …), found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    names = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder).glob("Qt*"):
            if path.suffix in (".so", ".pyd") or path.name.endswith((".abi3.so", ".dylib")):
                names.add(path.name.split(".", 1)[0])
    return names


def qt_excludes() -> list[str]:
    return sorted(f"PySide6.{name}" for name in _installed_qt_modules() - set(QT_MODULES_USED))


def excludes() -> list[str]:
    return list(NOT_SHIPPED) + qt_excludes()
