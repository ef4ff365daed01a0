"""Importing an inventory from CSV: encodings, delimiters, numbers, bad rows, duplicates."""

from __future__ import annotations

import pytest

from pppmodeler.vehicle.inventory import import_inventory
from pppmodeler.vehicle.records import InventoryRecord
from pppmodeler.vehicle.sources import InventoryError

from .conftest import csv_bytes

GOOD = [
    ["P-001", "001-1234567", "10 07 001 0001", "Plazoleta San Antonio", "Uso público",
     "1.234,5", "10 - La Candelaria", "San Benito", "6,2470", "-75,5690", "$ 1.234.567.000",
     "Plazoleta", "0"],
    ["P-002", "001-7654321", "14050020003", "Lote Las Palmas", "FISCAL", "850", "14 - El Poblado",
     "", "6.2050", "-75.5700", "2.550.000.000", "Lote", "$ 12.000.000"],
    ["P-003", "", "10080030004", "Casa Barrientos", "bic", "640,25", "", "", "", "", "", "", ""],
]
EXPECTED = [
    InventoryRecord("P-001", "001-1234567", "10 07 001 0001", "Plazoleta San Antonio",
                    "uso_publico", 1234.5, "10 - La Candelaria", "San Benito", 6.247, -75.569,
                    1234567000.0, "Plazoleta", 0.0, row=2),
    InventoryRecord("P-002", "001-7654321", "14050020003", "Lote Las Palmas", "fiscal", 850.0,
                    "14 - El Poblado", "", 6.205, -75.57, 2550000000.0, "Lote", 12000000.0,
                    row=3),
    InventoryRecord("P-003", "", "10080030004", "Casa Barrientos", "bic", 640.25, row=4),
]


def imported(write, rows, name="inventario.csv", **options):
    return import_inventory(write(name, csv_bytes(rows, **options)))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_every_encoding_gives_the_same_records(write, encoding):
    result = imported(write, GOOD, encoding=encoding)
    assert result.records == EXPECTED
    assert result.problems == []
    assert result.columns["area_m2"] == "Área (m²)"     # accents survive every encoding


def test_encoding_is_said_in_the_notes(write):
    assert "UTF-8" in imported(write, GOOD, encoding="utf-8-sig").notes[0]
    assert "Windows-1252" in imported(write, GOOD, encoding="cp1252").notes[0]


@pytest.mark.parametrize("sep, name", [(";", "semicolon"), ("\t", "tab")])
def test_semicolon_and_tab_delimiters(write, sep, name):
    result = imported(write, GOOD, sep=sep)
    assert result.records == EXPECTED
    assert name in result.notes[0]


def quoted(rows: list[list[str]]) -> list[list[str]]:
    """Cells holding a comma in double quotes, as a comma-separated file needs them."""
    return [[f'"{cell}"' if "," in cell else cell for cell in row] for row in rows]


def test_comma_delimiter_with_quoted_es_co_numbers(write):
    result = imported(write, quoted(GOOD), sep=",")
    assert result.records == EXPECTED
    assert "comma" in result.notes[0]


def test_plain_numbers_in_a_comma_file(write):
    header = ["code", "name", "type", "area_m2", "latitude", "longitude", "cadastral_value"]
    rows = [["A", "Uno", "fiscal", "1500.5", "6.25", "-75.58", "1234567.89"],
            ["B", "Dos", "fiscal", "1,500", "6.26", "-75.59", "1,234,567"]]
    result = imported(write, quoted(rows), sep=",", header=header)
    assert [r.area_m2 for r in result.records] == [1500.5, 1500.0]
    assert [r.cadastral_value for r in result.records] == [1234567.89, 1234567.0]
    assert result.problems == []


def test_a_column_of_ambiguous_texts_is_read_as_es_co_and_says_so(write):
    rows = [["A", "", "", "Uno", "Fiscal", "1.500", "", "", "", "", "", "", ""],
            ["B", "", "", "Dos", "Fiscal", "12.300", "", "", "", "", "", "", ""]]
    result = imported(write, rows)
    assert [r.area_m2 for r in result.records] == [1500.0, 12300.0]
    assert any("'Área (m²)'" in n and "es-CO" in n for n in result.notes)


def test_a_column_that_shows_the_point_as_decimal_reads_its_ambiguous_texts_so(write):
    rows = [["A", "", "", "Uno", "Fiscal", "1.500", "", "", "", "", "", "", ""],
            ["B", "", "", "Dos", "Fiscal", "12.75", "", "", "", "", "", "", ""]]
    result = imported(write, rows)
    assert [r.area_m2 for r in result.records] == [1.5, 12.75]


