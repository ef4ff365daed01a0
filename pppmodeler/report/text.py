"""Text from users (names, notes, line names) is written as text, never as a formula.

openpyxl takes a string starting with ``=`` for a formula; a property named
``=HYPERLINK("http://x")`` must show those characters instead. :func:`put_text` writes the
string as an inline string (``data_type = "s"``) and, where it starts with a character that
Excel would read as the start of a formula on editing (``= + - @``), sets ``quotePrefix`` so
that it stays text when a reviewer edits the cell too.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import Cell

# Characters an XML 1.0 file cannot hold (openpyxl refuses them); the file format already
# rejects them in names and notes, this is for models built in code.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FORMULA_STARTS = ("=", "+", "-", "@")
MAX_CELL_TEXT = 32_767


def clean(text: object) -> str:
    s = _ILLEGAL.sub("\ufffd", str(text))
    return s if len(s) <= MAX_CELL_TEXT else s[: MAX_CELL_TEXT - 1] + "…"


def put_text(cell: Cell, text: object, style: str | None = None) -> Cell:
    """Write ``text`` into ``cell`` as text, whatever it starts with."""
    if style is not None:
        cell.style = style
    s = clean(text)
    cell.value = s
    cell.data_type = "s"
    if s.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell
