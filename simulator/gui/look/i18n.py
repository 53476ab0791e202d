"""Languages: our Qt Linguist catalogues plus Qt's own (dialog buttons), switchable while the program runs.

The .ts files in translations/ are the source of truth; scripts/build_translations.sh turns them into the .qm
files loaded here. Without the .qm files the program still runs, in English (the source language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from simulator.paths import translations_dir

LANGUAGES = ("zh", "en")
CATALOGUE = "points_simulator"
# Our additions to Qt's own catalogue (translations/qt_additions_<locale>.ts): access keys on the standard buttons
# of Qt's dialogs in both languages (Qt gives most none), and the strings its Chinese catalogue leaves in English.
QT_ADDITIONS = "qt_additions"
QT_LOCALE = {"zh": "zh_CN", "en": "en"}
# Shown in the language menu and on the start page in their own language, never translated.
NATIVE_NAMES = {"zh": "中文", "en": "English"}


def system_language() -> str:
    """Chinese when the system locale is Chinese, English otherwise."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    """Installs the translators of one language, replacing those of the previous one."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.lang = "en"
        self.missing: list[str] = []  # catalogues that could not be loaded, for the About box

    def apply(self, lang: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.missing = []
        locale = QT_LOCALE[lang]
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_{locale}", str(translations_dir())):
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            self.missing.append(f"{CATALOGUE}_{locale}.qm")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{locale}", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        additions = QTranslator(app)  # installed last: asked first, before Qt's own
        if additions.load(f"{QT_ADDITIONS}_{locale}", str(translations_dir())):
            app.installTranslator(additions)
            self._installed.append(additions)
        QLocale.setDefault(QLocale(locale))
        self.lang = lang
