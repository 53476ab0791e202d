"""The desktop bundle a clerk copies and runs: built with build.spec, copied elsewhere, run with nothing but itself.

The bundle is built by scripts/build_bundle.sh, or reused when dist/ already holds one built from exactly the
current sources (bundling/fingerprint.py). It is then copied to a fresh folder and run there with an empty home
and no Python environment, so every resource it needs has to come from inside it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bundling import fingerprint
from bundling.app_info import read as read_app_info
from bundling.excludes import QT_MODULES_USED
from bundling.qt_trim import keep
from simulator import APP_NAME, __version__
from simulator.core.decimals import fmt
from simulator.engine import evaluate
from simulator.paths import examples_dir
from simulator.profile import load_profile
from simulator.rules import installed_packs, pack_for
from simulator.rules.store import is_user_pack

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "own-home-outside-centre.json"
YEAR = 2026
BUILD_TIMEOUT = 30 * 60
GUI_SECONDS = 8  # the window must still be up, without errors, after this long

# Qt libraries a bundle may hold beyond the modules the code imports: what QtGui links on Linux.
QT_PLATFORM_SUPPORT = {"DBus", "XcbQpa"}


# --- static: no bundle needed ------------------------------------------------------------------------------------


def test_code_imports_only_the_qt_modules_the_bundle_carries():
    """A Qt module missing from bundling/excludes.QT_MODULES_USED would be left out of the bundle, and the
    bundled program would fail the first time that code runs – long after the tests passed from source."""
    pattern = re.compile(r"PySide6\.(Qt\w+)|from PySide6 import ([\w ,()]+)")
    used: dict[str, str] = {}
    for path in (ROOT / "simulator").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names = [match.group(1)] if match.group(1) else re.findall(r"Qt\w+", match.group(2))
            for name in names:
                used.setdefault(name, str(path.relative_to(ROOT)))
    unexpected = {name: where for name, where in used.items() if name not in QT_MODULES_USED}
    assert not unexpected, f"add to QT_MODULES_USED (bundling/excludes.py) or drop: {unexpected}"


@pytest.mark.parametrize(
    "source, destination, kept",
    [
        # Each desktop's own platform plugin and offscreen stay, as the three systems name and place them.
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
        ("C:/qt/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms", True),
        ("/qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
        ("C:/qt/plugins/styles/qmodernwindowsstyle.dll", "PySide6/plugins/styles", True),
        (
            "/qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "PySide6/Qt/plugins/platforminputcontexts",
            True,
        ),  # Chinese input methods on Linux
        # What would drag in GTK, Wayland, OpenGL or the network goes.
        ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes", False),
        ("/qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms", False),
        ("/qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", "PySide6/Qt/plugins/xcbglintegrations", False),
        ("/qt/plugins/tls/libqopensslbackend.so", "PySide6/Qt/plugins/tls", False),
        # Qt's own catalogue in our languages only.
        ("/qt/translations/qtbase_zh_CN.qm", "PySide6/Qt/translations", True),
        ("/qt/translations/qtbase_de.qm", "PySide6/Qt/translations", False),
        ("/qt/translations/qt_zh_CN.qm", "PySide6/Qt/translations", False),
        # Libraries are not plugins: the Qt modules themselves always stay.
        ("/qt/lib/libQt6Core.so.6", "PySide6/Qt/lib", True),
    ],
)
def test_qt_trimming_keeps_what_each_desktop_needs(source, destination, kept):
    assert keep(source, destination) is kept


# --- the bundle ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_bundle() -> Path:
    if not fingerprint.is_current(ROOT):
        build = subprocess.run(
            ["bash", str(ROOT / "scripts" / "build_bundle.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
        output = (build.stdout + build.stderr)[-4000:]
        assert build.returncode == 0, f"scripts/build_bundle.sh failed:\n{output}"
        assert fingerprint.executable(ROOT).is_file(), f"the build left no executable:\n{output}"
    return fingerprint.bundle_dir(ROOT)


@pytest.fixture(scope="module")
def copied_bundle(built_bundle, tmp_path_factory) -> Path:
    """The bundle copied to another folder, as a clerk copies it: nothing may point back into the checkout."""
    target = tmp_path_factory.mktemp("copied") / built_bundle.name
    shutil.copytree(built_bundle, target, symlinks=True)
    return target


@pytest.fixture(scope="module")
def executable(copied_bundle) -> Path:
    slug = read_app_info(ROOT).slug
    return copied_bundle / (f"{slug}.exe" if sys.platform == "win32" else slug)


@pytest.fixture
def run(executable, tmp_path):
    """run(*args) in an empty folder, with an empty home and no Python environment, headless."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        env.update(SYSTEMROOT=os.environ.get("SYSTEMROOT", ""), USERPROFILE=str(home))

    def go(*args, timeout=120):
        return subprocess.run(
            [str(executable), *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    go.env = env
    go.cwd = tmp_path
    return go


def _expected_total() -> str:
    profile = load_profile(examples_dir() / EXAMPLE)
    return fmt(evaluate(profile, pack_for("beijing", YEAR), YEAR).total)


def _embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Font name -> embedded, from pdffonts' table (columns located by the header)."""
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    emb = lines[0].index(" emb ") + 1
    return {line.split()[0]: line[emb : emb + 3] == "yes" for line in lines[2:] if line.strip()}


@pytest.mark.bundle
def test_bundled_program_exports_the_worksheet_of_an_example_applicant(run):
    shutil.copy(examples_dir() / EXAMPLE, run.cwd / EXAMPLE)
    result = run("score", EXAMPLE, "--year", str(YEAR), "--pdf", "worksheet.pdf", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    total = _expected_total()
    assert total in result.stdout

    pdf = run.cwd / "worksheet.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    fonts = _embedded_fonts(pdf)
    cjk = {name: embedded for name, embedded in fonts.items() if "WenQuanYi" in name}
    assert cjk and all(cjk.values()), f"the bundled CJK font is not embedded: {fonts}"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert total in text
    assert "积分" in text  # Chinese came out as text, not as boxes or nothing


@pytest.mark.bundle
def test_bundled_program_explains_a_bad_applicant_file_without_a_traceback(run):
    (run.cwd / "broken.json").write_text("{ not json", encoding="utf-8")
    result = run("score", "broken.json", "--year", str(YEAR))
    assert result.returncode == 2
    assert "broken.json" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.bundle
def test_bundled_program_reports_its_version(run):
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert f"{APP_NAME} {__version__}" in result.stdout


@pytest.mark.bundle
def test_bundled_program_lists_every_rule_pack(run):
    result = run("packs")
    assert result.returncode == 0, result.stderr
    built_in = [pack for pack in installed_packs() if not is_user_pack(pack)]  # the bundle runs with an empty home
    assert built_in
    for pack in built_in:
        assert pack.pack.id in result.stdout
        assert pack.content_hash in result.stdout  # the same pack files as the source tree


@pytest.mark.bundle
def test_bundled_program_has_help(run):
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert "--demo" in result.stdout


@pytest.mark.bundle
def test_bundled_window_starts_with_the_demo_applicant(run, executable):
    process = subprocess.Popen(
        [str(executable), "--demo", "--lang", "zh"],
        cwd=run.cwd,
        env=run.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + GUI_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
    still_running = process.poll() is None
    if still_running:
        process.terminate()
    try:
        _, stderr = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        _, stderr = process.communicate()
    assert still_running, f"the window closed by itself (exit {process.returncode}):\n{stderr[-3000:]}"
    assert "Traceback" not in stderr, stderr[-3000:]
    assert "Could not load the Qt platform plugin" not in stderr, stderr[-3000:]


@pytest.mark.bundle
def test_bundle_carries_the_translations_the_window_loads(copied_bundle):
    internal = copied_bundle / "_internal"
    ours = sorted(p.name for p in (internal / "translations").glob("*.qm"))
    expected = sorted(ts.with_suffix(".qm").name for ts in (ROOT / "translations").glob("*.ts"))
    assert ours == expected
    assert list(internal.rglob("qtbase_zh_CN.qm")), "Qt's own Chinese (QWizard's buttons) is missing"
    loaded = {"qtbase_zh_CN.qm", "qtbase_en.qm", *ours}  # ours include our additions to Qt's catalogue
    others = [p.name for p in internal.rglob("qt*_*.qm") if p.name not in loaded]
    assert not others, f"Qt translations nobody loads: {others[:10]}"


@pytest.mark.bundle
def test_bundle_carries_only_the_qt_it_uses(copied_bundle):
    allowed = {name.removeprefix("Qt") for name in QT_MODULES_USED} | QT_PLATFORM_SUPPORT
    found = {m.group(1) for p in copied_bundle.rglob("*Qt6*") if (m := re.search(r"Qt6(\w+?)(?:\.|$)", p.name))}
    assert found - allowed == set(), f"Qt libraries the program does not use: {sorted(found - allowed)}"
    plugins = sorted(p.name for p in copied_bundle.rglob("plugins/*/*"))
    assert not [name for name in plugins if "gtk" in name or "wayland" in name], plugins


@pytest.mark.bundle
def test_bundle_carries_the_licence_of_every_library_in_it(copied_bundle):
    from simulator.notices import parse_notice

    licences = copied_bundle / "_internal" / "resources" / "licenses"
    covered = set()
    for path in licences.glob("*.txt"):
        notice = parse_notice(path.read_text(encoding="utf-8"))
        if notice:
            covered.update(name.lower().replace("_", "-") for name in notice.packages)
    shipped = {p.name.rsplit("-", 1)[0].lower().replace("_", "-") for p in (licences / "full").iterdir()}
    shipped -= {"common", "python"}
    assert shipped, "no licence texts were copied into the bundle"
    assert shipped - covered == set(), f"bundled without a notice in resources/licenses/: {shipped - covered}"
