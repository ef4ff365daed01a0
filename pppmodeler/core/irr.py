"""The internal rate of return of many rows of cash flows at once, with whether it exists.

Conventions are those of :mod:`pppmodeler.core.finance` (shape ``(n, T)``, end-of-period timing,
annual effective rates, trailing zeros harmless). A row whose flows change sign once has one
IRR, found by bracketed Newton steps; a row whose flows change sign several times is scanned
over a grid of rates (unless its cumulative flows show it has one root or none) and reported
only when exactly one root exists; otherwise the status says
why there is no IRR (:data:`IRR_STATUS_TEXT`), never a wrong number.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .finance import (
    _as_2d,
    _check_ppy,
    _normalised,
    _transpose,
    annual_rate,
    periodic_rate,
)

__all__ = ["IRR_STATUSES", "IRR_STATUS_TEXT", "IrrResult", "SCAN_RANGE_ANNUAL", "irr",
           "irr_status_text"]


# --------------------------------------------------------------------------------------------
# IRR statuses
# --------------------------------------------------------------------------------------------

STATUS_OK = "ok"
STATUS_NO_SIGN_CHANGE = "no_sign_change"
STATUS_NO_ROOT = "no_root"
STATUS_MULTIPLE = "multiple"
STATUS_INVALID = "invalid"

#: The status codes :func:`irr` can return, in a stable order. The codes are stable keys
#: (translations and reports key on them); the texts below are the English explanations.
IRR_STATUSES = (STATUS_OK, STATUS_NO_SIGN_CHANGE, STATUS_NO_ROOT, STATUS_MULTIPLE, STATUS_INVALID)

#: Lowest and highest annual rates scanned for the roots of flows that change sign more than
#: once (see :func:`irr`).
SCAN_RANGE_ANNUAL = (-0.99, 10.0)

IRR_STATUS_TEXT: dict[str, str] = {
    STATUS_OK: (
        "The IRR exists and is unique: exactly one discount rate makes the net present value "
        "of the flows zero."
    ),
    STATUS_NO_SIGN_CHANGE: (
        "The IRR does not exist: the flows never change sign (they are all inflows, all "
        "outflows, or all zero), so no discount rate makes their net present value zero."
    ),
    STATUS_NO_ROOT: (
        "No IRR was found: the flows change sign, but no discount rate above -100% was found "
        "at which their net present value is zero (for flows that change sign more than once, "
        "rates between -99% and +1000% a year are searched; otherwise the calculation did not "
        "converge)."
    ),
    STATUS_MULTIPLE: (
        "The IRR is not unique: the flows change sign more than once and several discount "
        "rates make their net present value zero, so no single IRR is reported; the rates "
        "found are listed. Judge the project by its NPV instead."
    ),
    STATUS_INVALID: (
        "The IRR cannot be computed: the flows contain missing (NaN) or infinite values."
    ),
}


def irr_status_text(status: str) -> str:
    """Plain-English explanation of an IRR status code (one of :data:`IRR_STATUSES`)."""
    return IRR_STATUS_TEXT[str(status)]


@dataclass(frozen=True, eq=False)
class IrrResult:
    """IRRs of ``n`` rows of flows, as returned by :func:`irr`.

    Attributes:
        rate: shape ``(n,)``, the annual effective IRR ``(1 + periodic) ** p - 1``; NaN
            wherever ``status`` is not ``"ok"``.
        status: shape ``(n,)``, one code of :data:`IRR_STATUSES` per row; explained by
            :data:`IRR_STATUS_TEXT`.
        roots: shape ``(n, m)`` with ``m >= 1``, the annual rates found at which the NPV is zero,
            ascending, padded with NaN. For an ``"ok"`` row ``roots[i, 0] == rate[i]``; for a
            ``"multiple"`` row it lists every root found; other rows are all NaN.
        sign_changes: shape ``(n,)``, how many times the flows change sign (zeros ignored).
        periods_per_year: the ``p`` used to annualise.
    """

    rate: np.ndarray
    status: np.ndarray
    roots: np.ndarray
    sign_changes: np.ndarray
    periods_per_year: float = 1

    def __len__(self) -> int:
        return int(self.rate.shape[0])

    @property
    def ok(self) -> np.ndarray:
        """Boolean mask, shape ``(n,)``: rows with a unique IRR."""
        return self.status == STATUS_OK

    def roots_of(self, i: int) -> tuple[float, ...]:
        """The annual rates found at which row ``i``'s NPV is zero (empty if none)."""
        row = self.roots[i]
        return tuple(float(x) for x in row[~np.isnan(row)])

    def explanation(self, i: int) -> str:
        """The plain-English explanation of row ``i``'s status."""
        return irr_status_text(self.status[i])


