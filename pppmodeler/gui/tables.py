"""An editable table for a list of lines (revenues, costs, CAPEX): one row per line, one column
per declared field, generated from the line's declarations like the section forms.

A cell takes the same text as a form field (``0,105``, ``10 %``, ``0,6; 0,75``) and is checked
the same way; a rejected value leaves the model unchanged and the message appears under the
table, naming the line and the field. Choices are picked from a list, true/false is a tick box.
"""

from __future__ import annotations

import textwrap
from typing import Any
from dataclasses import fields, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout,
                               QWidget)

from ..core import paths
from ..core.specs import spec_of
from ..i18n import tr
from . import fields as fx
from .state import ModelState

PROBLEM = QColor("#fde2e1")
HEADER_WIDTH = 22       # characters on one line of a column header


# (column, line kind) whose value is a fraction although the column holds amounts too.
PERCENT_VALUES = {("value", "percent_of_revenue"), ("base_value", "percent_of_line")}


class LinesModel(QAbstractTableModel):
    """The lines of ``state.model.<name>`` as a table; edits go to the state."""

    problem = Signal(str)

    def __init__(self, state: ModelState, name: str, lang: str, parent=None):
        super().__init__(parent)
        self.state, self.name, self.lang = state, name, lang
        model_field = next(f for f in fields(type(state.model)) if f.name == name)
        self.line_cls = model_field.metadata["line"]
        self.columns = fx.inputs_of(self.line_cls)
        self.specs = [spec_of(f) for f in self.columns]
        self.bad: set[tuple[int, int]] = set()
        self._rows = len(self.lines)
        state.changed.connect(self._reset)

    def _reset(self) -> None:
        """Lines added or removed: a reset; values changed: every cell redrawn in place (the
        current cell and an open editor stay)."""
        self.bad.clear()
        if len(self.lines) != self._rows:
            self.beginResetModel()
            self._rows = len(self.lines)
            self.endResetModel()
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._rows - 1, len(self.columns) - 1))

    @property
    def lines(self) -> list:
        return getattr(self.state.model, self.name)

    def path(self, row: int, col: int) -> str:
        return f"{self.name}[{row}].{self.columns[col].name}"

    def spec(self, row: int, col: int) -> Any:
        """How a cell is read and shown: its column's declaration, except the value of a
        percentage line (a cost in % of revenue, a revenue in % of another line), a fraction
        written as a percentage like every other one ("5" is 5 %, not 500 %)."""
        spec = self.specs[col]
        kind = getattr(self.lines[row], "kind", "")
        if (self.columns[col].name, kind) in PERCENT_VALUES:
            return replace(spec, unit="fraction")
        return spec

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.state.read_only:
            return base
        if self.specs[index.column()].kind == "boolean":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        spec = self.spec(index.row(), index.column())
        value = getattr(self.lines[index.row()], self.columns[index.column()].name)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "boolean":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if spec.kind == "boolean":
                return None
            if role == Qt.ItemDataRole.EditRole and spec.kind == "choice":
                return value
            return fx.shown(value, spec, self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind in ("number", "integer"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), index.column()) in self.bad:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.column())
        return None

    def _tooltip(self, col: int) -> str:
        f, spec = self.columns[col], self.specs[col]
        currency = self.state.model.property.currency_unit
        parts = [f.metadata[self.lang], fx.field_unit(f, self.lang, currency),
                 fx.hint(spec, self.lang, currency)]
        return " — ".join(p for p in parts if p)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        f = self.columns[section]
        unit = fx.field_unit(f, self.lang, self.state.model.property.currency_unit)
        return header_text(f.metadata[self.lang], unit)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        row, col = index.row(), index.column()
        path, spec = self.path(row, col), self.spec(row, col)
        try:
            if role == Qt.ItemDataRole.CheckStateRole:
                value = Qt.CheckState(value) == Qt.CheckState.Checked
            elif spec.kind not in ("choice",):
                value = fx.read(str(value), spec, self.lang)
            value = fx.check(self.state.model, path, value, self.lang)
        except fx.FieldProblem as problem:
            self.bad.add((row, col))
            self.dataChanged.emit(index, index)
            line = paths.label(f"{self.name}[{row}]", self.lang, self.state.model)
            self.problem.emit(tr("gui.cell_problem", self.lang, line=line,
                                 field=self.columns[col].metadata[self.lang],
                                 problem=str(problem)))
            return False
        self.problem.emit("")
        label = paths.label(path, self.lang, self.state.model)
        if not self.state.edit(path, value, tr("gui.edit", self.lang, what=label)):
            self.bad.discard((row, col))
            self.dataChanged.emit(index, index)
        return True


