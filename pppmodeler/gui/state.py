"""The truth the window shows: one document, its file, and the undo stack of its edits.

Every change of the model goes through :meth:`ModelState.edit` (one input, by its path, via
:func:`pppmodeler.core.paths.with_value`) or :meth:`ModelState.change` (a whole new model, e.g.
a line added), each an undoable :class:`ModelEdit`. The named scenarios and the settings of the
analyses change through :meth:`ModelState.set_part` (an undoable :class:`PartEdit`). Views
subscribe to :attr:`changed` (the model) and :attr:`parts_changed` (scenarios, analyses) and
read :attr:`ModelState.document`; they never keep a copy of the truth.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .. import bundled
from ..core import paths
from ..fileformat import Document, load, loads, save

DEFAULT_SAMPLE = "heritage_building"


class ModelEdit(QUndoCommand):
    """Replace the model by another; undo puts the previous one back."""

    def __init__(self, state: ModelState, before: Any, after: Any, text: str):
        super().__init__(text)
        self._state, self._before, self._after = state, before, after

    def redo(self) -> None:
        self._state._set_model(self._after)

    def undo(self) -> None:
        self._state._set_model(self._before)


class PartEdit(QUndoCommand):
    """Replace the scenarios or the analyses' settings of the document; the model stays."""

    def __init__(self, state: ModelState, part: str, before: Any, after: Any, text: str):
        super().__init__(text)
        self._state, self._part, self._before, self._after = state, part, before, after

    def redo(self) -> None:
        self._state._set_part(self._part, self._after)

    def undo(self) -> None:
        self._state._set_part(self._part, self._before)


PARTS = ("scenarios", "analyses")


class ModelState(QObject):
    """A document being edited. ``changed`` after every change of the model (edit, undo, redo,
    open); ``replaced`` when another document takes its place; ``file_changed`` when the file
    or its saved/unsaved state changes; ``parts_changed`` after every change of the scenarios or
    the analyses' settings."""

    changed = Signal()
    parts_changed = Signal()
    replaced = Signal()
    file_changed = Signal()

    def __init__(self, doc: Document, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._doc, self._path = doc, path
        self.read_only = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    @classmethod
    def from_sample(cls, name: str = DEFAULT_SAMPLE) -> ModelState:
        return cls(loads(bundled.sample_text(name), source=name))

    @property
    def model(self) -> Any:
        return self._doc.model

    @property
    def document(self) -> Document:
        return self._doc

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _set_model(self, model: Any) -> None:
        self._doc = replace(self._doc, model=model)
        self.changed.emit()

    def edit(self, path: str, value: Any, text: str = "") -> bool:
        """Set one input (already checked); False (nothing pushed) when it is unchanged."""
        if self.read_only or _same(paths.get(self.model, path), value):
            return False
        after = paths.with_value(self.model, path, value)
        self.undo_stack.push(ModelEdit(self, self.model, after, text or path))
        return True

    def change(self, model: Any, text: str) -> None:
        """Replace the whole model (adding or removing a line), undoably; nothing when the
        document is read-only."""
        if self.read_only:
            return
        self.undo_stack.push(ModelEdit(self, self.model, model, text))

    def _set_part(self, part: str, value: Any) -> None:
        self._doc = replace(self._doc, **{part: value})
        self.parts_changed.emit()

    def set_part(self, part: str, value: Any, text: str) -> bool:
        """Replace the document's ``scenarios`` (a list) or ``analyses`` (the settings),
        undoably; False (nothing pushed) when read-only or unchanged."""
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}; use one of {', '.join(PARTS)}")
        before = getattr(self._doc, part)
        if self.read_only or _same(before, value):
            return False
        self.undo_stack.push(PartEdit(self, part, before, value, text))
        return True

    def open(self, path: str | Path, read_only: bool = False) -> None:
        """Load a file (``read_only`` for review); on any error nothing here changes (the
        caller shows the error)."""
        self.replace_document(load(path), Path(path), read_only=read_only)

    def replace_document(self, doc: Document, path: Path | None, read_only: bool = False,
                         unsaved: bool = False) -> None:
        """Another document takes this one's place, with an empty undo history; ``unsaved``
        marks it as not saved anywhere yet (a copy, a new model, recovered work)."""
        self._doc, self._path, self.read_only = doc, path, read_only
        self.undo_stack.clear()
        if unsaved:
            self.undo_stack.resetClean()
        self.replaced.emit()
        self.changed.emit()
        self.parts_changed.emit()
        self.file_changed.emit()

    def edit_copy(self) -> None:
        """Leave review: the same inputs become a new, unsaved, editable document."""
        self.replace_document(self._doc, None, read_only=False, unsaved=True)

    def save(self, path: str | Path | None = None) -> Path:
        """Write the document (atomically) to ``path`` or its own file, and mark it saved."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file to save to")
        self._doc = save(self._doc, target)
        self._path = target
        self.undo_stack.setClean()
        self.file_changed.emit()
        return target


def _same(a: Any, b: Any) -> bool:
    try:
        return type(a) is type(b) and bool(a == b)
    except (TypeError, ValueError):
        return False
