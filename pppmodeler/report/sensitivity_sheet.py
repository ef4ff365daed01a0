"""Sensibilidad / Sensitivity: the tornado and the two-way table of the report's model.

Tornado: one row per input, largest swing first, as
:func:`pppmodeler.analysis.sensitivity.tornado` ranks them: the input's base, low and high
values as the model took them, the metric at each end (or why it has none), the swing and the
change from the base case at each end; a native horizontal bar chart draws those changes, so
each bar starts at the base case (red: the input at its low value, blue: at its high value, as
on the desktop). Two-way table: the metric for every pair of row and column
values (:func:`pppmodeler.analysis.two_way.two_way`), both inputs named with their path, under
a colour scale (conditional formatting) from the worst to the best value. Values, not formulas.
"""

from __future__ import annotations

import math
import re

from openpyxl.chart import BarChart, Reference, Series
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter

from ..core import paths
from .analyses import AnalysisResults
from .charts import title
from .summary import metric_format
from .values import Env, ValueSheet

COL_LABEL, COL_UNIT, COL_FIRST = 1, 2, 3
# tornado columns after label and unit
TORNADO = ("col.base_value", "col.low_value", "col.high_value", "col.metric_at_low",
           "col.metric_at_high", "col.swing", "col.change_at_low", "col.change_at_high",
           "col.path")
LAST_COL = COL_FIRST + len(TORNADO) - 1
WIDTHS = {COL_LABEL: 40, COL_UNIT: 12, **{c: 13 for c in range(COL_FIRST, LAST_COL)},
          LAST_COL: 34}
# Metrics where less is better: their colour scale runs the other way.
LOWER_IS_BETTER = {"payback_years", "discounted_payback_years", "peak_debt", "peak_funding",
                   "balance_check"}
CM_PER_BAR = 0.75
ROWS_PER_CM = 72 / 2.54 / 12.75   # rows of the default height a chart of 1 cm covers


def short_label(label: str) -> str:
    """An input's label for a chart or a table: without the trailing explanation in brackets
    and, when it names a line, without the section before the line's name."""
    parts = label.split(paths.SEPARATOR)
    if len(parts) >= 3:
        parts = parts[1:]
    parts[-1] = re.sub(r"\s*\([^()]*\)$", "", parts[-1])
    return paths.SEPARATOR.join(parts)


def evaluations(analyses: AnalysisResults) -> int:
    """How many cases the sheet's numbers come from (each case, the base included)."""
    n = 0
    if analyses.tornado is not None:
        n += 1 + 2 * len(analyses.tornado.bars)
    if analyses.two_way is not None:
        n += 1 + len(analyses.two_way.row_values) * len(analyses.two_way.column_values)
    return n


def write_sensitivity(ws, env: Env, model, analyses: AnalysisResults) -> None:
    t = env.words
    sheet = env.sheet(ws, t("sheet.sensitivity.heading"),
                      t("note.sensitivity",
                        count=t.count("evaluations", evaluations(analyses))), WIDTHS)
    if analyses.tornado is not None:
        _tornado(sheet, model, analyses.tornado)
    else:
        _problem(sheet, "heading.tornado_plain", analyses.problem("tornado", t.lang))
    sheet.row += 1
    if analyses.two_way is not None:
        sheet.keep_together(8 + len(analyses.two_way.row_values))
        _two_way(sheet, model, analyses.two_way)
    else:
        _problem(sheet, "heading.two_way_plain", analyses.problem("two_way", t.lang))
    sheet.layout("C5")


def _problem(sheet: ValueSheet, heading: str, problem: str) -> None:
    sheet.section(sheet.t(heading))
    sheet.wrapped(sheet.t("note.not_computed", reason=problem), "warn")


def _value(outcome, lang: str):
    """An analysis outcome's value, or the reason it has none."""
    return outcome.value if outcome.ok else outcome.reason(lang)


def _tornado(sheet: ValueSheet, model, tornado) -> None:
    t, metric = sheet.t, tornado.metric
    sheet.section(t("heading.tornado", metric=t(f"metric.{metric}")))
    sheet.label(COL_LABEL, t("row.metric_at_base"), "label_key")
    sheet.metric(COL_FIRST, metric, _value(tornado.base, sheet.lang), "strong")
    sheet.row += 1
    if not tornado.bars:
        sheet.note(t("note.no_inputs"))
        return
    sheet.header([t("col.input"), t("col.unit"), *(t(k) for k in TORNADO)],
                 right_from=COL_FIRST, left=(LAST_COL,))
    first = sheet.row
    for bar in tornado.bars:
        _bar(sheet, model, metric, bar, tornado.base.value)
    _tornado_chart(sheet, tornado, first, sheet.row - 1)


