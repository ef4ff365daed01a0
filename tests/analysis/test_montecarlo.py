"""A Monte Carlo run: reproducible samples, statistics equal to direct computations on them,
chunks that change nothing, cancel, and settings refused with what and where."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest
from scipy.stats import spearmanr

from pppmodeler import bundled
from pppmodeler.analysis import montecarlo as mc
from pppmodeler.analysis.distributions import SettingsError
from pppmodeler.analysis.settings import Correlation, Distribution, Hurdle, MonteCarlo
from pppmodeler.core import paths
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document

DISTRIBUTIONS = [
    Distribution("revenues[0].base_value", "pert", low=0.86, mode=1.08, high=1.24),
    Distribution("revenues[0].stabilised_occupancy", "triangular", low=0.80, mode=0.92,
                 high=0.96),
    Distribution("capex[0].amount", "pert", low=11_000, mode=12_000, high=15_600),
    Distribution("macro.cpi[0]", "normal", mean=0.04, sd=0.01),
    Distribution("financing.rate", "lognormal", mean=0.105, sd=0.0075),
    Distribution("costs[0].value", "uniform", low=380, high=480),
]
CORRELATIONS = [
    Correlation("revenues[0].base_value", "revenues[0].stabilised_occupancy", 0.6),
    Correlation("macro.cpi[0]", "financing.rate", 0.5),
]
HURDLES = [Hurdle("min_dscr", "below", 1.3), Hurdle("equity_irr", "below", 0.14),
           Hurdle("peak_debt", "above", 12_500)]
SETTINGS = MonteCarlo(iterations=600, seed=20270101, distributions=DISTRIBUTIONS,
                      correlations=CORRELATIONS, hurdles=HURDLES)


@pytest.fixture(scope="module")
def result(sample_document):
    return mc.run(sample_document.model, SETTINGS)


def test_a_run_keeps_its_settings_samples_and_every_metric(result):
    assert result.n == 600 and result.settings == SETTINGS
    assert list(result.inputs) == [d.path for d in DISTRIBUTIONS]
    assert set(result.metrics) == set(UNITS)
    assert all(v.shape == (600,) for v in [*result.inputs.values(), *result.metrics.values()])
    assert not result.refused().any() and result.refusals() == [] and result.notes == ()
    # the inputs really vary the metrics
    assert result.std("equity_irr") > 0.005


def test_sampled_inputs_follow_their_distributions_and_correlations(result):
    rate = result.inputs["financing.rate"]
    assert rate.mean() == pytest.approx(0.105, abs=0.0075 * 4 / np.sqrt(600))
    occupancy = result.inputs["revenues[0].stabilised_occupancy"]
    assert 0.80 <= occupancy.min() and occupancy.max() <= 0.96
    # Latin hypercube: one iteration in each 1/600 of the uniform's range
    u = np.sort((result.inputs["costs[0].value"] - 380) / 100)
    assert np.array_equal(np.floor(u * 600), np.arange(600))
    found = spearmanr(np.column_stack(list(result.inputs.values()))).statistic
    assert found[0, 1] == pytest.approx(0.6, abs=0.05)
    assert found[3, 4] == pytest.approx(0.5, abs=0.05)
    assert abs(found[0, 2]) < 0.1


def test_each_iteration_is_the_model_evaluated_with_its_inputs(sample_document, result):
    for i in (0, 299, 599):
        one = evaluate(paths.apply(sample_document.model,
                                   {p: float(v[i]) for p, v in result.inputs.items()}))
        for name in ("equity_irr", "min_dscr", "district_npv"):
            assert result.metrics[name][i] == pytest.approx(one.metric(name), rel=1e-9)


def test_same_seed_same_numbers_to_the_last_digit_another_seed_others(sample_document, result):
    again = mc.run(sample_document.model, SETTINGS)
    for p in result.inputs:
        assert np.array_equal(again.inputs[p], result.inputs[p])
    for m in UNITS:
        assert np.array_equal(again.metrics[m], result.metrics[m], equal_nan=True)
    other = mc.run(sample_document.model, SETTINGS, seed=7, iterations=50)
    assert other.settings.seed == 7 and other.n == 50
    assert not np.any(other.inputs["financing.rate"] == result.inputs["financing.rate"][:50])


def test_a_zero_width_distribution_gives_exactly_the_deterministic_case(model):
    base = evaluate(model)
    point = [replace(d, kind="triangular", low=paths.get(model, d.path),
                     mode=paths.get(model, d.path), high=paths.get(model, d.path))
             for d in DISTRIBUTIONS]
    run = mc.run(model, replace(SETTINGS, distributions=point), iterations=40)
    for d in DISTRIBUTIONS:
        assert np.all(run.inputs[d.path] == paths.get(model, d.path))
    for m in UNITS:
        # exactly equal; see the note on batch sums in the run's report
        np.testing.assert_array_equal(run.metrics[m], np.full(40, base.metrics[m].value[0]),
                                      err_msg=m)
    assert len(run.notes) == len(DISTRIBUTIONS) and "point mass" in run.notes[0]


@pytest.fixture(scope="module")
def chunked(sample_document):
    return mc.run(sample_document.model, SETTINGS, chunk=170)


def test_chunks_change_neither_the_samples_nor_the_numbers(result, chunked):
    for p in result.inputs:
        assert np.array_equal(chunked.inputs[p], result.inputs[p])
    for m in UNITS:
        np.testing.assert_allclose(chunked.metrics[m], result.metrics[m], rtol=1e-12,
                                   atol=1e-9, err_msg=m)


def test_chunks_change_nothing_to_the_last_digit(result, chunked):
    for m in UNITS:
        np.testing.assert_array_equal(chunked.metrics[m], result.metrics[m], err_msg=m)


def test_statistics_equal_numpy_on_the_stored_samples(result):
    for m in ("equity_irr", "min_dscr", "project_npv", "discounted_payback_years"):
        v = result.metrics[m]
        present = v[~np.isnan(v)]
        assert result.percentiles(m) == {
            f"P{p}": np.percentile(present, p) for p in (5, 10, 50, 90, 95)}
        assert result.mean(m) == pytest.approx(np.nanmean(v), rel=1e-12)
        assert result.std(m) == pytest.approx(np.nanstd(v, ddof=1), rel=1e-12)
        assert result.missing(m) == np.isnan(v).sum()
        counts, edges = result.histogram(m, bins=25)
        assert counts.sum() == present.size and edges.size == 26
        x, p = result.cdf(m)
        assert np.all(np.diff(x) >= 0)
        for k in (0, present.size // 3, present.size - 1):
            assert p[k] == (present <= x[k]).mean()


def test_probability_of_missing_a_hurdle_is_the_share_of_iterations_that_miss_it(result):
    dscr, irr, debt = (result.metrics[m] for m in ("min_dscr", "equity_irr", "peak_debt"))
    expected = [(dscr < 1.3).sum() / 600, (irr < 0.14).sum() / 600, (debt > 12_500).sum() / 600]
    assert [p for _, p in result.hurdles()] == pytest.approx(expected, abs=0)
    assert [h for h, _ in result.hurdles()] == HURDLES
    assert 0 < expected[0] < expected[1] < 1  # the sample's hurdles are informative


def test_iterations_the_engine_refuses_count_as_missing_every_hurdle(model):
    # A 5-year concession cannot carry the 16-year debt: the engine refuses those iterations.
    years = Distribution("timeline.operation_years", "discrete", values=[26.0, 5.0],
                         weights=[3.0, 1.0])
    settings = MonteCarlo(iterations=200, distributions=[years, DISTRIBUTIONS[4]],
                          hurdles=[Hurdle("min_dscr", "below", 0.0)])
    run = mc.run(model, settings, chunk=64)
    refused = run.inputs["timeline.operation_years"] == 5
    assert refused.sum() == 50
    assert np.array_equal(run.refused(), refused)
    assert np.isnan(run.metrics["equity_irr"][refused]).all()
    assert not np.isnan(run.metrics["equity_irr"][~refused]).any()
    assert run.missing("equity_irr") == 50
    # min DSCR is never below 0 where it has a value: only the refused iterations miss
    assert run.probability_missed(settings.hurdles[0]) == 0.25
    [(message, count)] = run.refusals()
    assert count == 50 and message.level == "error"
    assert run.percentiles("equity_irr")["P50"] == np.median(run.values("equity_irr"))


def test_drivers_are_rank_correlations_and_their_normalised_squares(result):
    drivers = result.drivers("equity_irr")
    assert set(drivers.index) == set(result.inputs)
    for path, row in drivers.iterrows():
        rho = spearmanr(result.inputs[path], result.metrics["equity_irr"]).statistic
        assert row.rank_correlation == pytest.approx(rho, abs=1e-12)
    squares = drivers.rank_correlation ** 2
    assert np.allclose(drivers.share, squares / squares.sum())
    assert drivers.share.sum() == pytest.approx(1.0)
    assert list(drivers.share) == sorted(drivers.share, reverse=True)
    assert drivers.loc["capex[0].amount", "rank_correlation"] < -0.3  # dearer works, lower IRR
    assert drivers.loc["revenues[0].base_value", "rank_correlation"] > 0.3


def test_an_input_that_does_not_vary_drives_nothing(model):
    fixed = Distribution("costs[3].value", "uniform", low=110, high=110)
    run = mc.run(model, MonteCarlo(iterations=100, distributions=[DISTRIBUTIONS[2], fixed]))
    drivers = run.drivers("equity_irr")
    assert drivers.loc["costs[3].value"].tolist() == [0.0, 0.0]
    assert drivers.loc["capex[0].amount", "share"] == 1.0


def test_table_has_a_row_per_metric_with_the_summary_statistics(result):
    table = mc.table(result)
    assert list(table.index) == list(UNITS)
    assert list(table.columns) == ["mean", "sd", "P5", "P10", "P50", "P90", "P95", "missing"]
    assert table.loc["equity_irr", "P90"] == result.percentiles("equity_irr")["P90"]
    assert table.loc["min_dscr", "sd"] == result.std("min_dscr")


def test_values_outside_an_inputs_range_are_clipped_and_whole_numbers_rounded(model):
    settings = MonteCarlo(iterations=400, distributions=[
        Distribution("revenues[0].stabilised_occupancy", "normal", mean=0.95, sd=0.1),
        Distribution("timeline.operation_years", "uniform", low=20, high=26)])
    run = mc.run(model, settings)
    occupancy, years = run.inputs.values()
    assert occupancy.max() == 1.0 and (occupancy == 1.0).sum() > 50
    assert np.array_equal(years, np.rint(years)) and set(years) == set(range(20, 27))


def test_progress_reports_each_chunk_and_a_raise_cancels_after_it(model, monkeypatch):
    seen = []
    mc.run(model, SETTINGS, iterations=500, chunk=200, workers=1,
           progress=lambda f, what: seen.append((f, what)))
    assert seen == [(0.4, "montecarlo"), (0.8, "montecarlo"), (1.0, "montecarlo")]
    seen.clear()        # on two threads chunks may finish in either order; the share done rises
    mc.run(model, SETTINGS, iterations=500, chunk=200, workers=2,
           progress=lambda f, what: seen.append(f))
    assert len(seen) == 3 and seen == sorted(seen) and seen[-1] == 1.0

    evaluated = []
    real = mc.evaluate_cases
    monkeypatch.setattr(mc, "evaluate_cases",
                        lambda m, o: evaluated.append(time.perf_counter()) or real(m, o))

    class Cancelled(Exception):
        pass

    def cancel(fraction, what):
        raise Cancelled

    start = time.perf_counter()
    with pytest.raises(Cancelled):
        mc.run(model, SETTINGS, iterations=100_000, chunk=500, workers=2, progress=cancel)
    # the first progress call cancels: the chunks already running on the two workers (and at
    # most one each picked up meanwhile) ran, not the other ~196
    assert len(evaluated) <= 4
    assert time.perf_counter() - start < 5


def test_a_model_without_distributions_is_refused(model):
    with pytest.raises(SettingsError, match=r"^analyses\.montecarlo\.distributions: the model "
                                            r"has no distributions"):
        mc.run(model, MonteCarlo())


@pytest.mark.parametrize("change, where, says", [
    (dict(distributions=[Distribution("revenues[9].base_value", "uniform", 0, 0, 1)]),
     "distributions[0]", "revenues[9]"),
    (dict(distributions=[Distribution("property.name", "uniform", 0, 0, 1)]),
     "distributions[0]", "property.name"),
    (dict(distributions=[DISTRIBUTIONS[0], Distribution(
        "revenues[Locales comerciales].base_value", "uniform", 0, 0, 1)]),
     "distributions[1]", "already has a distribution (analyses.montecarlo.distributions[0])"),
    (dict(distributions=[Distribution("financing.rate", "triangular", 0.2, 0.1, 0.3)]),
     "distributions[0] (triangular on financing.rate)", "low ≤ mode ≤ high"),
    (dict(correlations=[Correlation("financing.rate", "district.canon", 0.3)]),
     "correlations[0]", "district.canon has no distribution"),
    (dict(correlations=[Correlation("financing.rate", "financing.rate", 0.3)]),
     "correlations[0]", "with itself"),
    (dict(correlations=[CORRELATIONS[1], Correlation("financing.rate", "macro.cpi[0]", 0.2)]),
     "correlations[1]", "already correlated in analyses.montecarlo.correlations[0]"),
    (dict(correlations=[Correlation("financing.rate", "macro.cpi[0]", 1.0)]),
     "correlations[0]", "strictly between -1 and 1"),
    (dict(correlations=[
        Correlation("revenues[0].base_value", "capex[0].amount", 0.9),
        Correlation("capex[0].amount", "costs[0].value", 0.9),
        Correlation("revenues[0].base_value", "costs[0].value", -0.9)]),
     "correlations", "revenues[0].base_value, capex[0].amount, costs[0].value"),
    (dict(hurdles=[Hurdle("equity_irrr", "below", 0.1)]), "hurdles[0]", "equity_irrr"),
    (dict(hurdles=[Hurdle("equity_irr", "under", 0.1)]), "hurdles[0]", "below or above"),
    (dict(iterations=0), "iterations", "from 1 to 1,000,000"),
    (dict(sampling="sobol"), "sampling", "sobol"),
])
def test_bad_settings_say_what_and_where(model, change, where, says):
    with pytest.raises(SettingsError) as raised:
        mc.run(model, replace(SETTINGS, **change))
    message = str(raised.value)
    assert message.startswith(f"analyses.montecarlo.{where}"), message
    assert says in message, message


def test_a_bad_chunk_is_refused(model):
    with pytest.raises(ValueError, match="chunk"):
        mc.run(model, SETTINGS, chunk=0)


@pytest.mark.parametrize("name", ["heritage_building", "public_parking", "public_space_aeep"])
def test_every_bundled_sample_runs_its_monte_carlo_out_of_the_box(name):
    doc = document.loads(bundled.sample_text(name))
    settings, model = doc.analyses.montecarlo, doc.model
    # each distribution is centred on the base case, so editing a base value shows at once
    for d in settings.distributions:
        base = paths.get(model, d.path)
        if d.kind in ("triangular", "pert"):
            assert d.mode == base, d.path
        elif d.kind in ("normal", "lognormal"):
            assert d.mean == base, d.path
        elif d.kind == "uniform":
            assert d.low < base < d.high, d.path
        else:
            assert base in d.values, d.path
    assert {(h.metric, h.side, h.threshold) for h in settings.hurdles} == {
        ("min_dscr", "below", model.financing.covenant_dscr),
        ("equity_irr", "below", model.valuation.target_equity_irr)}
    assert 1 <= len(settings.correlations) <= 2
    run = mc.run(model, settings, iterations=400)
    assert not run.refused().any() and run.notes == ()
    for hurdle, probability in run.hurdles():
        assert 0.02 < probability < 0.9, (hurdle, probability)
    # the base case lies inside the run's P5-P95 band
    base = evaluate(model)
    for m in ("project_irr", "equity_irr", "min_dscr"):
        band = run.percentiles(m)
        assert band["P5"] < base.metric(m) < band["P95"], m


def test_discrete_weights_that_do_not_add_up_to_one_are_taken_as_proportions_and_said(
        sample_document):
    settings = replace(sample_document.analyses.montecarlo, correlations=[], iterations=4000,
                       distributions=[Distribution(path="financing.rate", kind="discrete",
                                                   values=[0.10, 0.12], weights=[0.5, 1.0])])
    result = mc.run(sample_document.model, settings)
    assert any("add up to 1.5, not 1" in note for note in result.notes)
    share = float((result.inputs["financing.rate"] == 0.12).mean())
    assert share == pytest.approx(2 / 3, abs=0.01)


def test_workers_change_nothing(model):
    one = mc.run(model, SETTINGS, iterations=600, chunk=150, workers=1)
    two = mc.run(model, SETTINGS, iterations=600, chunk=150, workers=2)
    for m in UNITS:
        np.testing.assert_array_equal(one.metrics[m], two.metrics[m], err_msg=m)
