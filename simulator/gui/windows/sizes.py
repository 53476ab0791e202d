"""Windows and dialogs sized to the screen they open on: roomy where it allows, never larger than its available
area (at 1280×720, or at 200 % scaling, every button stays on screen; the contents scroll or wrap instead)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def fit_to_screen(widget: QWidget, width: int, height: int, share: float = 0.94) -> None:
    """Resize to `width`×`height` (device-independent pixels), or to `share` of the screen's available area where it
    is smaller, and keep the window inside that area."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    width = min(width, int(area.width() * share))
    height = min(height, int(area.height() * share))
    hint = widget.minimumSizeHint()
    widget.setMinimumSize(min(hint.width(), width), min(hint.height(), height))
    widget.resize(width, height)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - width)
    y = min(max(frame.y(), area.top()), area.bottom() - height)
    if widget.isWindow():
        widget.move(max(x, area.left()), max(y, area.top()))
