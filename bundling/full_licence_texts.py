"""The full licence texts that travel with a bundle, gathered at build time.

resources/licenses/ holds our short notices (what each component is, its licence, its copyright). The licences
themselves ask for their full text to accompany binary copies; those texts come from where they already are on
the build machine – each bundled library's installed metadata, Python's own LICENSE file and, for the licences
named in the notices (LGPL-3.0 for Qt, Apache-2.0 for the font), the system's common-licenses folder when it has
one – and go into resources/licenses/full/ inside the bundle.
"""

from __future__ import annotations

import importlib.metadata
import sys
import sysconfig
from pathlib import Path

DESTINATION = "resources/licenses/full"
SYSTEM_LICENCES = Path("/usr/share/common-licenses")  # Debian / Ubuntu
# LGPL-3.0 is GPL-3.0 plus extra permissions, so both texts go with Qt / PySide6.
LICENCES_NAMED_IN_NOTICES = ("LGPL-3", "GPL-3", "Apache-2.0")
_LICENCE_WORDS = ("licen", "copying", "notice", "authors")


def _is_licence_file(relative: str) -> bool:
    name = Path(relative).name.lower()
    return ".dist-info" in relative and any(word in name for word in _LICENCE_WORDS)


def _distribution_texts(top_level_names: set[str]) -> list[tuple[str, str]]:
    by_module = importlib.metadata.packages_distributions()
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for module in sorted(top_level_names):
        for dist_name in by_module.get(module, []):
            if dist_name in seen:
                continue
            seen.add(dist_name)
            dist = importlib.metadata.distribution(dist_name)
            folder = f"{DESTINATION}/{dist.metadata['Name']}-{dist.version}"
            for file in dist.files or []:
                if _is_licence_file(str(file)):
                    found.append((str(file.locate()), folder))
    return found


def _python_text() -> list[tuple[str, str]]:
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows installs
    ]
    for path in candidates:
        if path.is_file():
            return [(str(path), f"{DESTINATION}/Python-{sys.version.split()[0]}")]
    return []


def _system_texts() -> list[tuple[str, str]]:
    return [
        (str(SYSTEM_LICENCES / name), f"{DESTINATION}/common")
        for name in LICENCES_NAMED_IN_NOTICES
        if (SYSTEM_LICENCES / name).is_file()
    ]


def full_licence_texts(module_names) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for the modules a bundle contains (dotted names are fine)."""
    top_level = {name.split(".", 1)[0] for name in module_names}
    return _distribution_texts(top_level) + _python_text() + _system_texts()
