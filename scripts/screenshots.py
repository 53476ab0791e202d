"""Regenerates docs/screenshots/ on a 1280×720 screen: every wizard page with the demo applicant, in Chinese and
English; every other window (the Analysis menu's: projection, scenarios, rule editions compared, city comparison,
rule values, batch scoring; About, the keys, the print preview, the unsaved-changes question, the walk-in save dialog,
go to page) in both languages; the same again at 200 % scaling (a 2560×1440 screen); a what-if applicant; and the
other cities' forms for resources/examples/three-cities.json. Runs the real window on a virtual X screen (Xvfb).

    .venv/bin/python scripts/screenshots.py            # all of it
    .venv/bin/python scripts/screenshots.py --only en  # one set: zh, en, whatif, scale200, tools or cities

Settings are kept in a temporary folder, so the user's own settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = {"1": "1280x720x24", "2": "2560x1440x24"}  # 1280×720 in device-independent pixels at both scales
SETS = ("zh", "en", "whatif", "scale200", "tools", "cities")


def outer(sets: list[str]) -> int:
    """Start one Xvfb session per scale factor and run this script inside it."""
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is not installed (apt-get install xvfb xauth)", file=sys.stderr)
        return 1
    for scale in ("1", "2"):
        wanted = [s for s in sets if (s == "scale200") == (scale == "2")]
        if not wanted:
            continue
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_SCALE_FACTOR=scale)
        env.pop("DISPLAY", None)
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN[scale]}", sys.executable, __file__, "--inner", *wanted]
        code = subprocess.call(command, env=env, cwd=ROOT)
        if code:
            return code
    return 0


def small_png(image, path: Path) -> None:
    """Save with a 48-colour palette: a fraction of the size, text still crisp (the window has few colours)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    import io

    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(path, optimize=True)


