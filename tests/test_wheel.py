"""A plain wheel install (not editable, nothing of the source tree on the path) carries everything the program
needs: each city's rule packs, help texts and lines, the resources and the translations. From it, `score`,
`batch` and the window run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.package


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict]:
    """The wheel built from this checkout, installed into a folder of its own; the environment to run it."""
    where = tmp_path_factory.mktemp("wheel")
    dist, site = where / "dist", where / "site"
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)]
    subprocess.run(build, check=True, cwd=where, capture_output=True)
    wheel = next(dist.glob("points_simulator-*.whl"))
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)]
    subprocess.run(install, check=True, capture_output=True)
    # The installed package first; the libraries it needs from this environment; never the source checkout.
    libraries = [p for p in sys.path if "site-packages" in p]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *libraries]), "QT_QPA_PLATFORM": "offscreen"}
    env["POINTS_SIMULATOR_DATA_DIR"] = str(where / "data")
    return where, env


def run(installed, *args, code: str | None = None) -> subprocess.CompletedProcess:
    where, env = installed
    command = [sys.executable, "-s", *(["-c", code] if code else ["-m", "simulator", *args])]
    return subprocess.run(command, cwd=where, env=env, capture_output=True, text=True, timeout=300)


def test_the_package_is_the_installed_one_with_its_data(installed):
    done = run(
        installed,
        code="import simulator, simulator.paths as p; print(simulator.__file__); print(p.resources_dir()); print(p.translations_dir())",
    )
    assert done.returncode == 0, done.stderr
    package, resources, translations = done.stdout.split()
    site = str(installed[0] / "site")
    assert package.startswith(site) and resources.startswith(site) and translations.startswith(site)
    assert str(ROOT) not in done.stdout


def test_score_from_the_wheel(installed):
    example = ROOT / "resources" / "examples" / "own-home-outside-centre.json"
    done = run(installed, "score", str(example), "--year", "2026", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Total" in done.stdout
    three = ROOT / "resources" / "examples" / "three-cities.json"
    for city, round_ in (("xiongan", "2024"), ("hangzhou", "2025-Q3")):
        done = run(installed, "score", str(three), "--city", city, "--year", round_, "--json")
        assert done.returncode == 0, done.stderr


def test_batch_from_the_wheel(installed):
    where, _ = installed
    template = where / "applicants.csv"
    assert run(installed, "template", str(template)).returncode == 0
    done = run(installed, "batch", str(template), "--year", "2024", "--out", str(where / "out"), "--quiet", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert (where / "out" / "summary.xlsx").exists() and "2 applicants scored" in done.stdout


def test_the_window_starts_from_the_wheel_in_chinese(installed):
    code = textwrap.dedent(
        """
        from PySide6.QtWidgets import QApplication
        from simulator.gui.app import launch, wait_until_ready
        window = launch(lang="zh", demo=True)
        wait_until_ready(window)
        QApplication.processEvents()
        print(window.state.result.total, window.wizard.heading.text())
        print(window.translations.missing)
        """
    )
    done = run(installed, code=code)
    assert done.returncode == 0, done.stderr
    total, *_ = done.stdout.split()
    assert float(total) > 0
    assert "[]" in done.stdout  # every catalogue found
