"""Solving the senior debt together with the tax it implies.

The debt's size sets the interest during construction and the fees (so the funding needs),
its repayment sets the interest in operation, the interest sets the tax, and the tax sets the
CFADS that a sculpted repayment follows and that caps a DSCR-sized debt. This module closes
those loops:

- annuity and equal principal: the construction-phase fixed point (``financing.py``) alone;
  the schedule then follows in closed form, and the tax from it;
- sculpted: a fixed point on the CFADS vector — debt service proportional to CFADS (floored
  at the interest, see ``financing.sculpted_schedule``), debt the
  lesser of the gearing size and PV(CFADS at the debt rate over the repayment periods) ÷ target
  DSCR — iterated, each iteration on its own, until its CFADS change by less than
  ``SCULPT_TOLERANCE`` of their size. Each step contracts by roughly the tax rate × the
  interest share of CFADS (one or two digits), so the passes start from CFADS solved period
  by period (``sculpting.py``): those of the uncapped debt with its own sculpted schedule,
  and where that debt is over the cap, those of the capped debt. One pass confirms them,
  unless a tax loss expires, where the passes go on from there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .batch import col, put, take
from .capex import over_operation
from .errors import InputError
from .finance import periodic_rate
from .financing import (
    Construction,
    Schedule,
    Terms,
    construction,
    funding,
    schedule,
    sculpted_schedule,
    solve_fixed_point,
)
from .inputs import Financing
from .sculpting import capped_start, uncapped_start
from .tax import income_tax
from .timeline import Grid

MAX_SCULPT_STEPS = 200
# CFADS settle to 1e-10 of their size: DSCRs and balances then agree to ten digits, and each
# further digit costs about two more passes of the tax.
SCULPT_TOLERANCE = 1e-10


@dataclass
class Before:
    """What the debt solve takes from the operating model (all (n, T) unless noted)."""

    ebitda: np.ndarray
    wc_change: np.ndarray
    lifecycle: np.ndarray
    dep_common: np.ndarray
    wo_common: np.ndarray
    gmf_nondeductible: np.ndarray
    unlevered_tax: np.ndarray
    spend: np.ndarray          # construction spend to fund (CAPEX + GMF on it)
    grant: np.ndarray
    tax_rate: np.ndarray       # (n, 1)
    carry: np.ndarray          # (n, 1) loss carry-forward in periods
    reversion: bool


@dataclass
class Levered:
    construction: Construction
    schedule: Schedule
    dep_fin: np.ndarray        # depreciation of capitalised IDC and fees
    wo_fin: np.ndarray         # their write-off at reversion
    ebit: np.ndarray
    ebt: np.ndarray
    tax: np.ndarray
    cfads: np.ndarray
    total_needs: np.ndarray    # (n, 1)


def write_off(additions: np.ndarray, depreciation: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Remaining book value at the end of the concession, written off in its last period."""
    return (additions.sum(axis=1, keepdims=True)
            - depreciation.sum(axis=1, keepdims=True)) * last


