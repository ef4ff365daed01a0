"""Tornado and spider: every bar and point equals the model evaluated on its own with that one
input changed; refused cases keep their reason; the default inputs are the analyst's set."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from pppmodeler import bundled
from pppmodeler.analysis.base import AnalysisError, base_metric
from pppmodeler.analysis.defaults import default_inputs
from pppmodeler.analysis.sensitivity import spider, tornado
from pppmodeler.analysis.settings import Sensitivity, SensitivityInput
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document
from tests.analysis.probes import Cancelled, batch_sizes, cancel


def single(model, path, value, metric):
    """The metric of the model evaluated on its own with one input changed (None if missing)."""
    if paths.spec_at(paths.canonical(model, path)).kind == "integer":
        value = int(value)
    return evaluate(paths.with_value(model, path, value)).metric(metric)


def same(batch: float, alone: float | None) -> bool:
    return math.isnan(batch) if alone is None else batch == pytest.approx(alone, rel=1e-9)


def sample(name):
    return document.loads(bundled.sample_text(name)).model


@pytest.mark.parametrize("metric", ["equity_irr", "district_npv", "min_dscr"])
def test_every_bar_equals_single_evaluations_at_its_low_and_high(model, metric):
    result = tornado(model, Sensitivity(metric=metric))
    assert result.base.value == pytest.approx(evaluate(model).metric(metric), rel=1e-12)
    assert len(result.bars) == 16
    for bar in result.bars:
        assert bar.input_base == paths.get(model, bar.path)
        assert same(bar.low.value, single(model, bar.path, bar.input_low, metric)), bar.path
        assert same(bar.high.value, single(model, bar.path, bar.input_high, metric)), bar.path
        assert bar.base == result.base.value


def test_bars_are_sorted_by_the_length_drawn_from_the_base(model):
    result = tornado(model, Sensitivity(metric="equity_irr"))
    swings = [b.swing for b in result.bars]
    assert swings == sorted(swings, reverse=True)
    for bar in result.bars:
        drawn = [bar.low.value, bar.high.value, bar.base]
        assert bar.swing == pytest.approx(max(drawn) - min(drawn))
    assert result.bars[0].swing > 2 * result.bars[-1].swing


def test_a_tornado_is_one_evaluation_of_all_its_cases(model, monkeypatch):
    calls = batch_sizes(monkeypatch)
    inputs = default_inputs(model)[:15]
    tornado(model, Sensitivity(inputs=inputs))
    assert calls == [1 + 2 * 15]          # the base and each input at low and at high


def test_values_used_are_clipped_rounded_and_percent_moves_applied(model):
    inputs = [SensitivityInput("revenues[0].stabilised_occupancy", "percent", 0.10),
              SensitivityInput("district.canon", "percent", 0.25),
              SensitivityInput("timeline.operation_years", "values", 0, 20.4, 23.6)]
    bars = {b.path: b for b in tornado(model, Sensitivity(inputs=inputs)).bars}
    occupancy = bars["revenues[0].stabilised_occupancy"]
    assert (occupancy.input_low, occupancy.input_high) == (pytest.approx(0.828), 1.0)
    assert (bars["district.canon"].input_low, bars["district.canon"].input_high) == (120, 200)
    years = bars["timeline.operation_years"]
    assert (years.input_low, years.input_high) == (20, 24)


def test_a_refused_end_keeps_its_reason_and_the_other_bars_their_numbers(model):
    # a 10-year concession is shorter than the debt's 16-year tenor: the engine refuses it
    inputs = [SensitivityInput("timeline.operation_years", "values", 0, 10, 24),
              SensitivityInput("district.canon", "percent", 0.1)]
    result = tornado(model, Sensitivity(inputs=inputs))
    years = next(b for b in result.bars if b.path == "timeline.operation_years")
    assert math.isnan(years.low.value) and years.low.status == "refused"
    assert years.low.error.path == "financing.tenor_years"
    assert "16" in years.low.reason("en") and years.low.reason("es") != years.low.reason("en")
    assert same(years.high.value, single(model, "timeline.operation_years", 24, "equity_irr"))
    assert years.swing == pytest.approx(abs(years.high.value - result.base.value))
    canon = next(b for b in result.bars if b.path == "district.canon")
    assert same(canon.low.value, single(model, "district.canon", 144.0, "equity_irr"))


def test_a_metric_without_value_keeps_its_status(model):
    # without debt there is no debt service, so no DSCR
    inputs = [SensitivityInput("financing.gearing", "values", 0, 0.0, 0.7)]
    bar = tornado(model, Sensitivity(metric="min_dscr", inputs=inputs)).bars[0]
    assert math.isnan(bar.low.value) and bar.low.status == "no_debt_service"
    assert bar.low.reason("en") == "no debt service"
    assert bar.high.ok and bar.high.reason("en") == ""


def test_spider_points_equal_single_evaluations(model):
    settings = Sensitivity(metric="project_npv", spider_steps=[-0.2, 0.0, 0.15],
                           inputs=[SensitivityInput("capex[0].amount"),
                                   SensitivityInput("revenues[0].stabilised_occupancy")])
    result = spider(model, settings)
    assert result.steps == (-0.2, 0.0, 0.15)
    capex, occupancy = result.lines
    assert capex.inputs == (9600.0, 12000.0, 13800.0)
    assert occupancy.inputs == (pytest.approx(0.736), 0.92, 1.0)   # 0.92 × 1.15 clipped to 1
    for line in result.lines:
        for value, outcome in zip(line.inputs, line.outcomes):
            assert same(outcome.value, single(model, line.path, value, "project_npv"))
        assert line.values[1] == pytest.approx(result.base.value, rel=1e-12)


def test_default_inputs_are_the_main_lines_and_terms_that_exist(model):
    chosen = {i.path: i for i in default_inputs(model)}
    # revenue over the term: shops ~52 %, events ~24 %, offices ~20 %, catering ~4 %
    assert {p for p in chosen if p.startswith("revenues")} == {
        f"revenues[{i}].{f}" for i in (0, 1, 2) for f in ("base_value", "stabilised_occupancy")}
    # costs: staff 420, cleaning 0.06 × 6,800 = 408, marketing 5 % of revenue ≈ 220: 85 %
    assert {p for p in chosen if p.startswith("costs")} == {"costs[0].value", "costs[1].value",
                                                            "costs[2].value"}
    assert {p for p in chosen if p.startswith("capex")} == {"capex[0].amount",
                                                            "capex[1].amount"}
    assert {"district.canon", "district.revenue_share"} <= chosen.keys()
    assert "district.capital_grant" not in chosen          # zero in this model
    assert "timeline.construction_months" not in chosen    # the CAPEX has explicit schedules
    rate = chosen["financing.rate"]
    assert (rate.range, rate.low, rate.high) == ("values", 0.095, 0.115)
    cpi = chosen["macro.cpi[2]"]
    assert (cpi.low, cpi.high) == (0.02, 0.04)
    # 26 years of operation, 2 of construction, 2 of possible extensions: the legal 30 years
    years = chosen["timeline.operation_years"]
    assert (years.low, years.high) == (23, 26)
    assert all(chosen[p].range == "percent" and chosen[p].percent == 0.1 for p in chosen
               if p.startswith(("revenues", "costs", "capex", "district")))


def test_default_inputs_of_other_samples_leave_out_what_is_zero():
    parking = {i.path for i in default_inputs(sample("public_parking"))}
    assert "district.revenue_share" in parking and "district.canon" not in parking
    model = sample("public_space_aeep")   # quarterly periods
    even = replace(model, capex=[replace(c, schedule=[]) for c in model.capex])
    months = {i.path: i for i in default_inputs(even)}["timeline.construction_months"]
    assert (months.low, months.high) == (3, 9)    # one quarter either side of 6 months
    assert "timeline.construction_months" not in {i.path for i in default_inputs(model)}
    unlevered = paths.with_value(model, "financing.gearing", 0.0)
    assert "financing.rate" not in {i.path for i in default_inputs(unlevered)}


def test_every_default_tornado_of_the_samples_evaluates():
    for name in bundled.sample_names():
        result = tornado(sample(name), Sensitivity())
        assert result.bars and all(b.low.ok and b.high.ok for b in result.bars), name


def test_progress_is_reported_and_an_exception_from_it_cancels(model):
    seen = []
    tornado(model, Sensitivity(), progress=lambda f, what: seen.append((f, what)))
    assert seen[0] == (0.0, "tornado") and seen[-1] == (1.0, "tornado")

    with pytest.raises(Cancelled):
        spider(model, Sensitivity(), progress=cancel)


@pytest.mark.parametrize("settings, metric, where, words", [
    (Sensitivity(metric="irr"), None, "analyses.sensitivity.metric", "unknown metric 'irr'"),
    (Sensitivity(), "npv", "metric", "unknown metric 'npv'"),
    (Sensitivity(inputs=[SensitivityInput("financing.rte")]), None,
     "analyses.sensitivity.inputs[0]", "did you mean"),
    (Sensitivity(inputs=[SensitivityInput("financing.repayment")]), None,
     "analyses.sensitivity.inputs[0]", "not a numeric input"),
    (Sensitivity(inputs=[SensitivityInput("district.canon"),
                         SensitivityInput("district.canon", percent=0.2)]), None,
     "analyses.sensitivity.inputs[1]", "already"),
    (Sensitivity(inputs=[SensitivityInput("district.canon", percent=-0.1)]), None,
     "analyses.sensitivity.inputs[0].percent", "0 or more"),
    (Sensitivity(inputs=[SensitivityInput("district.canon", range="values", low=math.nan)]),
     None, "analyses.sensitivity.inputs[0].low", "finite"),
    (Sensitivity(inputs=[SensitivityInput("district.canon", range="pct")]), None,
     "analyses.sensitivity.inputs[0].range", "unknown range"),
])
def test_bad_settings_are_refused_naming_what_and_where(model, settings, metric, where, words):
    with pytest.raises(AnalysisError) as refused:
        tornado(model, settings, metric)
    assert refused.value.where == where
    assert words in str(refused.value)


def test_a_base_the_engine_refuses_is_reported_not_analysed(model):
    broken = paths.with_value(model, "timeline.operation_years", 10)
    with pytest.raises(AnalysisError, match="base model cannot be evaluated.*tenor"):
        tornado(broken, Sensitivity(inputs=[SensitivityInput("district.canon")]))
    outcome = base_metric(broken, "equity_irr")
    assert outcome.status == "refused" and outcome.error.path == "financing.tenor_years"


def test_base_metric_is_the_metric_of_the_model(model):
    results = evaluate(model)
    for name in ("equity_irr", "district_npv", "min_dscr", "value_for_money"):
        assert base_metric(model, name).value == pytest.approx(results.metric(name), rel=1e-12)
    missing = base_metric(paths.with_value(model, "valuation.psc_cost_npv", 0.0),
                          "value_for_money")
    assert np.isnan(missing.value) and missing.status == "no_comparator"
