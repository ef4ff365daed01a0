"""The vehicle Monte Carlo: portfolio factors over every property, evaluated in blocks.

The independent path throughout is :func:`evaluate_vehicle` of a vehicle whose properties
have had the factors applied by hand, one iteration at a time.
"""

from __future__ import annotations

import multiprocessing
import pickle
from dataclasses import fields, replace

import numpy as np
import pytest
from scipy.special import ndtri

from pppmodeler import bundled
from pppmodeler.analysis import distributions, sampling
from pppmodeler.analysis.distributions import SettingsError
from pppmodeler.analysis.settings import Distribution
from pppmodeler.fileformat import FileFormatError
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle import blocks
from pppmodeler.vehicle import montecarlo as vmc
from pppmodeler.vehicle.build import vehicle_from_records
from pppmodeler.vehicle.consolidation import FLOWS, STOCKS, UNITS
from pppmodeler.vehicle.evaluate import evaluate_vehicle, included
from pppmodeler.vehicle.inventory import import_inventory
from pppmodeler.vehicle.terms import (FACTORS, METRICS, Factor, FactorCorrelation, Factors,
                                      MonteCarlo, PointsFactor, VehicleHurdle)

METRIC_NAMES = tuple(UNITS)


@pytest.fixture(scope="module")
def records():
    return import_inventory(bundled.resource("inventory", "synthetic_inventory.csv")).records


@pytest.fixture(scope="module")
def small(records):
    """Twelve synthetic properties in two stacking groups (quarterly and annual models), with
    a partner, vehicle debt and overheads so that every part of the waterfall works."""
    vehicle, _ = vehicle_from_records(records[:12], "V")
    capital = replace(vehicle.capital, partner_equity=vehicle.capital.district_in_kind * 0.3,
                      debt_amount=2000.0, debt_tenor_years=8)
    return replace(vehicle, capital=capital, costs=replace(vehicle.costs, overheads=150.0))


def uncertain(**changes) -> MonteCarlo:
    """Every factor uncertain, two of them correlated, and some idiosyncratic noise."""
    factors = Factors(revenue_price=Factor(kind="triangular", low=0.8, mode=1.0, high=1.2),
                      occupancy=Factor(kind="uniform", low=0.9, high=1.25),   # clips at 1
                      opex=Factor(kind="normal", mean=1.0, sd=0.1),
                      capex=Factor(kind="lognormal", mean=1.1, sd=0.15),
                      cpi=PointsFactor(kind="normal", mean=0.0, sd=0.01),
                      interest_rate=PointsFactor(kind="pert", low=-0.01, mode=0.0, high=0.03))
    settings = MonteCarlo(iterations=6, seed=7, factors=factors, idiosyncratic_sd=0.2,
                          correlations=[FactorCorrelation(first="revenue_price",
                                                          second="occupancy", rank=0.6)],
                          hurdles=[VehicleHurdle(metric="district_gain", threshold=0.0),
                                   VehicleHurdle(metric="partner_irr", threshold=0.14)])
    return replace(settings, **changes)


# --- settings --------------------------------------------------------------------------------

def test_a_factor_has_the_parameters_of_a_distribution_and_reads_as_one():
    theirs = {f.name: f for f in fields(Distribution) if f.name != "path"}
    ours = {f.name: f for f in fields(Factor)}
    assert list(ours) == list(theirs)
    for name, f in ours.items():   # the same labels, ranges and choices; defaults of a factor
        assert f.metadata == theirs[name].metadata, name
    as_distribution = Factor(kind="pert", low=0.5, mode=0.9, high=1.0).distribution("opex")
    assert as_distribution == Distribution(path="opex", kind="pert", low=0.5, mode=0.9,
                                           high=1.0, mean=1.0)
    # the defaults switch every factor off: multipliers at 1, points at 0
    defaults = MonteCarlo().factors
    assert all(distributions.is_point_mass(getattr(defaults, f).distribution(f))
               for f in FACTORS)
    assert defaults.revenue_price.mode == 1.0 and defaults.cpi.mode == 0.0
    assert MonteCarlo().iterations == 1000


def test_the_hurdles_name_the_vehicle_metrics():
    assert METRICS == METRIC_NAMES


