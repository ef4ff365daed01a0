"""Revenue and operating-cost lines, in nominal terms per period.

Conventions
-----------
- A line is active from its ``start_year`` to its ``end_year`` (operating years, 1 = the first
  year of operation; ``end_year`` 0 = to the end of the concession); its own year ``k`` counts
  from its start.
- Revenue of a period = annual base value × quantity (m² for rent, annual volume for fees, 1
  for fixed amounts, the other line's revenue for a percentage) × occupancy(k) × (1 − vacancy)
  × (1 − collection loss) × (1 + real growth)^(k − 1) × price index ÷ periods per year.
  Occupancy(k) follows the ramp-up list, then the stabilised level. A percentage line takes the
  other line's nominal revenue and is not indexed again.
- Cost of a period = annual value × driver (1, m², total revenue, or units) × (1 + real
  growth)^(k − 1) × price index ÷ periods per year. Units of a per-unit cost are the annual
  volume given on the line, or the occupied volume of the revenue line named in ``units_from``.
  A cost every N years (major maintenance) falls whole in operating years N, 2N, … .
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import col, seq
from .errors import InputError
from .indexation import Prices
from .inputs import CostLine, RevenueLine
from .timeline import Grid


@dataclass
class Operations:
    revenue_lines: dict          # name -> (n, T)
    cost_lines: dict             # name -> (n, T)
    revenue: np.ndarray          # (n, T) all commercial revenue
    revenue_shared: np.ndarray   # (n, T) revenue subject to the District's share
    opex: np.ndarray             # (n, T) all operating costs


def _line_year(grid: Grid, start, end) -> np.ndarray:
    """(n, T) the line's own year (1 = its first), 0 where the line is inactive."""
    op_year = grid.op_year
    k = op_year - np.rint(col(start)).astype(int) + 1
    end = np.rint(col(end)).astype(int)
    active = (op_year > 0) & (k >= 1) & ((end == 0) | (op_year <= end))
    return np.where(active, k, 0)


def _occupancy(line: RevenueLine, k: np.ndarray) -> np.ndarray:
    ramp = seq(line.ramp_up)
    stable = col(line.stabilised_occupancy)
    if ramp.shape[1] == 0:
        return stable * np.ones(k.shape)
    idx = np.clip(k - 1, 0, ramp.shape[1] - 1)
    n = max(ramp.shape[0], k.shape[0])
    on_ramp = np.take_along_axis(np.broadcast_to(ramp, (n, ramp.shape[1])),
                                 np.broadcast_to(idx, (n, k.shape[1])), axis=1)
    return np.where(k <= ramp.shape[1], on_ramp, stable)


def _growth(rate, k: np.ndarray) -> np.ndarray:
    return (1.0 + col(rate)) ** np.maximum(k - 1, 0)


def _order(lines: list[RevenueLine]) -> list[int]:
    """Evaluation order so that a percentage line comes after the line it takes from."""
    names = {ln.name: i for i, ln in enumerate(lines)}
    order, state = [], {}

    def visit(i: int) -> None:
        if state.get(i) == "done":
            return
        if state.get(i) == "visiting":
            raise InputError(f"revenues[{i}].of_line", "input.circular_line", name=lines[i].name)
        state[i] = "visiting"
        ln = lines[i]
        if ln.kind == "percent_of_line":
            if ln.of_line not in names:
                raise InputError(f"revenues[{i}].of_line", "input.no_such_line",
                                 name=ln.of_line)
            visit(names[ln.of_line])
        state[i] = "done"
        order.append(i)

    for i in range(len(lines)):
        visit(i)
    return order


def revenue_and_units(lines: list[RevenueLine], grid: Grid, prices: Prices):
    """Nominal revenue and occupied units per period of each revenue line."""
    revenue, units = {}, {}
    for i in _order(lines):
        ln = lines[i]
        k = _line_year(grid, ln.start_year, ln.end_year)
        occupied = _occupancy(ln, k) * (1 - col(ln.vacancy)) * (k > 0)
        factor = occupied * (1 - col(ln.collection_loss)) * _growth(ln.real_growth, k)
        if ln.kind == "percent_of_line":
            revenue[ln.name] = col(ln.base_value) * revenue[ln.of_line] * factor
        else:
            quantity = {"rent_per_m2": ln.area_m2, "unit_fee": ln.volume, "fixed": 1.0}
            if ln.kind not in quantity:
                raise InputError(f"revenues[{i}].kind", "input.unknown_kind", kind=ln.kind)
            index = prices.index(ln.indexation, ln.index_spread)
            revenue[ln.name] = (col(ln.base_value) * col(quantity[ln.kind]) * factor * index
                                / grid.ppy)
        units[ln.name] = col(ln.volume) * occupied * _growth(ln.real_growth, k) / grid.ppy
    return [revenue[ln.name] for ln in lines], [units[ln.name] for ln in lines]


def cost_line(i: int, line: CostLine, grid: Grid, prices: Prices, revenue: np.ndarray,
              units_by_name: dict) -> np.ndarray:
    """Nominal cost per period of one operating-cost line."""
    k = _line_year(grid, line.start_year, line.end_year)
    every = np.rint(col(line.every_years)).astype(int)
    op_year = grid.op_year
    on = (k > 0) & ((every == 0) | (op_year % np.maximum(every, 1) == 0))
    grown = col(line.value) * _growth(line.real_growth, k) * on
    if line.kind == "percent_of_revenue":
        return grown * revenue
    index = prices.index(line.indexation, line.index_spread)
    if line.kind == "fixed":
        return grown * index / grid.ppy
    if line.kind == "per_m2":
        return grown * col(line.area_m2) * index / grid.ppy
    if line.kind == "per_unit":
        if line.units_from:
            if line.units_from not in units_by_name:
                raise InputError(f"costs[{i}].units_from", "input.no_such_line",
                                 name=line.units_from)
            return grown * units_by_name[line.units_from] * index
        return grown * col(line.volume) * index / grid.ppy
    raise InputError(f"costs[{i}].kind", "input.unknown_kind", kind=line.kind)


def operations(revenues: list[RevenueLine], costs: list[CostLine], grid: Grid,
               prices: Prices) -> Operations:
    """All revenue and operating-cost lines of a model."""
    shape = (grid.n, grid.T)
    rev, units = revenue_and_units(revenues, grid, prices)
    revenue_lines = {ln.name: np.broadcast_to(r, shape) for ln, r in zip(revenues, rev)}
    units_by_name = {ln.name: u for ln, u in zip(revenues, units)}
    total = sum(revenue_lines.values(), np.zeros(shape))
    shared = sum((r for ln, r in zip(revenues, rev) if ln.revenue_share_applies),
                 np.zeros(shape))
    cost_lines = {ln.name: np.broadcast_to(cost_line(i, ln, grid, prices, total, units_by_name),
                                           shape)
                  for i, ln in enumerate(costs)}
    opex = sum(cost_lines.values(), np.zeros(shape))
    return Operations(revenue_lines, cost_lines, total, shared, opex)
