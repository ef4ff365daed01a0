"""Sheets of values: the analysis sheets hold the results of many evaluations as numbers, not
formulas (a two-way table is dozens of models; Monte Carlo thousands). :class:`ValueSheet`
writes their tables in the look of the calculation sheets: the same title and subtitle, section
bands, header rows, named styles ``role:format`` (numbers formatted by their unit), frozen
panes and landscape print set-up fitted to the page width.

A value without a number (an IRR that does not exist, a case the engine refused) is written as
its reason, in words; text from users goes through :func:`~pppmodeler.report.text.put_text`.
Neither Excel nor LibreOffice sizes a row to wrapped text it did not lay out itself, so a row
with wrapped text gets its height here, from the text's length and its column's width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from ..core import paths
from .inputs_sheet import choice_text, unit_and_format
from .style import Styles
from .summary import metric_format, metric_unit
from .text import put_text
from .words import Words
from .writer import setup_print

FIRST_ROW = 4
LINE_HEIGHT = 12.0        # points per line of text in the report's 9-point font
CHARS_PER_WIDTH = 1.5     # characters of the 9-point font per unit of Excel column width
BOLD_CHARS_PER_WIDTH = 1.2
DEFAULT_HEIGHT = 12.75    # points: every row of one line (set as the sheet's default)
POINTS_PER_WIDTH = 6.8    # points of paper per unit of column width at full scale (LibreOffice)
PAGE_POINTS = (842, 595)  # A4 landscape
FOOTER_POINTS = 24


@dataclass
class Env:
    """What every analysis sheet writer needs."""

    styles: Styles
    words: Words
    currency: str           # the model's currency unit, as shown
    subtitle: str

    def sheet(self, ws, heading: str, note: str, widths: dict[int, float]) -> ValueSheet:
        return ValueSheet(ws, self, heading, note, widths)


def lines_of(text: str, width: float, chars_per_width: float = CHARS_PER_WIDTH) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` wide (words kept whole
    unless longer than a line)."""
    per_line = max(1, int(width * chars_per_width))
    total = 0
    for paragraph in str(text).split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > per_line:
                lines, used = lines + 1, 0
            used += (1 if used else 0) + len(word)
            while used > per_line:
                lines, used = lines + 1, used - per_line
        total += lines
    return total


