"""How the desktop bundle is made (PyInstaller); used by build.spec and benchmarks/bare_wizard/bare_wizard.spec.

Map of the package:
  app_info.py         name, version, slug and icon, read from simulator/__init__.py without importing Qt
  excludes.py         the Python modules left out of every bundle, Qt modules included (one list for both specs)
  qt_trim.py          which Qt plugins and Qt translations go in; applied by the hooks in hooks/
  hooks/              PyInstaller hooks for PySide6 that collect Qt through qt_trim
  licences.py         the full licence texts of the bundled libraries, copied from their installed metadata
  windows_version.py  the Windows version resource (Explorer > Properties > Details)
  fingerprint.py      a digest of everything a bundle is built from, so a current bundle can be reused
  size.py             the size of a bundle folder
"""
