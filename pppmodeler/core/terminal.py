"""Terminal value: the going-concern view of the corporate vehicle, instead of reversion.

Convention: at the end of the concession the business is valued as a growing perpetuity of
its last year's normalised flow (no working-capital movement, no reserve release):
``TV = F × (1 + g) / (r − g)``, with ``g = (1 + real growth) × (1 + CPI of the last year) − 1``
and ``r`` the discount rate of the flow (project rate for FCFF, cost of equity for FCFE). It is
added to the last period's FCFF and FCFE; it is a valuation, not cash, so the statements do not
carry it.
"""

from __future__ import annotations

import numpy as np

from .batch import col
from .errors import InputError
from .timeline import Grid


def last_year(flow: np.ndarray, grid: Grid) -> np.ndarray:
    """(n, 1) the flow summed over the last year of the concession."""
    end = grid.n_con + grid.n_op
    return (flow * ((grid.t >= end - grid.ppy) & (grid.t < end))).sum(axis=1, keepdims=True)


def perpetuity(flow: np.ndarray, rate, growth_real, cpi_last: np.ndarray, grid: Grid,
               rate_path: str) -> np.ndarray:
    """(n, T) the terminal value of ``flow`` placed in the last period (see module notes)."""
    g = (1 + col(growth_real)) * (1 + cpi_last) - 1
    r = col(rate)
    if np.any(r <= g):
        raise InputError("end.terminal_growth_real", "input.growth_above_rate", rate=rate_path)
    return last_year(flow, grid) * (1 + g) / (r - g) * grid.last
