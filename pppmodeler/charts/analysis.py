"""Charts of the analyses: tornado, spider, scenarios side by side, Monte Carlo histogram and
cumulative curve. Matplotlib Figures only (no Qt, no pyplot).

Each builder takes plain numbers already computed by :mod:`pppmodeler.analysis` and a
:class:`Measure` saying what the metric is and how its values read (a rate as %, a multiple as
``1,35x``, money in the model's currency unit), so the desktop, the report and the tests draw
the same figure from the same numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..i18n import tr
from ..present import number

SIZE = (6.4, 3.8)
LOW, HIGH, BASE, NEUTRAL = "#c62828", "#1565c0", "#333333", "#546e7a"
CYCLE = ("#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037",
         "#ad1457", "#546e7a", "#9e9d24", "#283593", "#00695c")


@dataclass(frozen=True)
class Measure:
    """A metric as a chart shows it: ``label`` (``TIR del inversionista``), ``unit`` (``rate``,
    ``money``, ``multiple``, ``years``) and ``currency`` (``millones de COP``) for money."""

    label: str
    unit: str
    currency: str = ""

    def text(self, value: float, lang: str) -> str:
        """A value on an axis or a bar: 13,0 %, 1,35x, 6,7, 1.234."""
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "—"
        if self.unit == "rate":
            return number(value * 100, lang, 1) + " %"
        if self.unit == "multiple":
            return number(value, lang, 2) + "x"
        if self.unit == "years":
            return number(value, lang, 1)
        return number(value, lang, 0)

    def axis_label(self, lang: str) -> str:
        if self.unit == "money" and self.currency:
            return f"{self.label} ({self.currency})"
        if self.unit == "years":
            return f"{self.label} ({tr('unit.years', lang)})"
        return self.label


def _figure(size: tuple[float, float] = SIZE) -> Figure:
    return Figure(figsize=size, dpi=100, layout="constrained")


def _format(axis, measure: Measure, lang: str) -> None:
    axis.set_major_locator(MaxNLocator(nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: measure.text(v, lang)))


def _metric_axis(ax, which: str, measure: Measure, lang: str, grid: str = "both") -> None:
    """The axis ``which`` ("x" or "y") reads the metric's values; a light grid behind."""
    _format(getattr(ax, f"{which}axis"), measure, lang)
    getattr(ax, f"set_{which}label")(measure.axis_label(lang))
    ax.grid(axis=grid, color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
            color="#666666", wrap=True)
    ax.set_xticks([])
    ax.set_yticks([])


@dataclass(frozen=True)
class TornadoBar:
    """One input of a tornado: its label, the metric with the input at its low and high value
    (NaN where the case has no value) and the input values as text for the bar's ends."""

    label: str
    low: float
    high: float
    low_text: str = ""
    high_text: str = ""


def tornado_figure(bars: Sequence[TornadoBar], base: float, measure: Measure,
                   lang: str = "es", title: str = "") -> Figure:
    """Horizontal bars from the base value of the metric to its value with each input low
    (red) and high (blue), largest swing on top, the base as a vertical line."""
    fig = _figure((6.4, max(3.0, 1.2 + 0.42 * len(bars))))
    ax = fig.add_subplot()
    ax.set_title(title or tr("chart.analysis.tornado", lang, metric=measure.label))
    if not bars:
        _empty(ax, tr("chart.analysis.nothing", lang))
        return fig
    y = np.arange(len(bars))[::-1]
    for yi, bar in zip(y, bars):
        for value, colour, text in ((bar.low, LOW, bar.low_text), (bar.high, HIGH,
                                                                   bar.high_text)):
            if math.isnan(value):
                continue
            ax.barh(yi, value - base, left=base, color=colour, height=0.6)
            if text:
                ax.annotate(text, (value, yi), xytext=(3 if value >= base else -3, 0),
                            textcoords="offset points", va="center", fontsize="x-small",
                            ha="left" if value >= base else "right", color="#333333")
    ax.axvline(base, color=BASE, linewidth=1)
    ax.set_yticks(y, [bar.label for bar in bars], fontsize="small")
    ax.margins(x=0.18)
    _metric_axis(ax, "x", measure, lang, grid="x")
    # below the axes, where it never covers a bar
    fig.legend(handles=[Patch(color=LOW, label=tr("chart.analysis.low", lang)),
                        Patch(color=HIGH, label=tr("chart.analysis.high", lang)),
                        _line(BASE, tr("chart.analysis.base", lang,
                                       value=measure.text(base, lang)))],
               loc="outside lower center", ncols=3, fontsize="x-small", frameon=False)
    return fig


def _line(colour: str, label: str) -> Line2D:
    return Line2D([], [], color=colour, label=label)


