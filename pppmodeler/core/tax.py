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

    ``rate`` and ``carry_periods`` are columns of shape (n, 1) or (1, 1). Loops over periods,
    vectorised across iterations; only the vintages still alive are touched each period.
    """
    n, T = profit.shape
    carry = np.broadcast_to(np.rint(carry_periods).astype(int), (n, 1))
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
    return rate * taxable
