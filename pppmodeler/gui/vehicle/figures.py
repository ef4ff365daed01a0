"""The vehicle's cash by calendar year as a matplotlib Figure (no Qt): what its properties
pass up, what the shareholders put in, what is paid out, and what the District gets each year.
Amounts nominal, in the vehicle's currency unit."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from ...i18n import tr
from ...present import number

SIZE = (7.0, 3.8)
BARS = (("from_properties", "#2e7d32"), ("contributions", "#c62828"),
        ("dividends", "#1565c0"))
LINES = (("district", "#6a1b9a"), ("partner", "#ef6c00"))


def vehicle_cash_figure(results, currency: str, lang: str = "es") -> Figure:
    """Bars: from the properties (up), the shareholders' contributions (down) and dividends
    paid (down); lines: the District's and the partner's flows with the vehicle."""
    fig = Figure(figsize=SIZE, dpi=100, layout="constrained")
    ax = fig.add_subplot()
    years = np.asarray(results.years)
    x = np.arange(years.size)
    width = 0.27
    for k, (name, colour) in enumerate(BARS):
        sign = 1.0 if name == "from_properties" else -1.0
        ax.bar(x + (k - 1) * width, sign * results.vehicle[name][0], width, color=colour,
               label=tr(f"gui.vehicle.line.{name}", lang))
    for name, colour in LINES:
        ax.plot(x, results.vehicle[name][0], color=colour, linewidth=1.6, marker="o",
                markersize=2.5, label=tr(f"gui.vehicle.line.{name}", lang))
    ax.axhline(0, color="#424242", linewidth=0.6)
    step = max(1, years.size // 8)
    ax.set_xticks(x[::step], [str(y) for y in years[::step]])
    ax.set_xlabel(tr("gui.vehicle.chart.year", lang))
    unit = tr(f"unit.{currency}", lang)
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, lang, 0)))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_title(tr("gui.vehicle.chart.cash", lang, unit=unit), fontsize="medium")
    ax.legend(loc="best", fontsize="small", frameon=False, ncol=2)
    return fig