def test_a_column_with_both_conventions_refuses_the_ambiguous_text(write):
    rows = [["A", "", "", "Uno", "Fiscal", "1.500", "", "", "", "", "", "", ""],
            ["B", "", "", "Dos", "Fiscal", "12.75", "", "", "", "", "", "", ""],
            ["C", "", "", "Tres", "Fiscal", "1.234,5", "", "", "", "", "", "", ""]]
    result = imported(write, rows)
    assert [r.code for r in result.records] == ["B", "C"]
    (problem,) = result.problems
    assert (problem.row, problem.column, problem.outcome) == (2, "Área (m²)", "rejected")
    assert "uses both conventions" in problem.message


BAD = [
    ["", "", "", "Sin identidad", "Fiscal", "100", "", "", "", "", "", "", ""],       # row 2
    ["B1", "", "", "", "Fiscal", "100", "", "", "", "", "", "", ""],                  # row 3
    ["B2", "", "", "Tipo raro", "Comodato", "100", "", "", "", "", "", "", ""],       # row 4
    ["B3", "", "", "Sin área", "BIC", "", "", "", "", "", "", "", ""],                # row 5
    ["B4", "", "", "Área cero", "BIC", "0", "", "", "", "", "", "", ""],              # row 6
    ["B5", "", "", "Área negativa", "BIC", "-20", "", "", "", "", "", "", ""],        # row 7
    ["B6", "", "", "Área texto", "BIC", "grande", "", "", "", "", "", "", ""],        # row 8
    ["OK1", "", "", "Bueno", "Uso Publico", "10", "", "", "", "", "", "", ""],        # row 9
    ["W1", "", "", "Fuera", "Fiscal", "10", "", "", "4,6", "-74,07", "", "", ""],     # row 10
    ["W2", "", "", "Al revés", "Fiscal", "10", "", "", "-75,57", "6,25", "", "", ""],  # row 11
    ["W3", "", "", "Media", "Fiscal", "10", "", "", "6,25", "", "", "", ""],          # row 12
    ["W4", "", "", "Avalúo", "Fiscal", "10", "", "", "", "", "-5.000", "", "x"],      # row 13
]


def test_bad_rows_are_reported_by_row_and_column_and_good_rows_kept(write):
    result = imported(write, BAD)
    assert [r.code for r in result.records] == ["OK1", "W1", "W2", "W3", "W4"]
    found = [(p.row, p.column, p.outcome) for p in result.problems]
    assert found == [
        (2, "", "rejected"), (3, "Nombre", "rejected"), (4, "Tipo de bien", "rejected"),
        (5, "Área (m²)", "rejected"), (6, "Área (m²)", "rejected"), (7, "Área (m²)", "rejected"),
        (8, "Área (m²)", "rejected"), (10, "Latitud", "kept"), (11, "Latitud", "kept"),
        (12, "Latitud", "kept"), (13, "Avalúo catastral", "kept"),
        (13, "Ingreso actual", "kept")]
    text = [str(p) for p in result.problems]
    assert "no code, matrícula or CBML" in text[0]
    assert "'Comodato' is not a kind of property" in text[2]
    assert "the area is missing" in text[3]
    assert "more than 0 m² (it is 0)" in text[4]
    assert "outside Medellín" in text[7] and "swapped" not in text[7]
    assert "they look swapped" in text[8]
    assert "the longitude is missing" in text[9]
    assert "negative" in text[10] and "'x' is not a number" in text[11]
    assert text[0].startswith("row 2: ") and text[0].endswith("(row not imported)")
    assert text[7].startswith("row 10, column 'Latitud': ")
    kept = {r.code: r for r in result.records}
    assert kept["W1"].latitude is None and kept["W1"].longitude is None   # never guessed
    assert kept["W4"].cadastral_value is None and kept["W4"].current_income is None
    assert result.counts() == {"rows": 12, "imported": 5, "rejected": 7, "duplicates": 0,
                               "with_warnings": 4}


def test_row_numbers_count_blank_rows_as_a_spreadsheet_shows_them(write):
    data = csv_bytes(GOOD[:1]) + b"\r\n;;;;\r\n" + csv_bytes(BAD[3:4]).split(b"\r\n", 1)[1]
    result = import_inventory(write("blank.csv", data))
    assert [r.row for r in result.records] == [2]
    assert [p.row for p in result.problems] == [5]
    assert result.rows_read == 2


