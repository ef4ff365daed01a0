"""The distributions of a Monte Carlo run: checked parameters and inverse CDFs.

A :class:`~pppmodeler.analysis.settings.Distribution` turns uniforms ``u`` in (0, 1), shape
``(n,)``, into values of its input with :func:`inverse_cdf`; the sampler
(:mod:`pppmodeler.analysis.sampling`) makes the uniforms. Every inverse CDF is non-decreasing in
``u``, so the rank order the sampler gives the uniforms (and with it the rank correlations) is
the rank order of the values.

Conventions, in the input's own unit (a rate as a fraction):

- triangular: ``low``, ``mode``, ``high``; mean (low + mode + high) / 3;
- PERT: a beta on [low, high] with shape λ = 4, α = 1 + 4 (mode − low) / (high − low),
  β = 1 + 4 (high − mode) / (high − low); mean (low + 4 mode + high) / 6;
- normal: ``mean`` and ``sd`` of the input;
- lognormal: ``mean`` and ``sd`` of the input itself (not of its logarithm), which gives the
  underlying σ² = ln(1 + sd² / mean²) and μ = ln(mean) − σ² / 2; the mean must be positive;
- uniform: ``low``, ``high``;
- discrete: ``values`` with ``weights`` (equal weights when empty); the values are taken in
  increasing order, value ``k`` where the cumulative weight first exceeds ``u``.

A distribution of zero width (low = mode = high, or sd = 0) is a point mass: every iteration
takes that value exactly, which is how an input's uncertainty is switched off without removing
its line. The values a distribution gives are not clipped here: the run clips them to the
input's valid range and rounds whole-number inputs, as every analysis does
(:func:`pppmodeler.analysis.cases.input_values`), so a normal occupancy never exceeds 1.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betainc, betaln, ndtri

from pppmodeler.analysis.base import AnalysisError
from pppmodeler.analysis.settings import Distribution
from pppmodeler.i18n.messages import Phrase

# The shape of the PERT beta: the weight of the mode against the two ends.
PERT_LAMBDA = 4.0
# Halley steps allowed per value of the beta inverse (one or two are taken).
MAX_BETA_STEPS = 100


# Monte Carlo settings that cannot be run: the error of every analysis (``where`` names the
# setting, the message starts with it), under the name the Monte Carlo modules first gave it.
SettingsError = AnalysisError


def check(dist: Distribution, where: str) -> None:
    """Raise :class:`SettingsError` at ``where`` (e.g. ``analyses.montecarlo.distributions[2]``)
    when the parameters of ``dist`` do not define a distribution."""
    problem = _problem(dist)
    if problem:
        raise SettingsError(Phrase("analysis.where.distribution", where=where, kind=dist.kind,
                                   path=dist.path), problem)


def _problem(dist: Distribution) -> str:
    kind = dist.kind
    if kind in ("triangular", "pert"):
        if not dist.low <= dist.mode <= dist.high:
            return Phrase("analysis.error.low_mode_high", low=dist.low, mode=dist.mode,
                          high=dist.high)
    elif kind == "uniform":
        if not dist.low <= dist.high:
            return Phrase("analysis.error.low_high", low=dist.low, high=dist.high)
    elif kind in ("normal", "lognormal"):
        if not dist.sd >= 0:
            return Phrase("analysis.error.negative_sd", sd=dist.sd)
        if kind == "lognormal" and not dist.mean > 0:
            return Phrase("analysis.error.lognormal_mean", mean=dist.mean)
    elif kind == "discrete":
        return _discrete_problem(dist)
    else:
        return Phrase("analysis.error.unknown_kind", kind=repr(kind))
    return ""


def _discrete_problem(dist: Distribution) -> str:
    if not dist.values:
        return Phrase("analysis.error.no_values")
    if dist.weights:
        if len(dist.weights) != len(dist.values):
            return Phrase("analysis.error.weights_count", values=len(dist.values),
                          weights=len(dist.weights))
        if min(dist.weights) < 0:
            return Phrase("analysis.error.negative_weight", weight=min(dist.weights))
        if not sum(dist.weights) > 0:
            return Phrase("analysis.error.zero_weights")
    return ""


def is_point_mass(dist: Distribution) -> bool:
    """Whether ``dist`` gives one value only (zero width, or one discrete value with weight)."""
    if dist.kind in ("triangular", "pert", "uniform"):
        return dist.low == dist.high
    if dist.kind in ("normal", "lognormal"):
        return dist.sd == 0
    return np.unique(_discrete_table(dist)[0]).size == 1


def inverse_cdf(dist: Distribution, u: np.ndarray) -> np.ndarray:
    """The values of ``dist`` at the uniforms ``u`` in (0, 1), shape ``(n,)``; ``dist`` must
    pass :func:`check`."""
    u = np.asarray(u, dtype=float)
    return _INVERSE[dist.kind](dist, u)


def _triangular(dist: Distribution, u: np.ndarray) -> np.ndarray:
    a, c, b = dist.low, dist.mode, dist.high
    width = b - a
    if width == 0:
        return np.full(u.shape, a)
    # The CDF is quadratic on each side of the mode; F(mode) = (c - a) / (b - a).
    left = u < (c - a) / width
    return np.where(left, a + np.sqrt(u * width * (c - a)),
                    b - np.sqrt((1 - u) * width * (b - c)))


def _pert(dist: Distribution, u: np.ndarray) -> np.ndarray:
    a, m, b = dist.low, dist.mode, dist.high
    width = b - a
    if width == 0:
        return np.full(u.shape, a)
    alpha = 1 + PERT_LAMBDA * (m - a) / width
    beta = 1 + PERT_LAMBDA * (b - m) / width
    return a + width * beta_inverse(alpha, beta, u)


# Points of the table of the beta CDF that brackets each uniform before Halley's steps.
BETA_TABLE = 512
# Halley's steps cube the error: a step this small relative to x leaves an error near the
# cube of it (near 1e-21 for the PERT shapes, α and β in [1, 5]), so the value is
# taken without another evaluation of the CDF to confirm it.
SETTLED = 1e-7


def beta_inverse(alpha: float, beta: float, u: np.ndarray) -> np.ndarray:
    """The x in [0, 1] with ``I(alpha, beta, x) = u`` (the regularised incomplete beta), the
    values of ``scipy.special.betaincinv`` within 2e-15 (absolute), several times faster.

    Above u = 1/2 the mirror problem is solved, ``1 - x`` at ``1 - u`` with the parameters
    swapped (``1 - u`` is exact there, while ``u - I(x)`` would lose the digits of the tail).
    """
    upper = u > 0.5
    out = np.empty(u.shape)
    out[~upper] = _beta_inverse_lower(alpha, beta, u[~upper])
    out[upper] = 1.0 - _beta_inverse_lower(beta, alpha, 1.0 - u[upper])
    return out


def _beta_inverse_lower(alpha: float, beta: float, u: np.ndarray) -> np.ndarray:
    """``beta_inverse`` for u at most 1/2: a table of the CDF and density brackets each u,
    cubic (Hermite) interpolation of the inverse between its points starts it, and Halley's
    steps (Newton's with the density's own slope) refine it inside the bracket, bisecting where
    a step would leave it. A value is done once its step falls below ``SETTLED`` of it, the
    step itself taken; most values take one evaluation of the CDF."""
    log_norm = betaln(alpha, beta)

    def density(x):
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            return np.exp((alpha - 1) * np.log(x) + (beta - 1) * np.log1p(-x) - log_norm)

    grid = np.linspace(0.0, 1.0, BETA_TABLE + 1)
    cdf = betainc(alpha, beta, grid)
    # dx/du on the table: 1 / density, infinite where the density is zero (an end of the
    # interval), where the start falls back to linear interpolation.
    with np.errstate(divide="ignore"):
        slope = 1.0 / density(grid)
    j = np.clip(np.searchsorted(cdf, u), 1, BETA_TABLE)
    lo, hi = grid[j - 1], grid[j]
    below, above = cdf[j - 1], cdf[j]
    du = above - below
    t = np.divide(u - below, du, out=np.full(u.shape, 0.5), where=du > 0)
    m0, m1 = slope[j - 1] * du, slope[j] * du
    linear = lo + (hi - lo) * t
    cubic = (((2 * t - 3) * t * t + 1) * lo + ((t - 2) * t + 1) * t * m0
             + (3 - 2 * t) * t * t * hi + (t - 1) * t * t * m1)
    x = np.where(np.isfinite(cubic) & (cubic > lo) & (cubic < hi), cubic, linear)
    out = np.empty(u.shape)
    rows = np.arange(u.size)
    for _ in range(MAX_BETA_STEPS):
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            error = betainc(alpha, beta, x) - u
            newton = error / density(x)
            step = newton / (1 - 0.5 * newton * ((alpha - 1) / x - (beta - 1) / (1 - x)))
        lo = np.where(error < 0, x, lo)
        hi = np.where(error > 0, x, hi)
        after = x - step
        inside = np.isfinite(after) & (after >= lo) & (after <= hi)
        after = np.where(inside, after, 0.5 * (lo + hi))
        done = ((error == 0) | (inside & (np.abs(step) <= SETTLED * x))
                | (hi - lo <= 2e-16 * hi))
        out[rows[done]] = np.where(error == 0, x, after)[done]
        going = ~done
        if not going.any():
            return out
        rows, x, lo, hi, u = rows[going], after[going], lo[going], hi[going], u[going]
    out[rows] = x
    return out


def _normal(dist: Distribution, u: np.ndarray) -> np.ndarray:
    if dist.sd == 0:
        return np.full(u.shape, dist.mean)
    return dist.mean + dist.sd * ndtri(u)


def _lognormal(dist: Distribution, u: np.ndarray) -> np.ndarray:
    if dist.sd == 0:
        # exp(log(mean)) may differ from mean in the last digit: a point mass is the mean.
        return np.full(u.shape, dist.mean)
    mu, sigma = lognormal_parameters(dist.mean, dist.sd)
    return np.exp(mu + sigma * ndtri(u))


def lognormal_parameters(mean: float, sd: float) -> tuple[float, float]:
    """μ and σ of the logarithm of a lognormal variable with this ``mean`` and ``sd``."""
    sigma2 = np.log1p((sd / mean) ** 2)
    return float(np.log(mean) - sigma2 / 2), float(np.sqrt(sigma2))


def _uniform(dist: Distribution, u: np.ndarray) -> np.ndarray:
    return dist.low + (dist.high - dist.low) * u


def _discrete(dist: Distribution, u: np.ndarray) -> np.ndarray:
    values, weights = _discrete_table(dist)
    cumulative = np.cumsum(weights) / weights.sum()
    # side="right": u equal to a cumulative weight belongs to the next value; the clip guards
    # against the last cumulative sum rounding below 1.
    k = np.searchsorted(cumulative, u, side="right")
    return values[np.minimum(k, values.size - 1)]


def _discrete_table(dist: Distribution) -> tuple[np.ndarray, np.ndarray]:
    """The values of positive weight in increasing order, with their weights (equal when none
    are given): a value of weight 0 is never taken."""
    values = np.asarray(dist.values, dtype=float)
    weights = np.asarray(dist.weights, dtype=float) if dist.weights else np.ones(values.size)
    order = np.argsort(values, kind="stable")
    kept = weights[order] > 0
    return values[order][kept], weights[order][kept]


_INVERSE = {"triangular": _triangular, "pert": _pert, "normal": _normal,
            "lognormal": _lognormal, "uniform": _uniform, "discrete": _discrete}
