"""Where the sculpting passes of ``debt.py`` start: CFADS solved period by period.

The passes (``DebtSolver.sculpted``) settle the CFADS, the debt and the tax together, but each
pass gains only about a digit. They start instead from CFADS that are already consistent with a
sculpted schedule, followed period by period: for a debt ``d`` and a service factor ``s`` (debt
service ``max(s × CFADS, interest)`` in repayment periods) the interest comes from the opening
balance, the tax from the interest (losses carried forward without expiry), the CFADS from the
tax and the closing balance from the service (:class:`Path`). Then:

- an uncapped debt (:func:`uncapped_start`) is fixed; ``s`` is the root of what is left of it
  at maturity, in present value;
- a debt capped at PV(CFADS) ÷ target DSCR (:func:`capped_start`) is the root of
  PV(CFADS) ÷ target DSCR − debt, each debt tried with its own construction funding (interest
  during construction and fees, so the depreciation and the tax) and the ``s`` that repays it
  (``1 / target DSCR`` at the root, unless the interest floors the service).

The roots are found per iteration by secant steps, each iteration stopping on its own. One
pass then confirms such a start, unless a tax loss expires (where the passes go on from it).
"""

from __future__ import annotations

import numpy as np

MAX_START_STEPS = 20
START_TOLERANCE = 1e-13


class Path:
    """The CFADS of a sculpted debt of ``n`` iterations followed period by period, in the
    layout the loop wants: one row per period, ``(T, n)``. ``solver`` is a
    ``debt.DebtSolver``; :meth:`taxed` sets the EBIT (n, T) of the debt followed."""

    def __init__(self, solver):
        b, terms = solver.b, solver.terms
        n, T = solver.shape
        self.n, self.T, self.b = n, T, b
        self.cash = self.rows(b.ebitda - b.wc_change - b.lifecycle)
        in_debt, self.repaying = (np.ascontiguousarray(np.asarray(m).T)
                                  for m in (terms.in_debt, terms.repaying))
        self.discount = terms.discount
        self.discount_rows = np.ascontiguousarray(np.asarray(terms.discount).T)  # (T, n|1)
        self.tax_rate = flat(b.tax_rate, n)
        self.interest_rate = flat(solver.rate_p, n) * in_debt      # (T, n) or (T, 1)
        self.growth = 1.0 + self.interest_rate * self.repaying
        # Only the periods in debt depend on the service: the searches run over those.
        owing = np.flatnonzero(in_debt.any(axis=1))
        self.begin, self.stop = (owing[0], owing[-1] + 1) if owing.size else (T, T)
        self.cfads = np.empty((T, n))

    def rows(self, x: np.ndarray) -> np.ndarray:
        """(n, T) ``x`` in the path's layout, (T, n)."""
        return np.ascontiguousarray(np.broadcast_to(x, (self.n, self.T)).T)

    def taxed(self, ebit: np.ndarray) -> Path:
        """The path with the EBIT ``ebit`` (n, T): that of the debt followed, with its
        financing costs."""
        self.profit = self.rows(ebit + self.b.gmf_nondeductible)
        return self

    def present(self, x: np.ndarray) -> np.ndarray:
        """PV over the repayment periods of (T, n) ``x``: summed along all the periods of
        contiguous rows, as a single iteration sums them (the same digits: summing only the
        periods where some iteration of the batch repays would group the additions by the
        batch). Periods outside repayment count nothing even where ``x`` is not finite there
        (a NaN × 0 would otherwise spoil the whole sum)."""
        return np.where(self.discount > 0, np.ascontiguousarray(x.T) * self.discount,
                        0.0).sum(axis=1)

    def run(self, d: np.ndarray, s, start: int, end: int, pool):
        """PV of the debt ``d`` (n,) left at maturity with the service factor ``s``, the pool
        of tax losses at period ``start`` being ``pool``; fills ``cfads[start:end]`` and
        returns the pool at ``end`` too."""
        # The balance is the debt from the start: it earns no interest before the first
        # period in debt and changes only in repayment periods. The present value of the
        # service is summed as it is paid, period after period: the same order of additions
        # whatever the number of iterations (so a batch has the digits of a single run).
        balance, paid = d, np.zeros(self.n)
        for t in range(start, end):
            interest = self.interest_rate[t] * balance
            # Lindley: the pool of losses absorbs profit up to its size, and takes losses.
            x = self.profit[t] - interest - pool
            taxed = np.maximum(x, 0.0)
            pool = taxed - x
            c = self.cfads[t]
            np.multiply(self.tax_rate, taxed, out=c)
            np.subtract(self.cash[t], c, out=c)
            if t < self.stop:
                service = np.maximum(s * c, interest) * self.repaying[t]
                balance = balance * self.growth[t] - service
                paid += service * self.discount_rows[t]
        return d - paid, pool

    def result(self) -> np.ndarray:
        """The CFADS filled in, (n, T)."""
        return np.ascontiguousarray(self.cfads.T)


