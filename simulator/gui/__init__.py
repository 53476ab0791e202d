"""The PySide6 wizard: one page per step of the official form, a score panel that is always visible.

Map of the package:
  app.py          start-up: QApplication, fonts, translations, settings, the main window
  main_window.py  menus, file handling (new / open / save / recent), window title
  wizard.py       the step list, the page stack and Back / Next
  state.py        the applicant being edited: raw input -> profile -> engine evaluation -> signals
  draft.py        raw input as typed, and turning it into an ApplicantProfile with per-field problems
  messages.py     the problem messages shown next to fields, in the user's language
  autosave.py     the draft written to the user's data folder after each change, and restored after a kill
  crash.py        an uncaught error: logged, shown with the log's location, the entries kept
  pages/          one module per page, in the official order
  widgets/        reusable pieces: row tables, explanation, derivation, score panel, what-if banner
"""

import sys

from PySide6 import QtCore  # noqa: F401  (PySide's import hook is installed with it)


def _uses_pyside(module) -> bool:
    """What PySide asks of every module imported after it, told by name instead of by reading its source."""
    name = getattr(module, "__name__", "")
    return name.startswith(("PySide6", "shiboken6", "simulator."))  # ours: the window and the cities' pages


# PySide6 reads the whole source of every module imported after it (inspect.getsource) to find the word
# "PySide6", for modules that switch on its optional features (`from __feature__ import snake_case`): 73 files
# read before the first page is painted, about 8 ms of the cold start. This program switches on none, so the
# answer only chooses between two ways of saying "no feature": it is given by name. Left as it is where a
# PySide6 release no longer has the hook.
_feature = sys.modules.get("__feature__")
if _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None)):
    _feature._mod_uses_pyside = _uses_pyside
