"""The chart builders draw the engine's numbers, headless (no Qt, no pyplot)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from matplotlib.figure import Figure

from pppmodeler import bundled
from pppmodeler.charts import (BUILDERS, cash_flow_figure, debt_figure, dscr_figure,
                               equity_cash_figure)
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import loads


@pytest.fixture(scope="module")
def results():
    return evaluate(loads(bundled.sample_text("heritage_building")).model)


def _line(ax, label):
    (found,) = [ln for ln in ax.get_lines() if ln.get_label() == label]
    return np.asarray(found.get_ydata(), dtype=float)


def test_cash_flow_chart_bars_are_revenue_and_lines_are_fcff_fcfe(results):
    ax = cash_flow_figure(results, "en").axes[0]
    np.testing.assert_allclose(_line(ax, "Project cash flow (FCFF)"), results.line("fcff"))
    np.testing.assert_allclose(_line(ax, "Equity cash flow (FCFE)"), results.line("fcfe"))
    revenue = [c for c in ax.containers if c.get_label() == "Revenue"][0]
    np.testing.assert_allclose([bar.get_height() for bar in revenue],
                               results.line("revenue") + results.line("availability_payments"))
    assert ax.get_ylabel() == "COP millions"


def test_dscr_chart_shows_the_ratio_and_the_covenant(results):
    ax = dscr_figure(results, "en").axes[0]
    np.testing.assert_allclose(_line(ax, "DSCR"), results.ratios["dscr"][0])
    covenant = _line(ax, "Covenant (1.30x)")
    assert set(covenant) == {results.model.financing.covenant_dscr}
    assert any(ln.get_label().startswith("Dividend lock-up") for ln in ax.get_lines())


def test_dscr_chart_without_debt_says_so(results):
    model = paths.with_value(results.model, "financing.gearing", 0.0)
    ax = dscr_figure(evaluate(model), "es").axes[0]
    assert [t.get_text() for t in ax.texts] == ["Sin servicio de deuda"]


def test_debt_chart_and_cumulative_equity_cash(results):
    ax = debt_figure(results, "en").axes[0]
    np.testing.assert_allclose(_line(ax, "Debt"), results.line("debt_balance"))
    np.testing.assert_allclose(_line(ax, "Reserve account (DSRA)"), results.line("dsra_balance"))
    ax = equity_cash_figure(results, "en").axes[0]
    np.testing.assert_allclose(_line(ax, "Cumulative FCFE"), np.cumsum(results.line("fcfe")))


def test_spanish_axis_numbers_use_a_decimal_comma(results):
    fig = dscr_figure(results, "es")
    fig.canvas.draw()
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert ticks and all("," in t and t.endswith("x") for t in ticks)


def test_every_builder_returns_a_figure(results):
    for _key, build in BUILDERS:
        assert isinstance(build(results, "es"), Figure)


def test_charts_import_neither_qt_nor_pyplot():
    probe = ("import sys, pppmodeler.charts; "
             "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib.pyplot'))]; "
             "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
