"""The screening ranking as a workbook: one row per property, sortable and filterable.

A plain table of values (each one the result of the property's own evaluation, see
:mod:`pppmodeler.vehicle.screening`), not formulas: a note above the table says so and names the
inventory, the date and the rule that built each model. Names and codes from the inventory are
written as text, never as formulas. Number formats follow the report template; the header row
is frozen and carries an autofilter, so an officer can sort and filter in Excel.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..core.metrics import UNITS
from ..i18n import tr
from ..i18n.messages import in_language
from .style import template
from .text import put_text

TEXT_COLUMNS = ("code", "name", "kind", "comuna", "template", "unit", "problem")
FORMAT_OF = {"rate": "rate", "money": "amount", "multiple": "multiple", "years": "years"}


def column_format(column: str) -> str | None:
    """The template's number format of a ranking column (None for text)."""
    formats = template()["number_formats"]
    if column in UNITS:
        return formats[FORMAT_OF[UNITS[column]]]
    if column == "target_equity_irr":
        return formats["rate"]
    if column == "area_m2":
        return formats["amount"]
    if column.startswith("rank") or column == "row":
        return formats["integer"]
    return None


def write_ranking(table: pd.DataFrame, path: str | Path, source: str, lang: str = "es") -> Path:
    """Write the screening ``table`` (columns as :func:`screening.screen` gives them) to
    ``path`` (.xlsx), replacing it."""
    wb = Workbook()
    ws = wb.active
    ws.title = tr("ranking.sheet", lang)
    ws["A1"] = tr("ranking.title", lang)
    ws["A1"].font = Font(bold=True, size=14)
    put_text(ws["A2"], tr("ranking.note", lang, source=source,
                          date=datetime.date.today().isoformat()))
    ws["A2"].alignment = Alignment(wrap_text=False)
    header_row = 4
    columns = list(table.columns)
    fill = PatternFill("solid", fgColor="DDE7F0")
    for j, column in enumerate(columns, start=1):
        cell = ws.cell(header_row, j)
        put_text(cell, _heading(column, lang))
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(j)].width = 28 if column == "name" else 14
    formats = {c: column_format(c) for c in columns}
    for i, row in enumerate(table.itertuples(index=False), start=header_row + 1):
        for j, (column, value) in enumerate(zip(columns, row), start=1):
            cell = ws.cell(i, j)
            if column in TEXT_COLUMNS:
                put_text(cell, "" if value is None else
                         in_language(value, lang) if column == "problem" else value)
            elif column == "viable":
                put_text(cell, tr("ranking.yes" if value else "ranking.no", lang))
            elif value is not None and not pd.isna(value) and math.isfinite(float(value)):
                cell.value = float(value) if formats[column] != template()[
                    "number_formats"]["integer"] else int(value)
                if formats[column]:
                    cell.number_format = formats[column]
    ws.freeze_panes = ws.cell(header_row + 1, 3)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}" \
                         f"{header_row + len(table)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    path = Path(path)
    wb.save(path)
    return path


def _heading(column: str, lang: str) -> str:
    if column in UNITS:
        return tr(f"metric.{column}", lang)
    if column.startswith("rank_"):
        return tr("ranking.rank_by", lang, metric=tr(f"metric.{column[5:]}", lang))
    return tr(f"ranking.column.{column}", lang)
