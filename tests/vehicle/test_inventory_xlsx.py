"""Importing an inventory from an Excel workbook: typed cells, dates, row numbers, sheets."""

from __future__ import annotations

import datetime

import pytest

from pppmodeler.vehicle.inventory import import_inventory
from pppmodeler.vehicle.records import InventoryRecord
from pppmodeler.vehicle.sources import InventoryError

from .conftest import HEADER

openpyxl = pytest.importorskip("openpyxl")


def test_numeric_cells_are_numbers_and_text_cells_are_parsed(workbook):
    path = workbook([
        HEADER,
        ["P-1", "001-1", 10070010001, "Parque", "Uso público", 1234.5, "10 - La Candelaria",
         None, 6.247, -75.569, 1234567000, "Parque", 0],
        [1234.0, None, None, "Código numérico", "Fiscal", "1.234,5", None, None, "6,25",
         "-75,58", "$ 2.000.000", None, None],
    ])
    result = import_inventory(path)
    assert result.problems == []
    assert result.records == [
        InventoryRecord("P-1", "001-1", "10070010001", "Parque", "uso_publico", 1234.5,
                        "10 - La Candelaria", "", 6.247, -75.569, 1234567000.0, "Parque", 0.0,
                        row=2),
        InventoryRecord("1234", "", "", "Código numérico", "fiscal", 1234.5, latitude=6.25,
                        longitude=-75.58, cadastral_value=2000000.0, row=3)]
    assert result.notes[0] == "read as XLSX, sheet 'Inventario'"


def test_excel_dates_in_text_columns_are_kept_and_reported_in_number_columns_refused(workbook):
    path = workbook([
        HEADER,
        [datetime.datetime(2023, 1, 5), None, None, "Código convertido en fecha", "Fiscal", 50,
         None, None, None, None, None, None, None],
        ["D2", None, None, "Área convertida en fecha", "Fiscal", datetime.datetime(2023, 5, 1),
         None, None, None, None, None, None, None],
        ["D3", None, None, "Avalúo convertido en fecha", "Fiscal", 75, None, None, None, None,
         datetime.datetime(2023, 5, 1, 10, 30), None, None],
    ])
    result = import_inventory(path)
    assert [r.code for r in result.records] == ["2023-01-05", "D3"]
    found = [(p.row, p.column, p.outcome) for p in result.problems]
    assert found == [(2, "Código", "kept"), (3, "Área (m²)", "rejected"),
                     (4, "Avalúo catastral", "kept")]
    assert "Excel holds a date here, read as '2023-01-05'" in result.problems[0].message
    assert "a date or time (2023-05-01 00:00:00), not a number" in result.problems[1].message
    assert result.records[1].cadastral_value is None


def test_row_numbers_are_excels_when_the_header_is_not_in_row_1(workbook):
    path = workbook([
        ["Inventario de inmuebles del Distrito"],
        [],
        HEADER,
        ["A", None, None, "Uno", "BIC", 100, None, None, None, None, None, None, None],
        [],
        ["B", None, None, "Dos", "BIC", -1, None, None, None, None, None, None, None],
    ])
    result = import_inventory(path)
    assert [r.row for r in result.records] == [4]
    assert [(p.row, p.column) for p in result.problems] == [(6, "Área (m²)")]


def test_title_rows_above_the_header_are_passed_over_and_said(workbook):
    path = workbook([["Inventario de inmuebles del Distrito"], [], HEADER,
                     ["A", None, None, "Uno", "BIC", 100]])
    result = import_inventory(path)
    assert [r.row for r in result.records] == [4]
    assert "header in row 3; the rows above it are taken as titles" in result.notes


def test_without_a_recognised_header_the_error_names_the_first_row(workbook):
    path = workbook([["Inventario de inmuebles del Distrito"], ["Cod", "Nom"], ["A", "Uno"]])
    with pytest.raises(InventoryError, match=r"in the header \(row 1\); not recognised: "
                                             r"'Inventario de inmuebles del Distrito'"):
        import_inventory(path)


def test_a_sheet_by_name_and_a_sheet_that_is_not_there(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notas"
    book.active["A1"] = "Léame"
    data = book.create_sheet("Bienes")
    data.append(["Código", "Nombre", "Tipo", "Área"])
    data.append(["S1", "Uno", "Fiscal", 10])
    path = tmp_path / "libro.xlsx"
    book.save(path)
    result = import_inventory(path, sheet="Bienes")
    assert result.records == [InventoryRecord("S1", name="Uno", kind="fiscal", area_m2=10.0,
                                              row=2)]
    with pytest.raises(InventoryError, match="no sheet 'Otra'; its sheets are 'Notas', "
                                             "'Bienes'"):
        import_inventory(path, sheet="Otra")


def test_a_workbook_saved_with_a_csv_name_is_still_read_as_a_workbook(workbook):
    path = workbook([["Código", "Nombre", "Tipo", "Área"], ["S1", "Uno", "Fiscal", 10]],
                    name="exportado.csv")
    assert [r.code for r in import_inventory(path).records] == ["S1"]


def test_a_formula_without_a_calculated_value_is_an_empty_cell(workbook):
    path = workbook([["Código", "Nombre", "Tipo", "Área"], ["F1", "Uno", "Fiscal", "=2*5"]])
    result = import_inventory(path)
    assert result.records == []
    assert "the area is missing" in result.problems[0].message