# --------------------------------------------------------------------------------------------
# IRR
# --------------------------------------------------------------------------------------------
#
# Every root search below is done on a polynomial in a variable z in (0, 1]:
#  * for a rate x >= 0, z = 1 / (1 + x) and P(z) = sum_k c_k z^k with c the row's flows from its
#    first non-zero flow onwards ("left-aligned"): NPV(x) = z^(first + 1) P(z);
#  * for a rate -1 < x < 0, z = 1 + x and P(z) = sum_k c_k z^k with c the row's flows reversed
#    from its last non-zero flow backwards: NPV(x) = z^-(last + 1) P(z).
# Both factors are positive, so P has the sign and the roots of the NPV, and with z <= 1 and the
# leading coefficient at k = 0 neither Horner's scheme nor the grid scan can overflow, however
# long the term and however negative the rate. Periods are looped over; rows are vectorised.


def _horner(ct: np.ndarray, z: np.ndarray, gross: bool = False):
    """P(z), z P'(z) and, if ``gross``, G(z) = sum |c_k| z^k, for many polynomials at once.

    ``ct`` has shape ``(L, k)``: ``ct[j]`` holds the coefficients of z^j of the ``k``
    polynomials; ``z`` has shape ``(k,)``. O(L) vector operations of width ``k``, no powers.
    Returns ``(P, D, G)`` with ``G = None`` unless ``gross``.
    """
    length = ct.shape[0]
    # D_j = z (D_{j+1} + P_{j+1}),  P_j = z P_{j+1} + c_j,  G_j = z G_{j+1} + |c_j|
    if not gross:
        x = np.zeros((2, z.shape[0]))
        x[1] = ct[length - 1]
        d, p = x
        for j in range(length - 2, -1, -1):
            d += p
            x *= z
            p += ct[j]
        return p, d, None
    x = np.zeros((3, z.shape[0]))
    x[1] = ct[length - 1]
    np.abs(ct[length - 1], out=x[2])
    d, p, g = x
    tmp = np.empty(z.shape[0])
    for j in range(length - 2, -1, -1):
        d += p
        x *= z
        p += ct[j]
        g += np.abs(ct[j], out=tmp)
    return p, d, g


def _rate_of_z(z, rev):
    """Periodic rate of z: ``1/z - 1`` (rates >= 0) or ``z - 1`` (``rev``, rates < 0)."""
    with np.errstate(divide="ignore"):
        return np.where(rev, z - 1.0, 1.0 / z - 1.0)


#: Newton iterations after which the gross discounted flows are also evaluated, for the
#: "NPV is zero relative to the gross flows" test (most rows have converged on the step
#: size by then, so the extra accumulator is only paid for the few that have not).
_GROSS_FROM_ITERATION = 4


