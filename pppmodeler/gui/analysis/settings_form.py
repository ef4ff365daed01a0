"""Editors of the analyses' settings, generated from their declarations
(:mod:`pppmodeler.analysis.settings`) like the forms of the inputs.

:class:`SettingsForm` edits the plain fields of one section (``montecarlo``: iterations, seed,
sampling) and :class:`SettingsTable` one of its lists of lines (``montecarlo.distributions``).
A field naming an input is a picker of the model's numeric inputs, a metric a list of metrics,
a choice a list of choices; numbers are typed as in the forms and checked against the
declaration. Every accepted change is one undoable edit of ``document.analyses``.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...analysis.settings import METRICS
from ...core import paths
from ...core.specs import is_lines, spec_of
from ...i18n import tr
from .. import fields as fx
from ..forms import label
from ..state import ModelState
from .pane import InputPicker, MetricBox, button


def choice_text(choice: str, lang: str) -> str:
    try:
        return tr(f"gui.analysis.choice.{choice}", lang)
    except KeyError:
        return fx.choice_text(choice, lang)


def is_path(f: Any) -> bool:
    return bool(f.metadata.get("input_path"))


def with_setting(analyses: Any, part: str, **values: Any) -> Any:
    """``analyses`` with fields of section ``part`` replaced."""
    return replace(analyses, **{part: replace(getattr(analyses, part), **values)})


def commit_setting(state: ModelState, part: str, name: str, value: Any, label: str,
                   lang: str) -> bool:
    analyses = with_setting(state.document.analyses, part, **{name: value})
    return state.set_part("analyses", analyses, tr("gui.edit", lang, what=label))


def value_editor(state: ModelState, f: Any, lang: str, name: str) -> QWidget:
    """The editor of a declared setting: an input picker, a metric list, a choice list or a
    line of text."""
    spec = spec_of(f)
    if is_path(f):
        return InputPicker(state.model, lang, name,
                           allow_none=tr("gui.analysis.choose_input", lang))
    if spec.kind == "choice" and tuple(spec.choices) == METRICS:
        return MetricBox(lang, name=name)
    if spec.kind == "choice":
        box = QComboBox()
        box.setObjectName(name)
        for choice in spec.choices:
            box.addItem(choice_text(choice, lang), choice)
        return box
    line = QLineEdit()
    line.setObjectName(name)
    if spec.kind == "list":
        line.setPlaceholderText(tr("gui.list_hint", lang))
    line.setToolTip(fx.hint(spec, lang, state.model.property.currency_unit))
    return line


def show_value(editor: QWidget, f: Any, value: Any, model: Any, lang: str) -> None:
    editor.blockSignals(True)
    try:
        if isinstance(editor, InputPicker):
            editor.set_path(value, model)
        elif isinstance(editor, MetricBox):
            editor.set_metric(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(fx.shown(value, spec_of(f), lang))
            editor.setCursorPosition(0)
    finally:
        editor.blockSignals(False)


def read_value(editor: QWidget, f: Any, lang: str, currency: str) -> Any:
    """What the editor holds, checked; :class:`fields.FieldProblem` when it cannot be taken."""
    if isinstance(editor, InputPicker):
        return editor.path()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    spec = spec_of(f)
    return fx.check_declared(spec, fx.read(editor.text(), spec, lang), lang, currency)


def on_commit(editor: QWidget, slot) -> None:
    if isinstance(editor, QComboBox):
        editor.activated.connect(lambda _i: slot())
    else:
        editor.editingFinished.connect(slot)


class SettingsForm(QWidget):
    """The plain fields ``names`` (all when None) of section ``part`` of the analyses."""

    def __init__(self, state: ModelState, part: str, lang: str, names: tuple | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.part, self.lang = state, part, lang
        cls = type(getattr(state.document.analyses, part))
        chosen = [f for f in fields(cls) if not is_lines(f)
                  and (names is None or f.name in names)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        self.editors: dict[str, QWidget] = {}
        self.message = label("", "fieldMessage", wrap=True)
        for r, f in enumerate(chosen):
            editor = value_editor(state, f, lang, f"{part}.{f.name}")
            if not isinstance(editor, InputPicker):
                editor.setMinimumWidth(160)
            if state.read_only:
                editor.setEnabled(False)
            title = QLabel(f.metadata[lang])
            title.setBuddy(editor)
            unit = QLabel(fx.field_unit(f, lang, state.model.property.currency_unit))
            unit.setObjectName("unit")
            grid.addWidget(title, r, 0)
            grid.addWidget(editor, r, 1)
            grid.addWidget(unit, r, 2)
            on_commit(editor, lambda f=f, e=editor: self._commit(f, e))
            self.editors[f.name] = editor
        grid.addWidget(self.message, len(chosen), 0, 1, 3)
        grid.setColumnStretch(3, 1)
        self._fields = {f.name: f for f in chosen}
        state.parts_changed.connect(self.refresh)
        state.changed.connect(self.refresh)
        self.refresh()

    def section(self) -> Any:
        return getattr(self.state.document.analyses, self.part)

    def _commit(self, f: Any, editor: QWidget) -> None:
        try:
            value = read_value(editor, f, self.lang, self.state.model.property.currency_unit)
        except fx.FieldProblem as problem:
            self.message.setText(f"{f.metadata[self.lang]}: {problem}")
            return
        self.message.setText("")
        if not commit_setting(self.state, self.part, f.name, value, f.metadata[self.lang],
                              self.lang):
            self.refresh()

    def refresh(self) -> None:
        section = self.section()
        for name, editor in self.editors.items():
            if isinstance(editor, InputPicker):
                editor.fill(self.state.model)
            show_value(editor, self._fields[name], getattr(section, name), self.state.model,
                       self.lang)


class SettingsTable(QWidget):
    """The lines ``part.name`` of the analyses (``montecarlo.distributions``) as a table:
    one row per line, one column per declared field, and the base value of the line's input
    beside it when the line names one."""

    def __init__(self, state: ModelState, part: str, name: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.part, self.name, self.lang = state, part, name, lang
        cls = type(getattr(state.document.analyses, part))
        owner = next(f for f in fields(cls) if f.name == name)
        self.line_cls = owner.metadata["line"]
        self.columns = fx.inputs_of(self.line_cls)
        self.path_column = next((c for c, f in enumerate(self.columns) if is_path(f)), None)
        self.table = QTableWidget()
        self.table.setObjectName(f"{part}.{name}")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(26)
        headers = [f.metadata[lang] for f in self.columns]
        if self.path_column is not None:
            headers.append(tr("gui.analysis.base_value", lang))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._typed)
        self.message = label("", "fieldMessage", wrap=True)
        add = button(tr("gui.add_line", lang), f"{part}.{name}.add", self.add_line)
        remove = button(tr("gui.remove_line", lang), f"{part}.{name}.remove",
                        self.remove_line)
        add.setEnabled(not state.read_only)
        remove.setEnabled(not state.read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(self.message, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        state.parts_changed.connect(self.refresh)
        state.changed.connect(self.refresh)
        self.refresh()

    @property
    def lines(self) -> list:
        return getattr(getattr(self.state.document.analyses, self.part), self.name)

    def _set_lines(self, lines: list, text: str) -> None:
        analyses = with_setting(self.state.document.analyses, self.part, **{self.name: lines})
        if not self.state.set_part("analyses", analyses, text):
            self.refresh()

    def refresh(self) -> None:
        table = self.table
        table.blockSignals(True)
        try:
            table.setRowCount(len(self.lines))
            for r, line in enumerate(self.lines):
                for c, f in enumerate(self.columns):
                    self._cell(r, c, f, getattr(line, f.name))
                if self.path_column is not None:
                    item = QTableWidgetItem(self._base_text(getattr(
                        line, self.columns[self.path_column].name)))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(r, len(self.columns), item)
        finally:
            table.blockSignals(False)

    def _base_text(self, path: str) -> str:
        try:
            value = paths.get(self.state.model, path)
            return fx.shown(value, paths.spec_at(paths.canonical(self.state.model, path)),
                            self.lang)
        except (paths.PathError, ValueError):
            return ""

    def _cell(self, r: int, c: int, f: Any, value: Any) -> None:
        spec = spec_of(f)
        if is_path(f) or spec.kind == "choice":
            editor = self.table.cellWidget(r, c)
            if editor is None:
                editor = value_editor(self.state, f, self.lang,
                                      f"{self.part}.{self.name}[{r}].{f.name}")
                editor.setEnabled(not self.state.read_only)
                on_commit(editor, lambda row=r, f=f, e=editor: self._picked(row, f, e))
                self.table.setCellWidget(r, c, editor)
            elif isinstance(editor, InputPicker):
                editor.fill(self.state.model)
            show_value(editor, f, value, self.state.model, self.lang)
            return
        item = QTableWidgetItem(fx.shown(value, spec, self.lang))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.state.read_only:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(r, c, item)

    def _picked(self, r: int, f: Any, editor: QWidget) -> None:
        self._change(r, f, read_value(editor, f, self.lang, ""))

    def _typed(self, item: QTableWidgetItem) -> None:
        r, c = item.row(), item.column()
        if c >= len(self.columns):
            return
        f = self.columns[c]
        try:
            value = read_value(_Text(item.text()), f, self.lang,
                               self.state.model.property.currency_unit)
        except fx.FieldProblem as problem:
            self.message.setText(tr("gui.analysis.row_problem", self.lang, n=r + 1,
                                    field=f.metadata[self.lang], problem=str(problem)))
            return
        self._change(r, f, value)

    def _change(self, r: int, f: Any, value: Any) -> None:
        self.message.setText("")
        lines = list(self.lines)
        if r >= len(lines):
            return
        lines[r] = replace(lines[r], **{f.name: value})
        self._set_lines(lines, tr("gui.edit", self.lang, what=f.metadata[self.lang]))

    def add_line(self) -> None:
        new = self.line_cls()
        self._set_lines([*self.lines, new], tr("gui.analysis.line_added", self.lang))

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        if not rows:
            return
        kept = [line for i, line in enumerate(self.lines) if i not in rows]
        self._set_lines(kept, tr("gui.analysis.line_removed", self.lang))


class _Text:
    """A stand-in editor holding typed text (a table cell's)."""

    def __init__(self, text: str):
        self._text = text

    def text(self) -> str:
        return self._text
