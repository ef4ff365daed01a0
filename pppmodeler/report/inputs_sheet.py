"""Supuestos / Inputs: every input of the model in one place, labelled, with its unit.

Each scalar input is a defined name (``in_financing_rate``, ``in_revenues_1_base_value``:
the input's path with lines counted from 1), each list a named range across its cells
(``in_macro_cpi``); the calculation sheets read the inputs only through these names. The
constants the formulas need (months per year, tolerances) are named here too, so no formula
hard-codes a number.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields

import numpy as np
from openpyxl.utils import get_column_letter

from ..core import specs
from ..core.inputs import Model
from ..i18n import CATALOGUE
from .book import Book
from .expr import quote_sheet, serial
from .text import put_text
from .words import Words
from .writer import setup_print

COL_LABEL, COL_PATH, COL_UNIT, COL_VALUE = 1, 2, 3, 4
FIRST_ROW = 4

# name -> (value, catalogue key of its label, unit key, format)
CONSTANTS = {
    "MonthsPerYear": (12.0, "const.months_per_year", "unit.months", "integer"),
    "DaysPerYear": (365.0, "const.days_per_year", "unit.days", "integer"),
    "Tolerance": (1e-9, "const.tolerance", "", "general"),
    "PaybackTolerance": (1e-12, "const.payback_tolerance", "", "general"),
    "CheckTolerance": (1e-6, "const.check_tolerance", "", "general"),
}


def input_name(path: str) -> str:
    """The defined name of an input: ``revenues[0].base_value`` -> ``in_revenues_1_base_value``."""
    name = re.sub(r"\[(\d+)\]", lambda m: f"_{int(m.group(1)) + 1}", path)
    return "in_" + name.replace(".", "_")


@dataclass
class Entry:
    row: int
    kind: str            # heading | subheading | input | list | constant
    label: str
    path: str = ""
    unit: str = ""
    value: object = None
    fmt: str = "number"
    name: str = ""


def unit_and_format(spec: specs.Spec, words: Words, currency: str) -> tuple[str, str]:
    unit = spec.unit
    if spec.kind == "choice" and all(_is_number(c) for c in spec.choices):
        return "#", "integer"
    if spec.kind in ("choice", "text"):
        return "", "text"
    if spec.kind == "boolean":
        return words("unit.bool"), "bool"
    if spec.kind == "date":
        return words("unit.date"), "date"
    if unit == "fraction":
        return "%", "rate_input"
    if unit == "currency":
        return currency, "general"
    known = {"m²": "m²", "months": words("unit.months"), "years": words("unit.years"),
             "days": words("unit.days"), "units": words("unit.units"), "x": "x"}
    return known.get(unit, unit), "integer" if spec.kind == "integer" else "general"


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _cell_value(spec: specs.Spec, value):
    if _is_number(value):          # numbers, including numeric choices (periods per year)
        return float(value)
    if spec.kind == "date":
        return datetime.date.fromisoformat(str(value))
    if spec.kind == "boolean":
        return bool(value)
    if spec.kind in ("number", "integer"):
        return float(value)
    return value


def _book_value(spec: specs.Spec, value):
    if _is_number(value):
        return float(value)
    if spec.kind == "date":
        return serial(datetime.date.fromisoformat(str(value)))
    if spec.kind == "boolean":
        return 1.0 if value else 0.0
    if spec.kind in ("number", "integer"):
        return float(value)
    return str(value)


class InputsPlan:
    """The rows of the Supuestos sheet, registered as defined names in the book."""

    def __init__(self, model: Model, words: Words, book: Book, title: str, currency: str):
        self.words, self.book, self.title, self.currency = words, book, title, currency
        self.entries: list[Entry] = []
        self.row = FIRST_ROW
        self.widest_list = 1
        self._walk(model, "", words.lang)
        self._constants()

    def _add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.row += 1

    def _walk(self, obj, prefix: str, lang: str) -> None:
        for f in fields(obj):
            path = f"{prefix}.{f.name}" if prefix else f.name
            value = getattr(obj, f.name)
            if specs.is_section(f):
                self._add(Entry(self.row, "heading", f.metadata[lang]))
                self._walk(value, path, lang)
            elif specs.is_lines(f):
                self._add(Entry(self.row, "heading", f.metadata[lang]))
                for i, line in enumerate(value):
                    name = line.name or f"{self.words('word.line')} {i + 1}"
                    self._add(Entry(self.row, "subheading", name))
                    self._walk(line, f"{path}[{i}]", lang)
            else:
                self._field(f, path, value, lang)

    def _field(self, f, path: str, value, lang: str) -> None:
        spec = specs.spec_of(f)
        label = f.metadata[lang]
        name = input_name(path)
        if spec.kind == "list":
            unit, fmt = unit_and_format(spec.element, self.words, self.currency)
            values = [float(v) for v in value]
            entry = Entry(self.row, "list", label, path, unit, values, fmt, name if values else "")
            if values:
                first = get_column_letter(COL_VALUE)
                last = get_column_letter(COL_VALUE + len(values) - 1)
                self.book.add_input(name, f"{quote_sheet(self.title)}!${first}${self.row}:"
                                          f"${last}${self.row}", np.asarray(values))
                self.widest_list = max(self.widest_list, len(values))
            self._add(entry)
            return
        unit, fmt = unit_and_format(spec, self.words, self.currency)
        entry = Entry(self.row, "input", label, path, unit, _cell_value(spec, value), fmt, name)
        self.book.add_input(name, f"{quote_sheet(self.title)}!${get_column_letter(COL_VALUE)}"
                                  f"${self.row}", _book_value(spec, value))
        self._add(entry)

    def _constants(self) -> None:
        self._add(Entry(self.row, "heading", self.words("heading.constants")))
        for name, (value, label, unit, fmt) in CONSTANTS.items():
            self.book.add_input(name, f"{quote_sheet(self.title)}!${get_column_letter(COL_VALUE)}"
                                      f"${self.row}", value)
            self._add(Entry(self.row, "constant", self.words(label), "",
                            self.words(unit) if unit else "", value, fmt, name))


def choice_text(value, words: Words) -> str:
    """The translated label of a choice's code (``bic`` -> Bien de Interés Cultural), or ""."""
    key = f"choice.{value}"
    return words(key) if isinstance(value, str) and key in CATALOGUE else ""