def _bar(sheet: ValueSheet, model, metric: str, bar, base: float) -> None:
    unit, fmt = sheet.input_unit(bar.path)
    sheet.label(COL_LABEL, short_label(sheet.input_label(model, bar.path)))
    sheet.label(COL_UNIT, unit, "unit")
    for col, value in enumerate((bar.input_base, bar.input_low, bar.input_high), COL_FIRST):
        sheet.value(col, value, fmt)
    col = COL_FIRST + 3
    for end in (bar.low, bar.high):
        sheet.metric(col, metric, _value(end, sheet.lang))
        col += 1
    sheet.metric(col, metric, bar.swing, "strong")
    for end in (bar.low, bar.high):
        col += 1
        change = end.value - base if end.ok and not math.isnan(base) else math.nan
        sheet.metric(col, metric, change)
    sheet.label(LAST_COL, bar.path, "path")
    sheet.row += 1


def _tornado_chart(sheet: ValueSheet, tornado, first: int, last: int) -> None:
    """Bars of the change from the base at the low and the high value, largest swing on top:
    red with the input at its low value, blue at its high value, as the desktop's tornado
    (``charts/analysis.py``), and a legend that says so."""
    t, ws = sheet.t, sheet.ws
    spec = sheet.styles.spec["chart"]
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.overlap = 100
    chart.gapWidth = 40
    chart.title = title(t("chart.tornado", metric=t(f"metric.{tornado.metric}")))
    colors = sheet.styles.colors
    for col, key, color in ((COL_FIRST + 6, "chart.tornado_low", colors["tornado_low"]),
                            (COL_FIRST + 7, "chart.tornado_high", colors["tornado_high"])):
        ref = Reference(ws, min_col=col, max_col=col, min_row=first, max_row=last)
        series = Series(ref, title=t(key))
        series.graphicalProperties.solidFill = color
        series.graphicalProperties.line.solidFill = color
        chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=COL_LABEL, max_col=COL_LABEL, min_row=first,
                                   max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"      # the first (largest) bar on top
    chart.x_axis.tickLblPos = "low"                  # labels left of the bars, not on them
    chart.y_axis.numFmt = sheet.styles.number_format(metric_format(tornado.metric))
    chart.y_axis.majorGridlines = None
    chart.y_axis.title = t("chart.change_from_base")
    chart.width = spec["width_cm"]
    chart.height = max(spec["height_cm"], 3 + CM_PER_BAR * (last - first + 1))
    chart.legend.position = "b"
    sheet.row += 1
    rows = math.ceil(chart.height * ROWS_PER_CM) + 1
    sheet.keep_together(rows)
    ws.add_chart(chart, f"A{sheet.row}")
    sheet.row += rows


def _two_way(sheet: ValueSheet, model, table) -> None:
    t, metric = sheet.t, table.metric
    sheet.section(t("heading.two_way", metric=t(f"metric.{metric}")))
    row_label = sheet.input_label(model, table.row_path)
    column_label = sheet.input_label(model, table.column_path)
    sheet.note(t("note.two_way", rows=row_label, row_path=table.row_path,
                 columns=column_label, column_path=table.column_path))
    sheet.label(COL_LABEL, t("row.metric_at_base"), "label_key")
    sheet.metric(COL_FIRST, metric, _value(table.base, sheet.lang), "strong")
    sheet.row += 1
    row_unit, row_fmt = sheet.input_unit(table.row_path)
    column_unit, column_fmt = sheet.input_unit(table.column_path)
    columns = len(table.column_values)
    last = COL_FIRST + columns - 1
    across = f"{short_label(column_label)} ({column_unit}) →" if column_unit else \
        f"{short_label(column_label)} →"
    sheet.header(["", ""])
    sheet.row -= 1
    sheet.label(COL_FIRST, across, "header", last=max(last, COL_FIRST))
    sheet.row += 1
    sheet.header([f"{short_label(row_label)} ↓", row_unit])
    sheet.row -= 1
    for j, value in enumerate(table.column_values):
        sheet.value(COL_FIRST + j, value, column_fmt,
                    "base" if value == table.column_base else "colhead")
    sheet.row += 1
    first = sheet.row
    for i, value in enumerate(table.row_values):
        sheet.value(COL_UNIT, value, row_fmt, "base" if value == table.row_base else "calc")
        for j, cell in enumerate(table.outcomes[i]):
            sheet.metric(COL_FIRST + j, metric, _value(cell, sheet.lang))
        sheet.row += 1
    _colour_scale(sheet, metric, first, sheet.row - 1, columns)


def _colour_scale(sheet: ValueSheet, metric: str, first: int, last: int, columns: int) -> None:
    colors = sheet.styles.colors
    worst, best = colors["scale_worst"], colors["scale_best"]
    if metric in LOWER_IS_BETTER:
        worst, best = best, worst
    span = (f"{get_column_letter(COL_FIRST)}{first}:"
            f"{get_column_letter(COL_FIRST + columns - 1)}{last}")
    sheet.ws.conditional_formatting.add(span, ColorScaleRule(
        start_type="min", start_color=worst, mid_type="percentile", mid_value=50,
        mid_color=colors["scale_middle"], end_type="max", end_color=best))
