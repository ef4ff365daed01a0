"""The Excel workbook of a corporate vehicle, for its board.

- :func:`export_vehicle` evaluates a vehicle document and writes its workbook atomically
  (what ``pppmodeler vehicle export`` calls);
- :func:`vehicle_bytes` gives the same file as bytes, from an evaluated vehicle.

Sheets: Portada (cover: the vehicle, its file and content hash, the headline metrics read from
Consolidado), Consolidado (the vehicle's calculation: live formulas, see :mod:`.plan`),
Supuestos (the vehicle's terms, each a defined name), Inmuebles (one row per property),
Priorización (the same rows ranked by what each brings the District in the vehicle), Mapa (the
portfolio map as a picture) and Líneas por inmueble (each property's annual lines: the engine's
values, which Consolidado sums; hidden, so that printing the workbook does not print one page
per few properties and years, and the cover says how to show it). Every formula cell also
carries the engine's value, so a reader that does not recalculate shows the same numbers
(``report/cached.py``).

Modules: ``vehicle_plan`` plans and verifies the calculation sheets; ``vehicle_sheets`` writes
the cover and the sheets of values; this one puts them together.
"""

from __future__ import annotations

import datetime
import io
import os
from copy import copy
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from ..fileformat.atomic import write_atomic
from ..fileformat.vehiclefile import VehicleDocument, content_hash
from ..vehicle.consolidation import VehicleResults, holdings_frame
from ..vehicle.evaluate import evaluate_vehicle
from ..vehicle.terms import Vehicle
from .book import COL_TOTAL, FIRST_HEADER_ROW, Book, ReportError
from .cached import inject
from .inputs_sheet import InputsPlan, write_inputs
from .style import styles_for, template
from .text import put_text
from .vehicle_plan import (
    METRIC_NAMES,
    VEHICLE_ROWS,
    VehiclePlan,
    inputs_of,
    plan_vehicle,
)
from .vehicle_sheets import About, ranked, write_cover, write_map, write_table
from .words import Words
from .writer import ROLE_OF_STYLE, Cache, SheetWriter, setup_print

SUFFIX = ".xlsx"
ORDER = ("cover", "consolidated", "inputs", "holdings", "ranking", "map", "lines")
FREEZE = "E5"          # labels, units, totals and the year header stay in view
TITLE_ROWS = "1:4"


def currency_text(unit: str, t: Words) -> str:
    """The vehicle's currency unit as the workbook shows it (pesos shown as millions when the
    template says so)."""
    scaled = unit == "pesos" and template().get("amounts_in_millions_when_pesos")
    return t("unit.millions" if scaled else f"unit.{unit}")


@dataclass
class Planned:
    """The workbook planned: its words, sheet titles, currency as shown, the book of its
    calculation sheets (places and values of every row) and the Supuestos plan."""

    t: Words
    titles: dict
    currency: str
    book: Book
    inputs: InputsPlan
    sheets: VehiclePlan


def plan(vehicle: Vehicle, results: VehicleResults, lang: str = "es") -> Planned:
    """The calculation sheets of an evaluated vehicle planned, evaluated and verified against
    the engine (:class:`ReportError` if a formula would disagree)."""
    if results.n != 1:
        raise ReportError("the vehicle workbook takes a single evaluation, not iterations")
    t = Words(lang)
    currency = currency_text(vehicle.setup.currency_unit, t)
    titles = {role: t(f"vbook.sheet.{role}") for role in ORDER}
    years = int(results.years.size)
    book = Book({"year": years, "period": years, "cpi": len(vehicle.setup.cpi)})
    inputs = InputsPlan(inputs_of(vehicle), t, book, titles["inputs"], currency)
    sheets = plan_vehicle(vehicle, results, book, t, titles, currency)
    return Planned(t, titles, currency, book, inputs, sheets)


