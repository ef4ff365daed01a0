"""What both windows, the property editor and the corporate vehicle's, do the same way with the
file of the document they edit: the title (the file's name, marked while unsaved), the question
about unsaved changes, open, save and save as, the dialog about a file that cannot be opened,
and the actions and toolbar of those commands.

:class:`DocumentFiles` is a part of both windows (:class:`.app.MainWindow` through
:class:`.files.FileCommands`, and :class:`.vehicle.window.VehicleWindow`); each says in a
:class:`DocumentKind` what tells its files and texts from the other's, and keeps what only it
does on opening and saving in its own part. It uses the window's ``state`` (``path``,
``dirty``, ``open``, ``save``, ``undo_stack``) and ``lang``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle, QToolBar

from ..fileformat import FileFormatError
from ..i18n import tr
from ..i18n.messages import in_language


@dataclass(frozen=True)
class DocumentKind:
    """``texts``: the prefix of the window's text keys (``gui.`` gives ``gui.unsaved``,
    ``gui.bad_file``, ``gui.action.open``); ``names``: the prefix of its actions' and
    toolbar's object names (tests find them by name); ``suffix``: given to a name typed
    without one; ``save_errors``: what its state's ``save`` raises for a file it cannot
    write, said in a dialog."""

    texts: str
    names: str
    file_filter: str
    suffix: str
    save_errors: tuple[type[Exception], ...]


class DocumentFiles:
    """The shared commands. A window gives its ``file_kind`` and says, in
    ``_document_name()``, what its title calls the document; in ``_title_notes()``, what the
    title says after that name; in ``_folder()``, where the file dialogs start (None: the home
    folder); in ``_new_stem()``, the name Save as proposes for a document never saved."""

    file_kind: DocumentKind

    def _saved(self, path: Path) -> None:
        """What else a window does after saving to ``path``: nothing here."""

    def _title(self) -> None:
        notes = "".join(f" — {note}" for note in self._title_notes())
        self.setWindowTitle(f"{self._document_name()}[*]{notes} — pppmodeler")
        self.setWindowModified(self.state.dirty)

    def confirm_discard(self) -> bool:
        """True when nothing is unsaved, or the person saves (and the save succeeds) or
        discards it; False when they cancel or the save fails."""
        if not self.state.dirty:
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(self, tr("gui.unsaved_title", self.lang),
                                      tr(f"{self.file_kind.texts}unsaved", self.lang),
                                      buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_file()
        return answer == QMessageBox.StandardButton.Discard

    def _ask_open(self, key: str) -> str:
        """After the question about unsaved changes, the file chosen in a dialog titled as
        action ``key``; "" when the person cancels either."""
        if not self.confirm_discard():
            return ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr(f"{self.file_kind.texts}action.{key}", self.lang),
            str(self._folder() or Path.home()), self.file_kind.file_filter)
        return path

    def open_file(self) -> bool:
        path = self._ask_open("open")
        return bool(path) and self.open_path(path)

    def _load(self, path: str | Path, **how) -> bool:
        """``state.open(path, **how)``; a file that cannot be opened gives a dialog saying
        what and where, and the open document stays."""
        try:
            self.state.open(path, **how)
        except FileFormatError as exc:
            self._bad_file(path, "\n".join(in_language(m, self.lang) for m in exc.messages))
            return False
        except OSError as exc:
            self._bad_file(path, in_language(exc, self.lang))
            return False
        return True

    def _bad_file(self, path: str | Path, detail: str) -> None:
        QMessageBox.critical(self, tr("gui.bad_file_title", self.lang),
                             tr(f"{self.file_kind.texts}bad_file", self.lang, path=str(path),
                                detail=detail))

    def save_file(self) -> bool:
        if self.state.path is None:
            return self.save_file_as()
        return self._save_to(self.state.path)

    def save_file_as(self) -> bool:
        kind = self.file_kind
        start = str(self.state.path) if self.state.path else str(
            Path.home() / f"{self._new_stem()}{kind.suffix}")
        path, _ = QFileDialog.getSaveFileName(self, tr(f"{kind.texts}action.save_as",
                                                       self.lang), start, kind.file_filter)
        if not path:
            return False
        if not Path(path).suffix:
            path += kind.suffix
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.state.save(path)
        except self.file_kind.save_errors as exc:
            QMessageBox.critical(self, tr("gui.save_failed_title", self.lang),
                                 tr("gui.save_failed", self.lang, path=str(path),
                                    detail=in_language(exc, self.lang)))
            return False
        self._saved(path)
        self.statusBar().showMessage(tr("gui.saved", self.lang, path=str(path)), 5000)
        return True

    # ------------------------------------------------------------------- actions and toolbar

    def _action(self, key: str, slot: Callable, shortcut=None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        """An action of the window, its text ``<texts>action.<key>``, its object name
        ``<names>action.<key>``."""
        kind = self.file_kind
        act = QAction(tr(f"{kind.texts}action.{key}", self.lang), self)
        act.setObjectName(f"{kind.names}action.{key}")
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        act.triggered.connect(slot)
        return act

    def _file_actions(self, export: Callable) -> None:
        """``act_open``, ``act_save``, ``act_save_as``, ``act_export`` (triggering
        ``export``), ``act_undo`` and ``act_redo`` (of the state's undo stack)."""
        sp = QStyle.StandardPixmap
        self.act_open = self._action("open", self.open_file, QKeySequence.StandardKey.Open,
                                     sp.SP_DialogOpenButton)
        self.act_save = self._action("save", self.save_file, QKeySequence.StandardKey.Save,
                                     sp.SP_DialogSaveButton)
        self.act_save_as = self._action("save_as", self.save_file_as,
                                        QKeySequence("Ctrl+Shift+S"))
        self.act_export = self._action("export", export, QKeySequence("Ctrl+E"),
                                       sp.SP_FileDialogDetailedView)
        undo, names = self.state.undo_stack, self.file_kind.names
        self.act_undo = undo.createUndoAction(self, tr("gui.action.undo", self.lang))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.act_undo.setObjectName(f"{names}action.undo")
        self.act_redo = undo.createRedoAction(self, tr("gui.action.redo", self.lang))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.act_redo.setObjectName(f"{names}action.redo")

    def _file_toolbar(self) -> None:
        """The toolbar of the file actions, in place of the one the window had."""
        # its own only: the vehicle's window is the main window's child, and its toolbar
        # must not go when the main window is rebuilt
        for toolbar in self.findChildren(QToolBar,
                                         options=Qt.FindChildOption.FindDirectChildrenOnly):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        toolbar = self.addToolBar(tr("gui.toolbar", self.lang))
        toolbar.setObjectName(f"{self.file_kind.names}toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_open, self.act_save, self.act_export, self.act_undo,
                    self.act_redo):
            toolbar.addAction(act)