@dataclass
class DebtSolver:
    """The debt of ``grid.n`` iterations: the financing inputs as columns, so that the solver
    of some iterations only is ``batch.take(solver, rows, n)``."""

    grid: Grid
    b: Before
    terms: Terms
    rate_p: np.ndarray         # (n, 1) periodic interest rate
    gearing: np.ndarray        # (n, 1)
    amount: np.ndarray         # (n, 1)
    upfront: np.ndarray        # (n, 1) upfront fee
    commitment_p: np.ndarray   # (n, 1) commitment fee per period
    target_dscr: np.ndarray    # (n, 1)
    by_amount: bool
    equity_first: bool
    repayment: str

    @classmethod
    def on(cls, fin: Financing, grid: Grid, before: Before) -> DebtSolver:
        rate_p = periodic_rate(col(fin.rate), grid.ppy)
        terms = Terms.on(grid, rate_p, grid.periods(fin.grace_years, "financing.grace_years"),
                         grid.periods(fin.tenor_years, "financing.tenor_years"))
        return cls(grid, before, terms, rate_p, col(fin.gearing), col(fin.amount),
                   col(fin.upfront_fee), col(fin.commitment_fee) / grid.ppy,
                   col(fin.target_dscr), fin.sizing == "amount",
                   fin.drawdown == "equity_first", fin.repayment)

    @property
    def shape(self) -> tuple[int, int]:
        return (self.grid.n, self.grid.T)

    def size(self, total: np.ndarray) -> np.ndarray:
        if self.by_amount:
            return np.broadcast_to(self.amount, total.shape)
        return self.gearing * total

    def _funding_args(self, cap_debt, total: np.ndarray) -> tuple:
        return (np.minimum(self.size(total), cap_debt), total, self.b.spend, self.b.grant,
                self.grid, self.rate_p, self.upfront, self.commitment_p, self.equity_first)

    def funded(self, cap_debt, start: np.ndarray | None = None
               ) -> tuple[Construction, np.ndarray]:
        """Construction funding with the debt at most ``cap_debt``: the fixed point of needs,
        searched from ``start`` (the needs without financing costs by default)."""
        def step(total):
            return funding(*self._funding_args(cap_debt, total))[0].sum(axis=1, keepdims=True)
        if start is None:
            start = (self.b.spend - self.b.grant).sum(axis=1, keepdims=True) + 0.0 * self.rate_p
        total, ok = solve_fixed_point(step, start)
        if not ok:
            raise InputError("financing", "input.funding_diverges")
        return construction(*self._funding_args(cap_debt, total)), total

    def financing_costs(self, con: Construction) -> tuple[np.ndarray, np.ndarray]:
        """Depreciation and write-off of the capitalised IDC and fees (over the operation)."""
        costs = con.idc + con.fees
        dep = over_operation(costs.sum(axis=1, keepdims=True), self.grid)
        wo = (write_off(costs, dep, self.grid.last) if self.b.reversion
              else np.zeros(self.shape))
        return dep, wo

    def ebit(self, costs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        dep_fin, wo_fin = costs
        b = self.b
        return b.ebitda - b.dep_common - dep_fin - b.wo_common - wo_fin

    def levered(self, con, total, costs, ebit: np.ndarray, sched: Schedule) -> Levered:
        b = self.b
        ebt = ebit - sched.interest
        tax = income_tax(np.broadcast_to(ebt + b.gmf_nondeductible, self.shape), b.tax_rate,
                         b.carry)
        cfads = b.ebitda - b.wc_change - tax - b.lifecycle
        return Levered(con, sched, *costs, ebit, ebt, tax, cfads, total)

    def solve(self) -> Levered:
        con, total = self.funded(np.inf)
        if self.repayment == "sculpted":
            out = self.sculpted(con, total)
        else:
            costs = self.financing_costs(con)
            out = self.levered(con, total, costs, self.ebit(costs),
                               schedule(con.debt, self.terms, self.repayment))
        if self.by_amount and np.any(self.amount > out.total_needs * (1 + 1e-9) + 1e-9):
            raise InputError("financing.amount", "input.debt_over_needs",
                             needs=float(out.total_needs.ravel()[0]))
        return out

    def sculpted(self, free: Construction, free_total: np.ndarray) -> Levered:
        """Debt service ∝ CFADS; the debt capped at PV(CFADS) ÷ target DSCR (module notes).

        Each iteration stops as soon as its own CFADS settle: its result is kept, and the
        passes go on for the others only once fewer than half of them are left (until then
        leaving the settled ones in costs less than copying the rest out). The passes carry
        the debt, total needs, financing costs and EBIT of each iteration, not its
        construction funding: that is rebuilt once at the end from its cap and total needs
        (as ``funded`` builds it).
        """
        n = self.grid.n
        free_costs = self.financing_costs(free)
        uncapped = (free.debt, free_total, free_costs, self.ebit(free_costs))
        solver, rows, going, result = self, np.arange(n), np.ones(n, dtype=bool), None
        cfads = uncapped_start(self, free.debt, uncapped[3])
        pv = (cfads * self.terms.discount).sum(axis=1, keepdims=True)
        over = np.flatnonzero(np.maximum(pv, 0.0) / self.target_dscr < free.debt)
        if over.size:
            cfads[over] = capped_start(take(self, over, n), cfads[over], free_total[over])
        # ``current``: debt, total needs, financing costs and EBIT of this pass, a copy of
        # ``uncapped`` in which the iterations ``capped`` hold their capped values.
        current, capped, total = uncapped, np.zeros(0, dtype=int), free_total
        for _ in range(MAX_SCULPT_STEPS):
            pv = (cfads * solver.terms.discount).sum(axis=1, keepdims=True)
            capacity = np.maximum(pv, 0.0) / solver.target_dscr
            over = capacity < uncapped[0]
            cap = np.where(over, capacity, np.inf)
            current, capped = solver.capped(np.flatnonzero(over), cap, total, uncapped,
                                            current, capped)
            debt, total, costs, ebit = current
            out = solver.levered(None, total, costs, ebit,
                                 sculpted_schedule(debt, solver.terms, cfads, pv))
            change = np.abs(out.cfads - cfads).max(axis=1)
            done = going & (change <= SCULPT_TOLERANCE
                            * np.maximum(1.0, np.abs(out.cfads).max(axis=1)))
            if result is None and done.all():
                result = (out, cap)
                break
            if done.any():
                if result is None:
                    # Nothing settled before this pass, so it holds every iteration: its
                    # results are the base the others are written into as they settle. Later
                    # passes rewrite the arrays of ``current`` in place: those are copied.
                    result = (replace(out, dep_fin=out.dep_fin.copy(),
                                      wo_fin=out.wo_fin.copy(), ebit=out.ebit.copy(),
                                      total_needs=out.total_needs.copy()), cap)
                else:
                    put(result, rows[done], take((out, cap), done, rows.size))
                going &= ~done
                if not going.any():
                    break
                if 2 * going.sum() < going.size:
                    solver, uncapped, out = (take(x, going, rows.size)
                                             for x in (solver, uncapped, out))
                    rows, going = rows[going], np.ones(going.sum(), dtype=bool)
                    current, capped = uncapped, np.zeros(0, dtype=int)
            cfads, total = out.cfads, out.total_needs
        else:
            raise InputError("financing.repayment", "input.sculpting_diverges")
        out, cap = result
        return replace(out, construction=construction(*self._funding_args(
            cap, out.total_needs)))

    def capped(self, rows: np.ndarray, cap: np.ndarray, total: np.ndarray, uncapped: tuple,
               current: tuple, before: np.ndarray) -> tuple[tuple, np.ndarray]:
        """``current`` (see ``sculpted``) for this pass, with its capped iterations: ``rows``,
        the debt capped at ``cap`` and the construction funding searched from ``total`` (the
        last pass's needs, which are close), instead of ``before``. Only those rows change:
        the arrays are copied once, not on every pass."""
        if not rows.size and not before.size:
            return uncapped, rows
        n = self.grid.n
        if current is uncapped:
            current = take(uncapped, np.arange(n), n)      # a copy, to write into
        freed = np.setdiff1d(before, rows)
        put(current, freed, take(uncapped, freed, n))
        if rows.size:
            sub = take(self, rows, n)
            con, needs = sub.funded(cap[rows], total[rows])
            costs = sub.financing_costs(con)
            put(current, rows, (con.debt, needs, costs, sub.ebit(costs)))
        return current, rows