def header_text(name: str, unit: str, width: int = HEADER_WIDTH) -> str:
    """A column's header: its name on at most two lines (cut with "…"), its unit whole on
    the line below, so that the unit is never the part cut off; the full text is the
    header's tooltip."""
    lines = textwrap.wrap(name, width) or [""]
    if len(lines) > 2:
        second = textwrap.shorten(" ".join(lines[1:]), width, placeholder="")
        lines = [lines[0], (second or lines[1][:width - 1]).rstrip(" ,;(") + "…"]
    if unit:
        lines += textwrap.wrap(f"({unit})", width)
    return "\n".join(lines)


class ChoiceDelegate(QStyledItemDelegate):
    """A list of choices as the editor of choice columns; the default editor elsewhere."""

    def __init__(self, model: LinesModel, parent=None):
        super().__init__(parent)
        self.lines_model = model

    def createEditor(self, parent, option, index):
        spec = self.lines_model.specs[index.column()]
        if spec.kind != "choice":
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for choice in spec.choices:
            box.addItem(fx.choice_text(choice, self.lines_model.lang), choice)
        return box

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class LinesTable(QWidget):
    """The table of one list of lines, with buttons to add and remove lines."""

    def __init__(self, state: ModelState, name: str, lang: str, parent=None):
        super().__init__(parent)
        self.state, self.name, self.lang = state, name, lang
        self.model = LinesModel(state, name, lang, self)
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.message = QLabel("")
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.model.problem.connect(self._problem)
        add = QPushButton(tr("gui.add_line", lang))
        add.setObjectName(f"{name}.add")
        add.clicked.connect(self.add_line)
        remove = QPushButton(tr("gui.remove_line", lang))
        remove.setObjectName(f"{name}.remove")
        remove.clicked.connect(self.remove_line)
        hint = QLabel(tr("gui.table_hint", lang))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        if state.read_only:
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            add.setEnabled(False)
            remove.setEnabled(False)
            hint.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(hint)
        box.addWidget(self.view, 1)
        box.addWidget(self.message)
        box.addLayout(buttons)
        self.fit_columns()
        self.model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            width = self.view.columnWidth(col)
            self.view.setColumnWidth(col, max(90, min(width + 12, 260)))

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def add_line(self) -> None:
        lines = self.model.lines
        taken = {line.name for line in lines}
        n = len(lines) + 1
        while tr("gui.new_line", self.lang, n=n) in taken:
            n += 1
        new = self.model.line_cls(name=tr("gui.new_line", self.lang, n=n))
        model = replace(self.state.model, **{self.name: [*lines, new]})
        self.state.change(model, tr("gui.added_line", self.lang, name=new.name))

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not rows:
            index = self.view.currentIndex()
            rows = [index.row()] if index.isValid() else []
        if not rows:
            return
        lines = self.model.lines
        kept = [line for i, line in enumerate(lines) if i not in rows]
        names = ", ".join(lines[i].name for i in rows)
        model = replace(self.state.model, **{self.name: kept})
        self.state.change(model, tr("gui.removed_line", self.lang, name=names))
