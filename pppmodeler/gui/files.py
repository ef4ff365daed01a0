"""The main window's document files: what it says on opening a model, opening for review (or
by dropping a file on the window), saving (never in review, into the vehicle for a vehicle's
property), new from a bundled sample, recent files, the autosaved recovery copy and what the
title says besides the file's name. Open, save, save as, the title and the question about
unsaved changes are shared with the vehicle's window (:mod:`.document_files`).

:class:`FileCommands` is a part of :class:`.app.MainWindow`; it uses the window's ``state``,
``lang`` and ``holding_link``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from .. import bundled
from ..analysis.checks import problems as settings_problems
from ..fileformat import FileFormatError, loads
from ..fileformat.document import SUFFIX
from ..i18n import tr
from ..i18n.messages import in_language
from .document_files import DocumentFiles, DocumentKind
from .session import RecentFiles, Recovery, default_recovery_dir

MODEL_FILES = DocumentKind(texts="gui.", names="", suffix=SUFFIX,
                           file_filter="pppmodeler (*.pppm);;JSON (*.json)",
                           save_errors=(FileFormatError, OSError))
AUTOSAVE_SECONDS = 60


class FileCommands(DocumentFiles):
    """Where the document comes from and goes to, and what is remembered between sessions."""

    file_kind = MODEL_FILES

    def _init_files(self, settings: QSettings | None, recovery_dir: Path | None,
                    autosave_s: float) -> None:
        self.recent = RecentFiles(settings if settings is not None else QSettings())
        self.recovery = Recovery(recovery_dir if recovery_dir is not None
                                 else default_recovery_dir())
        self.autosave = QTimer(self)
        self.autosave.setInterval(round(autosave_s * 1000))
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    def _document_name(self) -> str:
        return self.state.path.name if self.state.path else self.state.model.property.name

    def _title_notes(self) -> list[str]:
        notes = [tr("gui.review_title", self.lang)] if self.state.read_only else []
        if self.holding_link is not None:
            notes.append(self.holding_link.title(self.lang))
        return notes

    def _folder(self) -> Path | None:
        return self.state.path.parent if self.state.path else None

    def _new_stem(self) -> str:
        return self.state.model.property.code or "modelo"

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
        if self.confirm_discard():
            self.open_path(path)

    def open_for_review(self) -> bool:
        path = self._ask_open("open_review")
        return bool(path) and self.open_path(path, read_only=True)

    def edit_copy(self) -> None:
        """Leave review mode: the same inputs as a new unsaved document."""
        if not self.state.read_only:
            return
        name = self._document_name()
        self.state.edit_copy()
        self.statusBar().showMessage(tr("gui.copy_made", self.lang, name=name), 10000)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a file (``read_only`` for review), then say what it left out or cannot run."""
        if not self._load(path, read_only=read_only):
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

    def save_file(self) -> bool:
        if self.state.read_only:
            return False
        if self.holding_link is not None and self.holding_link.embedded:
            return self.holding_link.apply()     # the model goes back into its vehicle
        return super().save_file()

    def save_file_as(self) -> bool:
        return not self.state.read_only and super().save_file_as()

    def _saved(self, path: Path) -> None:
        self.recent.add(path)
        self.recovery.discard()

    # ------------------------------------------------------------------------ new and recent

    def open_recent(self, path: Path) -> bool:
        if not self.confirm_discard():
            return False
        if not Path(path).is_file():
            self.recent.remove(path)
        return self.open_path(path)

    def new_from_sample(self, name: str) -> None:
        """A new unsaved document with the inputs of a bundled sample."""
        if not self.confirm_discard():
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
            self.statusBar().showMessage(
                f"{tr('gui.autosaved', self.lang)}: {in_language(exc, self.lang)}", 5000)
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
            self._bad_file(self.recovery.path, in_language(exc, self.lang))
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
