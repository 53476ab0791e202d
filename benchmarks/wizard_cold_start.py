"""Cold start to the first page shown: the wizard against a bare PySide6 QWizard with one page, measured in the
same run. Target: the wizard takes at most 1.3x the bare QWizard.

Each run is a fresh Python process, with its bytecode cached as for an installed program; the time is taken from just before the process is started until the child
reports the first paint of its first page (an event filter on the page). The two programs alternate so that
both see the same machine state. The wizard loads its engine and builds its other pages right after that first
paint; the time until it is ready for input is printed too. Runs offscreen unless --platform xcb is given (with
a display, e.g. under xvfb-run).

Measured as the machine is, then with every core kept busy by processes the benchmark starts itself
(benchmarks/cpu_load.py); the ratio must hold in both.

    .venv/bin/python benchmarks/wizard_cold_start.py [--runs 9] [--platform xcb] [--no-load]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_RATIO = 1.3

# Both children report the first paint of their first page the same way, then run their event loop.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print("shown", flush=True)
        return False
first_paint = FirstPaint()
"""

OURS = (
    """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from simulator.gui.app import launch
"""
    + FIRST_PAINT
    + """
window = launch(lang="en")
window.wizard.pages[0].installEventFilter(first_paint)
window.ready_changed.connect(lambda ready: print("ready", flush=True))
QApplication.instance().exec()
"""
)

BARE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
"""
    + FIRST_PAINT
    + """
page = QWizardPage()
page.setTitle("Bare wizard")
QVBoxLayout(page).addWidget(QLabel("One page, nothing else."))
page.installEventFilter(first_paint)
window = QWizard()
window.addPage(page)
window.show()
app.exec()
"""
)


def one_run(code: str, env: dict[str, str], until_ready: bool = False) -> tuple[float, float | None]:
    """Milliseconds to the first paint (and, for the wizard, to ready for input)."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        line = child.stdout.readline()
        shown = (time.perf_counter() - start) * 1000
        if line.strip() != "shown":
            raise RuntimeError("the child process did not show its window")
        ready = None
        if until_ready:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError("the wizard did not become ready")
            ready = (time.perf_counter() - start) * 1000
        return shown, ready
    finally:
        child.kill()
        child.wait()


def measure(runs: int, env: dict, ours_code: str) -> tuple[list[float], list[float], list[float]]:
    ours, ready, bare = [], [], []
    for _ in range(runs):  # the two alternate, so that both see the same machine state
        shown, until_ready = one_run(ours_code, env, until_ready=True)
        ours.append(shown)
        ready.append(until_ready)
        bare.append(one_run(BARE, env)[0])
    return ours, ready, bare


def report(label: str, ours: list[float], ready: list[float], bare: list[float]) -> None:
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    ratio = ours_median / bare_median
    print(f"  {label}")
    print(f"    bare QWizard (1 page):  median {bare_median:7.1f} ms  (min {min(bare):.1f}, max {max(bare):.1f})")
    print(f"    Points Simulator:       median {ours_median:7.1f} ms  (min {min(ours):.1f}, max {max(ours):.1f})")
    print(f"      ... ready for input:  median {statistics.median(ready):7.1f} ms  (engine loaded, all pages built)")
    print(f"    ratio {ratio:.2f}  target <= {TARGET_RATIO}  -> {'met' if ratio <= TARGET_RATIO else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each program (default 9)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform: offscreen (default) or xcb")
    parser.add_argument("--no-load", action="store_true", help="only the machine as it is, without the added load")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="points-simulator-cold-") as home:
        # the user's settings are neither read nor written; bytecode is cached (in the temporary folder, by the
        # warm-up run) as it is for an installed program, even where PYTHONDONTWRITEBYTECODE is set
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_CONFIG_HOME=home, PYTHONPYCACHEPREFIX=f"{home}/pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours_code = OURS.format(root=str(ROOT))
        for code in (ours_code, BARE):  # warm-up: files in the disk cache, as on any second start
            one_run(code, env, until_ready=code is ours_code)
        print(f"cold start to the first page shown, platform {args.platform}, {args.runs} runs each")
        report("the machine as it is", *measure(args.runs, env, ours_code))
        if not args.no_load:
            from benchmarks.cpu_load import cpu_load

            with cpu_load() as cores:
                loaded = measure(args.runs, env, ours_code)
            report(f"every core loaded ({cores} busy processes)", *loaded)


if __name__ == "__main__":
    main()
