"""The program's name, version and icon, read from simulator/__init__.py (the one place they are set).

Read with `ast` rather than imported, so a spec file never starts Qt or the engine just to learn a name.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class AppInfo:
    name: str
    name_zh: str
    version: str
    organization: str
    icon: str  # relative to resources/, the vector master

    @property
    def slug(self) -> str:
        """The bundle folder and executable name: "Points Simulator" -> "points-simulator"."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    def icon_file(self, suffix: str, root: Path = ROOT) -> Path:
        return (root / "resources" / self.icon).with_suffix(suffix)


def read(root: Path = ROOT) -> AppInfo:
    tree = ast.parse((root / "simulator" / "__init__.py").read_text(encoding="utf-8"))
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value.value
    return AppInfo(
        name=constants["APP_NAME"],
        name_zh=constants["APP_NAME_ZH"],
        version=constants["__version__"],
        organization=constants["ORGANIZATION"],
        icon=constants["APP_ICON"],
    )
