"""Writing a planned calculation sheet into an openpyxl worksheet.

Every formula cell written here is also recorded, with its value, in ``cache`` (sheet title,
cell) -> value; ``cached.py`` puts those values into the saved file.
"""

from __future__ import annotations

import math

import numpy as np
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .book import (COL_FIRST, COL_LABEL, COL_SPACER, COL_TOTAL, COL_UNIT, FIRST_HEADER_ROW,
                   Blank, Book, Heading, Note, Row, Scalar, SheetPlan)
from .expr import Spot, quote_sheet
from .style import Styles
from .text import put_text

ROLE_OF_STYLE = {"calc": "calc", "key": "key", "link": "link", "solved": "solved",
                 "check": "check", "flag": "flag", "header": "colhead"}
HEADER_KEYS = ("tl.label", "tl.end", "tl.con", "tl.op")


class Cache(dict):
    """(sheet title, "E12") -> the value a formula cell shows."""

    def put(self, sheet: str, row: int, col: int, value) -> None:
        self[(sheet, f"{get_column_letter(col)}{row}")] = value


def _cached(value):
    if isinstance(value, str):
        return value
    v = float(value)
    return "" if math.isnan(v) else v


class SheetWriter:
    total_width: float | None = None    # column C's width; None: the template's

    def __init__(self, wb, book: Book, styles: Styles, cache: Cache, subtitle: str,
                 header_labels: dict, total_label: str):
        self.wb, self.book, self.styles, self.cache = wb, book, styles, cache
        self.subtitle = subtitle
        self.header_labels = header_labels
        self.total_label = total_label

    def write(self, plan: SheetPlan) -> Worksheet:
        ws = self.wb[plan.title] if plan.title in self.wb.sheetnames else \
            self.wb.create_sheet(plan.title)
        put_text(ws.cell(1, 1), plan.heading, self.styles("title"))
        put_text(ws.cell(2, 1), self.subtitle, self.styles("subtitle"))
        last = COL_FIRST + max(self.book.widths.values()) - 1
        if plan.timeline:
            self._header(ws, plan)
        r = FIRST_HEADER_ROW + (5 if plan.timeline else 0)
        breaks = page_breaks(plan.items, r, self.styles.spec["print"]["rows_per_page"])
        for row in breaks:
            ws.row_breaks.append(Break(id=row - 1))
        for item in plan.items:
            if isinstance(item, Row):
                self._row(ws, plan, r, item)
            elif isinstance(item, Scalar):
                self._scalar(ws, plan, r, item)
            elif isinstance(item, Heading):
                role = "section" if item.level == 1 else "subsection"
                put_text(ws.cell(r, COL_LABEL), item.text, self.styles(role))
                if item.level == 1:
                    for col in range(COL_UNIT, last + 1):
                        ws.cell(r, col).style = self.styles(role)
            elif isinstance(item, Note):
                put_text(ws.cell(r, COL_LABEL), item.text, self.styles("note"))
            elif not isinstance(item, Blank):
                raise TypeError(item)
            r += 1
        self._layout(ws, last)
        return ws

    def _header(self, ws: Worksheet, plan: SheetPlan) -> None:
        """Rows 4-7: links to the period masters of the Tiempo sheet."""
        for offset, key in enumerate(HEADER_KEYS):
            row = FIRST_HEADER_ROW + offset
            master = self.book.places[key].item
            put_text(ws.cell(row, COL_LABEL), self.header_labels[key],
                     self.styles("header" if offset < 2 else "label"))
            put_text(ws.cell(row, COL_UNIT), master.unit,
                     self.styles("header" if offset < 2 else "unit"))
            for col in (COL_TOTAL, COL_SPACER):
                if offset < 2:
                    ws.cell(row, col).style = self.styles("header")
            values = self.book.values_of(key)
            first, last = self.book.span_of(key)
            source = quote_sheet(self.book.sheet_of(key)) + "!"
            role = "colhead" if offset < 2 else "flag"
            style = self.styles(role, master.fmt)
            if offset == 0:
                put_text(ws.cell(row, COL_TOTAL), self.total_label, self.styles("colhead"))
            for j, col in enumerate(range(first, last + 1)):
                letter = get_column_letter(col)
                cell = ws.cell(row, col)
                cell.value = f"={source}{letter}{self.book.row_of(key)}"
                cell.style = style
                self.cache.put(plan.title, row, col, _cached(values[j]))

    def _label(self, ws, r: int, item) -> None:
        role = {"key": "label_key", "check": "check", "header": "header"}.get(item.style,
                                                                             "label")
        put_text(ws.cell(r, COL_LABEL), item.label, self.styles(role))
        if item.unit:
            put_text(ws.cell(r, COL_UNIT), item.unit,
                     self.styles("header" if role == "header" else "unit"))
        if role == "header":
            for col in (COL_UNIT, COL_TOTAL, COL_SPACER):
                ws.cell(r, col).style = self.styles("header")

    def _row(self, ws: Worksheet, plan: SheetPlan, r: int, row: Row) -> None:
        self._label(ws, r, row)
        values = self.book.values_of(row.key)
        first, last = self.book.span_of(row.key)
        style = self.styles(ROLE_OF_STYLE[row.style], row.fmt)
        formula = row.expr is not None and row.constants is None
        for j, col in enumerate(range(first, last + 1)):
            cell = ws.cell(r, col)
            if formula:
                cell.value = "=" + row.expr.render(self.book, Spot(plan.title, col))
                self.cache.put(plan.title, r, col, _cached(values[j]))
                cell.style = style
            elif row.fmt == "text":
                put_text(cell, values[j], style)
            else:
                cell.value = float(values[j])
                cell.style = style
        if row.total:
            cell = ws.cell(r, COL_TOTAL)
            cell.value = (f"=SUM({get_column_letter(first)}{r}:{get_column_letter(last)}{r})")
            cell.style = self.styles("key" if row.style == "key" else "calc", row.fmt)
            self.cache.put(plan.title, r, COL_TOTAL, float(np.nansum(values)))

    def _scalar(self, ws: Worksheet, plan: SheetPlan, r: int, item: Scalar) -> None:
        self._label(ws, r, item)
        value = self.book.values_of(item.key)
        cell = ws.cell(r, COL_TOTAL)
        role = {"solved": "solved", "check": "check"}.get(item.style, "key")
        cell.style = self.styles(role, item.fmt)
        if item.expr is not None:
            cell.value = "=" + item.expr.render(self.book, Spot(plan.title, COL_TOTAL))
            self.cache.put(plan.title, r, COL_TOTAL, _cached(value))
        else:
            cell.value = value
        if isinstance(value, str):
            self._wrap_reason(ws, r, value)
        ref = f"{quote_sheet(plan.title)}!${get_column_letter(COL_TOTAL)}${r}"
        self.wb.defined_names[item.key] = DefinedName(item.key, attr_text=ref)

    def _wrap_reason(self, ws: Worksheet, r: int, text: str) -> None:
        """A scalar's reason in words (an IRR that does not exist) wrapped inside its own
        column, the row as high as it needs: spilled into the period columns, it would be cut
        on the pages that repeat the label columns."""
        from .values import BOLD_CHARS_PER_WIDTH, LINE_HEIGHT, lines_of

        ws.cell(r, COL_TOTAL).alignment = Alignment(wrap_text=True, horizontal="right",
                                                    vertical="top")
        for col in (COL_LABEL, COL_UNIT):
            ws.cell(r, col).alignment = Alignment(vertical="top")
        lines = lines_of(text, self._total_width(), BOLD_CHARS_PER_WIDTH)
        if lines > 1:
            ws.row_dimensions[r].height = LINE_HEIGHT * lines + 2

    def _total_width(self) -> float:
        return self.total_width or self.styles.spec["column_widths"]["total"]

    def _layout(self, ws: Worksheet, last: int) -> None:
        widths = self.styles.spec["column_widths"]
        dims = ws.column_dimensions
        dims[get_column_letter(COL_LABEL)].width = widths["label"]
        dims[get_column_letter(COL_UNIT)].width = widths["unit"]
        dims[get_column_letter(COL_TOTAL)].width = self._total_width()
        dims[get_column_letter(COL_SPACER)].width = widths["spacer"]
        for col in range(COL_FIRST, last + 1):
            dims[get_column_letter(col)].width = widths["period"]
        ws.freeze_panes = self.styles.spec["freeze"]
        setup_print(ws, self.styles.spec["print"], last - COL_FIRST + 1, "1:7", "A:C")