def test_the_settings_travel_in_the_vehicle_file(small):
    vehicle = replace(small, montecarlo=uncertain(iterations=250))
    text = vf.dumps(vf.VehicleDocument(vehicle=vehicle))
    back = vf.loads(text).vehicle
    assert back.montecarlo == vehicle.montecarlo
    assert isinstance(back.montecarlo.factors.cpi, PointsFactor)
    # a file written before the Monte Carlo settings existed opens with the defaults
    data = vf.to_data(vf.VehicleDocument(vehicle=small))
    del data["vehicle"]["montecarlo"]
    assert vf.from_data(data).vehicle.montecarlo == MonteCarlo()


def test_the_vehicle_file_refuses_bad_settings_saying_where(small):
    data = vf.to_data(vf.VehicleDocument(vehicle=small))
    mc = data["vehicle"]["montecarlo"]
    mc["factors"]["opex"]["kind"] = "gamma"
    mc["hurdles"] = [{"metric": "equity_irr", "side": "below", "threshold": 0.1}]
    mc["iterations"] = 0
    with pytest.raises(FileFormatError) as caught:
        vf.from_data(data)
    text = str(caught.value)
    for where in ("montecarlo.factors.opex.kind", "montecarlo.hurdles[0].metric",
                  "montecarlo.iterations"):
        assert where in text


@pytest.mark.parametrize("change, where", [
    (dict(correlations=[FactorCorrelation(first="opex", second="opex", rank=0.5)]),
     "montecarlo.correlations[0]"),
    (dict(correlations=[FactorCorrelation(first="opex", second="capex", rank=0.9),
                        FactorCorrelation(first="capex", second="cpi", rank=0.9),
                        FactorCorrelation(first="opex", second="cpi", rank=-0.9)]),
     "montecarlo.correlations"),
    (dict(factors=Factors(capex=Factor(kind="lognormal", mean=0.0, sd=0.1))),
     "montecarlo.factors.capex"),
    (dict(hurdles=[VehicleHurdle(metric="min_dscr")]), "montecarlo.hurdles[0]"),
])
def test_settings_that_cannot_run_are_refused_saying_where(change, where):
    with pytest.raises(SettingsError) as caught:
        vmc.check(uncertain(**change))
    assert caught.value.where.startswith(where)


def test_the_factors_are_the_inverse_cdfs_of_the_seeded_uniforms():
    settings = uncertain(iterations=500)
    drawn, _ = vmc.draw(settings)
    u = sampling.sample(500, 6, "latin_hypercube", 7,
                        np.array([[1, .6, 0, 0, 0, 0], [.6, 1, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0],
                                  [0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 1.]]))
    for j, name in enumerate(FACTORS):
        dist = getattr(settings.factors, name).distribution(name)
        np.testing.assert_array_equal(drawn[name], np.maximum(distributions.inverse_cdf(
            dist, u[:, j]), 0) if j < 4 else distributions.inverse_cdf(dist, u[:, j]))
    from pppmodeler.analysis.mcresult import ranks
    rho = np.corrcoef(ranks(drawn["revenue_price"]), ranks(drawn["occupancy"]))[0, 1]
    assert rho == pytest.approx(0.6, abs=0.05)


def test_the_notes_name_the_factors_by_their_labels_not_their_code_names():
    """A reader sees "Inversión (×)", never ``montecarlo.factors: capex``."""
    settings = uncertain(iterations=4, factors=replace(uncertain().factors, capex=Factor(),
                                                       cpi=PointsFactor()))
    _, notes = vmc.draw(settings)
    fixed, too_few = notes
    assert fixed.text("es") == ("Factores con un solo valor en todas las iteraciones: "
                                "Inversión (×), IPC (+ puntos)")
    assert fixed.text("en") == str(fixed) == ("Factors that take one value in every "
                                              "iteration: Capex (×), CPI (+ points)")
    assert too_few.text("es").startswith("Correlaciones: no se imponen; 4 iteraciones")
    for note in notes:
        for lang in ("es", "en"):
            assert "montecarlo." not in note.text(lang) and "capex" not in note.text(lang)
        assert note.values["where"].startswith("montecarlo.")      # still said to code
        assert pickle.loads(pickle.dumps(note)).text("es") == note.text("es")