def _solve_bracketed(ct, zlo, zhi, slo, z0, rev, max_iter):
    """Safeguarded Newton (rtsafe-like) for one root of each polynomial in ``[zlo, zhi]``.

    ``ct`` is the ``(L, k)`` coefficient block of :func:`_horner`; ``slo`` the sign of P at
    ``zlo`` (P at ``zhi`` has the other sign, or is zero); ``rev`` says how z maps to a rate
    (:func:`_rate_of_z`). A Newton step that leaves the current bracket, or is not finite, is
    replaced by bisection. A row has converged when the step in the periodic rate is below
    ``tol = 1e-13 * max(1, |rate|)``; or when, in the quadratic regime (the step at most half
    the previous Newton step), the next step predicted by ``step^3 / previous^2`` is below
    ``tol / 10`` (the Newton iterate is then accepted without one more evaluation to confirm
    it); or ``|P| <= 1e-12 * sum |c_k| z^k`` (the NPV is zero relative to the gross discounted
    flows; tested from iteration ``_GROSS_FROM_ITERATION`` on); or the bracket is narrower than
    ``tol``. Converged rows are retired; the block is compacted when
    fewer than half its columns are still active. Returns ``(z, converged)``, shape ``(k,)``.
    """
    k = z0.shape[0]
    z_out = np.array(z0, dtype=np.float64)
    conv = np.zeros(k, dtype=bool)
    idx = np.arange(k)
    active = np.ones(k, dtype=bool)
    z = z_out.copy()
    zlo = np.array(zlo, dtype=np.float64)
    zhi = np.array(zhi, dtype=np.float64)
    slo = np.asarray(slo, dtype=np.float64)
    rev = np.asarray(rev, dtype=bool)
    prev = np.full(k, np.nan)  # the previous Newton step, |dz| (NaN: none)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore"):
        for iteration in range(max_iter):
            n_active = int(np.count_nonzero(active))
            if n_active == 0:
                break
            if 2 * n_active < active.size:
                keep = np.flatnonzero(active)
                ct = np.take(ct, keep, axis=1)
                idx, z, zlo, zhi, slo, rev, prev = (
                    a[keep] for a in (idx, z, zlo, zhi, slo, rev, prev)
                )
                active = np.ones(n_active, dtype=bool)
            p, d, g = _horner(ct, z, gross=iteration >= _GROSS_FROM_ITERATION)
            s = np.sign(p)
            zlo = np.where(s == slo, z, zlo)
            zhi = np.where((s != slo) & (s != 0), z, zhi)
            step = p * z / d  # Newton: z - step; d = z P'(z)
            zn = z - step
            # tolerance on the periodic rate, expressed in z (d rate = -dz / z^2 or dz)
            rate = np.where(rev, z - 1.0, 1.0 / z - 1.0)
            tol = 1e-13 * np.maximum(1.0, np.abs(rate)) * np.where(rev, 1.0, z * z)
            newton = (zn >= zlo) & (zn <= zhi)  # False for NaN
            small_npv = (np.abs(p) <= 1e-12 * g) if g is not None else False
            size = np.abs(step)
            # In the quadratic regime the next step is about size^3 / prev^2: when that is
            # below a tenth of the tolerance, the Newton iterate is accepted without
            # spending one more evaluation to confirm it.
            quadratic = newton & (size <= 0.5 * prev) & (size**3 <= 0.1 * tol * prev**2)
            done = active & (
                (s == 0) | small_npv | (size <= tol) | (zhi - zlo <= tol) | quadratic
            )
            prev = np.where(newton, size, np.nan)
            zn = np.where(newton, zn, 0.5 * (zlo + zhi))
            # The Newton iterate is the better estimate, unless P is exactly zero at z or the
            # step was replaced by a bisection (then z itself met the criterion).
            best = np.where((s == 0) | ~newton, z, zn)
            z_out[idx[done]] = best[done]
            conv[idx[done]] = True
            active &= ~done
            z = zn
        z_out[idx[active]] = z[active]
    return z_out, conv


def _aligned_t(f, first, last, rev):
    """Polynomial coefficients of rows of ``f``, transposed: shape ``(L, k)``.

    Column ``i`` holds row ``i`` from its first non-zero flow onwards ("left-aligned"), or,
    where ``rev[i]``, from its last non-zero flow backwards; ``L = max(last - first + 1)``,
    zeros beyond a row's own length. Rows already in place are copied in blocks; only rows that
    must move are gathered element by element.
    """
    k, t_len = f.shape
    length = int((last - first).max()) + 1 if k else 1
    ct = _transpose(f[:, :length])
    move = np.flatnonzero(rev | (first != 0))
    if move.size:
        j = np.arange(length)
        fi, la, rv = first[move, None], last[move, None], rev[move, None]
        col = np.clip(np.where(rv, la - j, fi + j), 0, t_len - 1)
        ct[:, move] = np.where(j <= la - fi, f[move[:, None], col], 0.0).T
    return ct


