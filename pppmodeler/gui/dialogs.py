"""Questions the windows ask the same way."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from ..i18n import tr


def confirm_discard(parent: QWidget, dirty: bool, question: str, save: Callable[[], bool],
                    lang: str) -> bool:
    """True when nothing is unsaved, or the person saves (``save()`` succeeds) or discards
    it; False when they cancel or the save fails."""
    if not dirty:
        return True
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = QMessageBox.question(parent, tr("gui.unsaved_title", lang), question, buttons,
                                  QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard
