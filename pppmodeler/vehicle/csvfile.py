"""Rows of a delimited text file (CSV) as spreadsheet programs write them.

Encoding: UTF-16 when the file starts with its byte-order mark; else UTF-8 (with or without a
BOM, as Excel's "CSV UTF-8" writes it); a file that is not valid UTF-8 is Windows-1252, the
Latin-1 superset Excel uses for "CSV" on Spanish Windows (bytes it leaves undefined are read as
Latin-1). The delimiter is the one of ``;``, ``,`` and tab that the header line uses most —
``;`` where Excel's list separator is the comma, as in es-CO — outside quotes.

Every record is one row, blank ones included, numbered from 1 as a spreadsheet program shows
them; cells are text.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from pppmodeler.i18n.messages import Phrase

from .sources import InventoryError

DELIMITERS = (";", ",", "\t")   # on a tie the first wins: es-CO files use ";"
_NAMES = {";": "semicolon", ",": "comma", "\t": "tab"}


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        attempts = ("utf-16",)
    else:
        attempts = ("utf-8-sig", "cp1252")
    for encoding in attempts:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        encoding, text = "latin-1", data.decode("latin-1")
    if "\x00" in text:
        raise InventoryError(path, Phrase("inventory.error.binary"))
    return text, {"utf-8-sig": "UTF-8", "cp1252": "Windows-1252 (Latin-1)"}.get(encoding,
                                                                            encoding.upper())


def delimiter(path: Path, text: str) -> str:
    """The delimiter the first non-blank line uses most, counted outside quotes."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    outside = "".join(part for i, part in enumerate(line.split('"')) if i % 2 == 0)
    counts = {d: outside.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])   # max keeps the first of equals
    if counts[best] == 0:
        raise InventoryError(path, Phrase("inventory.error.one_column"))
    return best


def text_rows(path: Path, data: bytes) -> tuple[list[str], list[tuple[int, list[object]]]]:
    """How the file was read, and its rows numbered from 1."""
    text, encoding = decode(path, data)
    sep = delimiter(path, text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        rows = [(number, list(cells)) for number, cells in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise InventoryError(path, Phrase("inventory.error.csv_row", row=reader.line_num,
                                          detail=str(exc))) from None
    return [Phrase("inventory.note.csv", encoding=encoding,
                   separator=Phrase(f"inventory.separator.{_NAMES[sep]}"))], rows
