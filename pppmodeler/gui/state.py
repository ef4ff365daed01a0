"""The truth the window shows: one document, its file, and the undo stack of its edits.

Every change of the model goes through :meth:`ModelState.edit` (one input, by its path, via
:func:`pppmodeler.core.paths.with_value`) or :meth:`ModelState.change` (a whole new model, e.g.
a line added), each one undoable edit. The named scenarios and the settings of the analyses
change through :meth:`ModelState.set_part` (undoable too). Views subscribe to :attr:`changed`
(the model) and :attr:`parts_changed` (scenarios, analyses) and read
:attr:`ModelState.document`; they never keep a copy of the truth. What every document's state
has (file, undo stack, saving) is in :mod:`.document_state`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from .. import bundled
from ..core import paths
from ..fileformat import Document, load, loads, save
from .document_state import DocumentState, same

DEFAULT_SAMPLE = "heritage_building"
PARTS = ("scenarios", "analyses")


class ModelState(DocumentState):
    """A property's document being edited (see :class:`.document_state.DocumentState` for
    ``changed``, ``replaced`` and ``file_changed``); ``parts_changed`` after every change of
    the scenarios or the analyses' settings. A document opened for review is ``read_only``:
    its edits are refused."""

    parts_changed = Signal()

    def __init__(self, doc: Document, path: Path | None = None, parent: QObject | None = None):
        super().__init__(doc, path, save, parent)
        self.read_only = False

    @classmethod
    def from_sample(cls, name: str = DEFAULT_SAMPLE) -> ModelState:
        return cls(loads(bundled.sample_text(name), source=name))

    @property
    def model(self) -> Any:
        return self._doc.model

    def _set_model(self, model: Any) -> None:
        self._doc = replace(self._doc, model=model)
        self.changed.emit()

    def edit(self, path: str, value: Any, text: str = "") -> bool:
        """Set one input (already checked); False (nothing pushed) when it is unchanged."""
        if self.read_only or same(paths.get(self.model, path), value):
            return False
        self.push(self._set_model, self.model, paths.with_value(self.model, path, value),
                  text or path)
        return True

    def change(self, model: Any, text: str) -> None:
        """Replace the whole model (adding or removing a line), undoably; nothing when the
        document is read-only."""
        if self.read_only:
            return
        self.push(self._set_model, self.model, model, text)

    def _set_part(self, part: str, value: Any) -> None:
        self._doc = replace(self._doc, **{part: value})
        self.parts_changed.emit()

    def set_part(self, part: str, value: Any, text: str) -> bool:
        """Replace the document's ``scenarios`` (a list) or ``analyses`` (the settings),
        undoably; False (nothing pushed) when read-only or unchanged."""
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}; use one of {', '.join(PARTS)}")
        before = getattr(self._doc, part)
        if self.read_only or same(before, value):
            return False
        self.push(lambda v: self._set_part(part, v), before, value, text)
        return True

    def open(self, path: str | Path, read_only: bool = False) -> None:
        """Load a file (``read_only`` for review); on any error nothing here changes (the
        caller shows the error)."""
        self.replace_document(load(path), Path(path), read_only=read_only)

    def replace_document(self, doc: Document, path: Path | None, read_only: bool = False,
                         unsaved: bool = False) -> None:
        self.read_only = read_only
        super().replace_document(doc, path, unsaved)

    def _announce_replaced(self) -> None:
        self.replaced.emit()
        self.changed.emit()
        self.parts_changed.emit()
        self.file_changed.emit()

    def edit_copy(self) -> None:
        """Leave review: the same inputs become a new, unsaved, editable document."""
        self.replace_document(self._doc, None, read_only=False, unsaved=True)
