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
