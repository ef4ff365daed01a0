"""The vehicle window's Excel export (*Archivo › Exportar libro del vehículo*): asking where,
writing the vehicle's workbook off the GUI thread with a progress bar in the status bar, and
saying how it ended.

:class:`VehicleExport` is a part of :class:`.window.VehicleWindow`; it uses the window's
``state``, ``lang`` and ``act_export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from ...fileformat import references
from ...fileformat import vehiclefile as vf
from ...i18n import tr
from ...vehicle.evaluate import VehicleError
from ..worker import TaskRunner


def export_task(doc: vf.VehicleDocument, path: Path, lang: str, folder: Path | None,
                file_name: str, progress) -> Path:
    """Write the vehicle's workbook (:func:`pppmodeler.report.vehicle.export_vehicle`)."""
    from ...report.vehicle import export_vehicle

    progress(0.1, "evaluate")
    with references.explaining(doc.vehicle, folder):
        return Path(export_vehicle(doc, path, lang=lang, folder=folder, file_name=file_name))


class VehicleExport:
    """The export's progress bar, its :class:`..worker.TaskRunner` and its commands."""

    def _build_export_bar(self) -> None:
        """The progress bar, after the status bar's message."""
        self.tasks = TaskRunner(self)
        self.tasks.finished.connect(self._exported)
        self.tasks.failed.connect(self._export_failed)
        self.tasks.running.connect(self._export_running)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(160)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)

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
