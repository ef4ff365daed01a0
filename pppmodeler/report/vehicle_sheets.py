"""The vehicle workbook's sheets of values: the cover, one row per property, the ranking and
the map. Names and codes from the inventory go through ``put_text`` (never a formula)."""

from __future__ import annotations

import datetime
import io
import math
from dataclasses import dataclass, field

import pandas as pd
from openpyxl.drawing.image import Image
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from .. import __version__
from ..core.metrics import UNITS as HOLDING_UNITS
from ..vehicle.consolidation import UNITS
from .cover import cover_rows, metric_row
from .inputs_sheet import choice_text
from .text import put_text
from .vehicle_plan import METRIC_NAMES
from .writer import Cache, setup_print

FORMATS = {"rate": "rate", "money": "amount", "multiple": "multiple", "years": "years"}
TABLE = ("code", "name", "kind", "comuna", "area_m2", "project_irr", "equity_irr",
         "project_npv", "equity_npv", "district_npv", "min_dscr", "district_npv_in_vehicle")
TEXT_COLUMNS = ("code", "name", "kind", "comuna")
MAP_METRIC = "district_npv_in_vehicle"
MAP_DPI = 110


@dataclass
class About:
    """What the cover says about the workbook's source."""

    file_name: str = ""
    author: str = ""
    notes: str = ""
    content_hash: str = ""
    today: datetime.date = field(default_factory=datetime.date.today)


def column_format(column: str) -> str:
    if column in HOLDING_UNITS:
        return FORMATS[HOLDING_UNITS[column]]
    return {"area_m2": "amount", "rank": "integer"}.get(column, "amount")


def column_heading(column: str, t, currency: str) -> str:
    if column in HOLDING_UNITS:
        text = t(f"metric.{column}")
        return f"{text} ({currency})" if HOLDING_UNITS[column] == "money" else text
    if column == "district_npv_in_vehicle":
        return f"{t('vehicle.column.district_npv_in_vehicle')} ({currency})"
    return t(f"vbook.column.{column}")


def write_table(ws, table: pd.DataFrame, styles, t, currency: str, heading: str, note: str,
                subtitle: str, rank: bool = False) -> None:
    """One row per property under a header row (frozen, filterable), values not formulas."""
    columns = (["rank"] if rank else []) + list(TABLE)
    put_text(ws.cell(1, 1), heading, styles("title"))
    put_text(ws.cell(2, 1), subtitle, styles("subtitle"))
    put_text(ws.cell(3, 1), note, styles("note"))
    header = 5
    for j, column in enumerate(columns, start=1):
        role = "header" if column in TEXT_COLUMNS or column == "rank" else "colhead"
        cell = put_text(ws.cell(header, j), column_heading(column, t, currency), styles(role))
        cell.alignment = Alignment(wrap_text=True, vertical="bottom",
                                   horizontal="left" if role == "header" else "right")
        width = {"name": 34, "code": 13, "kind": 22, "comuna": 20, "rank": 8}.get(column, 17)
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.row_dimensions[header].height = 54
    records = table.to_dict("records")
    for i, row in enumerate(records, start=header + 1):
        for j, column in enumerate(columns, start=1):
            cell = ws.cell(i, j)
            value = i - header if column == "rank" else row[column]
            if column == "rank":
                cell.value = value
                cell.style = styles("calc", "integer")
                cell.alignment = Alignment(horizontal="left")
            elif column == "kind":
                put_text(cell, choice_text(value, t) or value, styles("label"))
            elif column in TEXT_COLUMNS:
                put_text(cell, "" if value is None else value, styles("label"))
            elif value is None or not math.isfinite(float(value)):
                put_text(cell, "—", styles("flag"))
                cell.alignment = Alignment(horizontal="right")
            else:
                cell.value = float(value)
                cell.style = styles("calc", column_format(column))
    ws.freeze_panes = ws.cell(header + 1, 3 + rank)
    ws.auto_filter.ref = f"A{header}:{get_column_letter(len(columns))}{header + len(records)}"
    setup_print(ws, styles.spec["print"], 1, f"{header}:{header}", None)


