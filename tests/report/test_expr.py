"""One expression, two readings: the Excel formula and the numpy value agree by construction;
these tests pin the formula text (precedence, references) and the refusals."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler.report.book import Book, ReportError, Row, Scalar, SheetPlan
from pppmodeler.report.expr import (IF, MAX, SUMPRODUCT, Cum, FormulaError, Name, Range, Ref,
                                    Spot, agg, flag, lift)


@pytest.fixture
def book() -> Book:
    b = Book({"period": 3, "year": 2})
    b.add_input("in_rate", "'Supuestos'!$D$5", 0.1)
    plan = b.sheet(SheetPlan("Flujo de caja", "Flujo"))
    plan.add(Row("a", "a", known=np.array([1.0, 2.0, 3.0])),
             Row("b", "b", known=np.array([10.0, -20.0, 30.0])),
             Scalar("Two", "two", constant=2.0))
    other = b.sheet(SheetPlan("Otra hoja", "Otra"))
    other.add(Row("c", "c", known=np.array([5.0, 6.0, 7.0])))
    b.place()
    return b


def render(book, expr, col=5, sheet="Flujo de caja"):
    return expr.render(book, Spot(sheet, col))


def value(book, expr):
    return np.asarray(expr.value(book), float).reshape(-1)


def test_references_names_and_other_sheets(book):
    assert render(book, Ref("a") + Ref("b", -1)) == "E9+D10"
    assert render(book, Ref("c") * Name("in_rate")) == "'Otra hoja'!E9*in_rate"
    assert render(book, Ref("Two") - 1, col=6) == "Two-1"
    assert render(book, Range("a")) == "$E$9:$G$9"
    assert render(book, Cum("a"), col=6) == "SUM($E$9:F9)"
    assert render(book, Cum("a", before=True), col=6) == "SUM($D$9:E9)"
    assert list(value(book, Ref("b", -1))) == [0.0, 10.0, -20.0]
    assert list(value(book, Cum("b"))) == [10.0, -10.0, 20.0]


def test_precedence_is_explicit_where_excel_would_read_otherwise(book):
    a, b = Ref("a"), Ref("b")
    assert render(book, a - (b - a)) == "E9-(E10-E9)"
    assert render(book, a / (b * a)) == "E9/(E10*E9)"
    assert render(book, -(a ** Ref("Two"))) == "-(E9^Two)"
    assert render(book, (1 + a) ** -Ref("Two")) == "(1+E9)^(-Two)"
    assert render(book, (a - b).gt(0) * a) == "(E9-E10>0)*E9"
    assert list(value(book, -(a ** Ref("Two")))) == [-1.0, -4.0, -9.0]


def test_functions_and_blank_results(book):
    a, b = Ref("a"), Ref("b")
    assert render(book, IF(b.gt(0), a, "")) == 'IF(E10>0,E9,"")'
    v = value(book, IF(b.gt(0), a, ""))
    assert v[0] == 1.0 and np.isnan(v[1]) and v[2] == 3.0
    assert list(value(book, flag(b.lt(0)))) == [0.0, 1.0, 0.0]
    assert list(value(book, MAX(b, 0))) == [10.0, 0.0, 30.0]
    assert value(book, agg("MIN", Range("b")))[0] == -20.0
    # A window over the row: the sum of the values from the first column up to this one.
    window = SUMPRODUCT(Range("a"), Range("a").le(Ref("a")) * Range("a").ge(1))
    assert render(book, window) == "SUMPRODUCT($E$9:$G$9,($E$9:$G$9<=E9)*($E$9:$G$9>=1))"
    assert list(value(book, window)) == [1.0, 3.0, 6.0]
    # Excel counts a bare TRUE as 0 in SUMPRODUCT (LibreOffice as 1): refused.
    with pytest.raises(FormulaError, match="SUMPRODUCT"):
        SUMPRODUCT(Range("a"), Range("a").le(Ref("a")))


@pytest.mark.parametrize("number", [2, 0.5, 12, 365, 1e-9])
def test_numbers_other_than_0_and_1_are_refused(number):
    with pytest.raises(FormulaError, match="hard-coded"):
        lift(number)


def test_text_is_quoted_with_doubled_quotes(book):
    assert render(book, IF(Ref("a").gt(0), 'say "no"', "")) == 'IF(E9>0,"say ""no""","")'


def test_a_row_whose_formula_disagrees_with_the_engine_stops_the_export():
    b = Book({"period": 2, "year": 1})
    plan = b.sheet(SheetPlan("S", "S"))
    plan.add(Row("x", "x", known=np.array([1.0, 2.0])),
             Row("y", "y", expr=Ref("x") + Ref("x"), known=np.array([2.0, 4.000001])),
             Row("z", "z", expr=Ref("x") + Ref("x"), known=np.array([2.0, 4.1]), source="ebitda"))
    b.place()
    b.evaluate()
    with pytest.raises(ReportError, match=r"S!z \(ebitda\) column 2"):
        b.verify()