def _scan_grid(periods_per_year):
    """Periodic rates scanned for flows with several sign changes (ascending, includes 0)."""
    annual = np.unique(
        np.concatenate(
            [
                np.linspace(SCAN_RANGE_ANNUAL[0], -0.2, 80, endpoint=False),
                np.linspace(-0.2, 0.0, 40, endpoint=False),
                np.linspace(0.0, 1.0, 200, endpoint=False),
                np.geomspace(1.0, SCAN_RANGE_ANNUAL[1], 80),
            ]
        )
    )
    return periodic_rate(annual, periods_per_year)


def irr(flows, periods_per_year=1, *, max_iter=60) -> IrrResult:
    """Internal rate of return of each row of flows, with its existence and uniqueness.

    The IRR is the rate at which the NPV of the row is zero, end-of-period convention (column
    ``j`` at the end of period ``j + 1``; since discounting every flow one more period does not
    move a root, this is also the rate ``numpy_financial.irr`` and Excel's ``IRR()`` look for).
    It is reported as an *annual effective* rate, ``(1 + periodic) ** p - 1``.

    Args:
        flows: shape ``(T,)`` (treated as one row) or ``(n, T)``. Trailing (and leading) zero
            columns do not matter.
        periods_per_year: ``p``, used only to annualise the periodic IRR.
        max_iter: Newton iterations allowed per root.

    Returns:
        An :class:`IrrResult` with arrays of shape ``(n,)`` (``(1,)`` for 1-D flows). Status per
        row, counting sign changes with zeros ignored:

        * 0 sign changes (all inflows, all outflows, all zero): ``"no_sign_change"``;
        * exactly 1: by Descartes' rule of signs the IRR exists and is unique (some rate above
          -100%). It is found by a safeguarded Newton iteration (Newton with bisection inside a
          shrinking bracket), all rows at once, NPV and derivative by Horner's scheme, from a
          starting guess built from the ratio of undiscounted inflows to outflows and the mean
          and variance of their timing (see ``_initial_guess``). Converged when the step in the
          periodic rate is below 1e-13 (relative above 100%), or Newton's quadratic
          convergence predicts the next step below a tenth of that, or the NPV is below 1e-12
          of the gross discounted flows: ``"ok"``; not converged in ``max_iter`` iterations,
          or a root that floating point cannot tell from -100% (or from +infinity):
          ``"no_root"``;
        * 2 or more: the NPV is scanned on a grid of 400 annual rates from -99% to +1000%
          (denser between 0% and 100%) and each sign change of the NPV refined as above. One
          root: ``"ok"``; several: ``"multiple"`` (rate NaN, all roots in ``roots``); none:
          ``"no_root"``. Roots outside the scanned range, and pairs of roots closer together
          than the grid step (or a root where the NPV touches zero without crossing it) are
          not seen. The scan is skipped where the cumulative flows settle the count
          (``_cumulative_sign_changes``): no root at all (``"no_root"``), or exactly one,
          found as for one sign change and reported only within the scanned range, as the
          scan would;
        * non-finite flows: ``"invalid"``.

        ``rate`` is NaN wherever the status is not ``"ok"``.
    """
    p = _check_ppy(periods_per_year)
    f = _as_2d(flows)
    # overflow, underflow and 0/0 are all handled where they can occur (extreme magnitudes)
    with np.errstate(over="ignore", under="ignore", divide="ignore", invalid="ignore"):
        return _irr(f, p, max_iter)


