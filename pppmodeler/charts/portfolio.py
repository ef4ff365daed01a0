"""The map of a portfolio: each property where its coordinates put it.

Points are coloured by a chosen metric (a diverging scale centred on zero for money, so that
properties that give and take are told apart at a glance; the scale spans the 2nd to the 98th
percentile), sized by area (the point's area is
proportional to the property's), and each comuna is labelled at the middle of its properties.
Properties without coordinates (0, 0 or missing) are left off and counted in the caption. No
base map is drawn: no tiles are fetched, and the figure works offline and in the report.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib import colors
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ..i18n import tr
from ..present import number

SIZE = (7.2, 6.4)
MAX_POINT = 420.0   # points² for the largest property


def portfolio_map(table: pd.DataFrame, metric: str, label: str, lang: str = "es",
                  percent: bool = False) -> Figure:
    """A scatter of ``table`` (columns ``longitude``, ``latitude``, ``area_m2``, ``comuna`` and
    ``metric``) titled ``label``; ``percent`` shows the colour bar in %."""
    fig = Figure(figsize=SIZE, dpi=100, layout="constrained")
    ax = fig.add_subplot()
    placed = table[(table["latitude"].abs() > 0) & (table["longitude"].abs() > 0)]
    values = placed[metric].to_numpy(dtype=float)
    area = placed["area_m2"].to_numpy(dtype=float)
    sizes = 12 + MAX_POINT * area / area.max() if area.size and area.max() > 0 else 30
    known = np.isfinite(values)
    norm = _norm(values[known], percent)
    ax.scatter(placed["longitude"][~known], placed["latitude"][~known], s=sizes[~known]
               if np.ndim(sizes) else sizes, facecolors="none", edgecolors="#9e9e9e",
               linewidths=0.8, label=tr("chart.map.no_value", lang))
    points = ax.scatter(placed["longitude"][known], placed["latitude"][known],
                        c=values[known], s=sizes[known] if np.ndim(sizes) else sizes,
                        cmap="RdYlGn", norm=norm, alpha=0.8, edgecolors="#424242",
                        linewidths=0.4)
    if not known.all():
        ax.legend(loc="lower left", fontsize="small", frameon=False)
    bar = fig.colorbar(points, ax=ax, shrink=0.8, extend="both")
    bar.ax.yaxis.set_major_formatter(FuncFormatter(
        lambda v, _pos: number(v * 100, lang, 1) + " %" if percent else number(v, lang, 0)))
    bar.set_label(label)
    for comuna, group in placed.groupby("comuna"):
        if comuna:
            ax.annotate(str(comuna), (group["longitude"].mean(), group["latitude"].mean()),
                        fontsize=7, ha="center", va="center", color="#263238",
                        bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none",
                                  alpha=0.7))
    ax.set_aspect("equal", adjustable="datalim")
    # 0,001° is about 110 m: properties a few blocks apart get ticks that differ
    degrees = FuncFormatter(lambda v, _pos: number(v, lang, 3))
    ax.xaxis.set_major_formatter(degrees)
    ax.yaxis.set_major_formatter(degrees)
    ax.set_xlabel(tr("chart.map.longitude", lang))
    ax.set_ylabel(tr("chart.map.latitude", lang))
    ax.grid(color="#eeeeee", linewidth=0.5)
    left_off = len(table) - len(placed)
    caption = tr("chart.map.caption", lang, shown=len(placed), total=len(table))
    if left_off:
        caption += " " + tr("chart.map.left_off", lang, count=left_off)
    ax.set_title(caption, fontsize="small")
    return fig


def _norm(values: np.ndarray, percent: bool) -> colors.Normalize:
    """From the 2nd to the 98th percentile (a few very large properties would otherwise
    wash every other point into one colour; the colour bar's arrows say so), centred on zero
    when the values have both signs."""
    if values.size == 0:
        return colors.Normalize(0, 1)
    lo, hi = (float(v) for v in np.percentile(values, [2, 98]))
    if lo < 0 < hi and not percent:
        return colors.TwoSlopeNorm(vcenter=0.0, vmin=lo, vmax=hi)
    return colors.Normalize(lo, hi if hi > lo else lo + 1)
