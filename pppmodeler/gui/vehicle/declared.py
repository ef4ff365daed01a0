"""Editors of declared fields that are not a property model's inputs: the vehicle's terms and
its Monte Carlo settings, generated from their declarations (:mod:`pppmodeler.vehicle.terms`)
as the property forms are (:mod:`..forms`, :mod:`..fields`).

A :class:`FieldEditor` edits one field of a section object that ``get()`` returns; an accepted
value becomes a new section object handed to ``put(new, label)`` (one undoable edit of the
vehicle); a rejected one stays in the editor with the reason beside it. Text is read in the
reader's convention (``10,5`` % in Spanish) and checked against the declaration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.specs import spec_of
from .. import fields as fx
from ..analysis.settings_form import choice_text
from ..document_state import same
from ..forms import field_grid, show_in

Getter = Callable[[], Any]
Putter = Callable[[Any, str], bool]


class FieldEditor:
    """The editor of field ``f`` of the section ``get()`` returns, with its unit and message.
    ``name`` names the editor (``capital.debt_rate``) so that tests and people find it."""

    def __init__(self, f: Any, get: Getter, put: Putter, lang: str, currency: Callable[[], str],
                 name: str):
        self.field, self.get, self.put, self.lang, self.currency = f, get, put, lang, currency
        self.spec = spec_of(f)
        self.label = QLabel(f.metadata[lang])
        self.label.setWordWrap(True)
        self.unit = QLabel(fx.field_unit(f, lang, currency()))
        self.unit.setObjectName("unit")
        self.message = QLabel("")
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.editor = self._editor()
        self.editor.setObjectName(name)
        self.label.setBuddy(self.editor)
        self.shown: Any = object()
        self.on_problem: Callable[[str], None] | None = None

    def _editor(self) -> QWidget:
        if self.spec.kind == "choice":
            box = QComboBox()
            for choice in self.spec.choices:
                box.addItem(choice_text(choice, self.lang), choice)
            box.activated.connect(lambda _i: self._commit(box.currentData()))
            return box
        if self.spec.kind == "boolean":
            tick = QCheckBox()
            tick.toggled.connect(self._commit)
            return tick
        line = QLineEdit()
        line.setToolTip(fx.hint(self.spec, self.lang, self.currency()))
        if self.spec.kind == "list":
            from ...i18n import tr
            line.setPlaceholderText(tr("gui.list_hint", self.lang))
        line.editingFinished.connect(lambda: self._commit(line.text(), typed=True))
        return line

    def _commit(self, value: Any, typed: bool = False) -> None:
        try:
            if typed:
                value = fx.read(value, self.spec, self.lang)
            value = fx.check_declared(self.spec, value, self.lang, self.currency())
        except fx.FieldProblem as problem:
            self.show_problem(str(problem))
            return
        self.show_problem("")
        section = self.get()
        if not self.put(replace(section, **{self.field.name: value}), self.field.metadata[
                self.lang]):
            self.refresh(force=True)

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)
        if self.on_problem is not None:
            self.on_problem(text)

    def refresh(self, force: bool = False) -> None:
        value = getattr(self.get(), self.field.name)
        if not force and same(value, self.shown):
            return
        self.shown = value
        self.show_problem("")
        self.unit.setText(fx.field_unit(self.field, self.lang, self.currency()))
        show_in(self.editor, value, self.spec, self.lang)


class DeclaredForm(QWidget):
    """One row per declared field of the section ``get()`` returns (``names`` picks some)."""

    def __init__(self, cls: type, get: Getter, put: Putter, lang: str,
                 currency: Callable[[], str], prefix: str, names: tuple | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, FieldEditor] = {}
        for f in fx.inputs_of(cls):
            if names is None or f.name in names:
                self.rows[f.name] = FieldEditor(f, get, put, lang, currency,
                                                f"{prefix}.{f.name}")
        grid = field_grid(list(self.rows.values()))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows.values():
            row.refresh()
