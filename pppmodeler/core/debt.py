"""Solving the senior debt together with the tax it implies.

The debt's size sets the interest during construction and the fees (so the funding needs),
its repayment sets the interest in operation, the interest sets the tax, and the tax sets the
CFADS that a sculpted repayment follows and that caps a DSCR-sized debt. This module closes
those loops:

- annuity and equal principal: the construction-phase fixed point (``financing.py``) alone;
  the schedule then follows in closed form, and the tax from it;
- sculpted: a fixed point on the CFADS vector — debt service proportional to CFADS (floored
  at the interest, see ``financing.sculpted_service``), debt the
  lesser of the gearing size and PV(CFADS at the debt rate over the repayment periods) ÷ target
  DSCR — iterated until CFADS changes by less than a relative 1e-12. Each step contracts by
  roughly the tax rate × the interest share of CFADS, so a handful of steps suffice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import col
from .capex import at_operation_start, straight_line
from .errors import InputError
from .finance import periodic_rate
from .financing import (
    Construction,
    Schedule,
    Terms,
    construction,
    schedule,
    sculpted_service,
    solve_fixed_point,
)
from .inputs import Financing
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


class DebtSolver:
    def __init__(self, fin: Financing, grid: Grid, before: Before):
        self.fin, self.grid, self.b = fin, grid, before
        self.shape = (grid.n, grid.T)
        self.rate_p = periodic_rate(col(fin.rate), grid.ppy)
        self.terms = Terms.on(grid, self.rate_p,
                              grid.periods(fin.grace_years, "financing.grace_years"),
                              grid.periods(fin.tenor_years, "financing.tenor_years"))

    def size(self, total: np.ndarray) -> np.ndarray:
        if self.fin.sizing == "amount":
            return np.broadcast_to(col(self.fin.amount), total.shape)
        return col(self.fin.gearing) * total

    def fund(self, debt: np.ndarray, total: np.ndarray) -> Construction:
        fin = self.fin
        return construction(debt, total, self.b.spend, self.b.grant, self.grid, self.rate_p,
                            col(fin.upfront_fee), col(fin.commitment_fee) / self.grid.ppy,
                            fin.drawdown == "equity_first")

    def funded(self, cap_debt, start: np.ndarray | None = None
               ) -> tuple[Construction, np.ndarray]:
        """Construction funding with the debt at most ``cap_debt``: the fixed point of needs,
        searched from ``start`` (the needs without financing costs by default)."""
        def step(total):
            return self.fund(np.minimum(self.size(total), cap_debt), total).needs.sum(
                axis=1, keepdims=True)
        if start is None:
            start = (self.b.spend - self.b.grant).sum(axis=1, keepdims=True) + 0.0 * self.rate_p
        total, ok = solve_fixed_point(step, start)
        if not ok:
            raise InputError("financing", "input.funding_diverges")
        return self.fund(np.minimum(self.size(total), cap_debt), total), total

    def financing_costs(self, con: Construction) -> tuple[np.ndarray, np.ndarray]:
        """Depreciation and write-off of the capitalised IDC and fees (over the operation)."""
        costs = con.idc + con.fees
        dep = (straight_line(at_operation_start(costs, self.grid), self.grid.n_op)
               * self.grid.in_term)
        wo = (write_off(costs, dep, self.grid.last) if self.b.reversion
              else np.zeros(self.shape))
        return dep, wo

    def levered(self, con, total, costs, sched: Schedule) -> Levered:
        b = self.b
        dep_fin, wo_fin = costs
        ebit = b.ebitda - b.dep_common - dep_fin - b.wo_common - wo_fin
        ebt = ebit - sched.interest
        tax = income_tax(np.broadcast_to(ebt + b.gmf_nondeductible, self.shape), b.tax_rate,
                         b.carry)
        cfads = b.ebitda - b.wc_change - tax - b.lifecycle
        return Levered(con, sched, dep_fin, wo_fin, ebit, ebt, tax, cfads, total)

    def solve(self) -> Levered:
        con, total = self.funded(np.inf)
        if self.fin.repayment == "sculpted":
            out = self.sculpted(con, total)
        else:
            sched = schedule(con.debt, self.terms, self.fin.repayment)
            out = self.levered(con, total, self.financing_costs(con), sched)
        if self.fin.sizing == "amount" and np.any(
                col(self.fin.amount) > out.total_needs * (1 + 1e-9) + 1e-9):
            raise InputError("financing.amount", "input.debt_over_needs",
                             needs=float(out.total_needs.ravel()[0]))
        return out

    def sculpted(self, free: Construction, free_total: np.ndarray) -> Levered:
        """Debt service ∝ CFADS; the debt capped at PV(CFADS) ÷ target DSCR (module notes)."""
        b, discount = self.b, self.terms.discount
        cfads = b.ebitda - b.wc_change - b.unlevered_tax - b.lifecycle
        con, total, costs = free, free_total, self.financing_costs(free)
        for _ in range(MAX_SCULPT_STEPS):
            pv = (cfads * discount).sum(axis=1, keepdims=True)
            capacity = np.maximum(pv, 0.0) / col(self.fin.target_dscr)
            if np.any(capacity < free.debt) or con is not free:
                # The DSCR sizes the debt somewhere: the construction funding changes with it
                # (from the last pass's needs, which are close).
                con, total = self.funded(capacity, total)
                costs = self.financing_costs(con)
            service = sculpted_service(con.debt, self.terms, np.broadcast_to(cfads, self.shape))
            sched = schedule(con.debt, self.terms, "sculpted", service)
            out = self.levered(con, total, costs, sched)
            change = np.abs(out.cfads - cfads).max()
            cfads = out.cfads
            if change <= SCULPT_TOLERANCE * max(1.0, np.abs(cfads).max()):
                return out
        raise InputError("financing.repayment", "input.sculpting_diverges")
