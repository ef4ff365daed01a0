"""Two-way tables: each cell equals the model evaluated on its own with both inputs set; the
default axes are the District's terms × the main revenue line's occupancy."""

from __future__ import annotations

import math

import numpy as np
import pytest

from pppmodeler import bundled
from pppmodeler.analysis.base import AnalysisError
from pppmodeler.analysis.settings import TwoWay
from pppmodeler.analysis.two_way import two_way
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document
from tests.analysis.probes import Cancelled, batch_sizes, cancel


def cell(model, overrides, metric):
    return evaluate(paths.apply(model, overrides)).metric(metric)


def test_default_axes_are_the_canon_by_the_main_line_occupancy(model):
    table = two_way(model, TwoWay())
    assert table.row_path == "district.canon"
    assert table.row_values == (128.0, 144.0, 160.0, 176.0, 192.0)     # 160 ± 20 % in 5 steps
    assert table.column_path == "revenues[0].stabilised_occupancy"      # shops: half of revenue
    # 0.92 ± 20 %: 1.012 and 1.104 are both clipped to 1, which is taken once
    assert table.column_values == pytest.approx((0.736, 0.828, 0.92, 1.0))
    assert table.values.shape == (5, 4)
    assert (table.row_base, table.column_base) == (160.0, 0.92)
    assert table.values[2, 2] == pytest.approx(table.base.value, rel=1e-12)


def test_without_a_canon_the_rows_are_the_revenue_share():
    model = document.loads(bundled.sample_text("public_parking")).model
    table = two_way(model, TwoWay(metric="district_npv"))
    assert table.row_path == "district.revenue_share"
    assert table.row_values == pytest.approx((0.08, 0.09, 0.10, 0.11, 0.12))
    assert table.column_path == "revenues[0].stabilised_occupancy"


@pytest.mark.parametrize("metric", ["equity_irr", "min_dscr", "district_npv"])
def test_cells_equal_single_evaluations(model, metric):
    settings = TwoWay(metric=metric, row_path="financing.rate", row_values=[0.08, 0.1, 0.13],
                      column_path="revenues[Oficinas y coworking].base_value",
                      column_values=[0.5, 0.6, 0.75, 0.9])
    table = two_way(model, settings)
    assert table.column_path == "revenues[1].base_value"
    for i, j in [(0, 0), (1, 2), (2, 3), (2, 0)]:
        alone = cell(model, {"financing.rate": settings.row_values[i],
                             "revenues[1].base_value": settings.column_values[j]}, metric)
        assert table.values[i, j] == pytest.approx(alone, rel=1e-9)
    assert len({float(v) for v in table.values[0]}) == 4      # the offices' rent moves them all


def test_given_values_keep_their_order_and_repeats_and_are_clipped(model):
    settings = TwoWay(row_path="revenues[0].stabilised_occupancy", row_values=[1.2, 0.9, 0.9],
                      column_path="timeline.operation_years", column_values=[24.4, 20])
    table = two_way(model, settings)
    assert table.row_values == (1.0, 0.9, 0.9)
    assert table.column_values == (24.0, 20.0)
    assert np.array_equal(table.values[1], table.values[2])
    alone = cell(model, {"revenues[0].stabilised_occupancy": 1.0,
                         "timeline.operation_years": 24}, "equity_irr")
    assert table.values[0, 0] == pytest.approx(alone, rel=1e-9)


def test_refused_cells_keep_their_reason_and_the_others_their_numbers(model):
    # the debt's 16-year tenor outlives a 12-year concession: that column is refused
    settings = TwoWay(row_path="district.canon", row_values=[100, 200],
                      column_path="timeline.operation_years", column_values=[12, 22])
    table = two_way(model, settings)
    for i in range(2):
        refused = table.outcomes[i][0]
        assert math.isnan(refused.value) and refused.status == "refused"
        assert refused.error.path == "financing.tenor_years"
        alone = cell(model, {"district.canon": settings.row_values[i],
                             "timeline.operation_years": 22}, "equity_irr")
        assert table.values[i, 1] == pytest.approx(alone, rel=1e-9)


def test_a_21_by_21_table_is_one_evaluation(model, monkeypatch):
    calls = batch_sizes(monkeypatch)
    table = two_way(model, TwoWay(row_path="district.canon",
                                  row_values=list(np.linspace(0, 400, 21)),
                                  column_path="revenues[0].stabilised_occupancy",
                                  column_values=list(np.linspace(0.6, 1.0, 21))))
    assert calls == [1 + 21 * 21]
    assert not np.isnan(table.values).any()
    # a higher canon never raises the partner's return; more occupancy never lowers it
    assert (np.diff(table.values, axis=0) < 0).all() and (np.diff(table.values, axis=1) > 0).all()


@pytest.mark.parametrize("settings, where, words", [
    (TwoWay(metric="tir"), "analyses.two_way.metric", "unknown metric"),
    (TwoWay(row_path="district.canon", column_path="district.canon"),
     "analyses.two_way.column_path", "also the row input"),
    (TwoWay(row_path="district.capital_grant", column_path="district.canon"),
     "analyses.two_way.row_values", "is 0 in the model"),
    (TwoWay(row_path="district.canon", column_path="property.name"),
     "analyses.two_way.column_path", "not a numeric input"),
    (TwoWay(row_path="district.canon", row_values=[1, "x"], column_path="financing.rate"),
     "analyses.two_way.row_values[1]", "finite number"),
])
def test_bad_settings_are_refused_naming_what_and_where(model, settings, where, words):
    with pytest.raises(AnalysisError) as refused:
        two_way(model, settings)
    assert refused.value.where == where and words in str(refused.value)


def test_progress_is_reported_and_an_exception_from_it_cancels(model):
    seen = []
    two_way(model, TwoWay(), progress=lambda f, what: seen.append((f, what)))
    assert seen == [(0.0, "two_way"), (1.0, "two_way")]

    with pytest.raises(Cancelled):
        two_way(model, TwoWay(), progress=cancel)