def spider_figure(steps: Sequence[float], lines: Sequence[tuple[str, Sequence[float]]],
                  measure: Measure, lang: str = "es", title: str = "") -> Figure:
    """The metric (y) as each input moves by each step (x, % of its base value), one line per
    input; gaps where a case has no value."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or tr("chart.analysis.spider", lang, metric=measure.label))
    if not lines:
        _empty(ax, tr("chart.analysis.nothing", lang))
        return fig
    x = np.asarray(steps, dtype=float) * 100
    for k, (label, values) in enumerate(lines):
        ax.plot(x, np.asarray(values, dtype=float), marker="o", markersize=3,
                color=CYCLE[k % len(CYCLE)], label=label)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda v, _pos: ("+" if v > 0 else "") + number(v, lang, 0) + " %"))
    ax.set_xlabel(tr("chart.analysis.change", lang))
    _metric_axis(ax, "y", measure, lang)
    fig.legend(loc="outside right center", fontsize="x-small", frameon=False)
    return fig


def scenario_bars_figure(names: Sequence[str], values: Sequence[float], measure: Measure,
                         lang: str = "es", hurdle: float | None = None,
                         title: str = "") -> Figure:
    """One bar per case (the base first, in grey, the scenarios in blue), its value written on it; a case with no
    value is marked "—"; the hurdle, if any, as a dashed line."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or measure.label)
    if not names:
        _empty(ax, tr("chart.analysis.nothing", lang))
        return fig
    x = np.arange(len(names))
    heights = np.array([0.0 if v is None or math.isnan(v) else v for v in values])
    colours = [NEUTRAL] + [HIGH] * (len(names) - 1)
    bars = ax.bar(x, heights, color=colours, width=0.6)
    for bar, v in zip(bars, values):
        ax.annotate(measure.text(v, lang), (bar.get_x() + bar.get_width() / 2,
                                            bar.get_height()),
                    xytext=(0, 3 if bar.get_height() >= 0 else -10),
                    textcoords="offset points", ha="center", fontsize="small")
    if hurdle is not None:
        ax.axhline(hurdle, color=LOW, linestyle="--", linewidth=1,
                   label=tr("chart.analysis.hurdle", lang, value=measure.text(hurdle, lang)))
        ax.legend(loc="best", fontsize="x-small", frameon=False)
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_xticks(x, names, fontsize="small", rotation=0 if len(names) < 6 else 30)
    _metric_axis(ax, "y", measure, lang, grid="y")
    ax.margins(y=0.15)
    return fig


def _percentile_lines(ax, percentiles: dict, measure: Measure, lang: str) -> None:
    for name, style in (("P10", ":"), ("P50", "-"), ("P90", ":")):
        value = percentiles.get(name)
        if value is not None and not math.isnan(value):
            ax.axvline(value, color=BASE, linestyle=style, linewidth=1,
                       label=f"{name} {measure.text(value, lang)}")


def _threshold_lines(ax, thresholds: Sequence[float], measure: Measure, lang: str) -> None:
    for t in thresholds:
        ax.axvline(t, color=LOW, linestyle="--", linewidth=1,
                   label=tr("chart.analysis.hurdle", lang, value=measure.text(t, lang)))


def histogram_figure(counts: np.ndarray, edges: np.ndarray, measure: Measure,
                     lang: str = "es", percentiles: dict | None = None,
                     thresholds: Sequence[float] = (), title: str = "") -> Figure:
    """The distribution of a metric over the iterations: bars of the share of iterations in
    each bin, with P10, P50 and P90 and the hurdles as vertical lines."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or tr("chart.analysis.histogram", lang), fontsize="medium")
    counts = np.asarray(counts, dtype=float)
    if counts.size == 0 or counts.sum() == 0:
        _empty(ax, tr("chart.analysis.no_values", lang))
        return fig
    edges = np.asarray(edges, dtype=float)
    ax.bar(edges[:-1], counts / counts.sum() * 100, width=np.diff(edges), align="edge",
           color=HIGH, alpha=0.75, edgecolor="white", linewidth=0.4)
    _percentile_lines(ax, percentiles or {}, measure, lang)
    _threshold_lines(ax, thresholds, measure, lang)
    _metric_axis(ax, "x", measure, lang, grid="y")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, lang, 0) + " %"))
    ax.set_ylabel(tr("chart.analysis.share", lang))
    ax.legend(loc="best", fontsize="x-small", frameon=False)
    return fig


def cdf_figure(x: np.ndarray, p: np.ndarray, measure: Measure, lang: str = "es",
               thresholds: Sequence[float] = (), title: str = "") -> Figure:
    """The cumulative curve: the share of iterations at or below each value of the metric."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or tr("chart.analysis.cdf", lang), fontsize="medium")
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        _empty(ax, tr("chart.analysis.no_values", lang))
        return fig
    ax.step(x, np.asarray(p, dtype=float) * 100, where="post", color=HIGH)
    _threshold_lines(ax, thresholds, measure, lang)
    for level in (10, 50, 90):
        ax.axhline(level, color="#bbbbbb", linewidth=0.6, linestyle=":")
    _metric_axis(ax, "x", measure, lang)
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, lang, 0) + " %"))
    ax.set_ylabel(tr("chart.analysis.cumulative", lang))
    if thresholds:
        ax.legend(loc="lower right", fontsize="x-small", frameon=False)
    return fig


__all__ = ["Measure", "TornadoBar", "cdf_figure", "histogram_figure", "scenario_bars_figure",
           "spider_figure", "tornado_figure"]


def break_even_figure(x: np.ndarray, y: np.ndarray, target: float, measure: Measure,
                      input_label: str, input_text, lang: str = "es",
                      value: float | None = None, title: str = "") -> Figure:
    """The metric (y) over the range of the input searched (x), the target as a dashed line
    and the solution, if any, as a point; ``input_text(v)`` writes an input value."""
    fig = _figure()
    ax = fig.add_subplot()
    ax.set_title(title or measure.label)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if not np.isfinite(y).any():
        _empty(ax, tr("chart.analysis.no_values", lang))
        return fig
    ax.plot(x, y, color=HIGH, marker="o", markersize=2)
    ax.axhline(target, color=LOW, linestyle="--", linewidth=1,
               label=tr("chart.analysis.target", lang, value=measure.text(target, lang)))
    if value is not None:
        ax.plot([value], [target], marker="o", markersize=8, color=BASE, linestyle="none",
                label=tr("chart.analysis.solution", lang, value=input_text(value)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: input_text(v)))
    ax.set_xlabel(input_label)
    _metric_axis(ax, "y", measure, lang)
    ax.legend(loc="best", fontsize="x-small", frameon=False)
    return fig


__all__ += ["break_even_figure"]