def test_without_uncertainty_is_every_factor_a_point_mass_and_no_own_noise():
    assert vmc.without_uncertainty(MonteCarlo())
    assert vmc.without_uncertainty(MonteCarlo(factors=Factors(
        capex=Factor(low=1.2, mode=1.2, high=1.2))))          # fixed, but not at 1
    assert not vmc.without_uncertainty(MonteCarlo(idiosyncratic_sd=0.1))
    assert not vmc.without_uncertainty(MonteCarlo(factors=Factors(
        opex=Factor(low=0.9, mode=1.0, high=1.1))))
    assert not vmc.without_uncertainty(uncertain())


# --- the noise --------------------------------------------------------------------------------

def test_the_noise_of_a_holding_is_the_same_however_the_iterations_are_cut():
    whole = blocks.noise(11, 3, 0, 1000, 0.2)
    cut = np.concatenate([blocks.noise(11, 3, a, b, 0.2) for a, b in
                          [(0, 1), (1, 250), (250, 251), (251, 1000)]])
    np.testing.assert_array_equal(whole, cut)
    assert not np.array_equal(whole, blocks.noise(11, 4, 0, 1000, 0.2))   # own stream


def test_the_noise_is_lognormal_with_mean_1_and_the_given_sd():
    x = blocks.noise(5, 0, 0, 200_000, 0.3)
    assert x.mean() == pytest.approx(1.0, abs=4 * 0.3 / np.sqrt(x.size))
    assert x.std() == pytest.approx(0.3, rel=0.02)
    assert np.log(x).std() == pytest.approx(np.sqrt(np.log1p(0.09)), rel=0.02)
    np.testing.assert_array_equal(blocks.noise(5, 0, 10, 20, 0.0), np.ones(10))


def _noise_by_hand(seed: int, position: int, n: int, sd: float) -> np.ndarray:
    u = np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, 1, position])))
    z = ndtri(np.clip(u.random(n), 2.0 ** -53, 1 - 2.0 ** -53))
    s2 = np.log(1 + sd ** 2)
    return np.exp(np.sqrt(s2) * z - s2 / 2)


# --- against evaluate_vehicle ----------------------------------------------------------------

def assert_same_vehicle(result, i, expected, rtol):
    for name in METRIC_NAMES:
        np.testing.assert_allclose(result.metrics[name][i], expected.metrics[name][0],
                                   rtol=rtol, atol=1e-9, err_msg=name)
    for name in FLOWS + STOCKS:
        np.testing.assert_allclose(result.properties[name][i], expected.properties[name][0],
                                   rtol=rtol, atol=1e-7, err_msg=name)
    for name, line in expected.vehicle.items():
        np.testing.assert_allclose(result.lines[name][i], line[0], rtol=rtol, atol=1e-7,
                                   err_msg=name)


def test_with_every_factor_switched_off_each_iteration_is_the_vehicle_as_entered(small):
    expected = evaluate_vehicle(small)
    result = vmc.run(small, MonteCarlo(iterations=5))
    assert np.isfinite(result.metrics["partner_irr"]).all()
    for i in range(5):
        # equal to rounding: the two add the properties up in different orders
        assert_same_vehicle(result, i, expected, rtol=1e-12)
    assert result.missing("partner_irr") == 0 and result.std("district_gain") < 1e-9


def by_hand(vehicle, factors: dict, i: int, sd: float, seed: int, n: int):
    """The vehicle of iteration ``i`` with the factors applied to each model directly."""
    f = {name: float(v[i]) for name, v in factors.items()}
    holdings = []
    for position, holding in enumerate(vehicle.holdings):
        m = holding.model
        noise = _noise_by_hand(seed, position, n, sd)[i]
        revenues = [line if line.kind == "percent_of_line" else replace(
            line, base_value=line.base_value * f["revenue_price"] * noise,
            stabilised_occupancy=min(1.0, line.stabilised_occupancy * f["occupancy"]))
            for line in m.revenues]
        costs = [replace(c, value=c.value * f["opex"]) for c in m.costs]
        capex = [replace(c, amount=c.amount * f["capex"]) for c in m.capex]
        macro = replace(m.macro, cpi=[c + f["cpi"] for c in m.macro.cpi])
        financing = replace(m.financing, rate=max(0.0, m.financing.rate + f["interest_rate"]))
        model = replace(m, revenues=revenues, costs=costs, capex=capex, macro=macro,
                        financing=financing)
        holdings.append(replace(holding, model=model))
    setup = replace(vehicle.setup, cpi=[c + f["cpi"] for c in vehicle.setup.cpi])
    capital = replace(vehicle.capital,
                      debt_rate=max(0.0, vehicle.capital.debt_rate + f["interest_rate"]))
    return replace(vehicle, holdings=holdings, setup=setup, capital=capital)


