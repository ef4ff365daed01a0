"""Latin hypercube strata, reproducible seeds and rank correlations imposed by Iman–Conover."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import spearmanr

from pppmodeler.analysis.correlation import NotPositiveDefinite, iman_conover, target_matrix
from pppmodeler.analysis.sampling import sample, uniforms


def _strata(u: np.ndarray) -> np.ndarray:
    return np.sort(np.floor(u * u.shape[0]).astype(int), axis=0)


def test_latin_hypercube_puts_one_iteration_in_each_stratum_of_each_input():
    u = uniforms(500, 3, "latin_hypercube", np.random.default_rng(1))
    assert np.array_equal(_strata(u), np.repeat(np.arange(500)[:, None], 3, axis=1))
    # the strata are shuffled independently: the inputs are not paired stratum by stratum
    assert abs(spearmanr(u).statistic[0, 1]) < 0.15


def test_random_sampling_is_not_stratified():
    u = uniforms(500, 3, "random", np.random.default_rng(1))
    assert not np.array_equal(_strata(u), np.repeat(np.arange(500)[:, None], 3, axis=1))
    assert u.shape == (500, 3)


@pytest.mark.parametrize("method", ["latin_hypercube", "random"])
def test_uniforms_stay_inside_zero_and_one(method):
    u = uniforms(100_000, 2, method, np.random.default_rng(3))
    assert u.min() > 0 and u.max() < 1


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match="sobol"):
        uniforms(10, 1, "sobol", np.random.default_rng(0))


TARGET = [(0, 1, 0.6), (1, 2, -0.4), (0, 3, 0.3)]


def test_imposed_rank_correlations_match_their_targets():
    target = target_matrix(5, TARGET)
    u = sample(20_000, 5, "latin_hypercube", 11, target)
    found = spearmanr(u).statistic
    # targets met within 0.01; the pairs with no target (0-2, 1-3, ..., and column 4) near 0
    assert np.abs(found - target).max() < 0.02
    for i, j, rho in TARGET:
        assert found[i, j] == pytest.approx(rho, abs=0.01)


def test_iman_conover_only_reorders_so_the_strata_stay():
    rng = np.random.default_rng(5)
    u = uniforms(1000, 4, "latin_hypercube", rng)
    out = iman_conover(u, target_matrix(4, TARGET), rng)
    assert np.array_equal(np.sort(out, axis=0), np.sort(u, axis=0))
    assert np.array_equal(_strata(out), _strata(u))
    assert spearmanr(out).statistic[0, 1] == pytest.approx(0.6, abs=0.05)


def test_too_few_iterations_for_the_inputs_leave_the_sample_as_drawn():
    u = uniforms(3, 3, "random", np.random.default_rng(5))
    assert iman_conover(u, target_matrix(3, [(0, 1, 0.5)]), np.random.default_rng(1)) is u


def test_same_seed_same_samples_to_the_last_digit_and_another_seed_others():
    target = target_matrix(4, TARGET)
    a = sample(2000, 4, "latin_hypercube", 20270101, target)
    b = sample(2000, 4, "latin_hypercube", 20270101, target)
    c = sample(2000, 4, "latin_hypercube", 20270102, target)
    assert np.array_equal(a, b)
    assert not np.any(a == c)
    assert np.array_equal(sample(50, 2, "random", 7), sample(50, 2, "random", 7))


def test_an_identity_target_keeps_the_independent_draw():
    assert np.array_equal(sample(100, 3, "latin_hypercube", 9, np.eye(3)),
                          sample(100, 3, "latin_hypercube", 9))


def test_contradictory_correlations_are_refused_naming_the_inputs():
    with pytest.raises(NotPositiveDefinite) as raised:
        target_matrix(4, [(0, 1, 0.9), (1, 2, 0.9), (0, 2, -0.9)])
    assert raised.value.involved == [0, 1, 2]
    assert raised.value.smallest < 0
    assert "not positive definite" in str(raised.value)


def test_order_is_the_stable_sort_with_and_without_ties():
    from pppmodeler.analysis.correlation import _order

    rng = np.random.default_rng(5)
    distinct = rng.standard_normal((2_000, 4))
    tied = np.round(distinct, 1)            # many ties in every column
    for t in (distinct, tied):
        np.testing.assert_array_equal(_order(t), np.argsort(t, axis=0, kind="stable"))
