"""The plan of the workbook: sheets of rows, their places, their values and their checks.

A sheet is planned as a list of items (headings, notes, :class:`Row` and :class:`Scalar`),
then placed (:meth:`Book.place`) so that every key has a worksheet row, then evaluated: each
row's value is its expression evaluated with numpy (``expr.py``), or, for a row that mirrors
a line of the engine, the engine's own numbers (``known``). For such a row the expression is
still evaluated, from the values of the rows it reads, and must give the engine's numbers
(:meth:`Book.verify`): a formula that would disagree with the engine stops the export instead
of reaching a reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .expr import Expr, FormulaError, Where, as_column

# Columns of every calculation sheet: label, unit, total (or a scalar's value), a blank
# spacer (the "previous period" of the first period), then one column per period.
COL_LABEL, COL_UNIT, COL_TOTAL, COL_SPACER, COL_FIRST = 1, 2, 3, 4, 5
HEADER_ROWS = 4          # rows 4-7: period label, end date, construction and operation flags
FIRST_HEADER_ROW = 4
FIRST_BODY_ROW = 9
REL_TOL, ABS_TOL = 1e-9, 1e-6


class ReportError(RuntimeError):
    """The report cannot be written as planned (a defect of ours, never a user error)."""


@dataclass
class Row:
    """One line of a calculation sheet: the same formula in every period column."""

    key: str | None
    label: str
    unit: str = ""
    expr: Expr | None = None          # formula of each period cell
    known: np.ndarray | None = None   # the engine's values for this row (cached and verified)
    constants: Any = None             # values written as they are (solved inputs, labels)
    fmt: str = "amount"
    total: bool = False               # a SUM in the total column
    style: str = "calc"               # calc | key | link | solved | check | flag | header
    axis: str = "period"              # period | year
    blank_ok: bool = False            # "" (NaN) allowed: a ratio without a value
    source: str = ""                  # the engine line it mirrors, for messages


@dataclass
class Scalar:
    """One cell with a defined name (the key), its value in the total column."""

    key: str
    label: str
    unit: str = ""
    expr: Expr | None = None
    known: float | None = None
    constant: Any = None
    fmt: str = "amount"
    style: str = "calc"


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Note:
    text: str


@dataclass
class Blank:
    pass


@dataclass
class SheetPlan:
    title: str                      # the worksheet's name
    heading: str                    # the title printed on it
    items: list = field(default_factory=list)
    timeline: bool = True           # the linked period header rows (all but Tiempo itself)

    def add(self, *items) -> None:
        self.items.extend(items)


@dataclass
class Place:
    sheet: str
    row: int
    span: tuple[int, int]
    item: Any


class Book(Where):
    """Every planned sheet, the defined names of the inputs, and the values of all keys."""

    def __init__(self, widths: dict[str, int]):
        self.widths = widths                  # axis -> number of columns
        self.sheets: list[SheetPlan] = []
        self.places: dict[str, Place] = {}
        self.inputs: dict[str, Any] = {}      # defined name -> value
        self.input_refs: dict[str, str] = {}  # defined name -> 'Sheet'!$C$9 (or a range)
        self.values: dict[str, Any] = {}
        self._busy: set[str] = set()

    # -- planning -------------------------------------------------------------------------
    def sheet(self, plan: SheetPlan) -> SheetPlan:
        self.sheets.append(plan)
        return plan

    def add_input(self, name: str, ref: str, value: Any) -> None:
        if name in self.inputs:
            raise ReportError(f"defined name {name} given twice")
        self.inputs[name] = value
        self.input_refs[name] = ref

    def place(self) -> None:
        """Give every row and scalar of every sheet its worksheet row."""
        for plan in self.sheets:
            r = FIRST_BODY_ROW if plan.timeline else FIRST_HEADER_ROW
            for item in plan.items:
                key = getattr(item, "key", None)
                if key is not None:
                    if key in self.places or key in self.inputs:
                        raise ReportError(f"key {key} planned twice")
                    width = self.widths[getattr(item, "axis", "period")]
                    self.places[key] = Place(plan.title, r, (COL_FIRST, COL_FIRST + width - 1),
                                             item)
                r += 1

    # -- Where ----------------------------------------------------------------------------
    def sheet_of(self, key):
        return self.places[key].sheet

    def row_of(self, key):
        return self.places[key].row

    def span_of(self, key):
        return self.places[key].span

    def is_scalar(self, key):
        return key in self.inputs or isinstance(self.places[key].item, Scalar)

    def values_of(self, key):
        if key in self.inputs:
            return self.inputs[key]
        if key in self.values:
            return self.values[key]
        if key not in self.places:
            raise FormulaError(f"nothing is planned under {key!r}")
        if key in self._busy:
            raise FormulaError(f"{key} depends on itself without an engine value to start from")
        self._busy.add(key)
        try:
            self.values[key] = self._evaluate(self.places[key].item)
        finally:
            self._busy.discard(key)
        return self.values[key]

    def _evaluate(self, item) -> Any:
        if isinstance(item, Scalar):
            if item.known is not None:
                return item.known
            if item.constant is not None:
                return item.constant(self) if callable(item.constant) else item.constant
            v = item.expr.value(self)
            return v if isinstance(v, str) else float(np.asarray(v, float).reshape(-1)[0])
        width = self.widths[item.axis]
        if item.fmt == "text":       # labels: constants, or a link to a row of labels
            return list(item.constants) if item.constants is not None else \
                self.values_of(next(iter(item.expr.keys())))
        if item.known is not None:
            known = item.known(self) if callable(item.known) else item.known
            return np.asarray(known, dtype=float).reshape(width)
        if item.constants is not None:
            values = item.constants(self) if callable(item.constants) else item.constants
            return np.asarray(values, dtype=float).reshape(width)
        return as_column(item.expr.value(self), width)

    def evaluate(self) -> None:
        for key in self.places:
            self.values_of(key)

    # -- the workbook never silently disagrees with the engine ----------------------------
    def verify(self) -> None:
        """Each row that mirrors the engine: its formula, fed with the values it reads, gives
        the engine's numbers (relative 1e-9, absolute 1e-6)."""
        problems = []
        for key, place in self.places.items():
            item = place.item
            if item.expr is None or getattr(item, "known", None) is None:
                continue
            got = item.expr.value(self)
            want = self.values_of(key)
            if isinstance(item, Scalar):
                got = np.asarray([float(np.asarray(got, float).reshape(-1)[0])])
                want = np.asarray([float(want)])
            else:
                got = as_column(got, self.widths[item.axis])
                want = np.asarray(want, dtype=float).reshape(got.shape)
            bad = ~close(got, want)
            if bad.any():
                j = int(np.flatnonzero(bad)[0])
                problems.append(f"{place.sheet}!{key} ({getattr(item, 'source', '') or key}) "
                                f"column {j + 1}: formula gives {got[j]!r}, engine {want[j]!r}")
        if problems:
            raise ReportError("the report's formulas disagree with the engine:\n  "
                              + "\n  ".join(problems))


def close(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Equal within relative 1e-9 or absolute 1e-6; NaN (a blank) equals NaN."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    both_nan = np.isnan(a) & np.isnan(b)
    with np.errstate(invalid="ignore"):
        near = np.abs(a - b) <= np.maximum(REL_TOL * np.maximum(np.abs(a), np.abs(b)), ABS_TOL)
    return both_nan | near
