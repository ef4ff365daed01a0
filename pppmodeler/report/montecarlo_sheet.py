"""Montecarlo / Monte Carlo: what was sampled, and what came out.

Assumptions first, so the run can be reproduced: iterations run, seed, sampling method, every
distribution with its parameters (in the input's own unit), the rank correlations and the
hurdles. Then, from :class:`pppmodeler.analysis.mcresult.MonteCarloResult`: percentiles, mean
and standard deviation of the headline metrics (:func:`pppmodeler.analysis.montecarlo.table`),
the probability of missing each hurdle, the drivers of the key metric's variance and its
histogram, with a native column chart of the bin counts. Values, not formulas.
"""

from __future__ import annotations

from dataclasses import fields

from openpyxl.chart import BarChart, Reference, Series
from openpyxl.utils import get_column_letter

from ..analysis.settings import Correlation, Distribution, Hurdle, MonteCarlo
from ..core.results import HEADLINE
from ..i18n.messages import in_language
from .analyses import AnalysisResults
from .charts import title
from .summary import metric_format, metric_unit
from .values import Env, ValueSheet

COL_LABEL, COL_UNIT, COL_FIRST = 1, 2, 3
STATISTICS = ("P5", "P10", "P50", "P90", "P95", "mean", "sd", "missing")
METRICS = tuple(m for m in HEADLINE if m != "balance_check")
LAST_COL = COL_FIRST + len(STATISTICS) - 1       # the widest table: the percentiles
WIDTHS = {COL_LABEL: 44, COL_UNIT: 14, **{c: 14 for c in range(COL_FIRST, LAST_COL + 1)}}
HISTOGRAM_BINS = 25
COL_LAST_CORR = COL_FIRST + 5      # the rank correlation's column (the inputs are long)
CM_PER_ROW = 0.45
# Parameters shown for each kind of distribution (the others do not count for it).
PARAMETERS = {"triangular": ("low", "mode", "high"), "pert": ("low", "mode", "high"),
              "uniform": ("low", "high"), "normal": ("mean", "sd"),
              "lognormal": ("mean", "sd"), "discrete": ("values",)}
DIST_COLUMNS = ("low", "mode", "high", "mean", "sd", "values")


def field_label(cls, name: str, lang: str) -> str:
    """The label a setting is declared with (``analysis/settings.py``)."""
    return next(f.metadata[lang] for f in fields(cls) if f.name == name)


def write_montecarlo(ws, env: Env, model, analyses: AnalysisResults) -> None:
    t = env.words
    result = analyses.montecarlo
    if result is None:
        sheet = env.sheet(ws, t("sheet.montecarlo.heading"), t("note.montecarlo_none"),
                          WIDTHS)
        sheet.wrapped(t("note.not_computed", reason=analyses.problem("montecarlo", t.lang)),
                      "warn")
        sheet.layout(None)
        return
    settings = result.settings
    sheet = env.sheet(ws, t("sheet.montecarlo.heading"),
                      t("note.montecarlo", iterations=t.count("iterations", result.n),
                        seed=settings.seed), WIDTHS)
    if analyses.iterations_asked:
        sheet.note(t("note.montecarlo_capped",
                     asked=t.count("iterations", analyses.iterations_asked),
                     ran=t.count("iterations", result.n)))
    _assumptions(sheet, model, result)
    _percentiles(sheet, result)
    _hurdles(sheet, result)
    _drivers(sheet, model, result, analyses.key_metric)
    _histogram(sheet, result, analyses.key_metric)
    sheet.layout("C5")


