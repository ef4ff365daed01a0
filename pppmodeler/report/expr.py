"""Formulas written once: each expression renders as an Excel formula and evaluates with numpy.

A calculation row of the report is one expression. Rendered for a period column it gives that
cell's formula (the same formula, relatively, in every column: FAST's one formula per row);
evaluated, it gives the row's values, which are both the cached values written into the file
and what is checked against the engine before the file is written (``book.py``).

Values are arrays laid out so that numpy broadcasting does what Excel does:

- a reference to another row *in the same column* (:class:`Ref`) is a column vector ``(W, 1)``:
  one value per cell being computed;
- a whole row (:class:`Range`, as in ``SUMPRODUCT($E$9:$AF$9, …)``) is a row vector ``(1, W)``;
- a defined name of one cell (:class:`Name`) is a float (or text, or a date serial).

``SUMPRODUCT`` sums over the row axis, so a windowed sum such as straight-line depreciation
``SUMPRODUCT(additions, (t ≤ this t) × (t > this t − life))`` is written and evaluated alike.
A blank result (``""``, where a ratio has no value) evaluates to NaN; functions that skip text
in Excel (MIN, MAX, AVERAGE, COUNT) skip NaN here, and SUMPRODUCT counts it as 0.

Literal numbers are limited to 0 and 1 (counters, flags, ``1 + rate``): every other number in
a formula is an input or a named constant of the Supuestos sheet.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any, Callable

import numpy as np
from openpyxl.utils import get_column_letter

EXCEL_EPOCH = datetime.date(1899, 12, 30)
ALLOWED_LITERALS = (0, 1)


class FormulaError(ValueError):
    """An expression that cannot be written as the report's formulas (a defect of ours)."""


def serial(day: datetime.date) -> float:
    """Excel's serial number of a date (1900 date system)."""
    return float((day - EXCEL_EPOCH).days)


def from_serial(value: float) -> datetime.date:
    return EXCEL_EPOCH + datetime.timedelta(days=int(round(value)))


class Where:
    """Where an expression is rendered and evaluated: the book's addresses and values."""

    def sheet_of(self, key: str) -> str: ...                # sheet title of a row or cell
    def row_of(self, key: str) -> int: ...                  # worksheet row of a row
    def span_of(self, key: str) -> tuple[int, int]: ...     # first and last column of a row
    def values_of(self, key: str) -> Any: ...               # (W,) array of a row / a scalar
    def is_scalar(self, key: str) -> bool: ...              # a one-cell defined name?


@dataclass
class Spot:
    """The cell being rendered: its sheet and column (1-based)."""

    sheet: str
    col: int


