"""Price indices: from base-year prices to nominal (current) prices and back.

Conventions
-----------
- ``Macro.cpi`` lists annual inflation for the calendar years ``base_year``, ``base_year + 1``,
  …; the last value holds for every later year.
- Prices are indexed once a year, as Colombian contracts are: each January by the inflation of
  the year just ended (the IPC DANE publishes). A value ``v`` in base-year prices is worth
  ``v * I(y)`` in every period that begins in calendar year ``y``, with ``I(base_year) = 1``
  and ``I(y) = I(y - 1) * (1 + cpi[y - 1] + spread)``.
- Indexation ``cpi`` has spread 0, ``cpi_plus`` adds the line's points over CPI each year
  (IPC + x), ``none`` keeps the nominal amount fixed (``I = 1``).
- Real (constant-price) views divide nominal flows by the plain CPI index.
"""

from __future__ import annotations

import numpy as np

from .batch import col, seq
from .errors import InputError
from .inputs import Macro
from .timeline import Grid


class Prices:
    """The CPI path of a model over its calendar years, for ``n`` iterations."""

    def __init__(self, macro: Macro, grid: Grid):
        if not macro.cpi:
            raise InputError("macro.cpi", "input.no_cpi")
        self.base_year = int(macro.base_year)
        rates = seq(macro.cpi)                                    # (n, k)
        self.first_year = min(self.base_year, int(grid.year.min()))
        years = np.arange(self.first_year, int(grid.year.max()) + 1)
        pos = np.clip(years - self.base_year, 0, rates.shape[1] - 1)
        self.cpi_by_year = rates[:, pos]                          # (n, Y) inflation of each year
        self.years = years
        self.grid = grid
        self._cache: dict = {}

    def cpi(self) -> np.ndarray:
        """(n, T) annual inflation of the calendar year each period falls in."""
        return self._by_period(self.cpi_by_year)

    def index(self, indexation: str = "cpi", spread=0.0) -> np.ndarray:
        """(n, T) price index of each period relative to the base year (see module notes)."""
        if indexation == "none":
            return np.ones((1, self.grid.T))
        if indexation == "cpi":
            spread = 0.0
        elif indexation != "cpi_plus":
            raise ValueError(f"unknown indexation {indexation!r}")
        key = (indexation, spread if np.ndim(spread) == 0 else id(spread))
        if key not in self._cache:
            growth = 1.0 + self.cpi_by_year + col(spread)         # (n, Y)
            level = np.cumprod(growth, axis=1)
            # I(y) = product over [base, y) of growth: the running product up to y − 1, rebased
            # so that I(base_year) = 1.
            shifted = np.concatenate([np.ones((level.shape[0], 1)), level[:, :-1]], axis=1)
            by_year = shifted / shifted[:, [self.base_year - self.first_year]]
            self._cache[key] = self._by_period(by_year)
        return self._cache[key]

    def _by_period(self, by_year: np.ndarray) -> np.ndarray:
        # np.take, not fancy indexing: that would return a Fortran-ordered array, and every
        # line computed from it would be too (each operation on it then slower).
        return np.take(by_year, self.grid.year - self.first_year, axis=1)

    def deflator(self) -> np.ndarray:
        """(n, T) divide nominal flows by this to express them in base-year prices."""
        return self.index("cpi")