def page_breaks(items: list, first_row: int, capacity: int) -> list[int]:
    """Rows before which a page starts: a section (from one top-level heading to the next)
    that would not fit in what is left of the page starts on a new one."""
    starts = [j for j, item in enumerate(items)
              if isinstance(item, Heading) and item.level == 1] + [len(items)]
    out, used = [], starts[0]            # items before the first heading open the page
    for start, end in zip(starts, starts[1:]):
        length = end - start
        if used and used + length > capacity:
            out.append(first_row + start)
            used = 0
        used += length
    return out


def setup_print(ws: Worksheet, spec: dict, periods: int, rows: str | None,
                cols: str | None) -> None:
    """Landscape, fit to width (one page per ``periods_per_page`` periods), header rows and
    label columns repeated on every page, the sheet's name and page number in the footer."""
    ws.page_setup.orientation = spec["orientation"]
    ws.page_setup.paperSize = spec["paper_size"]
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = max(1, math.ceil(periods / spec["periods_per_page"]))
    ws.page_setup.fitToHeight = 0
    ws.page_setup.pageOrder = "overThenDown"     # a section across all periods, then the next
    margin = spec["margins_inches"]
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin + 0.2
    if rows:
        ws.print_title_rows = rows
    if cols:
        ws.print_title_cols = cols
    ws.oddFooter.center.text = "&A — &P / &N"
    ws.oddFooter.center.size = 8
