"""What both windows (the property editor and the vehicle) do the same way: ask to save, make
their menu actions."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStyle, QWidget

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


def make_action(window: QWidget, text: str, name: str, slot: Callable, shortcut=None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
    """A menu or toolbar action of ``window``, found by tests as ``name``."""
    act = QAction(text, window)
    act.setObjectName(name)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        act.setIcon(window.style().standardIcon(icon))
    act.triggered.connect(slot)
    return act