def check_on_screen(window, path: Path) -> None:
    """Say so when a window, or a button in it, does not fit on the screen (it would be cut off for a user)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QScrollArea

    def scrolls(widget) -> bool:  # inside a scrolled page: reached by scrolling, not cut off
        parent = widget.parent()
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea):
                return True
            parent = parent.parent()
        return False

    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        print(f"  ! {path.name}: {frame.width()}×{frame.height()} is larger than the screen {screen.width()}×{screen.height()}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window and not scrolls(button):
            corner = button.mapTo(window, QPoint(button.width() - 1, button.height() - 1))
            if not window.rect().contains(corner):
                print(f"  ! {path.name}: the button {button.text()!r} is cut off")


def inner(sets: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="points-simulator-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, settings_dir)

    from simulator.gui.app import launch, wait_until_ready
    from simulator.paths import examples_dir

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def grab(window, path: Path) -> None:
        settle()
        check_on_screen(window, path)
        small_png(window.grab().toImage(), path)
        print(path.relative_to(ROOT))

    for name in sets:
        if name == "tools":
            tool_windows(launch, wait_until_ready, grab, settle, OUT / "tools")
            continue
        if name == "scale200":
            scaled(launch, wait_until_ready, grab, settle)
            continue
        if name == "cities":
            city_forms(launch, wait_until_ready, grab)
            continue
        lang = "en" if name in ("en", "scale200") else "zh"
        if name == "whatif":
            lang = "zh"
        window = launch(lang=lang)
        wait_until_ready(window)
        window.switch_language(lang)
        if name == "whatif":
            window.open_example(examples_dir() / "short-insurance.json")
        else:
            window.open_example(examples_dir() / "own-home-outside-centre.json")
        settle()
        folder = OUT / name
        if folder.exists():
            shutil.rmtree(folder)
        wizard = window.wizard
        if name in ("zh", "en"):
            for index, page in enumerate(wizard.pages):
                wizard.go_to(index)
                grab(window, folder / f"{index:02d}-{page.page_id}.png")
        elif name == "whatif":
            for lang in ("zh", "en"):
                window.switch_language(lang)
                for page_id in ("qualification", "employment", "summary"):
                    wizard.go_to_id(page_id)
                    index = wizard.index
                    grab(window, folder / f"{lang}-{index:02d}-{page_id}.png")
        window.state.mark_saved()  # nothing to ask about when closing
        window.close()
        window.deleteLater()
        settle()
    shutil.rmtree(settings_dir, ignore_errors=True)
    return 0


def scaled(launch, wait_until_ready, grab, settle) -> None:
    """At 200 %: every page of the demo applicant and every other window, in both languages."""
    from simulator.paths import examples_dir

    folder = OUT / "scale200"
    if folder.exists():
        shutil.rmtree(folder)
    for lang in ("zh", "en"):
        window = launch(lang=lang)
        wait_until_ready(window)
        window.switch_language(lang)
        window.open_example(examples_dir() / "own-home-outside-centre.json")
        settle()
        for index, page in enumerate(window.wizard.pages):
            window.wizard.go_to(index)
            grab(window, folder / f"{lang}-{index:02d}-{page.page_id}.png")
        window.state.mark_saved()
        window.close()
        window.deleteLater()
        settle()
    tool_windows(launch, wait_until_ready, grab, settle, folder)


def other_windows(window, lang: str, folder: Path, grab, settle) -> None:
    """The dialogs: About, the keys, the print preview, the unsaved-changes question, the walk-in save dialog, go to
    page; each shown without waiting for an answer, grabbed, closed."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QMessageBox

    from simulator.gui.windows.about import AboutDialog
    from simulator.gui.windows.ask import name_buttons
    from simulator.gui.windows.private_dialog import save_dialog
    from simulator.gui.windows.sizes import fit_to_screen

    about = AboutDialog(window, lang)
    about.show()
    grab(about, folder / f"{lang}-about.png")
    about.close()
    keys = QMessageBox(
        QMessageBox.Icon.Information, window.tr("Keyboard"), window.keys_text(), QMessageBox.StandardButton.Ok, window
    )
    name_buttons(keys)
    keys.show()
    grab(keys, folder / f"{lang}-keys.png")
    keys.close()
    question = QMessageBox(window)
    question.setIcon(QMessageBox.Icon.Warning)
    question.setWindowTitle(window.tr("Unsaved changes"))
    question.setText(window.tr("The applicant has unsaved changes. Save them first?"))
    question.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    name_buttons(question)
    question.show()
    grab(question, folder / f"{lang}-unsaved-question.png")
    question.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(window.tr("Print worksheet"))
    preview.paintRequested.connect(window.print_to)
    fit_to_screen(preview, 900, 1000)
    preview.show()
    settle()
    grab(preview, folder / f"{lang}-print-preview.png")
    preview.close()
    dialog = save_dialog(
        window, window.tr("Save applicant file"), str(Path.home()), window.private_name(".json"), window._filter()
    )
    fit_to_screen(dialog, 820, 520)
    dialog.show()
    settle()
    grab(dialog, folder / f"{lang}-walk-in-save.png")
    dialog.close()
    go = window.wizard.page_dialog()
    go.show()
    settle()
    grab(go, folder / f"{lang}-go-to-page.png")
    go.close()


def three_city_windows(launch, wait_until_ready, folder: Path, keep: bool = False):
    """A window per language with the three-cities applicant open (the folder emptied first, unless `keep`); each is
    closed without questions once the caller has moved on."""
    from simulator.paths import examples_dir

    if folder.exists() and not keep:
        shutil.rmtree(folder)
    for lang in ("zh", "en"):
        window = launch(lang=lang)
        wait_until_ready(window)
        window.switch_language(lang)
        window.state.set_rules(window.state.catalogue.edition_for("beijing", 2024), 2024)
        window.open_example(examples_dir() / "three-cities.json")
        yield lang, window
        window.state.mark_saved()  # nothing to ask about when closing
        window.close()
        window.deleteLater()


