"""Native Excel charts on the summary sheet, reading the calculation sheets' rows: cash flows,
DSCR against the covenant, and funding (debt outstanding, equity paid in, reserve). Lines are
straight (``smooth = False``): a smoothed curve would invent values between periods."""

from __future__ import annotations

import numpy as np
from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, \
    RegularTextRun

from .book import Book
from .context import Ctx


def _series(book: Book, wb, key: str, title: str, cols: tuple[int, int] | None = None) -> Series:
    ws = wb[book.sheet_of(key)]
    first, last = cols or book.span_of(key)
    ref = Reference(ws, min_col=first, max_col=last, min_row=book.row_of(key),
                    max_row=book.row_of(key))
    return Series(ref, title=title)


def _categories(book: Book, wb, key: str, cols: tuple[int, int] | None = None) -> Reference:
    ws = wb[book.sheet_of(key)]
    first, last = cols or book.span_of(key)
    return Reference(ws, min_col=first, max_col=last, min_row=4, max_row=4)


def _size(chart, spec: dict) -> None:
    chart.width = spec["width_cm"]
    chart.height = spec["height_cm"]
    chart.legend.position = "b"


def title(text: str, size: float = 10) -> Title:
    """A chart title in bold ``size`` points (the default title is large for a small chart)."""
    font = CharacterProperties(sz=int(size * 100), b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font),
                          r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _unsmoothed(chart: LineChart) -> None:
    for s in chart.series:
        s.smooth = False
        s.marker.symbol = "none"


def cash_flows(ctx: Ctx, wb, spec: dict) -> BarChart:
    book, t = ctx.book, ctx.t
    chart = BarChart()
    chart.type = "col"
    chart.title = t("chart.cash_flows", unit=ctx.currency)
    for key, label in (("cf.fcff", "row.fcff"), ("cf.fcfe", "row.fcfe"),
                       ("cf.district", "row.district_flow")):
        chart.series.append(_series(book, wb, key, t(label)))
    chart.set_categories(_categories(book, wb, "cf.fcff"))
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.tickLblPos = "low"      # period labels below the negative bars
    _size(chart, spec)
    return chart


def dscr(ctx: Ctx, wb, spec: dict) -> LineChart | None:
    """DSCR and covenant over the periods with debt service (a blank would plot as zero)."""
    book, t = ctx.book, ctx.t
    ratio = np.asarray(book.values_of("rt.dscr"), float)
    has = np.flatnonzero(~np.isnan(ratio))
    if has.size == 0:
        return None
    first = book.span_of("rt.dscr")[0]
    cols = (first + int(has[0]), first + int(has[-1]))
    chart = LineChart()
    chart.title = t("chart.dscr")
    for key, label in (("rt.dscr", "row.dscr"), ("rt.cov", "row.covenant")):
        chart.series.append(_series(book, wb, key, t(label), cols))
    chart.set_categories(_categories(book, wb, "rt.dscr", cols))
    chart.y_axis.numFmt = '0.00"x"'
    _unsmoothed(chart)
    _size(chart, spec)
    return chart


def funding(ctx: Ctx, wb, spec: dict) -> LineChart:
    book, t = ctx.book, ctx.t
    chart = LineChart()
    chart.title = t("chart.funding", unit=ctx.currency)
    for key, label in (("fin.close", "row.closing_balance"), ("st.paid", "row.paid_in_equity"),
                       ("fin.dsra", "row.dsra_balance")):
        chart.series.append(_series(book, wb, key, t(label)))
    chart.set_categories(_categories(book, wb, "fin.close"))
    chart.y_axis.numFmt = "#,##0"
    _unsmoothed(chart)
    _size(chart, spec)
    return chart


def add_charts(ctx: Ctx, wb, ws, spec: dict, column: str = "E") -> None:
    row = 4
    for make in (cash_flows, dscr, funding):
        chart = make(ctx, wb, spec)
        if chart is None:
            continue
        ws.add_chart(chart, f"{column}{row}")
        row += int(spec["height_cm"] / 0.5) + 2