def quote_sheet(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _prefix(where: Where, key: str, spot: Spot) -> str:
    sheet = where.sheet_of(key)
    return "" if sheet == spot.sheet else quote_sheet(sheet) + "!"


def lift(x: Any) -> "Expr":
    if isinstance(x, Expr):
        return x
    if isinstance(x, bool):
        raise FormulaError("write flags as IF(...,1,0), not booleans")
    if isinstance(x, (int, float)) and x in ALLOWED_LITERALS:
        return Lit(int(x))
    if isinstance(x, str):
        return Text(x)
    raise FormulaError(f"the number {x!r} would be hard-coded in a formula; "
                       "use an input or a named constant")


class Expr:
    prec = 9   # atomic

    def render(self, where: Where, spot: Spot) -> str:
        raise NotImplementedError

    def value(self, where: Where) -> Any:
        raise NotImplementedError

    def keys(self) -> set[str]:
        """The rows and cells this expression reads (to order the evaluation)."""
        return set()

    # arithmetic
    def __add__(self, o): return Bin("+", self, lift(o))
    def __radd__(self, o): return Bin("+", lift(o), self)
    def __sub__(self, o): return Bin("-", self, lift(o))
    def __rsub__(self, o): return Bin("-", lift(o), self)
    def __mul__(self, o): return Bin("*", self, lift(o))
    def __rmul__(self, o): return Bin("*", lift(o), self)
    def __truediv__(self, o): return Bin("/", self, lift(o))
    def __rtruediv__(self, o): return Bin("/", lift(o), self)
    def __pow__(self, o): return Bin("^", self, lift(o))
    def __rpow__(self, o): return Bin("^", lift(o), self)
    def __neg__(self): return Neg(self)

    # comparisons (named, so that == keeps its Python meaning)
    def gt(self, o): return Bin(">", self, lift(o))
    def ge(self, o): return Bin(">=", self, lift(o))
    def lt(self, o): return Bin("<", self, lift(o))
    def le(self, o): return Bin("<=", self, lift(o))
    def eq(self, o): return Bin("=", self, lift(o))
    def ne(self, o): return Bin("<>", self, lift(o))


@dataclass(eq=False)
class Lit(Expr):
    v: int

    def render(self, where, spot):
        return str(self.v)

    def value(self, where):
        return float(self.v)


@dataclass(eq=False)
class Text(Expr):
    s: str

    def render(self, where, spot):
        return '"' + self.s.replace('"', '""') + '"'

    def value(self, where):
        return self.s if self.s else np.nan


@dataclass(eq=False)
class Name(Expr):
    """A defined name: an input or a derived scalar of one cell, or a list of input cells."""

    name: str

    def render(self, where, spot):
        return self.name

    def value(self, where):
        v = where.values_of(self.name)
        return v[None, :] if isinstance(v, np.ndarray) else v

    def keys(self):
        return {self.name}


@dataclass(eq=False)
class Ref(Expr):
    """Another row, in the same column (``shift`` -1: the previous column; the first period's
    previous column is the blank spacer, read as 0)."""

    key: str
    shift: int = 0

    def render(self, where, spot):
        if where.is_scalar(self.key):
            return self.key
        return (_prefix(where, self.key, spot) + get_column_letter(spot.col + self.shift)
                + str(where.row_of(self.key)))

    def value(self, where):
        v = where.values_of(self.key)
        if not isinstance(v, np.ndarray):
            return v
        if self.shift == 0:
            return v[:, None]
        if self.shift != -1:
            raise FormulaError("only the previous column may be referenced")
        out = np.zeros_like(v)
        out[1:] = v[:-1]
        return np.nan_to_num(out)[:, None]

    def keys(self):
        return {self.key}


def _span(where: Where, key: str, spot: Spot, anchored_to_spot: bool = False,
          from_spacer: bool = False) -> str:
    first, last = where.span_of(key)
    row = where.row_of(key)
    start = first - 1 if from_spacer else first
    if anchored_to_spot:
        end = get_column_letter(spot.col - (1 if from_spacer else 0)) + str(row)
    else:
        end = f"${get_column_letter(last)}${row}"
    return f"{_prefix(where, key, spot)}${get_column_letter(start)}${row}:{end}"


@dataclass(eq=False)
class Range(Expr):
    """A whole row, ``$E$9:$AF$9``: its values as a row vector (for SUMPRODUCT, MIN, …)."""

    key: str

    def render(self, where, spot):
        return _span(where, self.key, spot)

    def value(self, where):
        return np.asarray(where.values_of(self.key), dtype=float)[None, :]

    def keys(self):
        return {self.key}


@dataclass(eq=False)
class Cum(Expr):
    """Expanding total of a row up to this column (``SUM($E$9:G9)``), or up to the previous
    column (``before``: ``SUM($D$9:F9)``, starting from the blank spacer); ``product`` for an
    expanding PRODUCT."""

    key: str
    before: bool = False
    product: bool = False

    def render(self, where, spot):
        fn = "PRODUCT" if self.product else "SUM"
        return f"{fn}({_span(where, self.key, spot, True, self.before)})"

    def value(self, where):
        v = np.nan_to_num(np.asarray(where.values_of(self.key), dtype=float))
        out = np.cumprod(v) if self.product else np.cumsum(v)
        if self.before:
            out = np.concatenate([[1.0 if self.product else 0.0], out[:-1]])
        return out[:, None]

    def keys(self):
        return {self.key}


_PRECEDENCE = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3,
               "/": 3, "^": 4}


