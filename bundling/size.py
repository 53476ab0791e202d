"""The size of a bundle folder, as the files take it on disk (what a clerk copies).

    python -m bundling.size dist/points-simulator
"""

from __future__ import annotations

import sys
from pathlib import Path

MB = 1024 * 1024


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file() and not p.is_symlink())


def describe(folder: Path) -> str:
    files = sum(1 for p in Path(folder).rglob("*") if p.is_file())
    return f"{folder}: {folder_bytes(folder) / MB:.1f} MB in {files} files"


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(describe(Path(name)))
