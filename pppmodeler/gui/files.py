"""The main window's document files: open (also for review, or by dropping a file on the
window), save and save as, new from a bundled sample, recent files, the autosaved recovery
copy, the window title and the question about unsaved changes.

:class:`FileCommands` is a part of :class:`.app.MainWindow`; it uses the window's ``state``,
``lang`` and ``holding_link``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import bundled
from ..analysis.checks import problems as settings_problems
from ..fileformat import FileFormatError, loads
from ..i18n import tr
from .dialogs import confirm_discard
from .session import RecentFiles, Recovery, default_recovery_dir

FILE_FILTER = "pppmodeler (*.pppm);;JSON (*.json)"
AUTOSAVE_SECONDS = 60


class FileCommands:
    """Where the document comes from and goes to, and what is remembered between sessions."""

    def _init_files(self, settings: QSettings | None, recovery_dir: Path | None,
                    autosave_s: float) -> None:
        self.recent = RecentFiles(settings if settings is not None else QSettings())
        self.recovery = Recovery(recovery_dir if recovery_dir is not None
                                 else default_recovery_dir())
        self.autosave = QTimer(self)
        self.autosave.setInterval(round(autosave_s * 1000))
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    def _title(self) -> None:
        name = self.state.path.name if self.state.path else self.state.model.property.name
        review = f" — {tr('gui.review_title', self.lang)}" if self.state.read_only else ""
        if self.holding_link is not None:
            review += f" — {self.holding_link.title(self.lang)}"
        self.setWindowTitle(f"{name}[*]{review} — pppmodeler")
        self.setWindowModified(self.state.dirty)

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the person saves or discards them."""
        return confirm_discard(self, self.state.dirty, tr("gui.unsaved", self.lang),
                               self.save_file, self.lang)

    def open_file(self) -> None:
        if not self._confirm_discard():
            return
        start = str(self.state.path.parent) if self.state.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("gui.action.open", self.lang), start,
                                              FILE_FILTER)
        if path:
            self.open_path(path)

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """The one scenario file being dragged, or None."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in (".pppm", ".json") else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A dropped .pppm opens as Open does (asking first about unsaved changes)."""
        path = self._dropped_file(event)
        if path is None:
            self.statusBar().showMessage(tr("gui.drop_one", self.lang), 5000)
            event.ignore()
            return
        event.acceptProposedAction()
        if self._confirm_discard():
            self.open_path(path)

    def open_for_review(self) -> None:
        if not self._confirm_discard():
            return
        start = str(self.state.path.parent) if self.state.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("gui.action.open_review", self.lang),
                                              start, FILE_FILTER)
        if path:
            self.open_path(path, read_only=True)

    def edit_copy(self) -> None:
        """Leave review mode: the same inputs as a new unsaved document."""
        if not self.state.read_only:
            return
        name = self.state.path.name if self.state.path else self.state.model.property.name
        self.state.edit_copy()
        self.statusBar().showMessage(tr("gui.copy_made", self.lang, name=name), 10000)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a file; a bad file gives a dialog saying what and where, and changes nothing."""
        try:
            self.state.open(path, read_only=read_only)
        except FileFormatError as exc:
            self._bad_file(path, "\n".join(exc.messages))
            return False
        except OSError as exc:
            self._bad_file(path, exc.strerror or str(exc))
            return False
        self.recent.add(path)
        key = "gui.review_opened" if read_only else "gui.opened"
        self.statusBar().showMessage(tr(key, self.lang, path=str(path)), 5000)
        doc = self.state.document
        if doc.defaulted:  # a hand-edited file: never take missing inputs silently
            QMessageBox.warning(self, tr("gui.defaulted_title", self.lang),
                                tr("gui.defaulted", self.lang, path=str(path),
                                   count=len(doc.defaulted),
                                   inputs="\n".join(doc.defaulted[:20])))
        unrunnable = settings_problems(doc.model, doc.analyses)
        if unrunnable:  # said on opening, not first when the analysis is run
            QMessageBox.warning(self, tr("gui.unrunnable_title", self.lang),
                                tr("gui.unrunnable", self.lang, path=str(path),
                                   problems="\n".join(p.text(self.lang)
                                                      for p in unrunnable[:10])))
        return True

    def _bad_file(self, path: str | Path, detail: str) -> None:
        QMessageBox.critical(self, tr("gui.bad_file_title", self.lang),
                             tr("gui.bad_file", self.lang, path=str(path), detail=detail))

    def save_file(self) -> bool:
        if self.state.read_only:
            return False
        if self.holding_link is not None and self.holding_link.embedded:
            return self.holding_link.apply()     # the model goes back into its vehicle
        if self.state.path is None:
            return self.save_file_as()
        return self._save_to(self.state.path)

    def save_file_as(self) -> bool:
        if self.state.read_only:
            return False
        start = str(self.state.path) if self.state.path else str(
            Path.home() / f"{self.state.model.property.code or 'modelo'}.pppm")
        path, _ = QFileDialog.getSaveFileName(self, tr("gui.action.save_as", self.lang), start,
                                              FILE_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".pppm"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.state.save(path)
        except (FileFormatError, OSError) as exc:
            QMessageBox.critical(self, tr("gui.save_failed_title", self.lang),
                                 tr("gui.save_failed", self.lang, path=str(path),
                                    detail=str(exc)))
            return False
        self.recent.add(path)
        self.recovery.discard()
        self.statusBar().showMessage(tr("gui.saved", self.lang, path=str(path)), 5000)
        return True

    # ------------------------------------------------------------------------ new and recent

    def open_recent(self, path: Path) -> bool:
        if not self._confirm_discard():
            return False
        if not Path(path).is_file():
            self.recent.remove(path)
        return self.open_path(path)

    def new_from_sample(self, name: str) -> None:
        """A new unsaved document with the inputs of a bundled sample."""
        if not self._confirm_discard():
            return
        self.state.replace_document(loads(bundled.sample_text(name), source=name), None)
        self.statusBar().showMessage(tr("gui.new_opened", self.lang,
                                        name=sample_title(name)), 5000)

    # ------------------------------------------------------------------------------ recovery

    def write_recovery(self) -> bool:
        """Autosave: write the recovery copy when there are unsaved changes."""
        if not self.state.dirty or self.state.read_only:
            return False
        try:
            self.recovery.write(self.state.document)
        except (FileFormatError, OSError) as exc:
            self.statusBar().showMessage(f"{tr('gui.autosaved', self.lang)}: {exc}", 5000)
            return False
        self.statusBar().showMessage(tr("gui.autosaved", self.lang), 3000)
        return True

    def offer_recovery(self) -> bool:
        """At start-up: a recovery copy means the last session did not close cleanly; offer
        it (yes: open it as an unsaved document; no: delete it). True when recovered."""
        if not self.recovery.exists():
            return False
        try:
            doc = self.recovery.load()
        except (FileFormatError, OSError) as exc:
            self._bad_file(self.recovery.path, str(exc))
            self.recovery.discard()
            return False
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self, tr("gui.recover_title", self.lang),
            tr("gui.recover", self.lang, name=doc.model.property.name,
               when=self.recovery.saved_at()), yes | no, yes)
        if answer != yes:
            self.recovery.discard()
            return False
        self.state.replace_document(doc, None, unsaved=True)
        self.statusBar().showMessage(tr("gui.recovered", self.lang), 10000)
        return True


@functools.lru_cache(maxsize=None)
def sample_title(name: str) -> str:
    """The name of a bundled sample's property (its file stem if it has none)."""
    try:
        return loads(bundled.sample_text(name), source=name).model.property.name or name
    except (FileFormatError, KeyError):
        return name