def _compare(op: str, a: Any, b: Any) -> Any:
    if isinstance(a, str) or isinstance(b, str):
        return float({"=": a == b, "<>": a != b}[op])
    fn = {"=": np.equal, "<>": np.not_equal, "<": np.less, ">": np.greater,
          "<=": np.less_equal, ">=": np.greater_equal}[op]
    return fn(a, b).astype(float) if isinstance(fn(a, b), np.ndarray) else float(fn(a, b))


@dataclass(eq=False)
class Bin(Expr):
    op: str
    a: Expr
    b: Expr

    @property
    def prec(self):
        return _PRECEDENCE[self.op]

    def render(self, where, spot):
        left = self.a.render(where, spot)
        right = self.b.render(where, spot)
        if self.a.prec < self.prec or (self.op == "^" and self.a.prec < 9):
            left = f"({left})"
        if (self.b.prec < self.prec or (self.b.prec == self.prec and self.op in "-/^")
                or (self.op == "^" and self.b.prec < 9)):
            right = f"({right})"
        return f"{left}{self.op}{right}"

    def value(self, where):
        a, b = self.a.value(where), self.b.value(where)
        if self.op in ("=", "<>", "<", ">", "<=", ">="):
            return _compare(self.op, a, b)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            if self.op == "+":
                return a + b
            if self.op == "-":
                return a - b
            if self.op == "*":
                return a * b
            if self.op == "/":
                return np.divide(a, b) if isinstance(a, np.ndarray) or isinstance(
                    b, np.ndarray) else (a / b if b != 0 else np.nan)
            return np.power(a, b)

    def keys(self):
        return self.a.keys() | self.b.keys()


@dataclass(eq=False)
class Neg(Expr):
    a: Expr
    prec = 5

    def render(self, where, spot):
        inner = self.a.render(where, spot)
        return f"-({inner})" if self.a.prec < 9 else f"-{inner}"

    def value(self, where):
        return -self.a.value(where)

    def keys(self):
        return self.a.keys()


def _nan_to_zero(x):
    return np.nan_to_num(x) if isinstance(x, np.ndarray) else (0.0 if x != x else x)


def _flat(args) -> list[float]:
    out = []
    for a in args:
        out.extend(np.ravel(np.asarray(a, dtype=float)).tolist())
    return [v for v in out if v == v]