def _irr(f, p, max_iter) -> IrrResult:
    n, t_len = f.shape

    status = np.full(n, STATUS_NO_SIGN_CHANGE, dtype="<U14")
    rate_p = np.full(n, np.nan)
    sign_changes = np.zeros(n, dtype=np.int64)
    roots_p = np.full((n, 1), np.nan)
    if n == 0 or t_len == 0:
        return IrrResult(np.full(n, np.nan), status, roots_p, sign_changes, p)

    f, a, finite = _normalised(f)
    status[~finite] = STATUS_INVALID
    row_sum = f.sum(axis=1)

    pos = f > 0
    neg = f < 0
    any_pos = pos.any(axis=1)
    any_neg = neg.any(axis=1)
    both = any_pos & any_neg & finite
    first_pos = np.argmax(pos, axis=1)
    first_neg = np.argmax(neg, axis=1)
    last_pos = t_len - 1 - np.argmax(pos[:, ::-1], axis=1)
    last_neg = t_len - 1 - np.argmax(neg[:, ::-1], axis=1)
    one = both & ((last_neg < first_pos) | (last_pos < first_neg))
    several = both & ~one
    first = np.minimum(np.where(any_pos, first_pos, t_len), np.where(any_neg, first_neg, t_len))
    last = np.maximum(np.where(any_pos, last_pos, -1), np.where(any_neg, last_neg, -1))
    sign_changes[one] = 1
    # root at a negative rate iff the undiscounted sum has the sign of the first flow
    rev = (row_sum != 0) & (np.sign(row_sum) == np.sign(f[np.arange(n), first % t_len]))

    # ---- several sign changes, settled by the cumulative flows without a scan --------------
    # Rows with no root in the scanned range keep the status the scan gives them.
    scanned = np.zeros(n, dtype=bool)
    im = np.flatnonzero(several)
    if im.size:
        changes, settled = _cumulative_sign_changes(f[im], a[im], first[im], last[im])
        sign_changes[im[settled]] = _count_sign_changes(_transpose(f[im[settled]]))
        none = im[settled & (changes == 0)]
        status[none] = STATUS_NO_ROOT
        several[none] = False
        unique = im[settled & (changes == 1)]
        one[unique] = True
        several[unique] = False
        scanned[unique] = True

    # ---- a unique root: one sign change, or settled by the cumulative flows ----------------
    iu = np.flatnonzero(one)
    if iu.size:
        fu, au = (f, a) if iu.size == n else (f[iu], a[iu])
        s = row_sum[iu]
        u0 = _initial_guess(fu, au, s)
        rev = rev[iu]
        with np.errstate(over="ignore", invalid="ignore"):
            z0 = np.exp(np.where(rev, u0, -u0))
        z0 = np.where(np.isfinite(z0), np.clip(z0, 1e-9, 1.0), 0.5)
        ct = _aligned_t(fu, first[iu], last[iu], rev)
        slo = np.sign(ct[0])  # P(0) = c_0
        z, conv = _solve_bracketed(
            ct, np.zeros(iu.size), np.ones(iu.size), slo, z0, rev, max_iter
        )
        x = _rate_of_z(z, rev)
        grid = _scan_grid(p)
        ok = (conv & np.isfinite(x) & (x > -1.0)
              & (~scanned[iu] | ((x >= grid[0]) & (x <= grid[-1]))))
        rate_p[iu[ok]] = x[ok]
        roots_p[iu[ok], 0] = x[ok]
        status[iu[ok]] = STATUS_OK
        status[iu[~ok]] = STATUS_NO_ROOT

    # ---- several sign changes: scan, then refine every bracketed root -----------------------
    im = np.flatnonzero(several)
    if im.size:
        rate_p, roots_p = _several(f, im, first, last, p, max_iter, status, rate_p, roots_p,
                                   sign_changes)

    return IrrResult(annual_rate(rate_p, p), status, annual_rate(roots_p, p), sign_changes, p)


def _initial_guess(f, a, s):
    """A first estimate of ``u = log(1 + periodic IRR)`` for rows ``f`` that change sign once
    (``a``: their absolute values, ``s``: their sums).

    With weights ``w_t`` the inflows (resp. outflows) at times ``t``, ``log PV(u) =
    log sum w_t e^(-t u)`` is the cumulant generating function of the time of the flows:
    ``log W - mean u + variance u^2 / 2 - ...``. Equating it for inflows and outflows to second
    order gives a quadratic in ``u``; its root next to the first-order root (the ratio of
    inflows to outflows over the difference of their mean times, exact for two flows) is the
    guess, and the first-order root where the quadratic has none.
    """
    t_len = f.shape[1]
    t = np.arange(t_len) - 0.5 * (t_len - 1)  # centred times: any shift cancels below
    moments = np.stack([np.ones(t_len), t, t * t], axis=1)
    _, m1, m2 = _product(f, moments).T
    gross, m1a, m2a = _product(a, moments).T
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        w_in, w_out = 0.5 * (gross + s), 0.5 * (gross - s)
        mean_in, mean_out = 0.5 * (m1a + m1) / w_in, 0.5 * (m1a - m1) / w_out
        var_in = 0.5 * (m2a + m2) / w_in - mean_in**2
        var_out = 0.5 * (m2a - m2) / w_out - mean_out**2
        c0 = np.log(w_in / w_out)
        c1 = -(mean_in - mean_out)
        c2 = 0.5 * (var_in - var_out)
        u_lin = -c0 / c1
        disc = c1 * c1 - 4.0 * c2 * c0
        u_quad = 2.0 * c0 / (-c1 - np.sign(c1) * np.sqrt(disc))
        u = np.where(np.isfinite(u_quad), u_quad, u_lin)
    return np.where(np.isfinite(u), u, 0.0)


