"""Corporate income tax with tax losses carried forward.

Conventions
-----------
- Tax of a period = rate × max(0, taxable profit − losses used); never negative.
- A loss of period ``s`` can offset profits of periods ``s + 1`` … ``s + E``, with ``E`` the
  carry-forward term in periods; older losses are used first (first in, first out), and what
  is left of a loss after ``E`` periods expires.
- The levered tax (on profit after interest) and the unlevered tax of the project IRR (on EBIT,
  as if there were no debt) apply the same rules, each with its own pool of losses.
"""

from __future__ import annotations

import numpy as np


def income_tax(profit: np.ndarray, rate: np.ndarray, carry_periods: np.ndarray) -> np.ndarray:
    """Tax per period on ``profit`` (n, T), with loss carry-forward (see module notes).

    ``rate`` and ``carry_periods`` are columns of shape (n, 1) or (1, 1). Where no loss can
    reach its expiry the closed form of ``_unexpiring_taxable`` is exact; the other iterations
    go through the vintage-by-vintage ``_taxable_with_expiry``.
    """
    n = profit.shape[0]
    carry = np.broadcast_to(np.rint(carry_periods).astype(int), (n, 1))[:, 0]
    taxable, alive = _unexpiring_taxable(profit)
    # No run of periods with losses outlasts the term where there are not that many periods
    # with losses at all: the runs themselves are measured only in the other iterations.
    expiring = alive.sum(axis=1) > carry
    if expiring.any():
        rows = np.flatnonzero(expiring)
        expiring[rows] = _longest_run(alive[rows]) > carry[rows]
    if expiring.any():
        taxable[expiring] = _taxable_with_expiry(profit[expiring], carry[expiring, None])
    return rate * taxable


def _unexpiring_taxable(profit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Taxable profit when losses never expire, and where the pool of losses is positive.

    The pool of losses after period t is ``L_t = max(0, C_1 … C_t) − C_t`` with ``C`` the
    cumulative profit (a Lindley recursion, ``L_t = max(0, L_(t−1) − p_t)``); the taxable
    profit is ``max(0, p_t − L_(t−1))``. A loss lives only while the pool stays positive, and
    the oldest is used first, so no loss grows older than the longest run of positive pool:
    where that run is within the carry-forward term, expiry never binds and this is exact.
    """
    cum = np.cumsum(profit, axis=1)
    pool = np.maximum.accumulate(np.maximum(cum, 0.0), axis=1) - cum
    taxable = np.empty_like(profit)
    taxable[:, 0] = np.maximum(profit[:, 0], 0.0)
    np.maximum(profit[:, 1:] - pool[:, :-1], 0.0, out=taxable[:, 1:])
    alive = pool > 1e-9 * np.maximum(1.0, np.abs(profit).max(axis=1, keepdims=True))
    return taxable, alive


def _longest_run(alive: np.ndarray) -> np.ndarray:
    """The longest run of True per row; a loss born in a run is used at the latest in the
    period after the run, at an age equal to the run's length."""
    idx = np.arange(alive.shape[1])
    last_dead = np.maximum.accumulate(np.where(alive, -1, idx), axis=1)
    return np.where(alive, idx - last_dead, 0).max(axis=1, initial=0)


def _taxable_with_expiry(profit: np.ndarray, carry: np.ndarray) -> np.ndarray:
    """Taxable profit with FIFO loss vintages that expire after ``carry`` periods; loops over
    periods, vectorised across iterations, touching only the vintages still alive."""
    n, T = profit.shape
    window = int(min(carry.max(), T))
    pool = np.zeros((n, T))
    taxable = np.zeros((n, T))
    for t in range(T):
        p = profit[:, t]
        lo = max(0, t - window)
        if t > lo:
            live = pool[:, lo:t]
            age = t - np.arange(lo, t)
            live *= age <= carry                     # expire vintages older than E periods
            cum = np.cumsum(live, axis=1)
            use = np.minimum(np.maximum(p, 0.0), cum[:, -1])
            left = np.maximum(cum - use[:, None], 0.0)
            live[:, 0] = left[:, 0]
            live[:, 1:] = np.diff(left, axis=1)
            taxable[:, t] = np.maximum(p, 0.0) - use
        else:
            taxable[:, t] = np.maximum(p, 0.0)
        pool[:, t] = np.maximum(-p, 0.0)
    return taxable
