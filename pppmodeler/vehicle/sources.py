"""An inventory file as rows of cells, whatever its format.

:func:`read_table` tells a CSV from an XLSX file by its content (an XLSX file is a ZIP
archive), not only by its name, and returns a :class:`Table`: its rows, each with its row
number as the user sees it in a spreadsheet program (blank rows counted, the first row of the
file is 1). Which row is the header is for the reader of the table to say. A file that cannot be read as a table raises
:class:`InventoryError`, naming the file and saying why.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 100 * 1024 * 1024
"""Larger files are refused before they are read (3,520 properties take well under 2 MB)."""

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"   # old .xls files and password-protected .xlsx files


class InventoryError(ValueError):
    """A file that cannot be read as an inventory at all; the message names the file."""

    def __init__(self, source: str | os.PathLike, reason: str):
        self.source, self.reason = str(source), reason
        super().__init__(f"{self.source}: {reason}")


@dataclass
class Table:
    """The rows of a file, each as (row number, cells); at least one is not blank."""

    source: str
    rows: list[tuple[int, list[object]]]
    notes: list[str] = field(default_factory=list)   # how the file was read


def read_table(path: str | os.PathLike, sheet: str | None = None) -> Table:
    """The rows of the CSV or XLSX file at ``path`` (``sheet``: an XLSX sheet by name; the
    first sheet by default)."""
    path = Path(path)
    data = _read_bytes(path)
    if not data.strip():
        raise InventoryError(path, "the file is empty")
    if data.startswith(OLE_MAGIC):
        raise InventoryError(path, "this is an old Excel file (.xls) or a password-protected "
                                   "workbook; save it as .xlsx or CSV without a password")
    if data.startswith(ZIP_MAGIC):
        # openpyxl is imported only when a workbook is read (see the package's docstring).
        from .xlsxfile import workbook_rows
        notes, rows = workbook_rows(path, data, sheet)
    else:
        from .csvfile import text_rows
        notes, rows = text_rows(path, data)
    if all(is_blank(cells) for _, cells in rows):
        raise InventoryError(path, "the file has no header row (every row is empty)")
    return Table(str(path), rows, notes)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InventoryError(path, f"the file is {size / 1e6:,.0f} MB; an inventory is "
                                       f"read up to {MAX_BYTES / 1e6:,.0f} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise InventoryError(path, "there is no such file") from None
    except IsADirectoryError:
        raise InventoryError(path, "this is a folder, not a file") from None
    except OSError as exc:
        raise InventoryError(path, f"the file cannot be read ({exc.strerror or exc})") from None


def is_blank(cells: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
