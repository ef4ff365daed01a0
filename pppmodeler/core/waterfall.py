"""The cash-flow waterfall of the operation phase: reserve, lock-up, excess-return share.

Order of payments each period (end of period)
---------------------------------------------
1. Cash available = cash kept from before + CFADS.
2. Scheduled debt service (interest + principal).
3. A shortfall is met from the DSRA, then by a further equity injection (sponsor support), so
   cash never goes negative.
4. The DSRA is topped up towards its target (debt service of the next N months) from what is
   left, or releases what it holds above the target.
5. Lock-up: when a period's DSCR is below the lock-up threshold, the cash is kept in the
   project; otherwise all of it, trapped cash included, is distributed.
6. The District's share of excess returns: a hurdle account accrues the equity's injections at
   the threshold IRR and is paid down by distributions; of what a distribution pays beyond the
   hurdle, the District receives its share, the equity the rest.
In the last period of the concession the reserve is released and everything is distributed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .capex import shift


@dataclass
class Waterfall:
    distributions: np.ndarray   # (n, T) to equity, after the District's return share
    return_share: np.ndarray    # (n, T) paid to the District
    support: np.ndarray         # (n, T) equity injected to meet shortfalls
    dsra: np.ndarray            # (n, T) reserve balance, end of period
    cash: np.ndarray            # (n, T) cash kept in the project, end of period
    locked: np.ndarray          # (n, T) True where distributions were locked up


def dsra_target(service: np.ndarray, months, ppy: int) -> np.ndarray:
    """Debt service of the next ``months`` months, period by period (partial periods pro rata)."""
    span = np.asarray(months, dtype=float).reshape(-1, 1) * ppy / 12.0
    target = np.zeros_like(service)
    whole = int(np.floor(span.max()))
    for j in range(1, whole + 2):
        weight = np.clip(span - (j - 1), 0.0, 1.0)
        target = target + weight * shift(service, -j)
    return target


def run(cfads: np.ndarray, service: np.ndarray, equity_in: np.ndarray, last: np.ndarray,
        target: np.ndarray, lockup: np.ndarray, share: np.ndarray,
        hurdle_p: np.ndarray) -> Waterfall:
    """Apply the waterfall, vectorised across iterations.

    Where no lock-up test fails and the District has no share of excess returns, all the
    cash is paid out every period but what tops up the reserve; if besides every period's cash
    covers its debt service and the reserve's top-up, the reserve simply follows its target.
    Otherwise, as long as no sponsor support is needed, the reserve follows the recursion
    ``R_t = min(target_t, R_(t-1) + CFADS_t − DS_t)`` in closed form (``_reserve``). Only the
    remaining iterations go through the period loop of ``_by_period``.
    """
    n, T = cfads.shape
    shape = (n, T)
    lockup_col = np.broadcast_to(lockup, (n, 1))
    top_up = np.diff(target, axis=1, prepend=0.0)
    free = cfads - service - top_up
    paying = (~((lockup_col > 0) & (service > 0) & (cfads < lockup_col * service)
                & (last == 0)).any(axis=1)
              & (np.broadcast_to(share, (n, 1))[:, 0] <= 0))
    simple = paying & (free >= 0).all(axis=1)
    out = Waterfall(np.where(simple[:, None], free, 0.0), np.zeros(shape), np.zeros(shape),
                    np.where(simple[:, None], np.broadcast_to(target, shape), 0.0),
                    np.zeros(shape), np.zeros(shape, dtype=bool))
    rows = np.flatnonzero(paying & ~simple)
    if rows.size:
        cash = cfads[rows] - service[rows]
        reserve, ok = _reserve(cash, target[rows])
        rows, reserve, cash = rows[ok], reserve[ok], cash[ok]
        out.dsra[rows] = reserve
        out.distributions[rows] = cash - np.diff(reserve, axis=1, prepend=0.0)
        simple[rows] = True
    if not simple.all():
        rows = np.flatnonzero(~simple)
        looped = _by_period(cfads[rows], service[rows], equity_in[rows], last[rows],
                            target[rows], np.broadcast_to(lockup, (n, 1))[rows],
                            np.broadcast_to(share, (n, 1))[rows],
                            np.broadcast_to(hurdle_p, (n, 1))[rows])
        for name in ("distributions", "return_share", "support", "dsra", "cash", "locked"):
            getattr(out, name)[rows] = getattr(looped, name)
    return out


def _reserve(cash: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The reserve when all cash left after debt service is paid out but what the reserve
    takes: ``R_t = min(target_t, R_(t-1) + cash_t)`` from ``R_(-1) = 0``, which unrolls to
    ``R_t = C_t + min(0, min_(s≤t) (target_s − C_s))`` with ``C`` the cumulative cash. It holds
    while ``R_(t-1) + cash_t ≥ 0`` (no sponsor support): returns the reserve and, per row,
    whether that is so. Never below zero (a rounding of the last digit)."""
    cum = np.cumsum(cash, axis=1)
    low = np.minimum(np.minimum.accumulate(np.broadcast_to(target, cum.shape) - cum, axis=1), 0)
    reserve = np.maximum(cum + low, 0.0)
    before = np.zeros_like(reserve)
    before[:, 1:] = reserve[:, :-1]
    return reserve, (before + cash >= 0).all(axis=1)


def _by_period(cfads: np.ndarray, service: np.ndarray, equity_in: np.ndarray,
               last: np.ndarray, target: np.ndarray, lockup: np.ndarray, share: np.ndarray,
               hurdle_p: np.ndarray) -> Waterfall:
    """The waterfall period by period (module notes), vectorised across iterations."""
    n, T = cfads.shape
    paid_out, to_district, supports, reserves, kept, locks = (np.zeros((n, T)) for _ in range(6))
    lockup = np.broadcast_to(lockup, (n, 1))[:, 0]
    share = np.broadcast_to(share, (n, 1))[:, 0]
    growth = 1.0 + np.broadcast_to(hurdle_p, (n, 1))[:, 0]
    cash = np.zeros(n)
    reserve = np.zeros(n)
    hurdle = np.zeros(n)
    for t in range(T):
        ds = service[:, t]
        available = cash + cfads[:, t] - ds
        drawn = np.minimum(reserve, np.maximum(-available, 0.0))
        reserve = reserve - drawn
        available = available + drawn
        support = np.maximum(-available, 0.0)
        available = available + support
        move = np.clip(target[:, t] - reserve, -reserve, available)
        reserve = reserve + move
        available = available - move
        locked = (lockup > 0) & (ds > 0) & (cfads[:, t] < lockup * ds) & (last[:, t] == 0)
        paid = np.where(locked, 0.0, available)
        cash = available - paid
        hurdle = hurdle * growth + equity_in[:, t] + support
        excess = np.maximum(paid - hurdle, 0.0)
        hurdle = np.maximum(hurdle - paid, 0.0)
        shared = share * excess
        paid_out[:, t] = paid - shared
        to_district[:, t] = shared
        supports[:, t] = support
        reserves[:, t] = reserve
        kept[:, t] = cash
        locks[:, t] = locked
    return Waterfall(paid_out, to_district, supports, reserves, kept, locks > 0)
