"""Inverse CDFs against closed-form moments, and the checks of a distribution's parameters."""

from __future__ import annotations

import math

import numpy as np
import pytest

from pppmodeler.analysis.distributions import SettingsError, check, inverse_cdf, is_point_mass
from pppmodeler.analysis.settings import Distribution

# Midpoints of 200,000 equal strata: a deterministic sample whose moments are the
# distribution's to about 1e-5 of its spread, so the tolerances below cannot be flaky.
N = 200_000
U = (np.arange(N) + 0.5) / N


def draws(**fields) -> np.ndarray:
    return inverse_cdf(Distribution(path="financing.rate", **fields), U)


def test_triangular_mean_sd_and_mass_below_the_mode():
    a, c, b = 2.0, 3.0, 7.0
    x = draws(kind="triangular", low=a, mode=c, high=b)
    assert x.mean() == pytest.approx((a + b + c) / 3, rel=1e-6)
    var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18
    assert x.std() == pytest.approx(math.sqrt(var), rel=1e-5)
    assert (x <= c).mean() == pytest.approx((c - a) / (b - a), abs=1e-5)
    assert x.min() >= a and x.max() <= b


def test_pert_mean_and_sd_of_its_beta():
    a, m, b = 11_000.0, 12_000.0, 15_600.0
    x = draws(kind="pert", low=a, mode=m, high=b)
    mu = (a + 4 * m + b) / 6
    assert x.mean() == pytest.approx(mu, rel=1e-7)
    # Beta with λ = 4: variance (μ - a)(b - μ) / (λ + 3).
    assert x.std() == pytest.approx(math.sqrt((mu - a) * (b - mu) / 7), rel=1e-5)
    assert x.min() >= a and x.max() <= b


def test_pert_peaks_at_its_mode():
    x = draws(kind="pert", low=0.0, mode=0.3, high=1.0)
    counts, edges = np.histogram(x, bins=50, range=(0, 1))
    peak = edges[np.argmax(counts)]
    assert 0.26 <= peak <= 0.32


def test_normal_mean_and_sd():
    x = draws(kind="normal", mean=0.04, sd=0.01)
    assert x.mean() == pytest.approx(0.04, abs=1e-9)
    assert x.std() == pytest.approx(0.01, rel=1e-3)
    assert np.median(x) == pytest.approx(0.04, abs=1e-9)


def test_lognormal_takes_the_mean_and_sd_of_the_variable_itself():
    x = draws(kind="lognormal", mean=0.105, sd=0.03)
    assert x.mean() == pytest.approx(0.105, rel=1e-4)
    assert x.std() == pytest.approx(0.03, rel=2e-3)
    assert x.min() > 0
    # Its median is exp(μ) = mean / sqrt(1 + (sd / mean)^2), below the mean.
    assert np.median(x) == pytest.approx(0.105 / math.sqrt(1 + (0.03 / 0.105) ** 2), rel=1e-6)


def test_uniform_mean_and_sd():
    x = draws(kind="uniform", low=25.0, high=33.0)
    assert x.mean() == pytest.approx(29.0, rel=1e-9)
    assert x.std() == pytest.approx(8 / math.sqrt(12), rel=1e-6)


def test_discrete_takes_each_value_with_its_weight_whatever_the_order():
    x = draws(kind="discrete", values=[200.0, 150.0, 180.0], weights=[1.0, 1.0, 2.0])
    values, counts = np.unique(x, return_counts=True)
    assert list(values) == [150.0, 180.0, 200.0]
    assert list(counts / N) == pytest.approx([0.25, 0.5, 0.25], abs=1e-5)
    # non-decreasing in u, so rank correlations carry over to the values
    assert np.all(np.diff(x) >= 0)


