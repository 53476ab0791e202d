"""Chinese renders with the bundled font where the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication


def test_bundled_cjk_font_backs_the_default_font(open_window):
    open_window("zh")
    families = QApplication.font().families()
    assert "WenQuanYi Micro Hei" in families[1:]  # behind the platform's own family, for what it lacks
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    metrics = QFontMetrics(QApplication.font())
    assert all(metrics.inFontUcs4(ord(char)) for char in "积分落户")
