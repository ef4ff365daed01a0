"""The charts of the analyses are matplotlib figures of the numbers they are given."""

from __future__ import annotations

import math

import numpy as np

from pppmodeler.charts.analysis import (Measure, TornadoBar, cdf_figure, histogram_figure,
                                        scenario_bars_figure, spider_figure, tornado_figure)

RATE = Measure("TIR del inversionista", "rate")
MONEY = Measure("VPN", "money", "millones de COP")


def test_measure_reads_values_in_their_unit():
    assert RATE.text(0.1234, "es") == "12,3 %"
    assert Measure("ICSD", "multiple").text(1.349, "en") == "1.35x"
    assert MONEY.text(1234.4, "es") == "1.234"
    assert MONEY.text(math.nan, "es") == "—"
    assert MONEY.axis_label("es") == "VPN (millones de COP)"


def test_tornado_bars_run_from_the_base_to_each_end():
    bars = [TornadoBar("Canon", 0.12, 0.16, "90", "110"),
            TornadoBar("Tasa", 0.15, math.nan)]
    fig = tornado_figure(bars, 0.14, RATE, "es")
    ax = fig.axes[0]
    drawn = [(round(p.get_x(), 12), round(p.get_x() + p.get_width(), 12))
             for p in ax.patches]
    assert drawn == [(0.14, 0.12), (0.14, 0.16), (0.14, 0.15)]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Canon", "Tasa"]
    assert "Tornado" in ax.get_title()


def test_spider_has_one_line_per_input():
    fig = spider_figure([-0.1, 0, 0.1], [("A", [1, 2, 3]), ("B", [3, 2, math.nan])], MONEY)
    lines = fig.axes[0].get_lines()
    assert [list(l.get_xdata()) for l in lines[:2]] == [[-10, 0, 10]] * 2
    assert list(lines[0].get_ydata()) == [1, 2, 3]


def test_scenario_bars_and_a_case_without_value():
    fig = scenario_bars_figure(["Base", "A", "B"], [0.14, 0.1, math.nan], RATE, "es", 0.14)
    ax = fig.axes[0]
    assert [p.get_height() for p in ax.patches] == [0.14, 0.1, 0.0]
    assert [t.get_text() for t in ax.texts] == ["14,0 %", "10,0 %", "—"]


def test_histogram_and_cdf_of_values():
    values = np.random.default_rng(1).normal(0.14, 0.02, 500)
    counts, edges = np.histogram(values, 20)
    fig = histogram_figure(counts, edges, RATE, "es", {"P10": 0.12, "P50": 0.14, "P90": 0.16},
                           thresholds=[0.13])
    ax = fig.axes[0]
    assert math.isclose(sum(p.get_height() for p in ax.patches), 100)
    assert len(ax.get_lines()) == 4
    x = np.sort(values)
    fig = cdf_figure(x, np.arange(1, 501) / 500, RATE, "en")
    assert fig.axes[0].get_ylim() == (0, 100)


def test_nothing_to_draw_says_so():
    for fig in (tornado_figure([], 0.1, RATE), spider_figure([0], [], RATE),
                histogram_figure(np.array([]), np.array([0.0]), RATE),
                cdf_figure(np.array([]), np.array([]), RATE, "en")):
        assert fig.axes[0].texts
