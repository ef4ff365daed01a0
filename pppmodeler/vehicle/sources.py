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

from pppmodeler.i18n.messages import Phrase, in_language, os_error

MAX_BYTES = 100 * 1024 * 1024
"""Larger files are refused before they are read (3,520 properties take well under 2 MB)."""

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"   # old .xls files and password-protected .xlsx files


class InventoryError(ValueError):
    """A file that cannot be read as an inventory at all; the message names the file.
    ``reason`` is a :class:`~pppmodeler.i18n.messages.Phrase`; ``text(lang)`` says it all in
    ``lang``."""

    def __init__(self, source: str | os.PathLike, reason: str):
        self.source, self.reason = str(source), reason
        super().__init__(f"{self.source}: {reason}")

    def text(self, lang: str = "es") -> str:
        return f"{self.source}: {in_language(self.reason, lang)}"


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
        raise InventoryError(path, Phrase("inventory.error.empty"))
    if data.startswith(OLE_MAGIC):
        raise InventoryError(path, Phrase("inventory.error.xls"))
    if data.startswith(ZIP_MAGIC):
        # openpyxl is imported only when a workbook is read (see the package's docstring).
        from .xlsxfile import workbook_rows
        notes, rows = workbook_rows(path, data, sheet)
    else:
        from .csvfile import text_rows
        notes, rows = text_rows(path, data)
    if all(is_blank(cells) for _, cells in rows):
        raise InventoryError(path, Phrase("inventory.error.no_header"))
    return Table(str(path), rows, notes)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InventoryError(path, Phrase("inventory.error.too_large", size=size / 1e6,
                                              most=MAX_BYTES / 1e6))
        return path.read_bytes()
    except FileNotFoundError:
        raise InventoryError(path, Phrase("inventory.error.no_file")) from None
    except IsADirectoryError:
        raise InventoryError(path, Phrase("inventory.error.folder")) from None
    except OSError as exc:
        raise InventoryError(path, Phrase("inventory.error.unreadable",
                                          detail=os_error(exc))) from None


def is_blank(cells: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
