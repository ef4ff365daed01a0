"""The period grid: phases as flags over periods, and rate conversions.

Conventions
-----------
- Period ``j`` (0-based) runs from ``j / ppy`` to ``(j + 1) / ppy`` years after the model start
  date; every flow of the period falls at its end. The valuation date is the model start.
- The construction phase fills the first ``construction_months * ppy / 12`` periods; the
  operation phase the next ``operation_years * ppy`` periods; both must be whole periods.
- Annual rates are effective annual: the periodic rate is ``(1 + r) ** (1 / ppy) - 1``
  (``finance.periodic_rate``).
- Annual amounts (rents, costs, canon) are spread evenly: ``amount / ppy`` per period.
- Phase lengths may differ between iterations; ``T`` is the longest, and periods after an
  iteration's end carry flags of zero (its flows are zero there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

import numpy as np

from .batch import col
from .errors import InputError
from .inputs import Timeline


def _whole_periods(value: np.ndarray, path: str) -> np.ndarray:
    rounded = np.rint(value)
    if np.any(np.abs(value - rounded) > 1e-9):
        bad = value.ravel()[np.argmax(np.abs(value - rounded).ravel())]
        raise InputError(path, "input.whole_periods", periods=float(bad))
    return rounded.astype(int)


@dataclass(frozen=True)
class Grid:
    """The periods of a model and the phase of each, for ``n`` iterations at once.

    The phase flags are computed once per grid (``cached_property``): treat them as read-only.
    """

    ppy: int
    start: date
    n_con: np.ndarray          # (n, 1) construction periods
    n_op: np.ndarray           # (n, 1) operation periods
    t: np.ndarray              # (T,) period numbers 0 … T-1
    year: np.ndarray           # (T,) calendar year in which each period begins

    @property
    def T(self) -> int:
        return self.t.size

    @property
    def n(self) -> int:
        return self.n_con.shape[0]

    @cached_property
    def phases(self) -> tuple[np.ndarray, np.ndarray]:
        """(n_con, n_op) for the phase flags: one row (1, 1) where every iteration has the same
        phases, so that the flags, and whatever depends on them alone, stay one row shared by
        all iterations instead of n copies of it."""
        if np.all(self.n_con == self.n_con[0]) and np.all(self.n_op == self.n_op[0]):
            return self.n_con[:1], self.n_op[:1]
        return self.n_con, self.n_op

    @cached_property
    def construction(self) -> np.ndarray:
        """(n, T) or (1, T) (see ``phases``) 1.0 in construction periods; so the flags below."""
        n_con, _ = self.phases
        return (self.t < n_con).astype(float)

    @cached_property
    def operation(self) -> np.ndarray:
        """1.0 in operation periods."""
        n_con, n_op = self.phases
        return ((self.t >= n_con) & (self.t < n_con + n_op)).astype(float)

    @cached_property
    def in_term(self) -> np.ndarray:
        """1.0 in every period of the concession, construction and operation."""
        n_con, n_op = self.phases
        return (self.t < n_con + n_op).astype(float)

    @cached_property
    def last(self) -> np.ndarray:
        """1.0 in the last period of the concession."""
        n_con, n_op = self.phases
        return (self.t == n_con + n_op - 1).astype(float)

    @cached_property
    def op_year(self) -> np.ndarray:
        """Operating year (1 = first year of operation) of each period; 0 elsewhere."""
        n_con, _ = self.phases
        k = (self.t - n_con) // self.ppy + 1
        return np.where(self.operation > 0, k, 0)

    def periods(self, years, path: str) -> np.ndarray:
        """A duration in years (the input at ``path``) as whole periods, shape ``(n, 1)``."""
        return _whole_periods(col(years) * self.ppy, path)

    def end_dates(self) -> list[date]:
        """The date on which each period ends (the day before the next period begins)."""
        months = 12 // self.ppy
        out = []
        for j in self.t:
            m = self.start.month - 1 + (j + 1) * months
            out.append(date(self.start.year + m // 12, m % 12 + 1, 1) - timedelta(days=1))
        return out

    def labels(self) -> list[str]:
        """Short period labels: ``2027`` for annual models, ``2027-Q1``/``2027-03`` otherwise."""
        months = 12 // self.ppy
        out = []
        for j in self.t:
            m = self.start.month - 1 + j * months
            y, mm = self.start.year + m // 12, m % 12 + 1
            if self.ppy == 1 and self.start.month == 1:
                out.append(f"{y}")
            elif self.ppy == 4 and self.start.month in (1, 4, 7, 10):
                out.append(f"{y}-T{(mm - 1) // 3 + 1}")
            else:
                out.append(f"{y}-{mm:02d}")
        return out


def build_grid(tl: Timeline, n: int = 1) -> Grid:
    """The period grid of ``n`` iterations of a timeline (phase lengths may vary by iteration)."""
    ppy = int(tl.periods_per_year)
    if ppy not in (1, 2, 4, 12):
        raise InputError("timeline.periods_per_year", "input.periods_per_year", ppy=ppy)
    try:
        start = date.fromisoformat(str(tl.start_date))
    except ValueError:
        raise InputError("timeline.start_date", "input.not_a_date",
                         text=str(tl.start_date)) from None
    if start.day != 1:
        raise InputError("timeline.start_date", "input.start_mid_month")
    n_con = _whole_periods(col(tl.construction_months) * ppy / 12, "timeline.construction_months")
    n_op = _whole_periods(col(tl.operation_years) * ppy, "timeline.operation_years")
    if np.any(n_con < 0):
        raise InputError("timeline.construction_months", "input.negative")
    if np.any(n_op < 1):
        raise InputError("timeline.operation_years", "input.no_operation")
    n = max(n, n_con.shape[0], n_op.shape[0])
    n_con = np.broadcast_to(n_con, (n, 1))
    n_op = np.broadcast_to(n_op, (n, 1))
    T = int((n_con + n_op).max())
    t = np.arange(T)
    year = start.year + (start.month - 1 + t * (12 // ppy)) // 12
    return Grid(ppy=ppy, start=start, n_con=n_con, n_op=n_op, t=t, year=year)