def _cumulative_sign_changes(f, a, first, last):
    """For rows ``f`` that change sign several times (``a``: their absolute values, ``first``,
    ``last``: their first and last non-zero columns), the sign changes of their cumulative
    flows from the first flow forwards plus from the last flow backwards; and whether those
    counts hold, no partial sum lying within 1e-12 of the gross flows from zero.

    The polynomial of rates above 0 (see above) is ``(1 - z) sum_k A_k z^k`` on (0, 1), with
    ``A`` the forward partial sums (constant beyond the last flow); by Descartes' rule for
    power series it has at most as many roots there as ``A`` changes sign (Norstrom's
    criterion), and the backward sums bound the roots at rates below 0 alike. Both sequences
    end on the undiscounted sum, the NPV at 0, which is not zero where the counts hold. So a
    count of 0 means no root at all, and 1 exactly one (the NPV changes sign across it).
    """
    t_len = f.shape[1]
    j = np.arange(t_len)
    tiny = 1e-12 * a.sum(axis=1, keepdims=True)
    count = np.zeros(f.shape[0], dtype=np.int64)
    holds = np.ones(f.shape[0], dtype=bool)
    for sums, valid in ((np.cumsum(f, axis=1), j >= first[:, None]),
                        (np.cumsum(f[:, ::-1], axis=1)[:, ::-1], j <= last[:, None])):
        holds &= ~((np.abs(sums) <= tiny) & valid).any(axis=1)
        positive = sums > 0
        count += ((positive[:, 1:] != positive[:, :-1]) & valid[:, :-1] & valid[:, 1:]).sum(axis=1)
    return count, holds


#: Rows per matrix product in ``_product``: few enough that BLAS computes it on the calling
#: thread. Waking its threads for a product with three columns costs far more than the
#: product: ~45 ms against ~3 ms for 60,000 rows of 28 periods, after other work.
_PRODUCT_ROWS = 1024


def _product(x, m):
    """``x @ m`` in blocks of ``_PRODUCT_ROWS`` rows."""
    out = np.empty((x.shape[0], m.shape[1]))
    for i in range(0, x.shape[0], _PRODUCT_ROWS):
        np.matmul(x[i : i + _PRODUCT_ROWS], m, out=out[i : i + _PRODUCT_ROWS])
    return out


def _count_sign_changes(ct):
    """Sign changes per column of a ``(L, k)`` block, zeros ignored (a loop over periods)."""
    signs = np.sign(ct).astype(np.int8)
    last = np.zeros(ct.shape[1], dtype=np.int8)
    count = np.zeros(ct.shape[1], dtype=np.int64)
    for s in signs:
        count += (s * last) < 0
        np.copyto(last, s, where=s != 0)
    return count