class ValueSheet:
    """A worksheet written top to bottom; ``row`` is the next row to write. ``widths`` maps
    each column (1-based) to its width; the last one is the sheet's right edge."""

    def __init__(self, ws, env: Env, heading: str, note: str, widths: dict[int, float]):
        self.ws, self.styles, self.t, self.currency = ws, env.styles, env.words, env.currency
        self.lang = env.words.lang
        self.widths = dict(widths)
        self.last_col = max(widths)
        put_text(ws.cell(1, 1), heading, self.styles("title"))
        put_text(ws.cell(2, 1), env.subtitle, self.styles("subtitle"))
        ws.sheet_format.defaultRowHeight = DEFAULT_HEIGHT
        ws.sheet_format.customHeight = True
        self.row = 3
        self.page_top = 1
        self.note(note)
        self.row += 1

    def width(self, first: int, last: int | None = None) -> float:
        return sum(self.widths.get(c, 9) for c in range(first, (last or first) + 1))

    def grow(self, lines: int) -> None:
        """Make the current row at least ``lines`` lines high."""
        if lines <= 1:
            return
        dim = self.ws.row_dimensions[self.row]
        height = LINE_HEIGHT * lines + 2
        if (dim.height or 0) < height:
            dim.height = height

    def page_break(self) -> None:
        """What follows starts a printed page."""
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self.page_top = self.row

    def keep_together(self, lines: int) -> None:
        """A page break here unless ``lines`` more lines fit on the current printed page."""
        heights = self.ws.row_dimensions
        used = sum((heights[r].height or DEFAULT_HEIGHT) if r in heights else DEFAULT_HEIGHT
                   for r in range(self.page_top, self.row)) / DEFAULT_HEIGHT
        if self.row > self.page_top and used + lines > self.lines_per_page():
            self.page_break()

    def lines_per_page(self) -> float:
        """Rows of one line a printed page holds, the sheet scaled to the page's width."""
        margin = self.styles.spec["print"]["margins_inches"] * 72
        width, height = PAGE_POINTS
        scale = min(1.0, (width - 2 * margin) / (self.width(1, self.last_col) * POINTS_PER_WIDTH))
        return (height - 2 * (margin + 0.2 * 72) - FOOTER_POINTS) / (DEFAULT_HEIGHT * scale)

    # -- rows of text ---------------------------------------------------------------------
    def note(self, text: str) -> None:
        """A note across the sheet's width, wrapped."""
        self.wrapped(text, "note")

    def wrapped(self, text: str, role: str) -> None:
        """A text across the sheet's width, wrapped, on a row of its own."""
        cell = put_text(self.ws.cell(self.row, 1), text, self.styles(role))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row,
                            end_column=self.last_col)
        self.grow(lines_of(text, self.width(1, self.last_col)))
        self.row += 1

    def section(self, text: str, role: str = "section") -> None:
        """A band across the sheet's width."""
        put_text(self.ws.cell(self.row, 1), text, self.styles(role))
        for col in range(2, self.last_col + 1):
            self.ws.cell(self.row, col).style = self.styles(role)
        self.row += 1

    def subsection(self, text: str) -> None:
        self.section(text, "subsection")

    def header(self, texts: list[str], first: int = 1, right_from: int = 3,
               left: tuple = ()) -> int:
        """A header row; columns from ``right_from`` on are right-aligned (they head numbers)
        but those in ``left``. Returns its row."""
        lines = 1
        for col, text in enumerate(texts, start=first):
            role = "colhead" if col >= right_from and col not in left else "header"
            cell = put_text(self.ws.cell(self.row, col), text, self.styles(role))
            cell.alignment = Alignment(wrap_text=True, vertical="bottom",
                                       horizontal="right" if role == "colhead" else "left")
            lines = max(lines, lines_of(text, self.width(col), BOLD_CHARS_PER_WIDTH))
        self.grow(lines)
        self.row += 1
        return self.row - 1

    def label(self, col: int, text: str, role: str = "label", last: int | None = None) -> None:
        """A text in ``col`` (merged to ``last`` when given), wrapped to the column's width;
        the row grows to hold it."""
        cell = put_text(self.ws.cell(self.row, col), text, self.styles(role))
        lines = lines_of(text, self.width(col, last))
        if last is not None and last > col:
            self.ws.merge_cells(start_row=self.row, start_column=col, end_row=self.row,
                                end_column=last)
        if lines > 1:
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
            self.grow(lines)

    def pair(self, label: str, value, fmt: str = "text") -> None:
        """A label and its value on a row of their own."""
        self.label(1, label)
        self.value(2, value, fmt, "strong")
        self.row += 1

    # -- values ---------------------------------------------------------------------------
    def value(self, col: int, value, fmt: str, role: str = "calc") -> None:
        """A number in ``fmt``, or a text (a reason, a name) as text, right-aligned."""
        cell = self.ws.cell(self.row, col)
        if isinstance(value, str):
            put_text(cell, value, self.styles("flag" if role == "calc" else role))
            cell.alignment = Alignment(horizontal="right", wrap_text=True, vertical="bottom")
            self.grow(lines_of(value, self.width(col)))
            return
        if value is None or (isinstance(value, float) and math.isnan(value)):
            put_text(cell, "—", self.styles("flag"))
            cell.alignment = Alignment(horizontal="right")
            return
        cell.value = float(value)
        cell.style = self.styles(role, fmt)

    def metric(self, col: int, name: str, value, role: str = "calc") -> None:
        """A metric's value in its unit's format (or the text given in its place)."""
        self.value(col, value, metric_format(name), role)

    def metric_label(self, name: str, col: int = 1, unit_col: int = 2) -> None:
        self.label(col, self.t(f"metric.{name}"))
        self.label(unit_col, metric_unit(name, self.currency, self.t), "unit")

    # -- inputs ---------------------------------------------------------------------------
    def input_label(self, model, path: str) -> str:
        """The words of an input's path (its line named, as the file names it)."""
        try:
            return paths.label(path, self.lang, model)
        except paths.PathError:
            return path

    def input_value(self, col: int, path: str, value) -> None:
        """An input's value as the Inputs sheet shows it: numbers in the input's format,
        choices by their label, anything else as text."""
        if isinstance(value, bool):
            self.value(col, self.t("word.yes" if value else "word.no"), "text")
        elif isinstance(value, (int, float)):
            self.value(col, float(value), self.input_unit(path)[1])
        elif value is None:
            self.value(col, None, "text")
        else:
            self.value(col, choice_text(value, self.t) or str(value), "text")

    def input_unit(self, path: str) -> tuple[str, str]:
        """(unit as shown, format) of the input at ``path``."""
        try:
            spec = paths.spec_at(path)
        except paths.PathError:
            return "", "general"
        unit, fmt = unit_and_format(spec, self.t, self.currency)
        return unit, "number" if fmt == "general" else fmt

    # -- layout ---------------------------------------------------------------------------
    def layout(self, freeze: str | None) -> None:
        """Column widths, frozen panes, and landscape print fitted to the page width."""
        for col, width in self.widths.items():
            self.ws.column_dimensions[get_column_letter(col)].width = width
        self.ws.freeze_panes = freeze
        setup_print(self.ws, self.styles.spec["print"], 1, None, None)