def _assumptions(sheet: ValueSheet, model, result) -> None:
    t, lang, settings = sheet.t, sheet.lang, result.settings
    sheet.section(t("heading.mc_assumptions"))
    sheet.pair(field_label(MonteCarlo, "iterations", lang), result.n, "count")
    sheet.pair(field_label(MonteCarlo, "seed", lang), settings.seed, "integer")
    sheet.pair(field_label(MonteCarlo, "sampling", lang), t(f"sampling.{settings.sampling}"))
    refused = int(result.refused().sum())
    sheet.pair(t("row.iterations_refused"), refused, "count")
    for message, count in result.refusals():
        sheet.note(f"• {message.text(lang)} ({t.number(count)})")
    for note in result.notes:
        sheet.note(f"• {in_language(note, lang)}")
    sheet.row += 1
    sheet.subsection(field_label(MonteCarlo, "distributions", lang))
    sheet.header([field_label(Distribution, "path", lang), t("col.unit"),
                  field_label(Distribution, "kind", lang),
                  *(field_label(Distribution, name, lang) for name in DIST_COLUMNS)],
                 right_from=COL_FIRST + 1)
    for dist in settings.distributions:
        _distribution(sheet, model, dist)
    sheet.row += 1
    if settings.correlations:
        sheet.subsection(field_label(MonteCarlo, "correlations", lang))
        second, rank = COL_FIRST + 1, COL_LAST_CORR
        sheet.header([field_label(Correlation, "first", lang), "", "",
                      field_label(Correlation, "second", lang)], left=(second,))
        sheet.ws.merge_cells(start_row=sheet.row - 1, start_column=second,
                             end_row=sheet.row - 1, end_column=rank - 1)
        sheet.row -= 1
        sheet.header([field_label(Correlation, "rank", lang)], first=rank)
        for corr in settings.correlations:
            sheet.label(COL_LABEL, sheet.input_label(model, corr.first))
            sheet.label(second, sheet.input_label(model, corr.second), last=rank - 1)
            sheet.value(rank, corr.rank, "number")
            sheet.row += 1
        sheet.row += 1


def _distribution(sheet: ValueSheet, model, dist: Distribution) -> None:
    unit, fmt = sheet.input_unit(dist.path)
    sheet.label(COL_LABEL, f"{sheet.input_label(model, dist.path)}\n{dist.path}")
    sheet.label(COL_UNIT, unit, "unit")
    sheet.label(COL_FIRST, sheet.t(f"dist.{dist.kind}"), "label")
    shown = PARAMETERS.get(dist.kind, ())
    for j, name in enumerate(DIST_COLUMNS):
        col = COL_FIRST + 1 + j
        if name not in shown:
            continue
        if name == "values":
            sheet.value(col, _discrete_text(dist, sheet.t), "text")
        else:
            sheet.value(col, getattr(dist, name), fmt)
    sheet.row += 1


def _discrete_text(dist: Distribution, t) -> str:
    """Each value and its weight, ``150 (0,25); 200 (0,75)`` in the reader's convention."""
    weights = dist.weights or [1.0] * len(dist.values)
    return "; ".join(f"{t.short(v)} ({t.short(w)})" for v, w in zip(dist.values, weights))


def _percentiles(sheet: ValueSheet, result) -> None:
    from ..analysis.montecarlo import table

    t = sheet.t
    sheet.keep_together(len(METRICS) + 3)
    sheet.section(t("heading.mc_percentiles"))
    sheet.header([t("col.metric"), t("col.unit"), *(t(f"col.stat_{s}") for s in STATISTICS)])
    stats = table(result, METRICS)
    for name in METRICS:
        sheet.metric_label(name)
        for j, stat in enumerate(STATISTICS):
            value = stats.at[name, stat]
            if stat == "missing":
                sheet.value(COL_FIRST + j, float(value), "count")
            else:
                sheet.metric(COL_FIRST + j, name, float(value))
        sheet.row += 1
    sheet.row += 1


def _hurdles(sheet: ValueSheet, result) -> None:
    t, lang = sheet.t, sheet.lang
    hurdles = result.hurdles()
    sheet.keep_together(len(hurdles) + 4)
    sheet.section(t("heading.mc_hurdles"))
    if not hurdles:
        sheet.note(t("note.no_hurdles"))
        sheet.row += 1
        return
    sheet.header([field_label(Hurdle, "metric", lang), t("col.unit"),
                  field_label(Hurdle, "side", lang), field_label(Hurdle, "threshold", lang),
                  t("col.probability_missed")], left=(COL_FIRST,))
    for hurdle, probability in hurdles:
        sheet.metric_label(hurdle.metric)
        sheet.label(COL_FIRST, t(f"side.{hurdle.side}"), "label")
        sheet.metric(COL_FIRST + 1, hurdle.metric, hurdle.threshold)
        sheet.value(COL_FIRST + 2, probability, "rate", "strong")
        sheet.row += 1
    sheet.note(t("note.hurdles"))
    sheet.row += 1


