"""The truth the vehicle window shows: one vehicle document, its file, the undo stack of its
edits. Like :class:`pppmodeler.gui.state.ModelState`, every change is one undoable command
(:meth:`VehicleState.change` replaces the whole vehicle, which shares the parts it does not
change), and views subscribe to :attr:`changed` and read :attr:`VehicleState.vehicle`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...fileformat import vehiclefile as vf
from ...vehicle.terms import Vehicle
from ..state import _same


class VehicleEdit(QUndoCommand):
    """Replace the vehicle by another; undo puts the previous one back."""

    def __init__(self, state: VehicleState, before: Vehicle, after: Vehicle, text: str):
        super().__init__(text)
        self._state, self._before, self._after = state, before, after

    def redo(self) -> None:
        self._state._set_vehicle(self._after)

    def undo(self) -> None:
        self._state._set_vehicle(self._before)


class VehicleState(QObject):
    """A vehicle being edited. ``changed`` after every change of the vehicle (edit, undo,
    redo, open); ``replaced`` when another document takes its place; ``file_changed`` when
    the file or its saved/unsaved state changes."""

    changed = Signal()
    replaced = Signal()
    file_changed = Signal()

    def __init__(self, doc: vf.VehicleDocument | None = None, path: Path | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._doc = doc if doc is not None else vf.VehicleDocument()
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self.file_changed.emit())

    @property
    def document(self) -> vf.VehicleDocument:
        return self._doc

    @property
    def vehicle(self) -> Vehicle:
        return self._doc.vehicle

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def folder(self) -> Path | None:
        """The folder of the vehicle's file, where paths relative to it are looked for."""
        return self._doc.folder

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _set_vehicle(self, vehicle: Vehicle) -> None:
        self._doc = replace(self._doc, vehicle=vehicle)
        self.changed.emit()

    def change(self, vehicle: Vehicle, text: str) -> bool:
        """Replace the vehicle, undoably; False (nothing pushed) when it is unchanged."""
        if _same(self.vehicle, vehicle):
            return False
        self.undo_stack.push(VehicleEdit(self, self.vehicle, vehicle, text))
        return True

    def set_section(self, section: str, value: Any, text: str) -> bool:
        """Replace one section of the terms (``capital``) or a plain field (``name``)."""
        return self.change(replace(self.vehicle, **{section: value}), text)

    def set_holdings(self, holdings: list, text: str) -> bool:
        return self.change(replace(self.vehicle, holdings=list(holdings)), text)

    def open(self, path: str | Path) -> None:
        """Load a vehicle file; on any error nothing here changes (the caller says why)."""
        self.replace_document(vf.load(path), Path(path))

    def replace_document(self, doc: vf.VehicleDocument, path: Path | None,
                         unsaved: bool = False) -> None:
        """Another document takes this one's place with an empty undo history; ``unsaved``
        marks it as not saved anywhere yet (a new vehicle from an inventory)."""
        self._doc, self._path = doc, path
        self.undo_stack.clear()
        if unsaved:
            self.undo_stack.resetClean()
        self.replaced.emit()
        self.changed.emit()
        self.file_changed.emit()

    def save(self, path: str | Path | None = None) -> Path:
        """Write the document atomically to ``path`` or its own file; mark it saved."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file to save to")
        self._doc = vf.save(self._doc, target)
        self._path = target
        self.undo_stack.setClean()
        self.file_changed.emit()
        return target
