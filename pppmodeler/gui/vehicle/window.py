"""The vehicle window: a corporate vehicle's terms, its properties, the consolidation, the map
and the Monte Carlo, over one :class:`.state.VehicleState`.

It is its own window beside the property editor (the main window), with its own file, title
and undo history, so that the single-property workflow stays as it was: the main window's
File › Vehicle menu opens it, and a property of the vehicle opens in the main window's editor
(:mod:`.link`) and comes back. Every change of the vehicle is evaluated again off the GUI
thread (:class:`..worker.LatestWorker`); the views show the last evaluation. Its file is a
part of its own (:mod:`.files`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.guardrails import Message
from ...core.specs import unused_name
from ...fileformat import FileFormatError
from ...fileformat import load as load_model
from ...fileformat import references
from ...fileformat import vehiclefile as vf
from ...i18n import DEFAULT_LANGUAGE, tr
from ...i18n.messages import in_language
from ...vehicle.consolidation import holdings_frame
from ...vehicle.evaluate import VehicleError, evaluate_vehicle
from ...vehicle.terms import Holding, Vehicle
from ..files import MODEL_FILES
from ..forms import label
from ..results_view import MessagesList, titled
from ..screen import fit_to_screen
from ..style import STYLE
from ..worker import LatestWorker, TaskRunner
from .consolidation_view import ConsolidationPanel, MapPanel, VehicleCards
from .declared import DeclaredForm
from .holdings import HoldingsModel, HoldingsView
from .files import VehicleFiles
from .state import VehicleState

INVENTORY_FILTER = "CSV / Excel (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"
TERMS = ("setup", "costs", "capital", "dividends", "valuation")
TABS = ("terms", "holdings", "consolidation", "map", "montecarlo")


def evaluate(argument: tuple) -> tuple:
    """What the window shows of a vehicle: ``(vehicle, results, holdings frame)``; runs in a
    pool thread (``VehicleError`` naming the holdings that cannot be used)."""
    vehicle, folder = argument
    with references.explaining(vehicle, folder):
        results = evaluate_vehicle(vehicle, folder=folder)
    return vehicle, results, holdings_frame(vehicle, results)


def export_task(doc: vf.VehicleDocument, path: Path, lang: str, folder: Path | None,
                file_name: str, progress) -> Path:
    """Write the vehicle's workbook (:func:`pppmodeler.report.vehicle.export_vehicle`)."""
    from ...report.vehicle import export_vehicle

    progress(0.1, "evaluate")
    with references.explaining(doc.vehicle, folder):
        return Path(export_vehicle(doc, path, lang=lang, folder=folder, file_name=file_name))


def montecarlo_available() -> bool:
    try:
        from ...vehicle import montecarlo  # noqa: F401
    except ImportError:
        return False
    return True


