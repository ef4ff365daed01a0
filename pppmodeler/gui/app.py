"""The main window's assembly, and the application that shows it.

:class:`MainWindow` puts its parts together: :mod:`.menus` (actions, menus, toolbar),
:mod:`.pages` (the navigation and its pages), :mod:`.files` (open, save, recent files, the
recovery copy) and :mod:`.export` (the Excel export), with the headline cards on the right and
the status bar. It subscribes to a :class:`.state.ModelState` and a :class:`.worker.LatestWorker`
that evaluates the model off the GUI thread after every change. Switching the language rebuilds
the window's widgets from the declarations; the document and its undo history stay.
:func:`run` opens it; :func:`selftest` checks it (``pppmodeler --selftest``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QMainWindow, QScrollArea,
                               QVBoxLayout, QWidget)

from .. import __version__
from ..core.results import ModelError, evaluate
from ..i18n import DEFAULT_LANGUAGE, tr
from .analysis import AnalysisRuns
from .export import ExportCommands
from .files import AUTOSAVE_SECONDS, FileCommands
from .language import install_qt_translations
from .menus import Menus
from .pages import Pages
from .results_view import MetricCards
from .review import ReviewPanel
from .screen import fit_to_screen
from .state import ModelState
from .style import STYLE
from .worker import LatestWorker


class MainWindow(Menus, Pages, FileCommands, ExportCommands, QMainWindow):
    """``settings`` (recent files) and ``recovery_dir`` (the autosaved copy) default to the
    user's; tests give temporary ones. ``autosave_s``: seconds between recovery copies."""

    def __init__(self, state: ModelState | None = None, lang: str = DEFAULT_LANGUAGE,
                 settings: QSettings | None = None, recovery_dir: Path | None = None,
                 autosave_s: float = AUTOSAVE_SECONDS):
        super().__init__()
        self._init_files(settings, recovery_dir, autosave_s)
        self.state = state or ModelState.from_sample()
        self.state.setParent(self)
        self.lang = lang
        self.results: Any = None
        self.error: ModelError | None = None
        self.worker = LatestWorker(evaluate, self)
        self.worker.finished.connect(self._evaluated)
        self.worker.failed.connect(self._failed)
        self.worker.busy.connect(self._busy)
        self.state.changed.connect(self._submit)
        self.analysis_runs = AnalysisRuns(self)
        self.state.replaced.connect(self.analysis_runs.forget)   # before the rebuild
        self.state.replaced.connect(self._rebuild)
        self.state.file_changed.connect(self._title)
        self.setStyleSheet(STYLE)
        self.setAcceptDrops(True)
        fit_to_screen(self, 1440, 900)
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.statusBar().addWidget(self.status, 1)
        self._build_export_bar()
        self.vehicle_window: Any = None      # the vehicle window, made on first use
        self.holding_link: Any = None        # a vehicle's property open here (vehicle.link)
        self._build()
        self._submit()

    # ----------------------------------------------------------------------------- building

    def _build(self) -> None:
        lang = self.lang
        self._build_menus()
        self._build_pages()
        self.cards = MetricCards(lang, columns=1)
        side = QWidget()
        side.setObjectName("side")
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(tr("gui.headline", lang))
        heading.setObjectName("heading")
        side_box.addWidget(heading)
        side_box.addWidget(self.cards)
        side_box.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFixedWidth(270)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 4)
        self.review_panel = None
        if self.state.read_only:
            self.review_panel = ReviewPanel(self.state.document, self.state.path, lang)
            self.review_panel.edit_copy.connect(self.edit_copy)
            column.addWidget(self.review_panel)
        if self.holding_link is not None:
            column.addWidget(self.holding_link.banner(lang))
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        row.addWidget(side_scroll)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self.nav.setCurrentRow(0)
        self._title()
        if self.results is not None:
            self._evaluated(self.results, 0.0)
        elif self.error is not None:
            self._failed(self.error)

    def _rebuild(self) -> None:
        row = self.nav.currentRow() if hasattr(self, "nav") else 0
        self._build()
        self.nav.setCurrentRow(max(0, row))

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        install_qt_translations(QApplication.instance(), lang)
        self._rebuild()
        if self.vehicle_window is not None:
            self.vehicle_window.set_language(lang)

    # ------------------------------------------------------------------------------ results

    def _submit(self) -> None:
        self.worker.submit(self.state.model)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(tr("gui.evaluating", self.lang))

    def _evaluated(self, results: Any, seconds: float) -> None:
        self.results, self.error = results, None
        self.cards.show_results(results)
        self.messages.show_messages(results.messages)
        self.periods.show_results(results)
        self.charts.show_results(results)
        self.status.setText(tr("gui.evaluated", self.lang, ms=f"{seconds * 1000:.0f}"))

    def _failed(self, error: Exception) -> None:
        self.results = None
        self.cards.show_error()
        self.periods.show_nothing()
        self.charts.show_nothing()
        if isinstance(error, ModelError):
            self.error = error
            self.messages.show_messages(error.messages)
            self.status.setText(tr("gui.cannot_evaluate", self.lang))
        else:
            self.status.setText(tr("gui.internal_error", self.lang,
                                   error=f"{type(error).__name__}: {error}"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard() or (self.vehicle_window is not None
                                           and not self.vehicle_window.close()):
            event.ignore()
            return
        self.worker.wait(5000)
        self.tasks.wait(30000)
        self.analysis_runs.wait(5000)
        self.autosave.stop()
        self.recovery.discard()   # a clean close: nothing to recover next time
        event.accept()


# ------------------------------------------------------------------------------ application


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), offscreen where there is no display."""
    app = QApplication.instance()
    if app is None:
        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationName("pppmodeler")
        app.setApplicationVersion(__version__)
        app.setOrganizationName("Agencia APP Medellín")
    return app


def run(argv: list[str] | None = None, lang: str = DEFAULT_LANGUAGE) -> int:
    """Open the main window on the default sample and run until it is closed."""
    app = application(argv)
    install_qt_translations(app, lang)
    window = MainWindow(lang=lang)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def selftest(timeout_s: float = 30.0) -> tuple[bool, str]:
    """Open the main window (offscreen without a display), wait for the default sample's
    results and check that the cards show the engine's values. Returns (ok, what happened)."""
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop

    from ..core.metrics import UNITS
    from ..present import metric_text
    from .results_view import CARDS

    app = application()
    scratch = tempfile.TemporaryDirectory(prefix="pppmodeler-selftest-")
    window = MainWindow(recovery_dir=Path(scratch.name) / "recovery")
    window.show()
    clock = QElapsedTimer()
    clock.start()
    while window.results is None and window.error is None and clock.elapsed() < timeout_s * 1000:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    try:
        if window.results is None:
            return False, f"the default sample was not evaluated ({window.status.text()})"
        expected = evaluate(window.state.model)
        for name in CARDS:
            want = metric_text(expected.metric(name), UNITS[name], expected.status(name),
                               window.lang)
            got = window.cards.cards[name].value.text()
            if got != want:
                return False, f"card {name} shows {got!r}, the engine gives {want!r}"
        exported = _selftest_export(app, window, Path(scratch.name), timeout_s)
        if not exported[0]:
            return exported
        return True, (f"main window opened in {clock.elapsed()} ms; default sample evaluated; "
                      f"{len(CARDS)} metric cards match the engine; {exported[1]}")
    finally:
        window.state.undo_stack.setClean()
        window.close()
        window.deleteLater()   # now, not while the interpreter shuts down
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _selftest_export(app: QApplication, window: MainWindow, folder: Path,
                     timeout_s: float) -> tuple[bool, str]:
    """Export the open model's report the way the Export action does (in the background),
    then check that the file is a workbook with the report's sheets."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop

    failures: list[Exception] = []

    def failed(error: Exception) -> None:
        failures.append(error)
    window.tasks.failed.disconnect(window._export_failed)   # no dialog: say it on exit
    window.tasks.failed.connect(failed)
    target = folder / "selftest.xlsx"
    if not window.start_export(target):
        return False, "the report export did not start"
    clock = QElapsedTimer()
    clock.start()
    while window.tasks.busy and clock.elapsed() < timeout_s * 1000:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if window.tasks.busy:
        return False, f"the report export did not finish in {timeout_s:.0f} s"
    if failures:
        return False, f"the report export failed: {type(failures[0]).__name__}: {failures[0]}"
    try:
        from openpyxl import load_workbook
        sheets = load_workbook(target, read_only=True).sheetnames
    except Exception as exc:  # the self-test says what failed
        return False, f"the exported report {target} cannot be read: {exc}"
    if len(sheets) < 2:
        return False, f"the exported report has only the sheets {sheets}"
    return True, (f"report exported in {clock.elapsed()} ms "
                  f"({target.stat().st_size // 1024} KB, {len(sheets)} sheets)")
