"""The vehicle window's file: a ``.pppv``, what its title calls it, and what opening one says
(the property files it cannot find, the inputs their models left out). Open, save, save as, the
title and the question about unsaved changes are the property editor's
(:mod:`..document_files`).

:class:`VehicleFiles` is a part of :class:`.window.VehicleWindow`; it uses the window's
``state``, ``lang`` and ``montecarlo``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ...fileformat import FileFormatError, references
from ...fileformat import vehiclefile as vf
from ...i18n import tr
from ..document_files import DocumentFiles, DocumentKind

VEHICLE_FILES = DocumentKind(texts="gui.vehicle.", names="vehicle.", suffix=vf.SUFFIX,
                             file_filter="pppmodeler vehicle (*.pppv)",
                             save_errors=(FileFormatError, OSError, ValueError))


class VehicleFiles(DocumentFiles):
    file_kind = VEHICLE_FILES

    def _document_name(self) -> str:
        return (self.state.path.name if self.state.path else
                self.state.vehicle.name or tr("gui.vehicle.untitled", self.lang))

    def _title_notes(self) -> list[str]:
        return [tr("gui.vehicle.window", self.lang)]

    def _folder(self) -> Path | None:
        return self.state.folder

    def _new_stem(self) -> str:
        return self.state.vehicle.name or "vehiculo"

    def open_path(self, path: str | Path) -> bool:
        """Open a vehicle file, then say which of its property files are missing and which
        inputs their models left out."""
        if not self._load(path):
            return False
        if self.montecarlo is not None:
            self.montecarlo.result = None
        self.statusBar().showMessage(tr("gui.opened", self.lang, path=str(path)), 5000)
        said = references.opening(self.state.document)
        if said:  # missing files and inputs taken at their defaults are never silent
            QMessageBox.warning(self, tr("vehiclefile.opening.title", self.lang),
                                f"{path}\n\n{said.text(self.lang)}")
        return True