def city_forms(launch, wait_until_ready, grab) -> None:
    """Every page of Xiong'an's and Hangzhou's forms, in both languages, for one person with facts in three cities;
    and Xiong'an's route page for someone in a group of Art. 3 that settles directly."""
    from simulator.core.rounds import parse_round

    folder = OUT / "cities"
    for lang, window in three_city_windows(launch, wait_until_ready, folder):
        state, wizard = window.state, window.wizard
        for edition_id, year in (
            ("xiongan-2021-trial", "2025"),
            ("hangzhou-2024-07", "2025-Q3"),  # a quarterly round, the own home's conditions
            ("tianjin-2023", "2025-H1"),
            ("shanghai-2023", "2025"),
        ):
            state.set_rules(state.catalogue.edition(edition_id), parse_round(year))
            if edition_id == "hangzhou-2024-07":  # she bought a home in 2024: its conditions are asked, not yet answered
                homes = state.tables["housing"]
                homes.set_rows([*homes.rows[:1], {**homes.rows[1], "end": "2023-12"}])
                homes.add_row({"start": "2024-01", "kind": "own", "city": "hangzhou", "district": "xihu"})
            for index, page in enumerate(wizard.pages):
                wizard.go_to(index, exactly=True)
                grab(window, folder / f"{lang}-{state.city}-{index:02d}-{page.page_id}.png")
        state.set_rules(state.catalogue.edition("xiongan-2021-trial"), 2025)
        wizard.go_to_id("route")
        group = wizard.page("route").group
        group.setCurrentIndex(group.findData("introduced_talent"))  # as the user chooses it
        grab(window, folder / f"{lang}-xiongan-route-direct.png")


def tool_windows(launch, wait_until_ready, grab, settle, folder: Path) -> None:
    """Every window besides the wizard's pages, in both languages: the Analysis menu's (for one person scored under
    every city; a scenario made; Hangzhou's quarterly projection) and the dialogs."""
    from simulator.core.rounds import parse_round

    for lang, window in three_city_windows(launch, wait_until_ready, folder, keep=folder.name == "scale200"):
        # a Hangzhou honour whose cap and validity the sources do not give: Hangzhou's total is a range
        window.state.tables["honours"].add_row({"kind": "title", "level": "municipal", "year": "2023", "city": "hangzhou"})
        settle()
        comparison = window.tools.open_comparison()
        grab(comparison, folder / f"{lang}-comparison.png")
        comparison.close()
        editor = window.tools.open_overrides()
        editor.show_all.setChecked(True)
        editor.set_value("tax.points_per_year", "3", "官方指标表" if lang == "zh" else "Official indicator table")
        editor.apply()
        editor.set_value("employment.points_per_year", "three")
        editor.apply()  # refused: the row is marked and the reason shown
        grab(editor, folder / f"{lang}-rule-values.png")
        editor.clear()
        editor.close()
        projection = window.tools.open_projection()
        grab(projection, folder / f"{lang}-projection.png")
        projection.close()
        scenarios = window.tools.open_scenarios()
        scenarios.new_scenario("买房" if lang == "zh" else "buy a home")
        homes = scenarios._models["housing"]  # had the Beijing rental been an own home in Tongzhou
        homes.set_rows([{**homes.rows[0], "kind": "own", "district": "tongzhou", "lease_registered": False}, *homes.rows[1:]])
        scenarios._list_edited("housing")
        scenarios.tabs.setCurrentIndex(1)
        settle()
        grab(scenarios, folder / f"{lang}-scenarios.png")
        scenarios.close()
        rules = window.tools.open_rules_comparison()
        rules.preset_years()
        settle()
        grab(rules, folder / f"{lang}-rules-compared.png")
        rules.close()
        batch = window.tools.open_batch()
        grab(batch, folder / f"{lang}-batch.png")
        batch.close()
        other_windows(window, lang, folder, grab, settle)
        window.state.set_rules(window.state.catalogue.edition("hangzhou-2024-07"), parse_round("2027-Q1"))
        projection = window.tools.open_projection()  # Hangzhou's quarters, each a range
        grab(projection, folder / f"{lang}-projection-hangzhou.png")
        projection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=SETS, action="append", help="only these sets (repeatable)")
    parser.add_argument("--inner", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner is not None:
        return inner(args.inner)
    return outer(args.only or list(SETS))


if __name__ == "__main__":
    raise SystemExit(main())