def test_each_iteration_is_the_vehicle_with_its_factors_applied_by_hand(small):
    settings = uncertain(iterations=6)
    result = vmc.run(small, settings)
    assert result.inputs["occupancy"].max() > 1.1          # some iterations clip occupancy
    for i in range(6):
        expected = evaluate_vehicle(by_hand(small, result.inputs, i, 0.2, 7, 6))
        # the engine's solvers stop when a whole batch has converged: last digits differ
        assert_same_vehicle(result, i, expected, rtol=1e-9)
        for row, h in enumerate(expected.results):
            np.testing.assert_allclose(result.holding_metrics["equity_irr"][row, i],
                                       h.metrics["equity_irr"].value[0], rtol=1e-9)


def test_hurdles_and_statistics_follow_the_metrics(small):
    result = vmc.run(small, uncertain(iterations=40))
    gain = result.metrics["district_gain"]
    assert result.probability_missed(result.settings.hurdles[0]) == np.mean(gain < 0)
    irr = result.metrics["partner_irr"]
    assert result.hurdles()[1][1] == np.mean((irr < 0.14) | np.isnan(irr))
    assert result.percentiles("district_gain")["P50"] == np.percentile(gain, 50)
    assert set(result.table().index) == set(METRIC_NAMES)
    ranking = result.ranking("equity_irr")
    assert len(ranking) == 12 and ranking["P5"].is_monotonic_increasing
    p5 = np.percentile(result.holding_metrics["equity_irr"][3], 5)
    assert ranking.loc[3, "P5"] == p5
    assert list(result.holding(0).drivers("equity_irr").index)[0] in FACTORS


def test_own_noise_averages_out_in_the_vehicle(records):
    vehicle, _ = vehicle_from_records(records[:40], "V")
    settings = MonteCarlo(iterations=60, idiosyncratic_sd=0.3)
    result = vmc.run(vehicle, settings)
    revenue = result.properties["revenue"][:, 10]
    # forty properties, each ±30 % on its own: the total moves far less than any of them
    assert 0 < revenue.std() / revenue.mean() < 0.3 / 2


# --- reproducibility, blocks, workers, cancel ------------------------------------------------

def same_run(a, b) -> None:
    for name in METRIC_NAMES:
        np.testing.assert_array_equal(a.metrics[name], b.metrics[name], err_msg=name)
    for name in a.properties:
        np.testing.assert_array_equal(a.properties[name], b.properties[name], err_msg=name)
    for name in a.holding_metrics:
        np.testing.assert_array_equal(a.holding_metrics[name], b.holding_metrics[name])
    assert a.errors == b.errors


def test_the_same_seed_gives_the_same_numbers_and_another_seed_others(small):
    settings = uncertain(iterations=8)
    same_run(vmc.run(small, settings), vmc.run(small, settings))
    other = vmc.run(small, settings, seed=8)
    assert not np.array_equal(other.metrics["district_gain"],
                              vmc.run(small, settings).metrics["district_gain"])


def test_block_size_and_workers_change_nothing(small, monkeypatch):
    # small engine batches, so that a run has many of them and blocks of several
    monkeypatch.setattr(vmc, "ENGINE_ROWS", 40)
    settings = uncertain(iterations=30)
    one = vmc.run(small, settings, block_rows=1, workers=1)
    assert one.blocks >= 10
    big = vmc.run(small, settings, block_rows=10 ** 6, workers=1)
    assert big.blocks == 2                           # one block per holdings slice
    same_run(one, big)
    pooled = vmc.run(small, settings, block_rows=100, workers=2)
    assert pooled.workers == 2
    same_run(one, pooled)
    assert multiprocessing.active_children() == []


