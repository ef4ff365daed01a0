"""A form for one section of the inputs, generated from its declarations.

One row per declared field: its label, an editor chosen by the field's kind (text box, list of
choices, tick box), its unit, and the message saying what is wrong with what was typed, beside
the field. Each editor is named after its input path (``financing.rate``) so that it can be
found, and commits on Enter or on leaving the field; the model changes only with a valid value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QLabel, QLineEdit,
                               QSizePolicy, QVBoxLayout, QWidget)

from ..core import paths
from ..core.specs import spec_of
from ..i18n import tr
from . import fields as fx
from .document_state import same
from .state import ModelState

EDITOR_WIDTH = 220
TEXT_WIDTH = 380


class FieldRow:
    """The widgets of one input: label, editor, unit, message."""

    def __init__(self, form: SectionForm, f: Any, path: str):
        self.form, self.field, self.path = form, f, path
        self.spec = spec_of(f)
        lang, currency = form.lang, form.state.model.property.currency_unit
        self.label = QLabel(f.metadata[lang])
        self.label.setWordWrap(True)
        self.label.setToolTip(path)
        self.unit = QLabel(fx.field_unit(f, lang, currency))
        self.unit.setObjectName("unit")
        self.message = QLabel("")
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.editor = self._editor(lang, currency)
        self.editor.setObjectName(path)
        if form.state.read_only:
            if isinstance(self.editor, QLineEdit):
                self.editor.setReadOnly(True)
            else:
                self.editor.setEnabled(False)
        self.label.setBuddy(self.editor)
        self.shown: Any = object()

    def _editor(self, lang: str, currency: str) -> QWidget:
        if self.spec.kind == "choice":
            box = QComboBox()
            for choice in self.spec.choices:
                box.addItem(fx.choice_text(choice, lang), choice)
            box.activated.connect(lambda _i: self._commit(box.currentData()))
            return box
        if self.spec.kind == "boolean":
            tick = QCheckBox()
            tick.toggled.connect(self._commit)
            return tick
        line = QLineEdit()
        line.setToolTip(fx.hint(self.spec, lang, currency))
        if self.spec.kind == "list":
            line.setPlaceholderText(tr("gui.list_hint", lang))
        line.editingFinished.connect(lambda: self._typed(line.text()))
        return line

    def _typed(self, text: str) -> None:
        state, lang = self.form.state, self.form.lang
        try:
            value = fx.parse(state.model, self.path, text, lang)
        except fx.FieldProblem as problem:
            self.show_problem(str(problem))
            return
        self.show_problem("")
        self._commit(value, checked=True)

    def _commit(self, value: Any, checked: bool = False) -> None:
        state = self.form.state
        if not checked:
            try:
                value = fx.check(state.model, self.path, value, self.form.lang)
            except fx.FieldProblem as problem:
                self.show_problem(str(problem))
                return
        label = paths.label(self.path, self.form.lang, state.model)
        if not state.edit(self.path, value, tr("gui.edit", self.form.lang, what=label)):
            self.refresh(force=True)   # unchanged: show it in its canonical form again

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def refresh(self, force: bool = False) -> None:
        """Show the model's value, unless it is what the editor already shows (so that a
        rejected text and its message stay until the person fixes them or the value changes)."""
        value = paths.get(self.form.state.model, self.path)
        if not force and same(value, self.shown):
            return
        self.shown = value
        self.show_problem("")
        show_in(self.editor, value, self.spec, self.form.lang)


def show_in(editor: QWidget, value: Any, spec: Any, lang: str) -> None:
    """``value`` in a declared field's editor (a choice, a check box or a text), without the
    editor announcing it as an edit."""
    editor.blockSignals(True)
    try:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setText(fx.shown(value, spec, lang))
            editor.setCursorPosition(0)
    finally:
        editor.blockSignals(False)


def field_grid(rows: list) -> QGridLayout:
    """Declared fields one per line: label, editor, unit and the message about the value."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(6)
    for r, row in enumerate(rows):
        row.label.setMinimumWidth(260)
        row.label.setMaximumWidth(360)
        row.editor.setFixedWidth(TEXT_WIDTH if row.spec.kind == "text" else EDITOR_WIDTH)
        for column, widget in enumerate((row.label, row.editor, row.unit, row.message)):
            grid.addWidget(widget, r, column, Qt.AlignmentFlag.AlignVCenter)
    grid.setColumnStretch(3, 1)
    grid.setColumnMinimumWidth(2, 120)
    return grid


class SectionForm(QWidget):
    """The form of one section (``financing``) of the model, subscribed to the state."""

    def __init__(self, state: ModelState, section: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.section, self.lang = state, section, lang
        cls = type(getattr(state.model, section))
        self.rows: dict[str, FieldRow] = {}
        for f in fx.inputs_of(cls):
            row = FieldRow(self, f, f"{section}.{f.name}")
            self.rows[row.path] = row
        grid = field_grid(list(self.rows.values()))
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows.values():
            row.refresh()


def label(text: str, name: str, wrap: bool = False) -> QLabel:
    """A label styled by its object name (``pageTitle``, ``heading``, ``hint``)."""
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def page_header(box: QVBoxLayout, key: str, lang: str, about: bool = True) -> None:
    """A page's title (``gui.page.<key>``) and what the page is for (``gui.about.<key>``)."""
    box.addWidget(label(tr(f"gui.page.{key}", lang), "pageTitle"))
    if about:
        box.addWidget(label(tr(f"gui.about.{key}", lang), "hint", wrap=True))


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
