"""Which Qt plugins and Qt translations go into a bundle.

PyInstaller's PySide6 hooks collect every plugin a Qt module might load, and every language of Qt's own
translations. A plugin drags in the libraries it links (the GTK theme plugin alone brings GTK), so the filter runs
inside the hooks (bundling/hooks/), before PyInstaller follows those links, rather than on the finished list.

Kept, by plugin folder, with the names of all three platforms (Linux, Windows, macOS):
  platforms               the desktop's own (xcb, windows, cocoa) and offscreen (headless runs and tests).
                          Wayland sessions use xcb through XWayland.
  platforms/darwin        macOS helpers of the cocoa platform.
  platforminputcontexts   compose keys and IBus: Chinese input methods on Linux.
  platformthemes          the XDG desktop portal only; the GTK theme would bring all of GTK for native dialogs.
  styles                  the native widget styles (Windows 11 / macOS).
Everything else (image formats beyond PNG, SVG icons, OpenGL integrations, evdev, virtual keyboard, Wayland
clients, network) is left out: the program draws only widgets, PNG icons and text.
"""

from __future__ import annotations

from pathlib import PurePath

KEPT_PLUGINS: dict[str, set[str] | None] = {  # None: every plugin of the folder
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    "platforms/darwin": None,
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},
    "styles": None,
}

# Qt's own catalogues: only the base one (dialog buttons, QWizard's Back / Next) in the languages we offer.
KEPT_QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_en.qm"}


def _plugin_name(filename: str) -> str:
    """"libqxcb.so" / "qwindows.dll" / "libqcocoa.dylib" -> "qxcb" / "qwindows" / "qcocoa"."""
    return filename.split(".", 1)[0].removeprefix("lib")


def keep(source: str, destination: str) -> bool:
    """Whether a file the Qt hooks want to collect (source path, destination folder) goes into the bundle."""
    parts = PurePath(destination).parts
    filename = PurePath(source).name
    if "translations" in parts and filename.endswith(".qm"):
        return filename in KEPT_QT_TRANSLATIONS
    if "plugins" in parts:
        folder = "/".join(parts[parts.index("plugins") + 1 :])
        if folder not in KEPT_PLUGINS:
            return False
        names = KEPT_PLUGINS[folder]
        return names is None or _plugin_name(filename) in names
    return True


def trimmed_qt_dependencies(hook_file: str):
    """What a PySide6 module's hook collects, minus the plugins and translations the program never loads."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if keep(src, dest)]
    datas = [(src, dest) for src, dest in datas if keep(src, dest)]
    return hiddenimports, binaries, datas
