"""The vehicle window: a corporate vehicle's terms, its properties, the consolidation, the map
and the Monte Carlo, over one :class:`.state.VehicleState`.

It is its own window beside the property editor (the main window), with its own file, title
and undo history, so that the single-property workflow stays as it was: the main window's
File › Vehicle menu opens it, and a property of the vehicle opens in the main window's editor
(:mod:`.link`) and comes back. Every change of the vehicle is evaluated again off the GUI
thread (:class:`..worker.LatestWorker`); the views show the last evaluation.

:class:`VehicleWindow` puts its parts together as the main window does: :mod:`.menus`
(actions, menus, toolbar), :mod:`.pages` (the terms and the properties), :mod:`.editing` (the
commands on the properties, a new vehicle from an inventory), :mod:`.files` (its ``.pppv``)
and :mod:`.export` (the workbook), with the consolidation, map and Monte Carlo tabs, the cards
and messages on the right and the status bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QLabel, QMainWindow, QScrollArea, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.guardrails import Message
from ...fileformat import references
from ...i18n import DEFAULT_LANGUAGE, tr
from ...vehicle.consolidation import holdings_frame
from ...vehicle.evaluate import VehicleError, evaluate_vehicle
from ...vehicle.terms import Vehicle
from ..forms import label
from ..results_view import MessagesList, titled
from ..screen import fit_to_screen
from ..style import STYLE
from ..worker import LatestWorker
from .consolidation_view import ConsolidationPanel, MapPanel, VehicleCards
from .editing import HoldingEdits
from .export import VehicleExport
from .files import VehicleFiles
from .menus import VehicleMenus
from .pages import VehiclePages
from .state import VehicleState

TABS = ("terms", "holdings", "consolidation", "map", "montecarlo")


def evaluate(argument: tuple) -> tuple:
    """What the window shows of a vehicle: ``(vehicle, results, holdings frame)``; runs in a
    pool thread (``VehicleError`` naming the holdings that cannot be used)."""
    vehicle, folder = argument
    with references.explaining(vehicle, folder):
        results = evaluate_vehicle(vehicle, folder=folder)
    return vehicle, results, holdings_frame(vehicle, results)


def montecarlo_available() -> bool:
    try:
        from ...vehicle import montecarlo  # noqa: F401
    except ImportError:
        return False
    return True


class VehicleWindow(VehicleMenus, VehiclePages, HoldingEdits, VehicleFiles, VehicleExport,
                    QMainWindow):
    """``main``: the property editor in which the vehicle's properties open (None: the
    window stands alone and cannot open them)."""

    def __init__(self, state: VehicleState | None = None, lang: str = DEFAULT_LANGUAGE,
                 main: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("vehicleWindow")
        self.state = state or VehicleState()
        self.state.setParent(self)
        self.lang, self.main = lang, main
        self.shown: tuple | None = None       # (vehicle, results, frame) of the last evaluation
        self.problems: list[tuple[str, str]] = []
        self.worker = LatestWorker(evaluate, self)
        self.worker.finished.connect(self._evaluated)
        self.worker.failed.connect(self._failed)
        self.worker.busy.connect(self._busy)
        self.state.changed.connect(self.reevaluate)
        self.state.file_changed.connect(self._title)
        self.setStyleSheet(STYLE)
        fit_to_screen(self, 1400, 880)
        self.status = QLabel("")
        self.status.setObjectName("vehicle.status")
        self.statusBar().addWidget(self.status, 1)
        self._build_export_bar()
        self._build()
        self.reevaluate()

    # ----------------------------------------------------------------------------- building

    def _build(self) -> None:
        lang = self.lang
        self._actions()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("vehicle.tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._terms_page(), tr("gui.vehicle.tab.terms", lang))
        self.tabs.addTab(self._holdings_page(), tr("gui.vehicle.tab.holdings", lang))
        self.consolidation = ConsolidationPanel(lang)
        self.tabs.addTab(self.consolidation, tr("gui.vehicle.tab.consolidation", lang))
        self.map = MapPanel(lang)
        self.tabs.addTab(self.map, tr("gui.vehicle.tab.map", lang))
        self.montecarlo = None
        if montecarlo_available():
            from .montecarlo_view import MonteCarloTab
            self.montecarlo = MonteCarloTab(self.state, lang)
            self.tabs.addTab(self.montecarlo, tr("gui.vehicle.tab.montecarlo", lang))
        self.cards = VehicleCards(lang)
        self.messages = MessagesList(lang)
        self.messages.setObjectName("vehicle.messages")
        self.messages.go_to.connect(self.go_to)
        side = QWidget()
        side.setObjectName("side")
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(8, 8, 8, 8)
        side_box.addWidget(label(tr("gui.vehicle.headline", lang), "heading"))
        self.empty = label(tr("gui.vehicle.empty", lang), "vehicle.empty", wrap=True)
        self.empty.setVisible(False)
        side_box.addWidget(self.empty)
        side_box.addWidget(self.cards)
        side_box.addWidget(titled(tr("gui.messages", lang), self.messages))
        side_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(230)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("vehicle.splitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setSizes([1080, 280])
        old = self.centralWidget()
        self.setCentralWidget(splitter)
        if old is not None:
            old.deleteLater()
        self.state.changed.connect(self._refresh_views)
        self._refresh_views()
        self._title()
        if self.shown is not None:
            self._show_evaluation(*self.shown)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.state.changed.disconnect(self._refresh_views)
            if self.montecarlo is not None:
                self.state.changed.disconnect(self.montecarlo.refresh)
            self._build()

    # ------------------------------------------------------------------------------ evaluating

    def reevaluate(self) -> None:
        self.worker.submit((self.state.vehicle, self.state.folder))

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(tr("gui.evaluating", self.lang))

    def _evaluated(self, value: tuple, seconds: float) -> None:
        self.shown, self.problems = value, []
        self._show_evaluation(*value)
        self.status.setText(tr("gui.evaluated", self.lang, ms=f"{seconds * 1000:.0f}"))

    def _show_evaluation(self, vehicle: Vehicle, results: Any, frame: Any) -> None:
        by_name = {row["name"]: row for row in frame.to_dict("records")}
        self.holdings_model.show(self.state.vehicle, by_name)
        self.empty.setVisible(not vehicle.holdings)
        if vehicle.holdings:
            self.cards.show_results(results, vehicle)
        else:
            self.cards.show_blank()
        # an empty vehicle: the placeholder says it, not a warning that its metrics are zero
        self.messages.show_messages([m for m in results.messages if vehicle.holdings
                                     or m.code != "vehicle.check.empty"])
        self.consolidation.show_results(results, vehicle)
        self.map.show_frame(frame, vehicle)

    def _failed(self, error: Exception) -> None:
        self.empty.setVisible(False)
        self.cards.show_none()
        if isinstance(error, VehicleError):
            self.problems = list(error.problems)
            self.messages.show_messages([Message("error", "gui.vehicle.holding_problem", "",
                                                 {"name": n, "reason": r})
                                         for n, r in error.reasons(self.lang)])
            self.status.setText(tr("gui.vehicle.cannot_evaluate", self.lang,
                                   n=len(error.problems)))
        else:
            self.messages.show_messages([Message("error", "gui.vehicle.internal_error", "",
                                                 {"error": f"{type(error).__name__}: {error}"})])
            self.status.setText(tr("gui.internal_error", self.lang,
                                   error=f"{type(error).__name__}: {error}"))

    def go_to(self, path: str) -> None:
        """Show the terms and put the cursor in the editor of ``path`` (``setup.cpi``)."""
        self.tabs.setCurrentIndex(TABS.index("terms"))
        editor = self.findChild(QWidget, path)
        if editor is not None:
            editor.setFocus()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # ------------------------------------------------------------------- the property editor

    def open_model(self) -> bool:
        """Open the selected property's model in the main window's editor."""
        positions = self.holdings.positions()
        if self.main is None or not positions:
            self.statusBar().showMessage(tr("gui.vehicle.select_first", self.lang), 5000)
            return False
        from .link import open_holding
        return open_holding(self.main, self, positions[0])

    def select_holding(self, name: str) -> None:
        for i, h in enumerate(self.state.vehicle.holdings):
            if h.name == name:
                self.show_tab("holdings")
                self.holdings.select_position(i)
                return

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.worker.wait(10000)
        self.tasks.wait(30000)
        if self.montecarlo is not None:
            self.montecarlo.wait(10000)
        event.accept()