def vehicle_bytes(vehicle: Vehicle, results: VehicleResults, about: About | None = None,
                  lang: str = "es") -> bytes:
    """The workbook of an evaluated vehicle, as the bytes of an .xlsx file."""
    planned = plan(vehicle, results, lang)
    t, titles, currency, book = planned.t, planned.titles, planned.currency, planned.book
    about = about or About()
    wb = Workbook()
    wb.remove(wb.active)
    styles = styles_for(wb, vehicle.setup.currency_unit, t("word.yes"), t("word.no"))
    sheets = {role: wb.create_sheet(titles[role]) for role in ORDER}
    subtitle = f"{vehicle.name or about.file_name} — {currency}"
    for name, ref in book.input_refs.items():
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    write_inputs(sheets["inputs"], planned.inputs, styles, t, subtitle)
    put_text(sheets["inputs"].cell(1, 1), t("vbook.sheet.inputs.heading"), styles("title"))
    cache = Cache()
    writer = ValuesWriter(wb, book, styles, cache, subtitle, {}, t("col.total"))
    for sheet_plan in (planned.sheets.consolidated, planned.sheets.lines_plan):
        ws = writer.write(sheet_plan)
        ws.freeze_panes = FREEZE
        setup_print(ws, styles.spec["print"], int(results.years.size), TITLE_ROWS, "A:C")
        put_total_heading(ws, styles, t)
    table = holdings_frame(vehicle, results)
    write_table(sheets["holdings"], table, styles, t, currency,
                t("vbook.sheet.holdings.heading"), t("vbook.note.holdings"), subtitle)
    write_table(sheets["ranking"], ranked(table), styles, t, currency,
                t("vbook.sheet.ranking.heading"), t("vbook.note.ranking"), subtitle, rank=True)
    write_map(sheets["map"], table, styles, t, lang, currency, t("vbook.sheet.map.heading"),
              subtitle)
    contents = [(titles[role], t(f"vbook.sheet.{role}.about")) for role in ORDER[1:]]
    write_cover(sheets["cover"], styles, cache, t, lang, vehicle, results, about, currency,
                len(table), contents)
    sheets["lines"].sheet_state = "hidden"     # Consolidado sums it; printed, it is ~90 % of
    wb.active = 0                              # the pages (the cover says how to show it)
    out = io.BytesIO()
    wb.save(out)
    return inject(out.getvalue(), cache)


class ValuesWriter(SheetWriter):
    """The report's sheet writer, faster on rows of values: each cell takes a copy of the
    first cell's style instead of looking the named style up (thousands of rows for a large
    vehicle). Its total column is wider than the report's: the metrics' reasons in words
    (an IRR that does not exist, no private partner) wrap inside it."""

    total_width = 20

    def _row(self, ws, plan, r: int, row) -> None:
        if row.constants is None or row.fmt == "text":
            return super()._row(ws, plan, r, row)
        self._label(ws, r, row)
        values = self.book.values_of(row.key)
        first, last = self.book.span_of(row.key)
        proto = ws.cell(r, first)
        proto.value = float(values[0])
        proto.style = self.styles(ROLE_OF_STYLE[row.style], row.fmt)
        for j, col in enumerate(range(first + 1, last + 1), start=1):
            cell = ws.cell(r, col)
            cell.value = float(values[j])
            cell._style = copy(proto._style)
        if row.total:
            span = f"{get_column_letter(first)}{r}:{get_column_letter(last)}{r}"
            cell = ws.cell(r, COL_TOTAL)
            cell.value = f"=SUM({span})"
            cell.style = self.styles("calc", row.fmt)
            self.cache.put(plan.title, r, COL_TOTAL, float(np.nansum(values)))


def put_total_heading(ws, styles, t) -> None:
    """The year header row's total column says what it holds."""
    put_text(ws.cell(FIRST_HEADER_ROW, COL_TOTAL), t("col.total"), styles("colhead"))


def about_vehicle(doc: VehicleDocument, file_name: str = "",
                  today: datetime.date | None = None) -> About:
    """What the cover says about a vehicle file's workbook (the hash of the vehicle as it is
    now, whatever the file last stamped)."""
    return About(file_name=file_name, author=doc.metadata.author, notes=doc.metadata.notes,
                 content_hash=content_hash(doc), today=today or datetime.date.today())


def export_vehicle(doc: VehicleDocument, path: str | os.PathLike, lang: str = "es",
                   folder: str | os.PathLike | None = None, file_name: str = "") -> Path:
    """Evaluate the vehicle of ``doc`` (holdings referenced by path are read relative to
    ``folder``, the vehicle file's folder) and write its workbook to ``path`` atomically;
    returns the path written. ``file_name`` is the vehicle file's name, for the cover."""
    results = evaluate_vehicle(doc.vehicle, folder=Path(folder) if folder else None)
    data = vehicle_bytes(doc.vehicle, results, about_vehicle(doc, file_name), lang)
    return write_atomic(path, data)


__all__ = [
    "METRIC_NAMES",
    "SUFFIX",
    "VEHICLE_ROWS",
    "About",
    "Planned",
    "about_vehicle",
    "export_vehicle",
    "plan",
    "vehicle_bytes",
]
