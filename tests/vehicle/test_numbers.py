"""Numbers in inventory cells: es-CO and plain conventions, and what is refused."""

from __future__ import annotations

import datetime

import pytest

from pppmodeler.vehicle.numbers import column_decimal, conventions, parse_number


@pytest.mark.parametrize("text, expected", [
    ("1.234.567,89", 1234567.89),
    ("1234567,89", 1234567.89),
    ("1234567.89", 1234567.89),
    ("1,234,567.89", 1234567.89),
    ("$ 1.234.567", 1234567.0),
    ("$1.234.567,5 ", 1234567.5),
    ("COP 2.500.000", 2500000.0),
    ("1 234 567", 1234567.0),
    ("1\u00a0234,5", 1234.5),
    ("350 m²", 350.0),
    ("12,5 m2", 12.5),
    ("-75,5812", -75.5812),
    ("\u221275.5", -75.5),
    ("(1.234.000)", -1234000.0),
    ("0,75", 0.75),
    ("42", 42.0),
])
def test_texts_read_as_a_colombian_user_writes_them(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=1e-15)


def test_a_text_that_reads_two_ways_follows_the_column():
    assert parse_number("1.500") == 1500.0             # es-CO by default
    assert parse_number("1.500", ",") == 1500.0
    assert parse_number("1.500", ".") == 1.5
    assert parse_number("1,500", ".") == 1500.0
    assert parse_number("1,500", ",") == 1.5
    with pytest.raises(ValueError, match="reads as 1500 .es-CO. or 1.5"):
        parse_number("1.500", None)


def test_coordinates_have_no_thousands_separator():
    assert parse_number("6.250", plain=True) == 6.25
    assert parse_number("6,250", plain=True) == 6.25
    assert parse_number("-75,58", plain=True) == -75.58
    with pytest.raises(ValueError, match="not a number"):
        parse_number("6.250.1", plain=True)


def test_column_convention_from_texts_that_read_one_way():
    assert conventions(["1.500", "1.234,5", 3.0]) == {","}
    assert conventions(["1.500", "6.25"]) == {"."}
    assert conventions(["1.500", 12.0, "7"]) == set()
    assert conventions(["1.234,5", "6.25"]) == {",", "."}
    assert column_decimal({","}) == ","
    assert column_decimal({"."}) == "."
    assert column_decimal(set()) == ","       # es-CO when the column does not say
    assert column_decimal({",", "."}) is None


@pytest.mark.parametrize("cell, reason", [
    ("abc", "not a number"),
    ("1.2.3,4,5", "not a number"),
    ("12 34", "not a number"),
    ("1,", "not a number"),
    ("", "not a number"),
    ("nan", "not a number"),
    (float("nan"), "not a finite number"),
    (float("inf"), "not a finite number"),
    (2e15, "too large"),
    (True, "true/false"),
    (datetime.datetime(2024, 3, 5), "a date or time"),
    (datetime.date(2024, 3, 5), "a date or time"),
])
def test_what_is_not_a_number_is_refused_with_the_reason(cell, reason):
    with pytest.raises(ValueError, match=reason):
        parse_number(cell)


def test_excel_numeric_cells_are_taken_as_they_are():
    assert parse_number(1234567.89) == 1234567.89
    assert parse_number(1500) == 1500.0
