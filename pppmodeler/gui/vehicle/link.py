"""The vehicle and the property editor (the main window), side by side.

The main window's File › Vehicle menu opens the vehicle window (:func:`vehicle_menu`). From the
vehicle, one property's model opens in the main window's editor (:func:`open_holding`), after
the main window has asked about its own unsaved changes: an embedded model as an unsaved
document whose Save (Ctrl+S) — or "Back to the vehicle" — puts the edited model back into the
vehicle as one undoable edit; a referenced model as its own ``.pppm`` file, saved there as
usual, the vehicle evaluated again when the person comes back. Opening anything else in the
main window ends the link.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
)

from ...fileformat import Document, references
from ...i18n import tr
from .state import VehicleState
from .window import VehicleWindow

BANNER_STYLE = ("QFrame#holdingBanner { background: #e3f2fd; border: 1px solid #1565c0;"
                " border-radius: 4px; } QFrame#holdingBanner QLabel { color: #0d47a1;"
                " font-weight: bold; }")


def vehicle_window(main: Any, create: bool = True) -> VehicleWindow | None:
    """The main window's vehicle window (made on first use)."""
    if getattr(main, "vehicle_window", None) is None and create:
        main.vehicle_window = VehicleWindow(VehicleState(), main.lang, main=main, parent=main)
    return getattr(main, "vehicle_window", None)


def vehicle_menu(main: Any, files: QMenu) -> QMenu:
    """The File › Vehicle submenu of the main window."""
    lang = main.lang
    menu = files.addMenu(tr("gui.vehicle.menu", lang))
    menu.setObjectName("menu.vehicle")
    entries = (("show", lambda: show(main)), ("open", lambda: open_vehicle(main)),
               ("new_inventory", lambda: new_vehicle(main)))
    for key, slot in entries:
        act = menu.addAction(tr(f"gui.vehicle.main.{key}", lang))
        act.setObjectName(f"action.vehicle.{key}")
        act.triggered.connect(slot)
    return menu


def show(main: Any) -> VehicleWindow:
    window = vehicle_window(main)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_vehicle(main: Any) -> bool:
    return show(main).open_file()


def new_vehicle(main: Any) -> bool:
    return show(main).new_from_inventory()


class HoldingLink:
    """Holding ``name`` of ``window``'s vehicle, open in ``main``'s editor."""

    def __init__(self, main: Any, window: VehicleWindow, name: str, embedded: bool):
        self.main, self.window, self.name, self.embedded = main, window, name, embedded
        self.frame: QFrame | None = None

    def banner(self, lang: str) -> QFrame:
        """What the main window shows above its pages while the link lasts."""
        frame = QFrame()
        frame.setObjectName("holdingBanner")
        frame.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 4, 6, 4)
        vehicle = self.window.state.vehicle.name or tr("gui.vehicle.untitled", lang)
        key = "gui.vehicle.linked_embedded" if self.embedded else "gui.vehicle.linked_file"
        text = QLabel(tr(key, lang, name=self.name, vehicle=vehicle))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        back = QPushButton(tr("gui.vehicle.back", lang))
        back.setObjectName("holding.back")
        back.clicked.connect(self.back)
        row.addWidget(back)
        self.frame = frame
        return frame

    def title(self, lang: str) -> str:
        return tr("gui.vehicle.linked_title", lang, name=self.name,
                  vehicle=self.window.state.vehicle.name or tr("gui.vehicle.untitled", lang))

    def apply(self) -> bool:
        """Put the edited model back into the vehicle (one undoable edit)."""
        state, lang = self.window.state, self.window.lang
        holdings = list(state.vehicle.holdings)
        found = [i for i, h in enumerate(holdings) if h.name == self.name]
        if not found:
            QMessageBox.warning(self.main, tr("gui.vehicle.window", lang),
                                tr("gui.vehicle.gone", lang, name=self.name))
            return False
        i = found[0]
        holdings[i] = replace(holdings[i], model=self.main.state.model)
        state.set_holdings(holdings, tr("gui.vehicle.model_edited", lang, name=self.name))
        self.main.state.undo_stack.setClean()
        self.main.statusBar().showMessage(tr("gui.vehicle.applied", lang, name=self.name),
                                          5000)
        return True

    def back(self) -> bool:
        """Back to the vehicle: the edits go into it (or, for a file, the file is saved)."""
        main = self.main
        if main.state.dirty:
            if self.embedded:
                if not self.apply():
                    return False
            elif not main.confirm_discard():
                return False
        if not self.embedded:
            self.window.reevaluate()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.select_holding(self.name)
        return True

    def start(self) -> None:
        self.main.state.replaced.connect(self.end)

    def end(self) -> None:
        """Another document in the main window: the link is over."""
        try:
            self.main.state.replaced.disconnect(self.end)
        except (RuntimeError, TypeError):
            pass
        if self.main.holding_link is self:
            self.main.holding_link = None
        if self.frame is not None:
            self.frame.hide()
            self.frame.deleteLater()
            self.frame = None
        self.main._title()


def open_holding(main: Any, window: VehicleWindow, position: int) -> bool:
    """Open holding ``position`` of ``window``'s vehicle in ``main``'s editor."""
    holding = window.state.vehicle.holdings[position]
    embedded = holding.source == "embedded"
    path = Path(references.located(holding.file, window.state.folder))
    if not embedded and not path.is_file():  # in the vehicle's words, before asking anything
        QMessageBox.warning(window, tr("gui.bad_file_title", window.lang),
                            f"{holding.name}: " + tr("vehiclefile.missing", window.lang,
                                                     path=str(path)))
        return False
    if not main.confirm_discard():
        return False
    old = getattr(main, "holding_link", None)
    if old is not None:
        old.end()
    link = HoldingLink(main, window, holding.name, embedded)
    main.holding_link = link
    if embedded:
        main.state.replace_document(Document(model=holding.model), None)
    elif not main.open_path(path):
        main.holding_link = None
        return False
    link.start()
    main.show()
    main.raise_()
    main.activateWindow()
    return True
