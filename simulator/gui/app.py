"""Start-up of the window: `python -m simulator [FILE] [--demo] [--lang zh|en]` ends up in `run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from simulator import APP_NAME, ORGANIZATION, __version__
from simulator.gui.look.fonts import install_cjk_fallback, use_font_config
from simulator.gui.look.i18n import Translations, system_language
from simulator.gui.stored.settings import Settings
from simulator.gui.windows.main_window import MainWindow

_prepared = False


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        use_font_config()  # before the font database is first used
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def launch(file: str | Path | None = None, demo: bool = False, lang: str | None = None, kiosk: bool = False) -> MainWindow:
    """The main window, shown with its first page. The engine is loaded, the other pages built and the file (or
    the demo applicant) opened as soon as that page has been painted: `window.ready` tells when."""
    app = application()
    global _prepared
    if not _prepared:  # once per process
        install_cjk_fallback(app)
        _prepared = True
    settings = Settings()
    settings.kiosk_for_this_run = kiosk
    lang = lang or settings.language or system_language()
    translations = Translations()
    translations.apply(lang)
    window = MainWindow(translations, settings, lang)
    window.show()
    window.ready_changed.connect(lambda _ready: _set_icon(app))  # decoration: after the first page is drawn
    window.start_after_first_paint(file=file, demo=demo)
    return window


def wait_until_ready(window: MainWindow, timeout: float = 30.0) -> None:
    """Process events until the window has loaded the engine (for scripts and tests that drive the window)."""
    import time

    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not window.ready:
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish starting")
        app.processEvents()


def _set_icon(app: QApplication) -> None:
    try:
        from simulator.gui.look.icon import app_icon
    except ImportError:  # the icon is decoration: the program runs without it
        return
    app.setWindowIcon(app_icon())


def run(file: str | None = None, demo: bool = False, lang: str | None = None, kiosk: bool = False) -> int:
    from simulator.gui.windows import crash
    from simulator.logging_setup import setup_logging

    setup_logging()
    window = launch(file=file, demo=demo, lang=lang, kiosk=kiosk)
    crash.install(window)  # from here on an uncaught error is logged and shown, never the end of the program
    code = QApplication.instance().exec()
    del window
    return code
