"""The truth the vehicle window shows: one vehicle document, its file, the undo stack of its
edits. Like :class:`pppmodeler.gui.state.ModelState`, every change is one undoable command
(:meth:`VehicleState.change` replaces the whole vehicle, which shares the parts it does not
change), and views subscribe to :attr:`changed` and read :attr:`VehicleState.vehicle`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from ...fileformat import vehiclefile as vf
from ...vehicle.terms import Vehicle
from ..document_state import DocumentState, same


class VehicleState(DocumentState):
    """A vehicle being edited (see :class:`..document_state.DocumentState` for its signals)."""

    def __init__(self, doc: vf.VehicleDocument | None = None, path: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(doc if doc is not None else vf.VehicleDocument(), path, vf.save,
                         parent)

    @property
    def vehicle(self) -> Vehicle:
        return self._doc.vehicle

    @property
    def folder(self) -> Path | None:
        """The folder of the vehicle's file, where paths relative to it are looked for."""
        return self._doc.folder

    def _set_vehicle(self, vehicle: Vehicle) -> None:
        self._doc = replace(self._doc, vehicle=vehicle)
        self.changed.emit()

    def change(self, vehicle: Vehicle, text: str) -> bool:
        """Replace the vehicle, undoably; False (nothing pushed) when it is unchanged."""
        if same(self.vehicle, vehicle):
            return False
        self.push(self._set_vehicle, self.vehicle, vehicle, text)
        return True

    def set_section(self, section: str, value: Any, text: str) -> bool:
        """Replace one section of the terms (``capital``) or a plain field (``name``)."""
        return self.change(replace(self.vehicle, **{section: value}), text)

    def set_holdings(self, holdings: list, text: str) -> bool:
        return self.change(replace(self.vehicle, holdings=list(holdings)), text)

    def open(self, path: str | Path) -> None:
        """Load a vehicle file; on any error nothing here changes (the caller says why)."""
        self.replace_document(vf.load(path), Path(path))