def _edate(start, months):
    start, months = np.broadcast_arrays(np.asarray(start, float), np.asarray(months, float))
    out = np.empty(start.shape)
    for i, (s, m) in enumerate(zip(start.ravel(), months.ravel())):
        d = from_serial(s)
        total = d.month - 1 + int(np.floor(m))
        out.ravel()[i] = serial(datetime.date(d.year + total // 12, total % 12 + 1, d.day))
    return out if out.ndim else float(out)


def _year(x):
    arr = np.asarray(x, float)
    out = np.vectorize(lambda s: float(from_serial(s).year))(arr)
    return out if arr.ndim else float(out)


def _if(c, a, b):
    if not any(isinstance(v, np.ndarray) for v in (c, a, b)):
        return a if c else b
    c, a, b = np.broadcast_arrays(np.asarray(c, float), np.asarray(a, float),
                                  np.asarray(b, float))
    return np.where(c != 0, a, b)


def _index(table, k):
    table = np.asarray(table, float).ravel()
    k = np.asarray(k, float)
    pos = np.clip(np.rint(k).astype(int) - 1, 0, max(table.size - 1, 0))
    out = np.where((k >= 1) & (k <= table.size), table[pos] if table.size else np.nan, np.nan)
    return out if out.ndim else float(out)


def _sumproduct(*args):
    prod = 1.0
    for a in args:
        prod = prod * _nan_to_zero(np.asarray(a, float))
    prod = np.asarray(prod, float)
    return prod.sum(axis=-1, keepdims=True) if prod.ndim == 2 else float(prod.sum())


def _logical(fn):
    def run(*args):
        arrays = np.broadcast_arrays(*[np.asarray(a, float) != 0 for a in args])
        out = fn(np.stack(arrays), axis=0).astype(float)
        return out if out.ndim else float(out)
    return run


FUNCTIONS: dict[str, Callable] = {
    # element by element (the cell's own column)
    "IF": _if,
    "AND": _logical(np.all),
    "OR": _logical(np.any),
    "MAX": lambda *a: np.maximum.reduce(np.broadcast_arrays(*map(np.asarray, a)))
    if len(a) > 1 else a[0],
    "MIN": lambda *a: np.minimum.reduce(np.broadcast_arrays(*map(np.asarray, a)))
    if len(a) > 1 else a[0],
    "ABS": np.abs,
    "INT": np.floor,
    "MOD": np.mod,
    "ROUND": lambda x, d: np.round(x, int(d)),
    "EDATE": _edate,
    "YEAR": _year,
    "INDEX": _index,
    # over whole rows
    "SUMPRODUCT": _sumproduct,
}

AGGREGATES: dict[str, Callable] = {
    "SUM": lambda vals: float(np.sum(vals)),
    "MAX": lambda vals: float(np.max(vals)) if vals else 0.0,
    "MIN": lambda vals: float(np.min(vals)) if vals else 0.0,
    "AVERAGE": lambda vals: float(np.mean(vals)) if vals else np.nan,
    "COUNT": lambda vals: float(len(vals)),
}


@dataclass(eq=False)
class Fn(Expr):
    """A function applied cell by cell (or SUMPRODUCT/INDEX over whole rows)."""

    name: str
    args: tuple

    def render(self, where, spot):
        return f"{self.name}({','.join(a.render(where, spot) for a in self.args)})"

    def value(self, where):
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            return FUNCTIONS[self.name](*[a.value(where) for a in self.args])

    def keys(self):
        return set().union(*(a.keys() for a in self.args))


@dataclass(eq=False)
class Agg(Expr):
    """A function over whole rows or lists, giving one number: SUM, MAX, MIN, AVERAGE, COUNT
    (text and blanks skipped, as Excel does)."""

    name: str
    args: tuple

    def render(self, where, spot):
        return f"{self.name}({','.join(a.render(where, spot) for a in self.args)})"

    def value(self, where):
        return AGGREGATES[self.name](_flat(a.value(where) for a in self.args))

    def keys(self):
        return set().union(*(a.keys() for a in self.args))


def fn(name: str, *args) -> Fn:
    return Fn(name, tuple(lift(a) for a in args))


def agg(name: str, *args) -> Agg:
    return Agg(name, tuple(lift(a) for a in args))


def IF(c, a, b) -> Fn:
    return fn("IF", c, a, b)


def flag(condition: Expr) -> Fn:
    """1 where ``condition`` holds, else 0 (a number, not TRUE/FALSE)."""
    return fn("IF", condition, 1, 0)


def MAX(*a) -> Fn:
    return fn("MAX", *a)


def MIN(*a) -> Fn:
    return fn("MIN", *a)


def AND(*a) -> Fn:
    return fn("AND", *a)


def OR(*a) -> Fn:
    return fn("OR", *a)


def SUMPRODUCT(*a) -> Fn:
    """Excel's SUMPRODUCT counts TRUE/FALSE as 0 (LibreOffice as 1/0): a comparison must be
    multiplied into a number before it is an argument."""
    for arg in a:
        if isinstance(arg, Bin) and arg.op in ("=", "<>", "<", ">", "<=", ">="):
            raise FormulaError("a bare comparison inside SUMPRODUCT counts as 0 in Excel; "
                               "multiply it by another term")
    return fn("SUMPRODUCT", *a)


def INDEX(table, k) -> Fn:
    return fn("INDEX", table, k)


def total(*exprs) -> Expr:
    """``a + b + c`` (0 for none)."""
    out: Expr | None = None
    for e in exprs:
        out = lift(e) if out is None else out + e
    return out if out is not None else Lit(0)


def as_column(value: Any, width: int) -> np.ndarray:
    """An evaluated expression as a flat row of ``width`` values."""
    if isinstance(value, str):
        raise FormulaError("a row evaluated to text")
    arr = np.asarray(value, dtype=float)
    if arr.ndim == 0:
        return np.full(width, float(arr))
    arr = arr.reshape(-1) if arr.size == width else np.broadcast_to(arr, (width, 1)).reshape(-1)
    return arr.astype(float)
