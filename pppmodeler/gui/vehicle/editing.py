"""The vehicle window's commands on its properties: include or leave one out, remove, add from
model files (copied in or referenced) or from an inventory, and a new vehicle of an inventory's
properties (after the import's row report, :mod:`.inventory_dialog`). Every change of the
properties is one undoable edit of the window's state.

:class:`HoldingEdits` is a part of :class:`.window.VehicleWindow`; it uses the window's
``state``, ``lang``, ``holdings`` (the table) and ``montecarlo``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ...core.specs import unused_name
from ...fileformat import FileFormatError
from ...fileformat import load as load_model
from ...fileformat import vehiclefile as vf
from ...i18n import tr
from ...i18n.messages import in_language
from ...vehicle.terms import Holding, Vehicle
from ..files import MODEL_FILES

INVENTORY_FILTER = "CSV / Excel (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)"


class HoldingEdits:
    """The commands of the properties page and of the Edit menu, and File › New."""

    def set_included(self, position: int, included: bool) -> bool:
        holdings = list(self.state.vehicle.holdings)
        holding = holdings[position]
        holdings[position] = replace(holding, included=included)
        key = "gui.vehicle.include" if included else "gui.vehicle.exclude"
        return self.state.set_holdings(holdings, tr(key, self.lang, name=holding.name))

    def remove_selected(self) -> bool:
        """Remove the selected properties, after asking; one undoable edit."""
        positions = self.holdings.positions()
        if not positions:
            self.statusBar().showMessage(tr("gui.vehicle.select_first", self.lang), 5000)
            return False
        holdings = self.state.vehicle.holdings
        names = [holdings[i].name for i in positions]
        shown = "\n".join(f"• {n}" for n in names[:10]) + (
            "\n…" if len(names) > 10 else "")
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, tr("gui.vehicle.remove_title", self.lang),
                                      tr("gui.vehicle.remove_ask", self.lang, n=len(names),
                                         names=shown), yes | no, no)
        if answer != yes:
            return False
        kept = [h for i, h in enumerate(holdings) if i not in set(positions)]
        return self.state.set_holdings(kept, tr("gui.vehicle.removed", self.lang,
                                                n=len(names)))

    def add_holdings(self, new: list[Holding], text: str) -> bool:
        taken = {h.name for h in self.state.vehicle.holdings}
        named = []
        for h in new:
            name = unused_name(h.name, taken, " #")
            taken.add(name)
            named.append(replace(h, name=name))
        return self.state.set_holdings(list(self.state.vehicle.holdings) + named, text)

    def add_models(self, referenced: bool) -> bool:
        """Add properties from ``.pppm`` files, their models copied in or referenced."""
        start = str(self.state.folder or Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, tr("gui.vehicle.action.add_file" if
                                                         referenced else
                                                         "gui.vehicle.action.add_embedded",
                                                         self.lang), start,
                                                MODEL_FILES.file_filter)
        new, bad = [], []
        for path in paths:
            try:
                model = load_model(path).model
            except (FileFormatError, OSError) as exc:
                bad.append(f"{Path(path).name}: {in_language(exc, self.lang)}")
                continue
            new.append(self._holding_of(model, Path(path), referenced))
        if bad:
            QMessageBox.warning(self, tr("gui.bad_file_title", self.lang), "\n".join(bad))
        if not new:
            return False
        return self.add_holdings(new, tr("gui.vehicle.added", self.lang, n=len(new)))

    def _holding_of(self, model: Any, path: Path, referenced: bool) -> Holding:
        p = model.property
        holding = Holding(code=p.code, name=p.name or path.stem, kind=p.kind, comuna=p.comuna,
                          area_m2=float(p.area_m2))
        if not referenced:
            return replace(holding, model=model)
        # absolute while in memory; saving writes it relative to the vehicle's folder
        return replace(holding, source="file", file=str(path.absolute()))

    # ---------------------------------------------------------------------------- inventories

    def new_from_inventory(self) -> bool:
        """A new vehicle of the properties of an inventory, after its row report."""
        if not self.confirm_discard():
            return False
        imported = self._import_inventory(adding=False)
        if imported is None:
            return False
        records, name = imported
        vehicle, notes = self._vehicle_of(records, name)
        self.state.replace_document(vf.VehicleDocument(vehicle=vehicle), None, unsaved=True)
        if self.montecarlo is not None:
            self.montecarlo.result = None
        self.show_tab("holdings")
        self._say_notes(notes)
        return True

    def add_from_inventory(self) -> bool:
        records = self._import_inventory(adding=True)
        if records is None:
            return False
        vehicle, notes = self._vehicle_of(records[0], "")
        added = self.add_holdings(vehicle.holdings, tr("gui.vehicle.added", self.lang,
                                                       n=len(vehicle.holdings)))
        self._say_notes(notes)
        return added

    def _import_inventory(self, adding: bool) -> tuple[list, str] | None:
        """Ask for an inventory, import it and show its row report; the records and the
        name typed, or None when the person cancels or nothing could be read."""
        from ...vehicle.inventory import import_inventory
        from ...vehicle.sources import InventoryError
        from .inventory_dialog import ImportDialog

        start = str(self.state.folder or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("gui.vehicle.action.new_inventory",
                                                       self.lang), start, INVENTORY_FILTER)
        if not path:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_inventory(path)
        except (InventoryError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._bad_file(path, in_language(exc, self.lang))
            return None
        QApplication.restoreOverrideCursor()
        dialog = ImportDialog(result, self.lang, adding=adding, parent=self)
        self.import_dialog = dialog          # tests reach it while it is open
        dialog.name.setText(Path(path).stem)
        accepted = dialog.exec() == ImportDialog.DialogCode.Accepted
        self.import_dialog = None
        if not accepted or not result.records:
            return None
        return result.records, dialog.name.text().strip()

    def _vehicle_of(self, records: list, name: str) -> tuple[Vehicle, list[str]]:
        from ...vehicle.build import vehicle_from_records

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return vehicle_from_records(records, name=name)
        finally:
            QApplication.restoreOverrideCursor()

    def _say_notes(self, notes: list[str]) -> None:
        if notes:
            QMessageBox.information(self, tr("gui.vehicle.notes_title", self.lang),
                                    "\n".join(notes[:20]) + ("\n…" if len(notes) > 20 else ""))
