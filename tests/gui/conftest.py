"""Fixtures of the desktop tests: a main window on the default sample, and dialogs that never
block (every static QMessageBox/QFileDialog call is recorded and answered)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

from pppmodeler.gui.app import MainWindow  # noqa: E402


class Dialogs:
    """What the application asked; ``answer`` is returned to questions, ``open_path`` and
    ``save_path`` to the file dialogs."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard
        self.open_path = ""
        self.save_path = ""

    def record(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show


@pytest.fixture
def dialogs(monkeypatch):
    d = Dialogs()
    for kind in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(d.record(kind)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (d.open_path, "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (d.save_path, "")))
    return d


@pytest.fixture
def settings(tmp_path):
    """Recent files kept in a temporary file, never in the user's settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def recovery_dir(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def window(qtbot, dialogs, settings, recovery_dir):
    w = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.results is not None, timeout=10_000)
    yield w
    w.worker.wait(5000)
