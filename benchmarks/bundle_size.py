"""Size of the desktop bundle against a bare PySide6 QWizard built the same way. Target: at most 1.3 times.

Builds benchmarks/bare_wizard/ with its own spec (same excludes and Qt trimming as build.spec, from bundling/)
into build/bare-wizard/, builds our bundle with scripts/build_bundle.sh unless dist/ already holds a current one,
then prints both sizes, the ratio and where the difference goes.

    .venv/bin/python benchmarks/bundle_size.py
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bundling import fingerprint  # noqa: E402
from bundling.size import MB, folder_bytes  # noqa: E402

TARGET = 1.3
BARE = ROOT / "build" / "bare-wizard"


def build_bare() -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(BARE / "dist"),
            "--workpath",
            str(BARE / "work"),
            str(ROOT / "benchmarks" / "bare_wizard" / "bare_wizard.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return BARE / "dist" / "bare-wizard"


def build_ours() -> Path:
    if fingerprint.is_current(ROOT):
        print("our bundle: reusing dist/ (built from the current sources)")
    else:
        subprocess.run(["bash", str(ROOT / "scripts" / "build_bundle.sh")], cwd=ROOT, check=True)
    return fingerprint.bundle_dir(ROOT)


def _by_component(folder: Path) -> Counter:
    """Bytes per top-level entry of _internal/ (PySide6, PIL, resources, libpython…)."""
    internal = folder / "_internal"
    sizes: Counter = Counter()
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[path.relative_to(internal).parts[0]] += path.stat().st_size
    return sizes


def main() -> None:
    bare = build_bare()
    ours = build_ours()
    bare_bytes, our_bytes = folder_bytes(bare), folder_bytes(ours)
    ratio = our_bytes / bare_bytes
    print(f"bare QWizard bundle : {bare_bytes / MB:7.1f} MB  ({bare})")
    print(f"Points Simulator    : {our_bytes / MB:7.1f} MB  ({ours})")
    print(f"ratio               : {ratio:7.2f}   (target <= {TARGET}: {'met' if ratio <= TARGET else 'NOT met'})")
    extra = _by_component(ours)
    extra.subtract(_by_component(bare))
    print("what our bundle adds (MB):")
    for name, size in extra.most_common(10):
        if size > 0.05 * MB:
            print(f"  {name:40} {size / MB:6.1f}")


if __name__ == "__main__":
    main()
