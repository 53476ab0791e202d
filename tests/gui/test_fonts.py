"""Chinese renders with the bundled font where the system has none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from simulator.gui.look.fonts import CJK_FAMILY, FONT_CONFIG, use_font_config
from simulator.paths import fonts_dir


def test_bundled_cjk_font_backs_the_default_font(open_window):
    open_window("zh")
    families = QApplication.font().families()
    assert "WenQuanYi Micro Hei" in families[1:]  # behind the platform's own family, for what it lacks
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    metrics = QFontMetrics(QApplication.font())
    assert all(metrics.inFontUcs4(ord(char)) for char in "积分落户")


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")

FRESH_START = """
import json, sys
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication
from simulator.gui.app import launch
window = launch(lang="zh")
metrics = QFontMetrics(QApplication.font())
print(json.dumps({
    "config": __import__("os").environ.get("FONTCONFIG_FILE"),
    "added_to_qt": QFontDatabase.applicationFontFamilies(0),
    "families": QApplication.font().families(),
    "renders": all(metrics.inFontUcs4(ord(char)) for char in "积分落户"),
    "system_fonts_too": len(QFontDatabase.families()) > 1,
}), flush=True)
__import__("os")._exit(0)  # the facts are out: no teardown of the window to wait for
"""


@linux_only
def test_a_fresh_start_on_linux_has_fontconfig_know_the_bundled_font_and_keeps_the_systems(tmp_path):
    # fontconfig reads the font from its cache; registering it with Qt would scan the 5 MB font at every start
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    if not Path(env.get("FONTCONFIG_PATH") or "/etc/fonts", "fonts.conf").is_file():
        pytest.skip("this system has no fontconfig configuration to include")
    found = subprocess.run([sys.executable, "-c", FRESH_START], env=env, capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    facts = json.loads(found.stdout.strip().splitlines()[-1])
    assert facts["config"] == str(fonts_dir() / FONT_CONFIG)
    assert facts["added_to_qt"] == []  # fontconfig knew it: not scanned again by Qt
    assert facts["families"][1:] == [CJK_FAMILY]
    assert facts["renders"] and facts["system_fonts_too"]


@linux_only
def test_fontconfig_is_left_alone_where_it_is_configured_otherwise_or_has_no_system_configuration(tmp_path):
    configured = {"FONTCONFIG_FILE": "/somewhere/fonts.conf"}
    assert not use_font_config(configured)
    assert configured == {"FONTCONFIG_FILE": "/somewhere/fonts.conf"}  # the font is then registered with Qt
    without_system = {"FONTCONFIG_PATH": str(tmp_path)}  # no fonts.conf there to include
    assert not use_font_config(without_system)
    assert "FONTCONFIG_FILE" not in without_system
    with_system = {"FONTCONFIG_PATH": str(tmp_path)}
    (tmp_path / "fonts.conf").write_text("<fontconfig/>", encoding="utf-8")
    assert use_font_config(with_system)
    assert with_system["FONTCONFIG_FILE"] == str(fonts_dir() / FONT_CONFIG)
    assert use_font_config({"FONTCONFIG_FILE": str(fonts_dir() / FONT_CONFIG)})  # inherited from this program