class VehicleWindow(VehicleFiles, QMainWindow):
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
        self.tasks = TaskRunner(self)
        self.tasks.finished.connect(self._exported)
        self.tasks.failed.connect(self._export_failed)
        self.tasks.running.connect(self._export_running)
        self.state.changed.connect(self.reevaluate)
        self.state.file_changed.connect(self._title)
        self.setStyleSheet(STYLE)
        fit_to_screen(self, 1400, 880)
        self.status = QLabel("")
        self.status.setObjectName("vehicle.status")
        self.statusBar().addWidget(self.status, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(160)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
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

    def _terms_page(self) -> QWidget:
        lang, vehicle = self.lang, self.state.vehicle
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(label(tr("gui.vehicle.page.terms", lang), "pageTitle"))
        box.addWidget(label(tr("gui.vehicle.about.terms", lang), "hint", wrap=True))
        currency = lambda: self.state.vehicle.setup.currency_unit
        self.terms_forms = [DeclaredForm(Vehicle, lambda: self.state.vehicle,
                                         self._put_vehicle, lang, currency, "vehicle")]
        box.addWidget(self.terms_forms[0])
        titles = {f: type(vehicle).__dataclass_fields__[f].metadata[lang]
                  for f in TERMS}
        for section in TERMS:
            box.addWidget(label(titles[section], "heading"))
            form = DeclaredForm(type(getattr(vehicle, section)),
                                lambda s=section: getattr(self.state.vehicle, s),
                                lambda new, what, s=section: self._put_section(s, new, what),
                                lang, currency, section)
            self.terms_forms.append(form)
            box.addWidget(form)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("vehicle.terms")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        return scroll

    def _holdings_page(self) -> QWidget:
        lang = self.lang
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(8, 8, 8, 8)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("vehicle.filter")
        self.filter.setPlaceholderText(tr("gui.vehicle.filter", lang))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(200)
        row.addWidget(self.filter)
        add = QToolButton()
        add.setObjectName("vehicle.add")
        add.setText(tr("gui.vehicle.add", lang))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        menu.addAction(self.act_add_embedded)
        menu.addAction(self.act_add_file)
        menu.addAction(self.act_add_inventory)
        add.setMenu(menu)
        row.addWidget(add)
        for act in (self.act_remove, self.act_open_model):
            b = QPushButton(act.text())
            b.setObjectName(f"vehicle.button.{act.objectName().split('.')[-1]}")
            b.clicked.connect(act.trigger)
            row.addWidget(b)
        row.addStretch(1)
        self.count = QLabel("")
        self.count.setObjectName("vehicle.count")
        row.addWidget(self.count)
        box.addLayout(row)
        self.units = label("", "hint", wrap=True)
        box.addWidget(self.units)
        self.holdings_model = HoldingsModel(lang, self)
        self.holdings_model.toggled.connect(self.set_included)
        self.holdings = HoldingsView(self.holdings_model)
        self.holdings.doubleClicked.connect(lambda _i: self.open_model())
        self.filter.textChanged.connect(self.holdings.filter)
        box.addWidget(self.holdings, 1)
        box.addWidget(label(tr("gui.vehicle.holdings_hint", lang), "hint", wrap=True))
        return page

    def _actions(self) -> None:
        lang, bar = self.lang, self.menuBar()
        bar.clear()
        self._file_actions(self.export_workbook)
        self.act_new = self._action("new_inventory", self.new_from_inventory)
        self.act_close = self._action("close", self.close, QKeySequence.StandardKey.Close)
        self.act_add_embedded = self._action("add_embedded", lambda: self.add_models(False))
        self.act_add_file = self._action("add_file", lambda: self.add_models(True))
        self.act_add_inventory = self._action("add_inventory", self.add_from_inventory)
        self.act_remove = self._action("remove", self.remove_selected,
                                       QKeySequence.StandardKey.Delete)
        self.act_open_model = self._action("open_model", self.open_model,
                                           QKeySequence("Ctrl+Return"))
        files = bar.addMenu(tr("gui.menu.file", lang))
        for act in (self.act_new, self.act_open, None, self.act_save, self.act_save_as, None,
                    self.act_export, None, self.act_close):
            files.addSeparator() if act is None else files.addAction(act)
        edit = bar.addMenu(tr("gui.menu.edit", lang))
        for act in (self.act_undo, self.act_redo, None, self.act_add_embedded,
                    self.act_add_file, self.act_add_inventory, self.act_remove, None,
                    self.act_open_model):
            edit.addSeparator() if act is None else edit.addAction(act)
        self._file_toolbar()
        self.act_open_model.setEnabled(self.main is not None)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.state.changed.disconnect(self._refresh_views)
            if self.montecarlo is not None:
                self.state.changed.disconnect(self.montecarlo.refresh)
            self._build()

    # ---------------------------------------------------------------------------- editing

    def _put_vehicle(self, vehicle: Vehicle, what: str) -> bool:
        return self.state.change(vehicle, tr("gui.edit", self.lang, what=what))

    def _put_section(self, section: str, value: Any, what: str) -> bool:
        return self.state.set_section(section, value, tr("gui.edit", self.lang, what=what))

    def _refresh_views(self) -> None:
        for form in self.terms_forms:
            form.refresh()
        self.holdings_model.show(self.state.vehicle)
        holdings = self.state.vehicle.holdings
        self.units.setText(tr("gui.vehicle.amounts_in", self.lang, unit=tr(
            f"unit.{self.state.vehicle.setup.currency_unit}", self.lang)))
        self.count.setText(tr("gui.vehicle.count", self.lang, n=len(holdings),
                              included=sum(1 for h in holdings if h.included)))

    def set_included(self, position: int, included: bool) -> bool:
        holdings = list(self.state.vehicle.holdings)
        holding = holdings[position]
        holdings[position] = replace(holding, included=included)
        key = "gui.vehicle.include" if included else "gui.vehicle.exclude"
        return self.state.set_holdings(holdings, tr(key, self.lang, name=holding.name))

    def remove_selected(self) -> bool:
        """Remove the selected properties, after asking; one undoable edit."""
        positions = self.holdings.positions()
        if not positions:
            self.statusBar().showMessage(tr("gui.vehicle.select_first", self.lang), 5000)
            return False
        holdings = self.state.vehicle.holdings
        names = [holdings[i].name for i in positions]
        shown = "\n".join(f"• {n}" for n in names[:10]) + (
            "\n…" if len(names) > 10 else "")
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, tr("gui.vehicle.remove_title", self.lang),
                                      tr("gui.vehicle.remove_ask", self.lang, n=len(names),
                                         names=shown), yes | no, no)
        if answer != yes:
            return False
        kept = [h for i, h in enumerate(holdings) if i not in set(positions)]
        return self.state.set_holdings(kept, tr("gui.vehicle.removed", self.lang,
                                                n=len(names)))

    def add_holdings(self, new: list[Holding], text: str) -> bool:
        taken = {h.name for h in self.state.vehicle.holdings}
        named = []
        for h in new:
            name = unused_name(h.name, taken, " #")
            taken.add(name)
            named.append(replace(h, name=name))
        return self.state.set_holdings(list(self.state.vehicle.holdings) + named, text)

    def add_models(self, referenced: bool) -> bool:
        """Add properties from ``.pppm`` files, their models copied in or referenced."""
        start = str(self.state.folder or Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, tr("gui.vehicle.action.add_file" if
                                                         referenced else
                                                         "gui.vehicle.action.add_embedded",
                                                         self.lang), start,
                                                MODEL_FILES.file_filter)
        new, bad = [], []
        for path in paths:
            try:
                model = load_model(path).model
            except (FileFormatError, OSError) as exc:
                bad.append(f"{Path(path).name}: {exc}")
                continue
            new.append(self._holding_of(model, Path(path), referenced))
        if bad:
            QMessageBox.warning(self, tr("gui.bad_file_title", self.lang), "\n".join(bad))
        if not new:
            return False
        return self.add_holdings(new, tr("gui.vehicle.added", self.lang, n=len(new)))

    def _holding_of(self, model: Any, path: Path, referenced: bool) -> Holding:
        p = model.property
        holding = Holding(code=p.code, name=p.name or path.stem, kind=p.kind, comuna=p.comuna,
                          area_m2=float(p.area_m2))
        if not referenced:
            return replace(holding, model=model)
        # absolute while in memory; saving writes it relative to the vehicle's folder
        return replace(holding, source="file", file=str(path.absolute()))

    def add_from_inventory(self) -> bool:
        records = self._import_inventory(adding=True)
        if records is None:
            return False
        vehicle, notes = self._vehicle_of(records[0], "")
        added = self.add_holdings(vehicle.holdings, tr("gui.vehicle.added", self.lang,
                                                       n=len(vehicle.holdings)))
        self._say_notes(notes)
        return added

    # ------------------------------------------------------------------------ evaluating

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

    # ---------------------------------------------------------------------------- inventory

    def new_from_inventory(self) -> bool:
        """A new vehicle of the properties of an inventory, after its row report."""
        if not self.confirm_discard():
            return False
        imported = self._import_inventory(adding=False)
        if imported is None:
            return False
        records, name = imported
        vehicle, notes = self._vehicle_of(records, name)
        self.state.replace_document(vf.VehicleDocument(vehicle=vehicle), None, unsaved=True)
        if self.montecarlo is not None:
            self.montecarlo.result = None
        self.show_tab("holdings")
        self._say_notes(notes)
        return True

    def _import_inventory(self, adding: bool) -> tuple[list, str] | None:
        """Ask for an inventory, import it and show its row report; the records and the
        name typed, or None when the person cancels or nothing could be read."""
        from ...vehicle.inventory import import_inventory
        from ...vehicle.sources import InventoryError
        from .inventory_dialog import ImportDialog

        start = str(self.state.folder or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("gui.vehicle.action.new_inventory",
                                                       self.lang), start, INVENTORY_FILTER)
        if not path:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_inventory(path)
        except (InventoryError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._bad_file(path, in_language(exc, self.lang))
            return None
        QApplication.restoreOverrideCursor()
        dialog = ImportDialog(result, self.lang, adding=adding, parent=self)
        self.import_dialog = dialog          # tests reach it while it is open
        dialog.name.setText(Path(path).stem)
        accepted = dialog.exec() == ImportDialog.DialogCode.Accepted
        self.import_dialog = None
        if not accepted or not result.records:
            return None
        return result.records, dialog.name.text().strip()

    def _vehicle_of(self, records: list, name: str) -> tuple[Vehicle, list[str]]:
        from ...vehicle.build import vehicle_from_records

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return vehicle_from_records(records, name=name)
        finally:
            QApplication.restoreOverrideCursor()

    def _say_notes(self, notes: list[str]) -> None:
        if notes:
            QMessageBox.information(self, tr("gui.vehicle.notes_title", self.lang),
                                    "\n".join(notes[:20]) + ("\n…" if len(notes) > 20 else ""))

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

    # ----------------------------------------------------------------------------- export

    def export_workbook(self) -> bool:
        if self.tasks.busy:
            return False
        folder = self.state.folder or Path.home()
        stem = self.state.path.stem if self.state.path else (self.state.vehicle.name
                                                             or "vehiculo")
        path, _ = QFileDialog.getSaveFileName(self, tr("gui.vehicle.action.export", self.lang),
                                              str(folder / f"{stem}.xlsx"),
                                              tr("gui.export_filter", self.lang))
        if not path:
            return False
        if Path(path).suffix.lower() != ".xlsx":
            path += ".xlsx"
        return self.start_export(Path(path))

    def start_export(self, path: Path) -> bool:
        self._export_target = path
        name = self.state.path.name if self.state.path else ""
        return self.tasks.start(export_task, self.state.document, path, self.lang,
                                self.state.folder, name)

    def _export_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.act_export.setEnabled(not running)
        if running:
            self.statusBar().showMessage(tr("gui.exporting", self.lang))

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(tr("gui.exported", self.lang, path=str(path)), 10000)

    def _export_failed(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, VehicleError):
            detail = "\n".join(f"{n}: {r}" for n, r in error.reasons(self.lang))
        else:
            detail = f"{type(error).__name__}: {error}"
        QMessageBox.critical(self, tr("gui.export_failed_title", self.lang),
                             tr("gui.export_failed", self.lang,
                                path=str(self._export_target), detail=detail))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.worker.wait(10000)
        self.tasks.wait(30000)
        if self.montecarlo is not None:
            self.montecarlo.wait(10000)
        event.accept()
