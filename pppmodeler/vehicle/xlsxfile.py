"""Rows of an Excel workbook (.xlsx, .xlsm): the only module of the package that uses openpyxl.

Cells keep their type: numbers stay numbers (no text to parse), dates are ``datetime`` values,
formulas give the value Excel last calculated (a formula never calculated gives an empty cell).
Rows are numbered as Excel numbers them; the sheet is the first one unless named.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from pppmodeler.i18n.messages import Phrase

from .sources import InventoryError


def workbook_rows(path: Path, data: bytes, sheet: str | None = None
                  ) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """How the workbook was read, and the rows of its sheet ``sheet`` (the first if None)."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InventoryError(path, Phrase("inventory.error.xlsx", detail=str(exc))) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise InventoryError(path, Phrase("inventory.error.no_sheet", sheet=repr(sheet),
                                              sheets=", ".join(map(repr, book.sheetnames))))
        chosen = book[sheet] if sheet is not None else book.worksheets[0]
        chosen.reset_dimensions()   # some writers store a wrong size: read every row there is
        rows = _numbered(chosen.iter_rows(values_only=True))
    finally:
        book.close()
    return [Phrase("inventory.note.xlsx", sheet=repr(chosen.title))], rows


def _numbered(rows) -> list[tuple[int, list[object]]]:
    """Rows numbered from 1. In read-only mode openpyxl yields every row from the first, empty
    ones as tuples of None, so the position is the row number."""
    return [(number, list(cells)) for number, cells in enumerate(rows, start=1)]
