"""Window sizes that fit the screen they open on (a 1366 × 768 laptop as well as a desktop)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or to the screen's free area (without the
    task bar) when that is smaller: a window larger than the screen hides its own edges."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
    window.resize(width, height)