def _drivers(sheet: ValueSheet, model, result, metric: str) -> None:
    t = sheet.t
    sheet.keep_together(len(result.inputs) + 4)
    sheet.section(t("heading.mc_drivers", metric=t(f"metric.{metric}")))
    sheet.header([t("col.input"), t("col.unit"), t("col.rank_correlation"),
                  t("col.variance_share"), t("col.path")], left=(COL_FIRST + 2,))
    sheet.ws.merge_cells(start_row=sheet.row - 1, start_column=COL_FIRST + 2,
                         end_row=sheet.row - 1, end_column=sheet.last_col)
    drivers = result.drivers(metric)
    for path, row in drivers.iterrows():
        sheet.label(COL_LABEL, sheet.input_label(model, path))
        sheet.label(COL_UNIT, sheet.input_unit(path)[0], "unit")
        sheet.value(COL_FIRST, float(row["rank_correlation"]), "number")
        sheet.value(COL_FIRST + 1, float(row["share"]), "rate", "strong")
        sheet.label(COL_FIRST + 2, path, "path", last=sheet.last_col)
        sheet.row += 1
    sheet.note(t("note.drivers"))
    sheet.row += 1


def _histogram(sheet: ValueSheet, result, metric: str) -> None:
    t = sheet.t
    sheet.keep_together(HISTOGRAM_BINS + 3)
    sheet.section(t("heading.mc_histogram", metric=t(f"metric.{metric}")))
    values = result.values(metric)
    if values.size == 0:
        sheet.note(t("note.no_values"))
        return
    counts, edges = result.histogram(metric, HISTOGRAM_BINS)
    fmt = metric_format(metric)
    unit = metric_unit(metric, sheet.currency, t)
    sheet.header([t("col.bin_from"), t("col.bin_to"), t("col.bin_middle"),
                  t("col.iterations"), t("col.share")], right_from=COL_LABEL)
    top = sheet.row
    for k, count in enumerate(counts):
        sheet.value(COL_LABEL, edges[k], fmt)
        sheet.value(COL_UNIT, edges[k + 1], fmt)
        sheet.value(COL_FIRST, (edges[k] + edges[k + 1]) / 2, fmt)
        sheet.value(COL_FIRST + 1, float(count), "count")
        sheet.value(COL_FIRST + 2, float(count) / values.size, "rate")
        sheet.row += 1
    _histogram_chart(sheet, metric, unit, fmt, top, sheet.row - 1)
    sheet.note(t("note.histogram", bins=t.count("bins", len(counts)),
                 count=t.count("iterations", values.size),
                 missing=t.number(result.missing(metric))))


def _histogram_chart(sheet: ValueSheet, metric: str, unit: str, fmt: str, first: int,
                     last: int) -> None:
    t, ws = sheet.t, sheet.ws
    spec = sheet.styles.spec["chart"]
    chart = BarChart()
    chart.type = "col"
    chart.gapWidth = 10
    chart.title = title(t("chart.histogram", metric=t(f"metric.{metric}"), unit=unit))
    ref = Reference(ws, min_col=COL_FIRST + 1, max_col=COL_FIRST + 1, min_row=first,
                    max_row=last)
    series = Series(ref, title=t("col.iterations"))
    series.graphicalProperties.solidFill = sheet.styles.colors["histogram"]
    chart.series.append(series)
    chart.set_categories(Reference(ws, min_col=COL_FIRST, max_col=COL_FIRST, min_row=first,
                                   max_row=last))
    chart.x_axis.numFmt = sheet.styles.number_format(fmt)
    chart.x_axis.tickLblPos = "low"
    chart.y_axis.title = t("col.iterations")
    chart.y_axis.numFmt = "#,##0"
    chart.legend = None
    chart.width = spec["width_cm"] * 0.62
    chart.height = max(spec["height_cm"], CM_PER_ROW * (last - first + 2))
    ws.add_chart(chart, f"{get_column_letter(COL_FIRST + 3)}{first - 1}")