def test_duplicates_by_matricula_then_cbml_keep_the_first_and_name_it(write):
    rows = [
        ["A", "001-111", "0101001001", "Primero", "Fiscal", "10", "", "", "", "", "", "", ""],
        ["B", "001 111", "", "Misma matrícula", "Fiscal", "10", "", "", "", "", "", "", ""],
        ["C", "001-222", "01-01-001-001", "Mismo CBML", "Fiscal", "10", "", "", "", "", "",
         "", ""],
        ["D", "001-333", "0202002002", "Otro", "Fiscal", "10", "", "", "", "", "", "", ""],
        ["E", "001-444", "", "", "Fiscal", "10", "", "", "", "", "", "", ""],   # refused
        ["F", "001-444", "", "Después del rechazado", "Fiscal", "10", "", "", "", "", "", "",
         ""],
        ["A", "001-555", "0303003003", "Mismo código", "Fiscal", "10", "", "", "", "", "", "",
         ""],
    ]
    result = imported(write, rows)
    assert [r.name for r in result.records] == ["Primero", "Otro", "Después del rechazado",
                                                "Mismo código"]
    by_row = {p.row: p for p in result.problems}
    assert (by_row[3].outcome, by_row[3].column) == ("duplicate", "Matrícula inmobiliaria")
    assert "duplicate of row 2: same matrícula '001 111'" in by_row[3].message
    assert (by_row[4].outcome, by_row[4].column) == ("duplicate", "CBML")
    assert "duplicate of row 2: same CBML" in by_row[4].message
    assert "another matrícula ('001-222' here, '001-111' there)" in by_row[4].message
    assert by_row[6].outcome == "rejected"
    assert by_row[8].outcome == "kept" and "also that of row 2" in by_row[8].message
    assert result.counts()["duplicates"] == 2


def test_headers_in_english_and_other_spellings(write):
    header = ["PROPERTY_CODE", "Land registry number", "cbml", "Name", "Property type",
              "Area m2", "COMUNA", "Neighborhood", "LAT", "Lng", "Cadastral value (COP)",
              "Current use", "Current income", "Observaciones"]
    rows = [["X1", "001-9", "0101", "Uno", "Public use", "25,5", "01 - Popular", "Santo Domingo",
             "6,29", "-75,54", "1.000.000", "Kiosco", "0", "nada"]]
    result = imported(write, rows, header=header)
    assert result.records[0] == InventoryRecord(
        "X1", "001-9", "0101", "Uno", "uso_publico", 25.5, "01 - Popular", "Santo Domingo",
        6.29, -75.54, 1000000.0, "Kiosco", 0.0, row=2)
    assert result.unused_columns == ["'Observaciones' (not a known column)"]


def test_explicit_mapping_for_headers_that_differ(write):
    header = ["ID predio", "Denominación", "Clase", "Superficie útil", "Área"]
    rows = [["Q1", "Uno", "Fiscal", "30", "999"]]
    data = csv_bytes(rows, header=header)
    with pytest.raises(InventoryError, match=r"no column for code or matricula or cbml, name"):
        import_inventory(write("x.csv", data))
    result = import_inventory(write("x.csv", data), mapping={
        "code": "ID PREDIO", "name": "denominacion", "kind": "Clase",
        "area_m2": "Superficie útil"})
    assert result.records == [InventoryRecord("Q1", name="Uno", kind="fiscal", area_m2=30.0,
                                              row=2)]
    assert result.unused_columns == ["'Área' (also area_m2; the column 'Superficie útil' is "
                                     "used)"]


def test_mapping_errors_name_the_field_or_the_columns(write):
    path = write("x.csv", csv_bytes(GOOD))
    with pytest.raises(InventoryError, match=r"'superficie', which is not a field"):
        import_inventory(path, mapping={"superficie": "Área (m²)"})
    with pytest.raises(InventoryError, match=r"gives 'Superficie' for area_m2, but the file has "
                                             r"no such column; its columns are 'Código'"):
        import_inventory(path, mapping={"area_m2": "Superficie"})


def test_missing_required_columns_are_named_with_the_headers_found(write):
    data = csv_bytes([["1", "Uno"]], header=["Código", "Nombre"])
    with pytest.raises(InventoryError) as caught:
        import_inventory(write("x.csv", data))
    message = str(caught.value)
    assert "x.csv" in message and "no column for kind, area_m2" in message
    assert "mapping=" in message


@pytest.mark.parametrize("data, reason", [
    (b"", "the file is empty"),
    (b"  \r\n\r\n", "the file is empty"),
    (b";;;\r\n;;\r\n", "no header row"),
    (b"solo una columna\r\nvalor\r\n", "one column only"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "old Excel file"),
    (b"\x00\x01\x02;\x03\x00\xff\xfe", "binary data"),
    (b"PK\x03\x04 this is no workbook", "not a readable XLSX workbook"),
])
def test_files_that_are_no_inventory_raise_one_clear_error(write, data, reason):
    path = write("malo.csv", data)
    with pytest.raises(InventoryError, match=reason) as caught:
        import_inventory(path)
    assert str(caught.value).startswith(str(path))


def test_a_missing_file_or_a_folder(tmp_path):
    with pytest.raises(InventoryError, match="no such file"):
        import_inventory(tmp_path / "nada.csv")
    with pytest.raises(InventoryError, match="a folder"):
        import_inventory(tmp_path)


def test_a_header_without_rows_imports_nothing(write):
    result = imported(write, [])
    assert result.records == [] and result.problems == [] and result.rows_read == 0
