"""What every window's state has, whatever its document (a property's model, a vehicle): the
document, its file, the undo stack of its edits, whether it is saved, and another document
taking its place. :mod:`.state` and :mod:`.vehicle.state` add what their documents change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class Replace(QUndoCommand):
    """Put ``after`` in place with ``put``; undo puts ``before`` back."""

    def __init__(self, put: Callable[[Any], None], before: Any, after: Any, text: str):
        super().__init__(text)
        self._put, self._before, self._after = put, before, after

    def redo(self) -> None:
        self._put(self._after)

    def undo(self) -> None:
        self._put(self._before)


class DocumentState(QObject):
    """A document being edited. ``changed`` after every change of it (edit, undo, redo,
    open); ``replaced`` when another document takes its place; ``file_changed`` when the file
    or its saved/unsaved state changes. ``write(doc, path)`` saves a document and returns it
    as saved (with its metadata)."""

    changed = Signal()
    replaced = Signal()
    file_changed = Signal()

    def __init__(self, doc: Any, path: Path | None, write: Callable[[Any, Path], Any],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._doc, self._path, self._write = doc, path, write
        self.undo_stack = QUndoStack(self)
        # A method, not a lambda: Qt disconnects it when this object goes, while the stack
        # (its child) may still signal on the way out.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.file_changed.emit()

    @property
    def document(self) -> Any:
        return self._doc

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, put: Callable[[Any], None], before: Any, after: Any, text: str) -> None:
        """One undoable edit: ``after`` put in place of ``before`` with ``put``."""
        self.undo_stack.push(Replace(put, before, after, text))

    def replace_document(self, doc: Any, path: Path | None, unsaved: bool = False) -> None:
        """Another document takes this one's place, with an empty undo history; ``unsaved``
        marks it as not saved anywhere yet (a copy, a new document, recovered work)."""
        self._doc, self._path = doc, path
        self.undo_stack.clear()
        if unsaved:
            self.undo_stack.resetClean()
        self._announce_replaced()

    def _announce_replaced(self) -> None:
        self.replaced.emit()
        self.changed.emit()
        self.file_changed.emit()

    def save(self, path: str | Path | None = None) -> Path:
        """Write the document (atomically) to ``path`` or its own file, and mark it saved."""
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file to save to")
        self._doc = self._write(self._doc, target)
        self._path = target
        self.undo_stack.setClean()
        self.file_changed.emit()
        return target


def same(a: Any, b: Any) -> bool:
    """Whether ``b`` changes nothing of ``a``: the same object, or equal values of one type
    (values that cannot be compared differ)."""
    if a is b:
        return True
    try:
        return type(a) is type(b) and bool(a == b)
    except (TypeError, ValueError):
        return False