def flat(x, n: int) -> np.ndarray:
    """A column (n, 1) or (1, 1) as a row of ``n``."""
    return np.broadcast_to(x, (n, 1))[:, 0]


def uncapped_start(solver, debt: np.ndarray, ebit: np.ndarray) -> np.ndarray:
    """CFADS (n, T) of the debt ``debt`` (n, 1) with its sculpted schedule and the tax it
    implies, exact when that debt is not capped and no tax loss expires; ``ebit`` is the EBIT
    with that debt's financing costs. ``s`` is searched from that of the CFADS without
    interest; an iteration whose search does not settle starts from its unlevered CFADS."""
    path = Path(solver).taxed(ebit)
    d = flat(debt, path.n)
    unlevered = path.cash - path.rows(solver.b.unlevered_tax)
    pv = path.present(unlevered)
    _, going = _repay(path, d, np.divide(d, pv, out=np.zeros(path.n), where=pv > 0))
    out = path.cfads
    out[:, going] = unlevered[:, going]
    return path.result()


def capped_start(solver, cfads: np.ndarray, total: np.ndarray) -> np.ndarray:
    """CFADS (n, T) of iterations whose debt is capped, ``solver`` holding only those:
    the debt ``D = PV(CFADS(D)) ÷ target DSCR``, each ``D`` tried with its own construction
    funding (searched from ``total``, the needs) and the sculpted service that repays it
    (``s = 1 / target DSCR`` at the root unless the interest floors the service); searched
    from the capacity of ``cfads`` (the uncapped start). An iteration whose search does not
    settle keeps the CFADS of its last debt tried."""
    n = cfads.shape[0]
    dscr = flat(solver.target_dscr, n)
    s = np.broadcast_to(1.0 / dscr, (n,))
    path = Path(solver)

    def at(debt: np.ndarray, s: np.ndarray):
        """The gap PV(CFADS) ÷ target DSCR − debt (n,) and the ``s`` that repays the debt
        drawn (the capped one, or the gearing's where less needs bring it lower), searched
        from ``s``; ``path.cfads`` holds the CFADS."""
        con, _ = solver.funded(debt[:, None], total)
        path.taxed(solver.ebit(solver.financing_costs(con)))
        s, _ = _repay(path, con.debt[:, 0], s)
        return np.maximum(path.present(path.cfads), 0.0) / dscr - debt, s

    pv = (cfads * solver.terms.discount).sum(axis=1, keepdims=True)
    d_prev = flat(np.maximum(pv, 0.0), n) / dscr
    g_prev, s = at(d_prev, s)
    out = path.cfads.copy()
    d = np.maximum(d_prev + g_prev, 0.0)
    going = np.ones(n, dtype=bool)
    for _ in range(MAX_START_STEPS):
        g, s = at(d, s)
        out[:, going] = path.cfads[:, going]
        going &= np.abs(g) > START_TOLERANCE * np.maximum(1.0, d)
        if not going.any():
            break
        d_prev, g_prev, d = d, g, np.maximum(_secant(d, d_prev, g, g_prev, going), 0.0)
    return np.ascontiguousarray(out.T)


def _repay(path: Path, d: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Search from ``s`` the service factor with which the debt ``d`` (n,) is repaid at
    maturity, and fill ``path.cfads`` with its CFADS. Returns the factors found and which
    iterations did not settle."""
    begin, stop = path.begin, path.stop
    _, pool = path.run(d, 0.0, 0, begin, 0.0)
    s_prev = s
    f_prev, _ = path.run(d, s_prev, begin, stop, pool)
    pv = path.present(path.cfads)
    s = s_prev + np.divide(f_prev, pv, out=np.zeros(path.n), where=pv > 0)
    going = np.ones(path.n, dtype=bool)
    for _ in range(MAX_START_STEPS):
        f, _ = path.run(d, s, begin, stop, pool)
        going &= np.abs(f) > START_TOLERANCE * np.maximum(1.0, d)
        if not going.any():
            break
        s_prev, f_prev, s = s, f, _secant(s, s_prev, f, f_prev, going)
    path.run(d, s, begin, path.T, pool)
    return s, going


def _secant(x: np.ndarray, x_prev: np.ndarray, f: np.ndarray, f_prev: np.ndarray,
            going: np.ndarray) -> np.ndarray:
    """The next secant iterate of each iteration still ``going`` (the others, and any whose
    function did not move, keep ``x``)."""
    moved = (f != f_prev) & going
    return np.where(moved, x - f * (x - x_prev) / np.where(moved, f - f_prev, 1.0), x)