def test_a_block_returns_sums_over_its_holdings_not_their_lines(small):
    settings = uncertain(iterations=9)
    factors, _ = vmc.draw(settings)
    years = evaluate_vehicle(small).years
    models = [h.model for _, h in included(small)]
    planned, members = vmc.plan(small, models, factors, settings, years, block_rows=40)
    for block in planned:
        result = blocks.evaluate_block(block)
        assert set(result.sums) == set(FLOWS + STOCKS)
        assert {v.shape for v in result.sums.values()} == {(block.m, years.size)}
        assert {v.shape for v in result.holdings.values()} == {(block.k, block.m)}
    # every holding × iteration is in exactly one block
    cover = np.zeros((12, 9), dtype=int)
    for block in planned:
        cover[members[block.index], block.start:block.stop] += 1
    assert (cover == 1).all()


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_may_cancel_a_run(small, monkeypatch, workers):
    monkeypatch.setattr(vmc, "ENGINE_ROWS", 40)
    seen = []

    def progress(fraction, what):
        seen.append((fraction, what))
        raise Cancelled

    with pytest.raises(Cancelled):
        vmc.run(small, uncertain(iterations=60), block_rows=40, workers=workers,
                progress=progress)
    assert len(seen) == 1 and seen[0][1] == "vehicle_montecarlo" and 0 < seen[0][0] < 1
    assert multiprocessing.active_children() == []     # the pool is shut down


def test_progress_reaches_one(small):
    seen = []
    vmc.run(small, uncertain(iterations=10), block_rows=40,
            progress=lambda f, what: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_an_iteration_the_engine_refuses_has_no_metrics_and_says_which_holding(small):
    # a grant of 90 % of the capex: halving the capex makes the grant exceed it. (The
    # engine's input rules compare the largest values of a whole batch, so the property is
    # given a batch of its own, a renamed line, and every iteration halves the capex.)
    first = small.holdings[0]
    capex = sum(item.amount for item in first.model.capex)
    granted = replace(first.model, district=replace(first.model.district,
                                                    capital_grant=0.9 * capex),
                      revenues=[replace(first.model.revenues[0], name="Otra línea")]
                      + first.model.revenues[1:])
    vehicle = replace(small, holdings=[replace(first, model=granted)] + small.holdings[1:])
    evaluate_vehicle(vehicle)                       # as entered, the vehicle is fine
    settings = MonteCarlo(iterations=5, seed=3, factors=Factors(
        capex=Factor(kind="discrete", values=[0.5])))
    result = vmc.run(vehicle, settings)
    assert result.refused().all()
    for i in range(5):
        assert result.errors[i].startswith(f"{first.name}: district.capital_grant")
        assert np.isnan(result.metrics["district_gain"][i])
        assert result.status["district_gain"][i] == "refused"
    assert result.missing("district_gain") == 5
    assert result.probability_missed(VehicleHurdle(metric="total_dividends",
                                                   threshold=-1e12)) == 1.0
    # the other holdings were evaluated: their own metrics are there
    assert np.isfinite(result.holding_metrics["equity_irr"][1:]).all()


def test_groups_cut_into_slices_add_up_to_the_same_vehicle(small, monkeypatch):
    settings = uncertain(iterations=7)
    whole = vmc.run(small, settings)
    monkeypatch.setattr(vmc, "HOLDINGS_PER_BLOCK", 3)
    sliced = vmc.run(small, settings, block_rows=1)
    assert sliced.blocks > whole.blocks
    for name in METRIC_NAMES:
        np.testing.assert_allclose(sliced.metrics[name], whole.metrics[name], rtol=1e-12)
    np.testing.assert_allclose(sliced.holding_metrics["equity_irr"],
                               whole.holding_metrics["equity_irr"], rtol=1e-12)


def test_a_vehicle_without_included_properties_runs_on_its_own_terms(small):
    empty = replace(small, holdings=[replace(h, included=False) for h in small.holdings])
    result = vmc.run(empty, MonteCarlo(iterations=3))
    expected = evaluate_vehicle(empty)
    for i in range(3):
        assert_same_vehicle(result, i, expected, rtol=1e-12)
    assert result.ranking().empty and result.blocks == 0
