"""Financial arithmetic of the engine: NPV, discount factors, payback, annuities, rates.

The IRR, which needs a solver of its own, is in :mod:`pppmodeler.core.irr`; the conventions
below hold for both.

Pure numpy, vectorised over a leading *iterations* axis (Monte Carlo draws, sensitivity points,
goal-seek trials): nothing here loops over rows in Python.

Conventions (the same ones ``PRODUCT.md`` states; each function repeats the part it uses)
-----------------------------------------------------------------------------------------
* **Shape.** Cash flows are an array of shape ``(n, T)``: row ``i`` is one iteration, column
  ``j`` one period. A 1-D array of shape ``(T,)`` is accepted everywhere and treated as one
  row, shape ``(1, T)``; results are then arrays of shape ``(1,)`` (never bare scalars, so a
  caller's code does not depend on how many iterations it passed). Only the elementwise
  :func:`annuity_payment`, :func:`periodic_rate` and :func:`annual_rate` return the broadcast
  shape of their arguments.
* **Timing: end of period.** Column ``j`` (0-based) is the flow of period ``j + 1`` and falls at
  time ``j + 1`` periods after the valuation date (the model start date). Nothing falls at
  ``t = 0`` unless the caller prepends a column *and accepts that it is then discounted one
  period*; a flow that must stay undiscounted should be added outside. This differs from
  ``numpy_financial.npv`` and from Excel's ``NPV()`` only by a factor of ``(1 + r)``:
  ``npv(r, flows) == numpy_financial.npv(r, flows) / (1 + r)`` and
  ``npv(r, flows) == Excel NPV(r, flows)`` (Excel discounts its first value one period).
  IRRs are unaffected by this choice (the factor never vanishes).
* **Rates.** Rates passed in or returned are *annual effective* unless a name says
  ``periodic``: with ``periods_per_year = p`` the periodic rate is ``(1 + r) ** (1 / p) - 1``
  and an IRR found per period is reported as ``(1 + irr_periodic) ** p - 1``. Durations
  (payback) are returned in years: period ``j`` spans years ``j / p`` to ``(j + 1) / p``.
* **Trailing zeros** (iterations with shorter terms padded to a common ``T``) never change any
  result.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "annual_rate",
    "annuity_payment",
    "discount_factors",
    "discounted_payback",
    "npv",
    "payback",
    "periodic_rate",
    "present_value",
]


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _as_2d(flows) -> np.ndarray:
    """Flows as a float64 array of shape ``(n, T)``; a 1-D ``(T,)`` becomes ``(1, T)``."""
    a = np.asarray(flows, dtype=np.float64)
    if a.ndim == 1:
        return a[np.newaxis, :]
    if a.ndim != 2:
        raise ValueError(f"flows must have shape (T,) or (n, T), got {a.shape}")
    return a


def _normalised(f: np.ndarray):
    """Rows with non-finite values zeroed, and rows of extreme magnitude scaled by their largest
    absolute value (no IRR, payback or sign depends on the scale of a row; sums of values near
    1e308 would overflow). Returns ``(f, |f|, finite)``, ``finite`` of shape ``(n,)``; ``f`` is
    the caller's array itself when nothing had to change.
    """
    a = np.abs(f)
    scale = a.max(axis=1) if f.shape[1] else np.zeros(f.shape[0])  # NaN and inf propagate
    finite = np.isfinite(scale)
    extreme = ~finite | (scale > 1e100) | ((scale < 1e-100) & (scale > 0))
    if extreme.any():
        f = f.copy()
        rows = np.flatnonzero(extreme & finite)
        f[rows] /= scale[rows, None]
        f[~finite] = 0.0
        a = np.abs(f)
    return f, a, finite


def _check_ppy(periods_per_year) -> float:
    p = float(periods_per_year)
    if not np.isfinite(p) or p <= 0:
        raise ValueError(f"periods_per_year must be a positive number, got {periods_per_year!r}")
    return p


def _transpose(c: np.ndarray) -> np.ndarray:
    """Contiguous transpose of a ``(k, L)`` array, copied in blocks of rows (cache friendly:
    several times faster than ``ascontiguousarray(c.T)`` for a large block)."""
    k, length = c.shape
    out = np.empty((length, k))
    step = 256
    for i in range(0, k, step):
        out[:, i : i + step] = c[i : i + step].T
    return out


def periodic_rate(annual, periods_per_year=1):
    """Periodic rate equivalent to an annual effective rate: ``(1 + annual) ** (1 / p) - 1``.

    Elementwise; NaN where ``annual <= -1`` (no equivalent periodic rate).
    """
    p = _check_ppy(periods_per_year)
    r = np.asarray(annual, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(r > -1.0, np.expm1(np.log1p(np.where(r > -1.0, r, 0.0)) / p), np.nan)
    return out


def annual_rate(periodic, periods_per_year=1):
    """Annual effective rate equivalent to a periodic rate: ``(1 + periodic) ** p - 1``.

    Elementwise; NaN where ``periodic <= -1``.
    """
    p = _check_ppy(periods_per_year)
    r = np.asarray(periodic, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        out = np.where(r > -1.0, np.expm1(np.log1p(np.where(r > -1.0, r, 0.0)) * p), np.nan)
    return out


# --------------------------------------------------------------------------------------------
# NPV and discount factors
# --------------------------------------------------------------------------------------------


def npv(rate, flows, periods_per_year=1) -> np.ndarray:
    """Net present value at the valuation date, end-of-period discounting.

    ``npv = sum_j flows[:, j] / (1 + rp) ** (j + 1)`` with the periodic rate
    ``rp = (1 + rate) ** (1 / periods_per_year) - 1``; column ``j`` falls at the end of period
    ``j + 1``, so even the first column is discounted one period (as Excel's ``NPV()`` does;
    ``numpy_financial.npv`` instead leaves its first value undiscounted, which is
    ``npv(...) * (1 + rp)``).

    Args:
        rate: annual effective rate, a scalar or shape ``(n,)`` (one per row). Rates ``<= -1``
            give NaN.
        flows: shape ``(T,)`` or ``(n, T)``; rows and rates broadcast against each other (one
            row of flows at ``n`` rates, or ``n`` rows at one rate).
        periods_per_year: periods per year ``p``.

    Returns:
        shape ``(n,)``.
    """
    f = _as_2d(flows)
    rp = periodic_rate(rate, periods_per_year)
    if rp.ndim > 1:
        raise ValueError("rate must be a scalar or have shape (n,)")
    n = np.broadcast_shapes(f.shape[:1], np.shape(rp))[0]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        v = 1.0 / (1.0 + rp)
        acc = np.zeros(n)
        ft = _transpose(f) if f.shape[0] > 1 else f.T  # one contiguous row per period
        # Horner, backwards: acc = (acc + f_j) * v gives sum_j f_j v^(j+1). No power matrix is
        # built and trailing zeros contribute exactly nothing.
        for j in range(f.shape[1] - 1, -1, -1):
            acc += ft[j]
            acc *= v
    return acc


def discount_factors(periodic_rates) -> np.ndarray:
    """End-of-period discount factors along a path of periodic rates.

    ``factor[..., j] = prod_{k <= j} 1 / (1 + periodic_rates[..., k])``: the value at the
    valuation date of 1 paid at the end of period ``j + 1`` when period ``k + 1`` is discounted
    at ``periodic_rates[..., k]`` (e.g. the District's social rate, period by period along the CPI
    path: ``(1 + real) * (1 + cpi_k) - 1`` per period). Shape preserved: ``(T,)`` or ``(n, T)``.
    """
    r = np.asarray(periodic_rates, dtype=np.float64)
    if r.ndim not in (1, 2):
        raise ValueError(f"periodic_rates must have shape (T,) or (n, T), got {r.shape}")
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.cumprod(1.0 / (1.0 + r), axis=-1)


def present_value(flows, discount_factors) -> np.ndarray:
    """Present value of flows with given per-period discount factors.

    ``pv = sum_j flows[:, j] * discount_factors[:, j]``. ``discount_factors`` has shape ``(T,)``
    (the same path for every row) or ``(n, T)``, typically from :func:`discount_factors`, so the
    end-of-period convention is whatever the factors encode (factor ``j`` for the end of period
    ``j + 1``). Returns shape ``(n,)``.
    """
    f = _as_2d(flows)
    d = np.asarray(discount_factors, dtype=np.float64)
    if d.shape[-1] != f.shape[1] or d.ndim not in (1, 2):
        raise ValueError(
            f"discount_factors must have shape (T,) or (n, T) with T={f.shape[1]}, got {d.shape}"
        )
    if d.ndim == 1:
        return f @ d
    return np.einsum("ij,ij->i", *np.broadcast_arrays(f, d))




# --------------------------------------------------------------------------------------------
# Payback
# --------------------------------------------------------------------------------------------


def payback(flows, periods_per_year=1) -> np.ndarray:
    """Payback period in years, from the valuation date.

    The cumulative flow ``C_j = flows[:, 0] + ... + flows[:, j]`` is the position at the end of
    period ``j + 1`` (time ``(j + 1) / p`` years); it starts at 0 at time 0. Within a period the
    period's flow is taken to arrive evenly, so the position moves linearly. The payback is the
    last time the position crosses from negative to non-negative, after which it never goes
    negative again: with ``k`` the last column where ``C_k < 0``, the crossing happens during
    the next period, at fraction ``-C_k / flows[:, k + 1]`` of it, i.e. at
    ``(k + 1 - C_k / flows[:, k + 1]) / p`` years. "Negative" means below
    ``-1e-12 * sum |flows|`` of the row, so that rounding never turns a break-even into a loss.

    Returns shape ``(n,)``: 0 for a row never negative (including all zeros), NaN for a row
    still negative at its end.

    Example (REFERENCE_CASE.md): FCFF ``[-10000, 1361.80, 1668.97, 1814.19, 1872.76, 1933.67,
    1997.01, ...]`` is at ``-1348.61`` after 6 years and pays back in year 7:
    ``6 + 1348.61 / 1997.01 = 6.6753`` years.
    """
    p = _check_ppy(periods_per_year)
    f, a, finite = _normalised(_as_2d(flows))
    n, t_len = f.shape
    out = np.zeros(n)
    if t_len == 0:
        return out
    c = np.cumsum(f, axis=1)
    tol = 1e-12 * a.sum(axis=1)
    negative = c < -tol[:, None]
    ever = negative.any(axis=1)
    k = t_len - 1 - np.argmax(negative[:, ::-1], axis=1)
    never = ever & (k == t_len - 1)
    pays = ever & ~never
    r = np.flatnonzero(pays)
    kr = k[r]
    frac = np.clip(-c[r, kr] / f[r, kr + 1], 0.0, 1.0)
    out[r] = (kr + 1 + frac) / p
    out[never | ~finite] = np.nan
    return out


def discounted_payback(flows, rate=None, periods_per_year=1, *, discount_factors=None):
    """Discounted payback in years: :func:`payback` of the flows discounted to the valuation date.

    Each flow is first multiplied by its end-of-period discount factor — ``(1 + rp) ** -(j + 1)``
    for column ``j`` with ``rp`` the periodic equivalent of the annual ``rate`` (scalar or shape
    ``(n,)``), or the given ``discount_factors`` (shape ``(T,)`` or ``(n, T)``, e.g. from
    :func:`discount_factors`) — and the payback of those present values is returned: the time at
    which the cumulative present value turns and stays non-negative, interpolated linearly
    within the period. Returns shape ``(n,)``; NaN if it never pays back.
    """
    f = _as_2d(flows)
    if discount_factors is None:
        if rate is None:
            raise ValueError("give either rate or discount_factors")
        rp = periodic_rate(rate, periods_per_year)
        if rp.ndim > 1:
            raise ValueError("rate must be a scalar or have shape (n,)")
        times = np.arange(1.0, f.shape[1] + 1.0)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            d = np.power(1.0 + np.reshape(rp, (-1, 1)), -times)
    else:
        d = np.asarray(discount_factors, dtype=np.float64)
        if d.shape[-1] != f.shape[1] or d.ndim not in (1, 2):
            raise ValueError(f"discount_factors must have shape (T,) or (n, T), got {d.shape}")
    with np.errstate(invalid="ignore"):
        # 0 * inf (a zero flow at a rate <= -1) stays NaN so the row reports NaN
        return payback(f * d, periods_per_year)


# --------------------------------------------------------------------------------------------
# Annuity
# --------------------------------------------------------------------------------------------


def annuity_payment(rate_periodic, n_periods, principal):
    """Level end-of-period payment that repays ``principal`` over ``n_periods`` at a periodic rate.

    ``payment = principal * r / (1 - (1 + r) ** -n)``, and ``principal / n`` when ``r == 0``;
    equal to ``-numpy_financial.pmt(r, n, principal)`` (positive for a positive principal).
    Elementwise over broadcast arguments; returns an array of their broadcast shape (0-d for
    scalars). NaN where ``n_periods <= 0`` or ``rate_periodic <= -1``.
    """
    r, n, pv = np.broadcast_arrays(
        np.asarray(rate_periodic, dtype=np.float64),
        np.asarray(n_periods, dtype=np.float64),
        np.asarray(principal, dtype=np.float64),
    )
    valid = (n > 0) & (r > -1.0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        rs = np.where(valid, r, 0.0)
        ns = np.where(valid, n, 1.0)
        denom = -np.expm1(-ns * np.log1p(rs))  # 1 - (1 + r)^-n, exact for small r
        pay = np.where(rs == 0.0, pv / ns, pv * rs / np.where(rs == 0.0, 1.0, denom))
    return np.where(valid, pay, np.nan)
