"""Investment (CAPEX), lifecycle replacements and straight-line depreciation.

Conventions
-----------
- An item's amount is in base-year prices; contingency is added on top; each period's spend is
  indexed to its own year. Construction spend follows the item's schedule (fractions per
  construction period, summing to 1) or is even over the construction phase.
- A lifecycle replacement of ``replacement_fraction`` of the item falls in operating years N,
  2N, … (N = ``replacement_every_years``), spread evenly over the periods of that year.
- Depreciation is straight-line over the item's tax life in whole periods. Construction spend
  starts depreciating when operation starts; a replacement, in the period after it is spent.
  The District's grant and the GMF on construction spend adjust the depreciable base of the
  items they fund or burden, pro rata to each period's spend (the net-cost method).
- At the end of the concession, under reversion, the remaining book value is written off
  (a deductible, non-cash expense): the assets go to the District.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import col, seq
from .errors import InputError
from .indexation import Prices
from .inputs import CapexItem
from .timeline import Grid


@dataclass
class Capex:
    construction: np.ndarray   # (n, T) initial investment, nominal, with contingency
    lifecycle: np.ndarray      # (n, T) replacements during operation
    by_item: dict              # name -> (n, T) spend of the item
    builds: list               # per item: (n, T) construction spend
    replacements: list         # per item: (n, T) lifecycle spend, None without replacements
    lives: list                # per item: (n, 1) tax life in periods
    grid: Grid

    @property
    def total(self) -> np.ndarray:
        return self.construction + self.lifecycle

    def depreciation(self, adjust: np.ndarray | float = 0.0) -> np.ndarray:
        """(n, T) depreciation within the concession, before any write-off at its end.

        ``adjust`` (n, T) is added to the construction spend (GMF on it, less the grant), each
        item taking its share of every period's spend, and depreciated with the item.
        """
        grid = self.grid
        share_of = np.divide(adjust, self.construction, out=np.zeros(self.construction.shape),
                             where=self.construction != 0)
        total = np.zeros(self.construction.shape)
        for build, replace, life in zip(self.builds, self.replacements, self.lives):
            # The construction spend goes into service at once when operation starts:
            # ``straight_line`` of that one addition, in closed form.
            periods = np.maximum(np.rint(life), 1)
            base = (build * (1 + share_of)).sum(axis=1, keepdims=True)
            total += (base / periods) * ((grid.t >= grid.n_con) & (grid.t < grid.n_con + periods)
                                         & (grid.in_term > 0))
            if replace is not None:
                total += straight_line(shift(replace, 1), life) * grid.in_term
        return total


def straight_line(in_service: np.ndarray, life_periods: np.ndarray) -> np.ndarray:
    """Depreciation of additions put in service per period, each over ``life_periods``.

    Equivalent to convolving the additions with a flat kernel of length L:
    ``dep[t] = (C[t] - C[t - L]) / L`` with ``C`` the running total of additions.
    """
    L = np.maximum(np.rint(life_periods).astype(int), 1)
    c = np.cumsum(in_service, axis=1)
    T = in_service.shape[1]
    if L.size == 1:
        # One life for every iteration: the lag is a shift of the columns.
        return (c - shift(c, min(int(L.flat[0]), T))) / L
    shape = np.broadcast_shapes(c.shape, L.shape)
    c = np.broadcast_to(c, shape)
    lag = np.broadcast_to(np.arange(T) - L, shape)
    lagged = np.take_along_axis(c, np.clip(lag, 0, T - 1), axis=1)
    return (c - np.where(lag >= 0, lagged, 0.0)) / L


def shift(a: np.ndarray, k: int) -> np.ndarray:
    """``a`` moved ``k`` periods later (``k`` > 0) or earlier (``k`` < 0), zero-filled."""
    out = np.zeros_like(a)
    if k >= 0:
        out[:, k:] = a[:, : a.shape[1] - k]
    else:
        out[:, :k] = a[:, -k:]
    return out


def over_operation(amount: np.ndarray, grid: Grid) -> np.ndarray:
    """Depreciation of ``amount`` (n, 1) put in service at the start of operation with a life
    of the operation phase: ``straight_line`` of that one addition over ``n_op`` in closed
    form, an even share in each operating period."""
    return amount / grid.n_op * grid.operation


def _schedule(i: int, item: CapexItem, grid: Grid) -> np.ndarray:
    """(n, T) share of the item spent in each construction period."""
    con = grid.construction
    if not item.schedule:
        return con / np.maximum(grid.n_con, 1)
    shares = seq(item.schedule)
    if np.any(grid.n_con != shares.shape[1]):
        raise InputError(f"capex[{i}].schedule", "input.schedule_length",
                         shares=shares.shape[1], periods=int(grid.n_con.max()))
    if np.any(np.abs(shares.sum(axis=1) - 1.0) > 1e-9):
        raise InputError(f"capex[{i}].schedule", "input.schedule_sum")
    out = np.zeros((max(grid.n, shares.shape[0]), grid.T))
    out[:, : shares.shape[1]] = shares
    return out


def capex(items: list[CapexItem], grid: Grid, prices: Prices) -> Capex:
    """Spend of all CAPEX items, ready to depreciate."""
    shape = (grid.n, grid.T)
    construction = np.zeros(shape)
    lifecycle = np.zeros(shape)
    by_item, builds, replacements, lives = {}, [], [], []
    for i, item in enumerate(items):
        if np.any(col(item.amount) > 0) and np.any(grid.n_con == 0):
            raise InputError(f"capex[{i}].amount", "input.capex_without_construction")
        cost = col(item.amount) * (1 + col(item.contingency)) * prices.index(
            item.indexation, item.index_spread)
        build = cost * _schedule(i, item, grid)
        every = np.rint(col(item.replacement_every_years)).astype(int)
        op_year = grid.op_year
        due = (every > 0) & (op_year > 0) & (op_year % np.maximum(every, 1) == 0)
        fraction = col(item.replacement_fraction)
        replace = (cost * fraction * due / grid.ppy if np.any(due) and np.any(fraction != 0)
                   else None)
        lives.append(grid.periods(item.life_years, f"capex[{i}].life_years"))
        builds.append(build)
        replacements.append(replace)
        construction = construction + build
        if replace is not None:
            lifecycle = lifecycle + replace
            build = build + replace
        by_item[item.name] = np.broadcast_to(build, shape)
    return Capex(construction, lifecycle, by_item, builds, replacements, lives, grid)
