"""The four result charts: cash flows, DSCR against the covenant, debt, cumulative equity cash.

Amounts are nominal, in the model's currency unit (named in each title); the x axis is the
period, labelled as the grid labels its periods (``2027``, ``2027T1`` ...).
"""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..core.results import Results
from ..i18n import tr
from ..present import number

SIZE = (6.4, 3.6)
COLOURS = {"revenue": "#2e7d32", "opex": "#ef6c00", "district": "#6a1b9a", "tax": "#c62828",
           "capex": "#546e7a", "fcff": "#1565c0", "fcfe": "#000000", "dscr": "#1565c0",
           "covenant": "#c62828", "lockup": "#ef6c00", "debt": "#1565c0", "dsra": "#90a4ae",
           "equity": "#2e7d32"}


def _figure() -> Figure:
    return Figure(figsize=SIZE, dpi=100, layout="constrained")


def _unit(results: Results, lang: str) -> str:
    return tr(f"unit.{results.model.property.currency_unit}", lang)


def _periods(ax, results: Results, lang: str) -> np.ndarray:
    """x positions 0..T-1 labelled with the period labels, thinned to stay readable."""
    labels = results.grid.labels()
    x = np.arange(len(labels))
    ax.xaxis.set_major_locator(MaxNLocator(nbins=7, integer=True))
    ax.xaxis.set_major_formatter(FuncFormatter(
        lambda v, _pos: labels[int(v)] if 0 <= int(v) < len(labels) and v == int(v) else ""))
    ax.set_xlim(-0.7, len(labels) - 0.3)
    ax.set_xlabel(tr("chart.period", lang))
    return x


def _amounts(ax, lang: str, unit: str, decimals: int = 0) -> None:
    ax.set_ylabel(unit)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, lang, decimals)))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _legend(ax) -> None:
    ax.legend(loc="best", fontsize="small", frameon=False)


def cash_flow_figure(results: Results, lang: str = "es") -> Figure:
    """Revenue up, its uses down (costs, District, tax, investment) as stacked bars, with the
    project (FCFF) and equity (FCFE) cash flows as lines."""
    fig = _figure()
    ax = fig.add_subplot()
    x = _periods(ax, results, lang)
    line = results.line
    inflow = line("revenue") + line("availability_payments")
    ax.bar(x, inflow, color=COLOURS["revenue"], label=tr("chart.inflows", lang))
    uses = [("opex", line("opex"), "chart.operating_costs"),
            ("district", line("canon") + line("revenue_share") + line("ica"),
             "chart.district_payments"),
            ("tax", line("tax"), "chart.taxes"),
            ("capex", line("capex") + line("gmf_capex"), "chart.investment")]
    bottom = np.zeros_like(inflow)
    for key, values, text in uses:
        ax.bar(x, -values, bottom=bottom, color=COLOURS[key], label=tr(text, lang))
        bottom = bottom - values
    ax.plot(x, line("fcff"), color=COLOURS["fcff"], marker="o", markersize=3,
            label=tr("chart.fcff", lang))
    ax.plot(x, line("fcfe"), color=COLOURS["fcfe"], linestyle="--",
            label=tr("chart.fcfe", lang))
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_title(tr("chart.cash_flow", lang))
    _amounts(ax, lang, _unit(results, lang))
    # Seven series: below the axes, where they never cover a bar.
    fig.legend(loc="outside lower center", ncols=2, fontsize="x-small", frameon=False)
    return fig


def dscr_figure(results: Results, lang: str = "es") -> Figure:
    """The DSCR of each period with debt service, against the covenant (and the lock-up)."""
    fig = _figure()
    ax = fig.add_subplot()
    x = _periods(ax, results, lang)
    dscr = results.ratios["dscr"][0]
    fin = results.model.financing
    ax.set_title(tr("chart.dscr", lang))
    if np.all(np.isnan(dscr)):
        ax.text(0.5, 0.5, tr("chart.no_debt", lang), transform=ax.transAxes, ha="center",
                va="center", color="#666666")
    else:
        ax.plot(x, dscr, color=COLOURS["dscr"], marker="o", markersize=3,
                label=tr("chart.dscr_line", lang))
    covenant = float(fin.covenant_dscr)
    ax.axhline(covenant, color=COLOURS["covenant"], linestyle="--",
               label=tr("chart.covenant", lang, value=number(covenant, lang) + "x"))
    lockup = float(fin.lockup_dscr)
    if lockup > 0:
        ax.axhline(lockup, color=COLOURS["lockup"], linestyle=":",
                   label=tr("chart.lockup", lang, value=number(lockup, lang) + "x"))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, lang, 2) + "x"))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    _legend(ax)
    return fig


def debt_figure(results: Results, lang: str = "es") -> Figure:
    """Debt outstanding at the end of each period, and the reserve account beside it."""
    fig = _figure()
    ax = fig.add_subplot()
    x = _periods(ax, results, lang)
    ax.fill_between(x, results.line("debt_balance"), step=None, alpha=0.25,
                    color=COLOURS["debt"])
    ax.plot(x, results.line("debt_balance"), color=COLOURS["debt"],
            label=tr("chart.debt_line", lang))
    ax.plot(x, results.line("dsra_balance"), color=COLOURS["dsra"], linestyle="--",
            label=tr("chart.dsra", lang))
    ax.set_ylim(bottom=0)
    ax.set_title(tr("chart.debt", lang))
    _amounts(ax, lang, _unit(results, lang))
    _legend(ax)
    return fig


def equity_cash_figure(results: Results, lang: str = "es") -> Figure:
    """The investor's cumulative cash (FCFE summed over the periods): how deep it goes and
    when it turns positive."""
    fig = _figure()
    ax = fig.add_subplot()
    x = _periods(ax, results, lang)
    cumulative = np.cumsum(results.line("fcfe"))
    ax.fill_between(x, cumulative, where=cumulative < 0, color=COLOURS["tax"], alpha=0.15,
                    interpolate=True)
    ax.fill_between(x, cumulative, where=cumulative >= 0, color=COLOURS["equity"], alpha=0.15,
                    interpolate=True)
    ax.plot(x, cumulative, color=COLOURS["equity"], marker="o", markersize=3,
            label=tr("chart.cumulative_fcfe", lang))
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_title(tr("chart.equity_cash", lang))
    _amounts(ax, lang, _unit(results, lang))
    _legend(ax)
    return fig


# (key, builder) in the order the application shows them.
BUILDERS = (("cash_flow", cash_flow_figure), ("dscr", dscr_figure), ("debt", debt_figure),
            ("equity_cash", equity_cash_figure))
