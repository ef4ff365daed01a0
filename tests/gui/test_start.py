"""``pppmodeler`` with no command opens the desktop: the path ``make run`` takes, end to end
(the event loop stubbed), and the language switch that re-installs Qt's own translations."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from pppmodeler.cli.main import main  # noqa: E402
from pppmodeler.gui import app as gui_app  # noqa: E402


def test_the_desktop_starts_in_spanish_and_switches_language(qtbot, monkeypatch, tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    seen = {}

    def event_loop(app):
        windows = [w for w in app.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()]
        seen["title"] = windows[-1].windowTitle()
        seen["locale"] = QLocale().name()
        windows[-1].set_language("en")
        seen["locale_en"] = QLocale().name()
        windows[-1].set_language("es")
        seen["locale_es"] = QLocale().name()
        for w in windows:
            w.setWindowModified(False)
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    monkeypatch.setattr(gui_app.MainWindow, "offer_recovery", lambda self: False)
    assert main([]) == 0
    assert "pppmodeler" in seen["title"]
    assert seen["locale"] == "es_CO"
    assert seen["locale_en"].startswith("en")
    assert seen["locale_es"] == "es_CO"
