"""The main window's Excel export (*Archivo › Exportar a Excel…*): asking where, writing the
report off the GUI thread with a progress bar and a cancel button in the status bar, and saying
how it ended.

:class:`ExportCommands` is a part of :class:`.app.MainWindow`; it uses the window's ``state``,
``lang`` and ``act_export``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QToolButton

from ..core.results import ModelError
from ..i18n import tr
from ..i18n.messages import in_language
from .tasks import export_report
from .worker import TaskRunner

REPORT_SUFFIX = ".xlsx"


class ExportCommands:
    """The export's status-bar widgets, its :class:`.worker.TaskRunner` and its commands."""

    def _build_export_bar(self) -> None:
        """The progress bar and the cancel button, after the status bar's message."""
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(200)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        self.cancel_export = QToolButton()
        self.cancel_export.setObjectName("cancelExport")
        self.cancel_export.setVisible(False)
        self.statusBar().addPermanentWidget(self.cancel_export)
        self.tasks = TaskRunner(self)
        self.cancel_export.clicked.connect(self.tasks.cancel)
        self.tasks.cancelled.connect(self._export_cancelled)
        self.tasks.progress.connect(self._export_progress)
        self.tasks.finished.connect(self._exported)
        self.tasks.failed.connect(self._export_failed)
        self.tasks.running.connect(self._export_running)
        self._export_target: Path | None = None

    def export_report(self) -> None:
        """Ask where, then write the Excel report in the background."""
        if self.tasks.busy:
            self.statusBar().showMessage(tr("gui.export_busy", self.lang), 5000)
            return
        folder = self.state.path.parent if self.state.path else Path.home()
        stem = self.state.path.stem if self.state.path else (
            self.state.model.property.code or "informe")
        path, _ = QFileDialog.getSaveFileName(self, tr("gui.action.export", self.lang),
                                              str(folder / f"{stem}{REPORT_SUFFIX}"),
                                              tr("gui.export_filter", self.lang))
        if not path:
            return
        if Path(path).suffix.lower() != REPORT_SUFFIX:
            path += REPORT_SUFFIX
        self.start_export(Path(path))

    def start_export(self, path: Path) -> bool:
        """Export the current model's report to ``path`` off the GUI thread."""
        self._export_target = path
        name = self.state.path.name if self.state.path else ""
        return self.tasks.start(export_report, self.state.document, self.state.model, path,
                                self.lang, name)

    def _export_running(self, running: bool) -> None:
        self.progress.setRange(0, 0)     # busy: moves until the first step is reported
        self.progress.setVisible(running)
        self.cancel_export.setText(tr("gui.cancel_export", self.lang))
        self.cancel_export.setVisible(running)
        self.act_export.setEnabled(not running)
        if running:
            self.statusBar().showMessage(tr("gui.exporting", self.lang))

    def _export_progress(self, fraction: float, _what: str) -> None:
        if fraction > 0:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(fraction * 100))

    def _export_cancelled(self) -> None:
        self.statusBar().showMessage(tr("gui.export_cancelled", self.lang), 10000)

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(tr("gui.exported", self.lang, path=str(path)), 10000)

    def _export_failed(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, ModelError):
            detail = "\n".join(m.text(self.lang) for m in error.messages)
        elif isinstance(error, OSError):
            detail = in_language(error, self.lang)
        else:
            detail = f"{type(error).__name__}: {error}"
        QMessageBox.critical(self, tr("gui.export_failed_title", self.lang),
                             tr("gui.export_failed", self.lang,
                                path=str(self._export_target), detail=detail))
