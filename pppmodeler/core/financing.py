"""Senior debt: funding of the construction phase and the repayment schedule.

Conventions
-----------
- Funding needs of a construction period = CAPEX + GMF on it + interest during construction
  (IDC, on the opening balance, capitalised) + fees (upfront fee on the debt amount in the
  first period; commitment fee on the undrawn amount each period) − the District's grant.
- Debt is sized as a gearing share of total funding needs, or as a fixed amount; sculpted
  repayment also caps it at what the cash flow can serve at the target DSCR.
- Drawdown pro rata: each period's need is funded debt:equity in the proportion of the totals;
  equity first: equity funds the needs until its total is in, then debt.
- Needs depend on the debt (IDC, fees) and the debt on the needs: the total is the fixed point
  N = needs(size(N)), solved per iteration by secant steps (exact in one or two steps where the
  mechanics are affine, as with pro-rata drawdown) to a relative 1e-12.
- Repayment starts after the grace period, counted from the start of operation, and ends at the
  tenor (also counted from the start of operation). Interest is paid in cash during operation.
  Annuity: constant debt service; equal principal; sculpted: debt service proportional to
  CFADS, so that every period's DSCR is the same (the target, when the DSCR sizes the debt) —
  but never below the period's interest: principal is never negative, and where the floor
  binds (a weak ramp-up year, a lumpy replacement) that period's DSCR is lower and the others
  share the rest of the debt in proportion to their CFADS.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import take
from .finance import annuity_payment
from .timeline import Grid

TOLERANCE = 1e-12
MAX_STEPS = 100


@dataclass
class Construction:
    needs: np.ndarray      # (n, T) net of grant
    draws: np.ndarray      # (n, T) debt
    equity: np.ndarray     # (n, T) equity injections
    idc: np.ndarray        # (n, T) interest during construction, capitalised
    fees: np.ndarray       # (n, T) upfront and commitment fees, capitalised
    balance: np.ndarray    # (n, T) debt balance in the construction phase

    @property
    def debt(self) -> np.ndarray:
        """(n, 1) debt drawn by the start of operation."""
        return self.draws.sum(axis=1, keepdims=True)


def construction(debt: np.ndarray, total: np.ndarray, spend: np.ndarray, grant: np.ndarray,
                 grid: Grid, rate_p, upfront, commitment_p, equity_first: bool) -> Construction:
    """Funding of each construction period, given the debt size and the total net needs."""
    n, T = grid.n, grid.T
    periods = funding(debt, total, spend, grant, grid, rate_p, upfront, commitment_p,
                      equity_first)
    lines = np.zeros((6, n, T))
    lines[:, :, : periods.shape[2]] = periods
    needs, draws, equity, idc, fees, balance = lines
    return Construction(needs, draws, equity, idc, fees, balance)


def funding(debt: np.ndarray, total: np.ndarray, spend: np.ndarray, grant: np.ndarray,
            grid: Grid, rate_p, upfront, commitment_p, equity_first: bool) -> np.ndarray:
    """(6, n, C) needs, draws, equity, IDC, fees and debt balance of the first C periods (the
    longest construction phase): the loop of ``construction``, which the fixed point of the
    needs runs many times, kept to the periods where anything happens."""
    n, C = grid.n, int(grid.n_con.max())
    # Columns (n, 1) or (1, 1) as they come: the period loop broadcasts them, no copies.
    on = grid.construction[:, :C]
    net = spend[:, :C] - grant[:, :C]
    out = np.empty((6, n, C))
    needs, draws, equity, idc_out, fees, balances = out
    share = np.divide(debt, total, out=np.zeros((n, 1)), where=total != 0)
    equity_total = total - debt
    balance = np.zeros((n, 1))
    equity_in = np.zeros((n, 1))
    for t in range(C):
        period = slice(t, t + 1)
        idc = rate_p * balance * on[:, period]
        fee = ((commitment_p * np.maximum(debt - balance, 0.0) + upfront * debt * (t == 0))
               * on[:, period])
        need = net[:, period] + idc + fee
        if equity_first:
            eq = np.clip(equity_total - equity_in, 0.0, np.maximum(need, 0.0))
            draw = need - eq
        else:
            draw = share * need
            eq = need - draw
        balance = balance + draw
        equity_in = equity_in + eq
        needs[:, period], draws[:, period], equity[:, period] = need, draw, eq
        idc_out[:, period], fees[:, period], balances[:, period] = idc, fee, balance
    balances *= on
    return out


def solve_fixed_point(step, x0: np.ndarray) -> tuple[np.ndarray, bool]:
    """Solve ``x = step(x)`` per iteration with secant steps on ``step(x) - x``.

    Falls back to a plain fixed-point step where the secant slope is degenerate. Each iteration
    stops at the first ``x`` where it has converged to a relative ``TOLERANCE``, whatever the
    others do (``step`` works row by row), so its solution does not depend on the iterations
    solved with it. Returns the solution and whether every iteration converged.
    """
    x_prev, f_prev = x0, step(x0) - x0
    x = x0 + f_prev
    going = np.ones(x.shape, dtype=bool)
    for _ in range(MAX_STEPS):
        f = step(x) - x
        going &= np.abs(f) > TOLERANCE * np.maximum(1.0, np.abs(x))
        if not going.any():
            return x, True
        moved = x != x_prev
        slope = (f - f_prev) / np.where(moved, x - x_prev, 1.0)     # d(step(x) - x)/dx
        secant = moved & (np.abs(slope) > 1e-12)
        x_new = np.where(secant, x - f / np.where(secant, slope, 1.0), x + f)
        x_prev, f_prev, x = x, f, np.where(going, x_new, x)
    return x, False


@dataclass(frozen=True)
class Terms:
    """The repayment terms of a debt on the grid, computed once per evaluation.

    The phases are 0/1 masks of floats: a schedule multiplies by them, which is cheaper than
    choosing with ``np.where`` and gives the same numbers. Each array has one row per
    iteration, or one row for all where they share it (``Grid.phases``).
    """

    rate_p: np.ndarray        # (n, 1) periodic interest rate
    grace: np.ndarray         # (n, 1) periods of principal grace from the start of operation
    tenor: np.ndarray         # (n, 1) periods from the start of operation to maturity
    discount: np.ndarray      # (n, T) (1 + r)^-k in the k-th repayment period, 0 elsewhere
    accrual: np.ndarray       # (n, T) (1 + r)^k
    repaying: np.ndarray      # (n, T) repayment periods (k ≥ 1)
    paying: np.ndarray        # (n, T) repayment periods before the last one
    holding: np.ndarray       # (n, T) operation periods before the first repayment (grace)
    in_debt: np.ndarray       # (n, T) operation periods up to maturity
    first: np.ndarray         # (n, T) the first operating period (in debt), when it is drawn

    @classmethod
    def on(cls, grid: Grid, rate_p, grace: np.ndarray, tenor: np.ndarray) -> "Terms":
        n_con, _ = grid.phases
        k = grid.t - n_con - grace + 1
        k = np.where((k >= 1) & (grid.t < n_con + tenor), k, 0)
        discount = np.where(k > 0, (1.0 + rate_p) ** -k.astype(float), 0.0)
        in_debt = (grid.t >= n_con) & (grid.t < n_con + tenor)
        n_repay = np.maximum(tenor - grace, 1)
        return cls(rate_p, grace, tenor, discount, (1 + rate_p) ** k, (k > 0) * 1.0,
                   ((k > 0) & (k < n_repay)) * 1.0, ((k == 0) & in_debt) * 1.0, in_debt * 1.0,
                   ((grid.t == n_con) & in_debt) * 1.0)

    @property
    def n_repay(self) -> np.ndarray:
        return np.maximum(self.tenor - self.grace, 1)


def sculpted_schedule(debt: np.ndarray, terms: Terms, cfads: np.ndarray,
                      pv: np.ndarray) -> Schedule:
    """The schedule of a debt service ``max(s × CFADS, interest)`` with ``s`` per iteration such
    that the debt is repaid exactly at maturity (see module notes); ``pv`` (n, 1) is PV(CFADS)
    at the debt rate over the repayment periods.

    Without the floor, ``s = D / PV(CFADS)``. Where that would make principal negative
    somewhere, ``s`` is the root of the final balance, which falls continuously as ``s`` rises:
    found between 0 (interest only) and that first ``s`` by the Illinois variant of regula
    falsi, period loop vectorised across those iterations.
    """
    n = cfads.shape[0]
    debt = np.broadcast_to(debt, (n, 1))
    s = np.divide(debt, pv, out=np.zeros_like(pv), where=pv > 0)
    service = s * cfads * terms.repaying
    sched = schedule(debt, terms, "sculpted", service)
    floored = np.flatnonzero(((service < sched.interest - 1e-12) & (terms.repaying > 0))
                             .any(axis=1))
    if floored.size:
        part = take(terms, floored, n)
        rate_p = np.broadcast_to(part.rate_p, (floored.size, 1))
        service = _floored_service(debt[floored], rate_p, cfads[floored],
                                   part.repaying > 0, s[floored])
        redone = schedule(debt[floored], part, "sculpted", service)
        for name in ("interest", "principal", "balance"):
            getattr(sched, name)[floored] = getattr(redone, name)
    return sched


def _floored_service(debt, rate_p, cfads, repaying, s_high) -> np.ndarray:
    def run(s):
        balance = debt[:, 0].copy()
        out = np.zeros_like(cfads)
        for t in range(cfads.shape[1]):
            ds = np.maximum(s * cfads[:, t], rate_p[:, 0] * balance)
            ds = np.where(repaying[:, t], ds, 0.0)
            balance = np.where(repaying[:, t], balance * (1 + rate_p[:, 0]) - ds, balance)
            out[:, t] = ds
        return balance, out

    lo, hi = np.zeros(debt.shape[0]), s_high[:, 0].copy()
    f_lo, f_hi = debt[:, 0].copy(), run(hi)[0]
    side = np.zeros(debt.shape[0])
    # Each iteration keeps the first ``s`` at which its balance settles, whatever the others do.
    going = np.ones(debt.shape[0], dtype=bool)
    s = hi
    for _ in range(MAX_STEPS):
        apart = f_hi != f_lo
        mid = np.where(apart, hi - f_hi * (hi - lo) / np.where(apart, f_hi - f_lo, 1.0),
                       (lo + hi) / 2)
        s = np.where(going, mid, s)
        f_mid, _ = run(s)
        going &= np.abs(f_mid) > TOLERANCE * np.maximum(1.0, debt[:, 0])
        if not going.any():
            break
        right = f_mid < 0                       # root between lo and mid
        hi, f_hi = np.where(right, mid, hi), np.where(right, f_mid, f_hi)
        lo, f_lo = np.where(right, lo, mid), np.where(right, f_lo, f_mid)
        # Illinois: halve the value kept at the end that did not move twice running.
        f_lo = np.where(right & (side == 1), f_lo / 2, f_lo)
        f_hi = np.where(~right & (side == -1), f_hi / 2, f_hi)
        side = np.where(right, 1, -1)
    return run(s)[1]


@dataclass
class Schedule:
    interest: np.ndarray   # (n, T) paid in operation
    principal: np.ndarray  # (n, T) scheduled repayment
    balance: np.ndarray    # (n, T) closing balance in operation


def schedule(debt: np.ndarray, terms: Terms, kind: str,
             service: np.ndarray | None = None) -> Schedule:
    """Interest, principal and balance in the operation phase of a debt drawn by its start.

    ``service`` (n, T) is the debt service of a sculpted repayment (``kind`` = "sculpted").
    Balances follow ``B_k = (1 + r)^k (D − Σ_{j≤k} DS_j (1 + r)^-j)`` in closed form.
    """
    if kind == "equal_principal":
        principal = debt / terms.n_repay * terms.repaying
        balance = (debt - np.cumsum(principal, axis=1)) * terms.in_debt
    else:
        if kind == "annuity":
            service = annuity_payment(terms.rate_p, terms.n_repay, debt) * terms.repaying
        owed = terms.accrual * (debt - np.cumsum(service * terms.discount, axis=1))
        balance = owed * terms.paying
        balance += debt * terms.holding
    # In place where the arrays are fresh: the sculpted repayment runs this on every pass.
    opening = np.zeros_like(balance)
    opening[:, 1:] = balance[:, :-1]
    opening *= terms.in_debt
    opening += debt * terms.first
    principal = opening - balance
    principal *= terms.repaying
    return Schedule(interest=terms.rate_p * opening, principal=principal, balance=balance)