def write_inputs(ws, plan: InputsPlan, styles, words: Words, subtitle: str) -> None:
    put_text(ws.cell(1, 1), words("sheet.inputs.heading"), styles("title"))
    put_text(ws.cell(2, 1), subtitle, styles("subtitle"))
    for col, key in ((COL_LABEL, "col.input"), (COL_PATH, "col.path"), (COL_UNIT, "col.unit"),
                     (COL_VALUE, "col.value")):
        put_text(ws.cell(3, col), words(key), styles("header"))
    for extra in range(1, plan.widest_list):
        ws.cell(3, COL_VALUE + extra).style = styles("header")
    for e in plan.entries:
        if e.kind in ("heading", "subheading"):
            role = "section" if e.kind == "heading" else "subsection"
            put_text(ws.cell(e.row, COL_LABEL), e.label, styles(role))
            for col in range(COL_PATH, COL_VALUE + plan.widest_list):
                ws.cell(e.row, col).style = styles(role)
            continue
        put_text(ws.cell(e.row, COL_LABEL), e.label, styles("label"))
        if e.path:
            put_text(ws.cell(e.row, COL_PATH), e.path, styles("path"))
        if e.unit:
            put_text(ws.cell(e.row, COL_UNIT), e.unit, styles("unit"))
        values = e.value if e.kind == "list" else [e.value]
        for j, v in enumerate(values):
            cell = ws.cell(e.row, COL_VALUE + j)
            if isinstance(v, str):
                put_text(cell, v, styles("input", "text"))
            else:
                cell.value = v
                cell.style = styles("input", e.fmt)
        shown = choice_text(e.value, words)
        if shown:    # a choice's code (what formulas and --set use), then what it means
            put_text(ws.cell(e.row, COL_VALUE + 1), shown, styles("unit"))
    widths = styles.spec["column_widths"]
    ws.column_dimensions["A"].width = widths["label"] + 6
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = widths["unit"]
    for j in range(plan.widest_list):
        ws.column_dimensions[get_column_letter(COL_VALUE + j)].width = 24 if j == 0 else 13
    ws.freeze_panes = ws.cell(FIRST_ROW, COL_VALUE)
    setup_print(ws, styles.spec["print"], 1, "1:3", None)
