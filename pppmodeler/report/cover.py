"""Portada / Cover: which property, which scenario, which inputs (the file's content hash),
who and when; the fixed text (organisation, title, disclaimer) comes from the template."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from openpyxl.styles import Alignment

from .. import __version__
from ..core.metrics import UNITS
from .inputs_sheet import choice_text
from .summary import FORMATS, NAMES
from .text import put_text
from .writer import setup_print


@dataclass
class About:
    """What the cover says about the report's source."""

    file_name: str = ""
    scenario: str = ""            # "" = the base case
    overrides: list = field(default_factory=list)   # "path=value" set for this report
    author: str = ""
    notes: str = ""
    content_hash: str = ""
    today: datetime.date = field(default_factory=datetime.date.today)


# The figures a board member looks for first, shown on the cover from the summary's names.
HEADLINE = ("project_irr", "equity_irr", "project_npv", "district_npv", "min_dscr",
            "payback_years")


def _headline(ws, ctx, styles, cache, r: int) -> int:
    put_text(ws.cell(r, 1), ctx.t("cover.headline"), styles("section"))
    ws.cell(r, 2).style = styles("section")
    r += 1
    for name in HEADLINE:
        value = ctx.results.metric(name)
        if value is None:
            value = ctx.t(f"status.{ctx.results.status(name)}")
        label = ctx.t(f"metric.{name}")
        if UNITS[name] == "money":
            label += f" ({ctx.currency})"
        metric_row(ws, r, label, NAMES[name], value, UNITS[name], styles, cache)
        r += 1
    return r


def metric_row(ws, r: int, label: str, defined: str, value, unit: str, styles, cache) -> None:
    """A cover row: the metric's label, and a formula reading its defined name, cached with
    ``value`` (a number, or the words saying why there is none)."""
    put_text(ws.cell(r, 1), label, styles("cover_label"))
    cell = ws.cell(r, 2)
    cell.value = f"={defined}"
    cell.style = styles("cover_value", "text" if isinstance(value, str) else FORMATS[unit])
    cache.put(ws.title, r, 2, value)


def write_cover(ws, ctx, styles, cache, about: About, contents: list[tuple[str, str]]) -> None:
    t, lang = ctx.t, ctx.words.lang
    fixed = styles.spec["cover"]
    prop = ctx.model.property
    put_text(ws.cell(1, 1), fixed["organisation"][lang], styles("subtitle"))
    put_text(ws.cell(3, 1), fixed["title"][lang], styles("title"))
    put_text(ws.cell(4, 1), prop.name or about.file_name, styles("title"))
    rows = [
        ("cover.code", prop.code),
        ("cover.comuna", prop.comuna),
        ("cover.kind", choice_text(prop.kind, ctx.words) or prop.kind),
        ("cover.mechanism", choice_text(prop.mechanism, ctx.words) or prop.mechanism),
        ("cover.scenario", about.scenario or t("cli.base_case")),
        ("cover.overrides", "; ".join(about.overrides) if about.overrides else t("cover.none")),
        ("cover.author", about.author),
        ("cover.date", about.today.isoformat()),
        ("cover.version", __version__),
        ("cover.file", about.file_name),
        ("cover.hash", about.content_hash),
        ("cover.currency", ctx.currency),
        ("cover.notes", about.notes),
    ]
    r = cover_rows(ws, rows, t, styles) + 1
    r = _headline(ws, ctx, styles, cache, r) + 1
    put_text(ws.cell(r, 1), t("cover.contents"), styles("section"))
    ws.cell(r, 2).style = styles("section")
    r += 1
    for title, what in contents:
        put_text(ws.cell(r, 1), title, styles("label"))
        put_text(ws.cell(r, 2), what, styles("note"))
        r += 1
    r += 1
    cell = put_text(ws.cell(r, 1), fixed["disclaimer"][lang], styles("wrap"))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.row_dimensions[r].height = 40
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 85
    setup_print(ws, styles.spec["print"], 1, None, None)
    ws.page_setup.orientation = "portrait"


def cover_rows(ws, rows: list[tuple[str, object]], t, styles, first: int = 6) -> int:
    """Label (text of a catalogue key) and value pairs down columns A and B from row
    ``first``, values as text that wraps (the notes get the height they need); returns the
    next free row. Shared by the property report's and the vehicle workbook's covers."""
    r = first
    for key, value in rows:
        put_text(ws.cell(r, 1), t(key), styles("cover_label"))
        cell = put_text(ws.cell(r, 2), value, styles("wrap"))
        if key == "cover.notes" and value:
            ws.row_dimensions[r].height = 13 * (len(str(value)) // 90 + 1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    return r