def _several(f, im, first, last, p, max_iter, status, rate_p, roots_p, sign_changes):
    fm = f[im]
    k = im.size
    fi, la = first[im], last[im]
    cta = _aligned_t(fm, fi, la, np.zeros(k, dtype=bool))  # for rates >= 0, (L, k)
    length = cta.shape[0]
    same_length = bool((la - fi == length - 1).all())
    if same_length:
        ctb = cta[::-1]  # every row has the same length: reversing is a view
    else:
        ctb = _aligned_t(fm, fi, la, np.ones(k, dtype=bool))  # for rates < 0
    sign_changes[im] = _count_sign_changes(cta)

    grid = _scan_grid(p)
    g0 = int(np.searchsorted(grid, 0.0))  # grid[g0] == 0
    j = np.arange(length, dtype=np.float64)[:, None]
    with np.errstate(under="ignore", divide="ignore"):
        za = 1.0 / (1.0 + grid[g0:])
        zb = 1.0 + grid[:g0]
        vals = np.empty((k, grid.size))
        vals[:, g0:] = cta.T @ np.power(za[None, :], j)
        if same_length:  # the same sums, on the contiguous block (BLAS)
            vals[:, :g0] = cta.T @ np.power(zb[None, :], length - 1 - j)
        else:
            vals[:, :g0] = ctb.T @ np.power(zb[None, :], j)
    above, below = vals > 0, vals < 0

    # brackets: consecutive grid rates where the NPV changes sign (each cell lies on one side
    # of 0, since 0 is a grid rate)
    rows, cells = np.nonzero(
        (above[:, :-1] & below[:, 1:]) | (below[:, :-1] & above[:, 1:])
    )
    side_a = cells >= g0
    xa, xb = grid[cells], grid[cells + 1]
    with np.errstate(divide="ignore"):
        # in z, the bracket [zlo, zhi]: for rates >= 0, z decreases as the rate rises
        zlo = np.where(side_a, 1.0 / (1.0 + xb), 1.0 + xa)
        zhi = np.where(side_a, 1.0 / (1.0 + xa), 1.0 + xb)
    plo = np.where(side_a, vals[rows, cells + 1], vals[rows, cells])
    phi = np.where(side_a, vals[rows, cells], vals[rows, cells + 1])
    with np.errstate(divide="ignore", invalid="ignore"):
        z0 = zlo - plo * (zhi - zlo) / (phi - plo)  # secant guess
    z0 = np.where(np.isfinite(z0) & (z0 > zlo) & (z0 < zhi), z0, 0.5 * (zlo + zhi))
    ct = np.empty((length, rows.size))
    ct[:, side_a] = np.take(cta, rows[side_a], axis=1)
    ct[:, ~side_a] = np.take(ctb, rows[~side_a], axis=1)
    z, conv = _solve_bracketed(
        ct, zlo, zhi, np.sign(plo), z0, ~side_a, max_iter
    )
    xr = _rate_of_z(z, ~side_a)

    # roots exactly on a grid rate
    exact = ~(above | below)
    zrows, zcells = np.nonzero(exact) if exact.any() else (rows[:0], cells[:0])
    all_rows = np.concatenate([rows, zrows])
    all_x = np.concatenate([xr, grid[zcells]])
    failed_rows = np.unique(rows[~conv])

    order = np.lexsort((all_x, all_rows))
    all_rows, all_x = all_rows[order], all_x[order]
    # merge duplicates (a root found from two adjacent cells)
    dup = np.zeros(all_rows.size, dtype=bool)
    if all_rows.size > 1:
        dup[1:] = (all_rows[1:] == all_rows[:-1]) & (
            np.abs(all_x[1:] - all_x[:-1]) <= 1e-10 * np.maximum(1.0, np.abs(all_x[1:]))
        )
    all_rows, all_x = all_rows[~dup], all_x[~dup]
    count = np.bincount(all_rows, minlength=k)
    width = max(1, int(count.max()) if count.size else 1)
    if width > roots_p.shape[1]:
        roots_p = np.concatenate(
            [roots_p, np.full((roots_p.shape[0], width - roots_p.shape[1]), np.nan)], axis=1
        )
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    pos_in_row = np.arange(all_rows.size) - start[all_rows]
    roots_p[im[all_rows], pos_in_row] = all_x

    st = np.where(count == 1, STATUS_OK, np.where(count > 1, STATUS_MULTIPLE, STATUS_NO_ROOT))
    st[failed_rows] = STATUS_NO_ROOT
    status[im] = st
    okm = st == STATUS_OK
    rate_p[im[okm]] = roots_p[im[okm], 0]
    bad = st == STATUS_NO_ROOT
    roots_p[im[bad], :] = np.nan
    return rate_p, roots_p
