"""Inventory files written in a temporary folder, as spreadsheet programs write them."""

from __future__ import annotations

from pathlib import Path

import pytest

HEADER = ["Código", "Matrícula inmobiliaria", "CBML", "Nombre", "Tipo de bien", "Área (m²)",
          "Comuna", "Barrio", "Latitud", "Longitud", "Avalúo catastral", "Uso actual",
          "Ingreso actual"]


def csv_bytes(rows: list[list[str]], sep: str = ";", encoding: str = "utf-8",
              header: list[str] = HEADER) -> bytes:
    """A CSV file: ``header`` then ``rows``, joined by ``sep`` (cells are not quoted)."""
    lines = [sep.join(header)] + [sep.join(row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.fixture
def write(tmp_path: Path):
    """``write(name, data)``: a file in tmp_path holding ``data`` (bytes)."""

    def written(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return written


@pytest.fixture
def workbook(tmp_path: Path):
    """``workbook(rows, name)``: an XLSX file whose first sheet holds ``rows`` (lists of cell
    values, None for an empty cell) from A1, written with openpyxl."""
    openpyxl = pytest.importorskip("openpyxl")

    def written(rows: list[list[object]], name: str = "inventario.xlsx") -> Path:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Inventario"
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
        path = tmp_path / name
        book.save(path)
        return path

    return written