def test_discrete_without_weights_is_equally_likely_and_a_zero_weight_never_drawn():
    x = draws(kind="discrete", values=[1.0, 2.0, 3.0, 4.0])
    assert list(np.unique(x, return_counts=True)[1]) == [N // 4] * 4
    y = draws(kind="discrete", values=[1.0, 2.0, 3.0], weights=[0.0, 1.0, 0.0])
    assert set(np.unique(y)) == {2.0}


@pytest.mark.parametrize("fields", [
    dict(kind="triangular", low=0.1, mode=0.1, high=0.1),
    dict(kind="pert", low=0.1, mode=0.1, high=0.1),
    dict(kind="uniform", low=0.1, high=0.1),
    dict(kind="normal", mean=0.1, sd=0.0),
    dict(kind="lognormal", mean=0.1, sd=0.0),
    dict(kind="discrete", values=[0.1, 0.2], weights=[1.0, 0.0]),
])
def test_a_zero_width_distribution_is_exactly_its_value(fields):
    dist = Distribution(path="financing.rate", **fields)
    assert is_point_mass(dist)
    x = inverse_cdf(dist, U[::1000])
    assert np.all(x == 0.1)


def test_every_inverse_cdf_is_non_decreasing():
    for fields in (dict(kind="triangular", low=0, mode=3, high=4),
                   dict(kind="pert", low=0, mode=1, high=4),
                   dict(kind="normal", mean=1, sd=2), dict(kind="lognormal", mean=1, sd=2),
                   dict(kind="uniform", low=-1, high=1)):
        assert np.all(np.diff(draws(**fields)) >= 0), fields
        assert not is_point_mass(Distribution(**fields))


@pytest.mark.parametrize("fields, says", [
    (dict(kind="triangular", low=1.0, mode=0.5, high=2.0), "low ≤ mode ≤ high"),
    (dict(kind="pert", low=1.0, mode=2.5, high=2.0), "mode 2.5"),
    (dict(kind="uniform", low=2.0, high=1.0), "low ≤ high"),
    (dict(kind="normal", mean=0.1, sd=-0.01), "standard deviation"),
    (dict(kind="lognormal", mean=0.0, sd=0.01), "mean must be above 0"),
    (dict(kind="discrete", values=[]), "at least one value"),
    (dict(kind="discrete", values=[1.0, 2.0], weights=[1.0]), "2 values, 1 weights"),
    (dict(kind="discrete", values=[1.0, 2.0], weights=[0.0, 0.0]), "add up to 0"),
    (dict(kind="discrete", values=[1.0, 2.0], weights=[2.0, -1.0]), "negative"),
    (dict(kind="beta"), "unknown kind"),
])
def test_bad_parameters_say_what_and_where(fields, says):
    dist = Distribution(path="capex[0].amount", **fields)
    with pytest.raises(SettingsError) as raised:
        check(dist, "analyses.montecarlo.distributions[3]")
    message = str(raised.value)
    assert message.startswith(f"analyses.montecarlo.distributions[3] ({dist.kind} on "
                              f"capex[0].amount): ")
    assert says in message


def test_good_parameters_pass():
    check(Distribution(path="x", kind="pert", low=1, mode=1, high=2), "here")
    check(Distribution(path="x", kind="discrete", values=[3.0]), "here")


@pytest.mark.parametrize("alpha", [1.0, 1.4, 2.0, 3.3, 5.0])
@pytest.mark.parametrize("beta", [1.0, 1.7, 3.0, 5.0])
def test_beta_inverse_equals_scipy_to_the_last_digits(alpha, beta):
    """Our PERT inverse against scipy's ``betaincinv`` on the PERT shapes (α, β in [1, 5]),
    over the body and both tails, where the start and the stopping rule are most tested."""
    from scipy.special import betaincinv

    from pppmodeler.analysis.distributions import beta_inverse

    rng = np.random.default_rng(11)
    tails = 10.0 ** -rng.uniform(3, 15, 500)
    u = np.concatenate([rng.random(5_000), tails, 1 - tails, [0.5]])
    x, ref = beta_inverse(alpha, beta, u), betaincinv(alpha, beta, u)
    assert np.abs(x - ref).max() <= 4e-15
    lower = u < 0.5
    assert (np.abs(x - ref) / ref)[lower].max() <= 1e-14
