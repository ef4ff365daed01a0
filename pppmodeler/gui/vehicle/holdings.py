"""The vehicle's properties as a table: who each is, whether it counts, and its metrics.

:class:`HoldingsModel` has one row per holding of the vehicle (excluded ones too, with no
metrics) and the columns of :func:`pppmodeler.vehicle.consolidation.holdings_frame`; the first
column's tick box includes or excludes the property (``toggled(position, included)``: the
window makes it an undoable edit). Numbers sort as numbers (a missing one last). Metrics come
from the last evaluation, matched to holdings by name (names are unique in a vehicle).
"""

from __future__ import annotations

import math
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...core.metrics import UNITS as METRIC_UNITS
from ...i18n import tr
from ...present import metric_text, number
from ...vehicle.consolidation import HOLDING_METRICS
from ...vehicle.terms import Vehicle

IDENTITY = ("code", "name", "kind", "comuna", "area_m2", "source")
METRICS = HOLDING_METRICS + ("district_npv_in_vehicle",)
COLUMNS = ("included",) + IDENTITY + METRICS
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
MISSING = -math.inf


def column_title(column: str, lang: str, currency: str) -> str:
    """The header of a column; money columns say their unit."""
    return tr(f"gui.vehicle.column.{column}", lang)


def column_tip(column: str, lang: str, currency: str) -> str:
    """The metric's full name and unit, for the header's tooltip and the map."""
    if column not in METRICS:
        return column_title(column, lang, currency)
    key = f"vehicle.column.{column}" if column == "district_npv_in_vehicle" else \
        f"metric.{column}"
    title = tr(key, lang)
    if METRIC_UNITS.get(column, "money") == "money":
        return f"{title} ({tr(f'unit.{currency}', lang)})"
    return title


def metric_cell(value: Any, column: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return metric_text(float(value), METRIC_UNITS.get(column, "money"), "ok", lang)


class HoldingsModel(QAbstractTableModel):
    toggled = Signal(int, bool)

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.vehicle: Vehicle = Vehicle()
        self.metrics: dict[str, dict] = {}

    def show(self, vehicle: Vehicle, metrics: dict[str, dict] | None = None) -> None:
        """The holdings of ``vehicle``; ``metrics`` by holding name (None: keep the last)."""
        self.beginResetModel()
        self.vehicle = vehicle
        if metrics is not None:
            self.metrics = metrics
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.vehicle.holdings)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        currency = self.vehicle.setup.currency_unit
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section], self.lang, currency)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return column_tip(COLUMNS[section], self.lang, currency)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] == "included":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def value(self, row: int, column: str) -> Any:
        holding = self.vehicle.holdings[row]
        if column in METRICS:
            found = self.metrics.get(holding.name) if holding.included else None
            return None if found is None else found.get(column)
        return getattr(holding, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column, row = COLUMNS[index.column()], index.row()
        value = self.value(row, column)
        if column == "included":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == SORT_ROLE:
                return int(bool(value))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, value)
        if role == SORT_ROLE:
            if column in METRICS or column == "area_m2":
                return MISSING if value is None or math.isnan(float(value)) else float(value)
            return str(value).lower()
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in METRICS
                                                          or column == "area_m2"):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == "source":
            holding = self.vehicle.holdings[row]
            return holding.file if holding.source == "file" else None
        return None

    def _text(self, row: int, column: str, value: Any) -> str:
        lang = self.lang
        if column in METRICS:
            holding = self.vehicle.holdings[row]
            return "" if not holding.included else metric_cell(value, column, lang)
        if column == "area_m2":
            return number(float(value), lang, 0)
        if column == "kind":
            return tr(f"choice.{value}", lang) if value else ""
        if column == "source":
            holding = self.vehicle.holdings[row]
            # the name is what tells files apart in a column; the tooltip has the whole path
            return tr(f"gui.vehicle.source.{value}", lang) + (
                f": {PurePath(holding.file).name}" if value == "file" else "")
        return str(value)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if COLUMNS[index.column()] != "included" or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(
            value, bool) else value
        self.toggled.emit(index.row(), bool(checked))
        return True


class HoldingsView(QTableView):
    """The sortable, filterable table of a :class:`HoldingsModel`; ``positions()`` are the
    selected holdings' positions in the vehicle."""

    def __init__(self, model: HoldingsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("vehicle.holdings")
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(22)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(118)
        header.setStretchLastSection(False)
        model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        """Identity columns as wide as their content (capped), metric headers wrapped."""
        for column in range(len(IDENTITY) + 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 280))

    def positions(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()}
        return sorted(rows)

    def select_position(self, position: int) -> None:
        index = self.proxy.mapFromSource(self.source.index(position, 1))
        self.selectRow(index.row())

    def row_of(self, position: int) -> int:
        """The row the table shows holding ``position`` in (after sorting and filtering)."""
        return self.proxy.mapFromSource(self.source.index(position, 0)).row()

    def filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)


__all__ = [
    "COLUMNS",
    "METRICS",
    "HoldingsModel",
    "HoldingsView",
    "column_tip",
    "column_title",
    "metric_cell",
]