def ranked(table: pd.DataFrame) -> pd.DataFrame:
    """The rows by ``district_npv_in_vehicle``, largest first (a missing value last)."""
    return table.sort_values(MAP_METRIC, ascending=False, na_position="last", kind="stable")


def map_png(table: pd.DataFrame, t, lang: str, currency: str) -> bytes:
    from ..charts.portfolio import portfolio_map  # matplotlib only when a map is drawn

    label = f"{t('vehicle.column.district_npv_in_vehicle')} ({currency})"
    figure = portfolio_map(table, MAP_METRIC, label, lang)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=MAP_DPI)
    return out.getvalue()


def write_map(ws, table: pd.DataFrame, styles, t, lang: str, currency: str, heading: str,
              subtitle: str) -> None:
    put_text(ws.cell(1, 1), heading, styles("title"))
    put_text(ws.cell(2, 1), subtitle, styles("subtitle"))
    put_text(ws.cell(3, 1), t("vbook.note.map"), styles("note"))
    image = Image(io.BytesIO(map_png(table, t, lang, currency)))
    ws.add_image(image, "A5")
    setup_print(ws, styles.spec["print"], 1, None, None)
    ws.page_setup.orientation = "portrait"


def write_cover(ws, styles, cache: Cache, t, lang: str, vehicle, results, about: About,
                currency: str, count: int, contents: list[tuple[str, str]]) -> None:
    fixed = styles.spec["cover"]
    put_text(ws.cell(1, 1), fixed["organisation"][lang], styles("subtitle"))
    put_text(ws.cell(3, 1), t("vbook.cover.title"), styles("title"))
    put_text(ws.cell(4, 1), vehicle.name or about.file_name, styles("title"))
    rows = [
        ("vbook.cover.properties", t.number(count)),
        ("vbook.cover.years", f"{int(results.years[0])}–{int(results.years[-1])}"),
        ("cover.author", about.author),
        ("cover.date", about.today.isoformat()),
        ("cover.version", __version__),
        ("vbook.cover.file", about.file_name),
        ("cover.hash", about.content_hash),
        ("cover.currency", currency),
        ("cover.notes", about.notes),
    ]
    r = cover_rows(ws, rows, t, styles) + 1
    put_text(ws.cell(r, 1), t("vbook.cover.headline"), styles("section"))
    ws.cell(r, 2).style = styles("section")
    r += 1
    for name, defined in METRIC_NAMES.items():
        value = results.metric(name)
        if value is None:
            value = t(f"status.{results.status(name)}")
        label = t(f"vehicle.metric.{name}")
        if UNITS[name] == "money":
            label += f" ({currency})"
        metric_row(ws, r, label, defined, value, UNITS[name], styles, cache)
        r += 1
    r += 1
    put_text(ws.cell(r, 1), t("cover.contents"), styles("section"))
    ws.cell(r, 2).style = styles("section")
    r += 1
    for title, what in contents:
        put_text(ws.cell(r, 1), title, styles("cover_label"))
        cell = put_text(ws.cell(r, 2), what, styles("note"))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 13 * (len(what) // 95 + 1)
        r += 1
    r += 1
    for text in (t("vbook.cover.formulas"), fixed["disclaimer"][lang]):
        cell = put_text(ws.cell(r, 1), text, styles("wrap"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.row_dimensions[r].height = 13 * (len(text) // 120 + 1) + 4
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    messages = results.messages or []
    if messages:
        r += 1
        put_text(ws.cell(r, 1), t("heading.warnings"), styles("section"))
        ws.cell(r, 2).style = styles("section")
        for m in messages:
            r += 1
            text = "• " + m.text(lang)
            cell = put_text(ws.cell(r, 1), text, styles("wrap"))
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            ws.row_dimensions[r].height = 13 * (len(text) // 120 + 1)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 85
    setup_print(ws, styles.spec["print"], 1, None, None)
    ws.page_setup.orientation = "portrait"
