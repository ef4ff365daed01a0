"""Break-even (goal seek): the value of one numeric input at which a metric equals a target.

Conventions
-----------
- Range searched: ``lo`` … ``hi`` when given (within the input's valid range), else the
  input's declared valid range; an end the declaration leaves open (or sets beyond
  :data:`HUGE`) becomes the base value ∓ :data:`SPAN` × |base value| (a canon of 160 with no
  upper limit is searched up to 1,760). An input that is 0 in the model has no such scale:
  give that end.
- Bracketing: the range is evaluated on a grid of :data:`GRID` evenly spaced values plus the
  base value, in one batch (whole-number inputs: every whole number, up to
  :data:`MAX_WHOLE` of them). Cases without a value (refused by the engine, an IRR that does
  not exist) are skipped; among the neighbouring evaluated values where ``metric − target``
  changes sign, the pair nearest the base value is taken: the break-even closest to the deal
  as it stands.
- Refinement: each round evaluates, in one batch, the false-position estimate inside the
  bracket, values at 10⁻¹ … 10⁻⁸ of the bracket's width either side of it and a few evenly
  spaced values, and keeps the neighbouring pair around the sign change nearest the
  estimate; a smooth metric gains several digits a round. It stops when the bracket is
  narrower than :data:`XTOL` of the range's scale. The value is the end of the bracket where
  the metric is nearer the target.
- Whole-number inputs (years, months): the answer is the whole number next to the crossing at
  which the metric is at or above the target (the smallest term at which the equity IRR
  reaches its target, say); ``achieved`` is the metric there, not the target, and ``note`` is
  ``"whole_number"``.
- Check: the model is evaluated once more with the input at the value, as any user would, and
  ``achieved`` is that metric. When it misses the target by more than :data:`HIT` of the
  metric's scale over the range, the metric jumps across the target (or has no value where
  it would cross it): no solution, ``note`` ``"jump"``.
- No sign change: ``status`` ``"no_solution"``, no value, the metric at both ends of the range
  and the value at which it came closest; ``note`` says whether the metric stays ``"above"``
  or ``"below"`` the target wherever it has a value in the range. No case evaluated:
  ``"not_evaluable"``, the ends keep the engine's reasons. A number is never given without
  one of these statuses.
- ``progress(fraction, "goal_seek")`` is called before the grid and after each batch; it may
  raise to cancel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from pppmodeler.analysis.base import (
    REFUSED,
    AnalysisError,
    Outcome,
    Progress,
    base_value,
    check_metric,
    finite,
    numeric_input,
    outcome,
    run,
)
from pppmodeler.analysis.settings import GoalSeek
from pppmodeler.core import paths
from pppmodeler.core.guardrails import Message
from pppmodeler.core.inputs import Model
from pppmodeler.core.results import ModelError, evaluate
from pppmodeler.i18n import tr
from pppmodeler.i18n.messages import Phrase

SOLVED = "solved"
NO_SOLUTION = "no_solution"
NOT_EVALUABLE = "not_evaluable"

GRID = 101
"""Evenly spaced values of the first batch: fine enough to see every crossing of a metric
that turns a few times over the range, one batch of ~10–80 ms on the samples."""
MAX_WHOLE = 2_001
SPAN = 10.0
HUGE = 1e12
XTOL = 1e-12
HIT = 1e-6
MAX_ROUNDS = 40
_OFFSETS = 10.0 ** -np.arange(1, 9)
_EVEN = 7


@dataclass(frozen=True)
class Solution:
    """The answer of a goal seek (see the module's conventions).

    ``value`` is the input's value and ``achieved`` the metric re-evaluated there, both None
    unless ``status`` is ``"solved"``; ``low``/``high`` are the ends of the range searched and
    ``at_low``/``at_high`` the metric there; ``closest`` is the input value where the metric
    came nearest the target (``closest_metric``); ``iterations`` counts the batches
    evaluated (the grid, then each refinement round), ``evaluations`` their cases; ``messages`` are the warnings of the model at
    the value (a grant above the legal cap, a DSCR below covenant …).
    """

    path: str
    metric: str
    target: float
    status: str
    value: float | None
    achieved: float | None
    low: float
    high: float
    at_low: Outcome
    at_high: Outcome
    closest: float | None
    closest_metric: float | None
    base: float
    iterations: int
    evaluations: int
    note: str = ""
    messages: tuple = field(default=())

    def note_text(self, lang: str = "es") -> str:
        """What ``note`` means, in ``lang`` ("" without a note)."""
        return tr(f"goalseek.note.{self.note}", lang) if self.note else ""


def goal_seek(model: Model, path: str, metric: str, target: float, lo: float | None = None,
              hi: float | None = None, progress: Progress | None = None,
              where: str = "analyses.goal_seek") -> Solution:
    """The value of the input at ``path`` at which ``metric`` equals ``target``, searched over
    ``lo`` … ``hi`` (see the conventions); ``where`` prefixes the messages of bad arguments."""
    metric = check_metric(metric, f"{where}.metric")
    path = numeric_input(model, path, f"{where}.path")
    target = finite(target, f"{where}.target", Phrase("analysis.what.target"))
    base = base_value(model, path, f"{where}.path")
    low, high = search_range(model, path, base, lo, hi, where)
    search = _Search(model, path, metric, target, paths.spec_at(path).kind == "integer",
                     progress)
    solution = search.solve(low, high, base)
    if progress is not None:
        progress(1.0, "goal_seek")
    return solution


def seek(model: Model, settings: GoalSeek, progress: Progress | None = None) -> Solution:
    """The goal seek of a scenario file's settings (``analyses.goal_seek``), over the input's
    default range."""
    return goal_seek(model, settings.path, settings.metric, settings.target, progress=progress)


def evaluated_at(model: Model, path: str, metric: str, value: float | int
                 ) -> tuple[Outcome, tuple[Message, ...]]:
    """``metric`` of the model evaluated on its own with the input at ``path`` set to ``value``
    (as a user would check a break-even), and the warnings of that evaluation."""
    try:
        results = evaluate(paths.with_value(model, path, value))
    except ModelError as refused:
        return Outcome(math.nan, REFUSED, refused.messages[0]), ()
    achieved = results.metric(metric)
    warnings = tuple(m for m in results.messages if m.level == "warning")
    return Outcome(math.nan if achieved is None else achieved, results.status(metric)), warnings


def search_range(model: Model, path: str, base: float, lo: float | None, hi: float | None,
                 where: str = "analyses.goal_seek") -> tuple[float, float]:
    """The ends of the range searched for the input at ``path`` (see the conventions)."""
    spec = paths.spec_at(path)
    valid_lo = -math.inf if spec.lo is None or spec.lo <= -HUGE else spec.lo
    valid_hi = math.inf if spec.hi is None or spec.hi >= HUGE else spec.hi
    ends = []
    for end, given, valid, sign in (("lo", lo, valid_lo, -1), ("hi", hi, valid_hi, 1)):
        if given is not None:
            value = finite(given, f"{where}.{end}", Phrase("analysis.what.range_end", end=end))
            if not (spec.lo is None or value >= spec.lo) or not (spec.hi is None
                                                                 or value <= spec.hi):
                raise AnalysisError(f"{where}.{end}", Phrase(
                    "analysis.error.outside_range", value=value, path=path,
                    range=spec.range_text()))
        elif math.isfinite(valid):
            value = valid
        elif base != 0:
            value = base + sign * SPAN * abs(base)
        else:
            raise AnalysisError(f"{where}.{end}", Phrase("analysis.error.open_range",
                                                         path=path))
        ends.append(value)
    low, high = ends
    if whole := spec.kind == "integer":
        low, high = math.ceil(low), math.floor(high)
    if not low < high:
        raise AnalysisError(where, Phrase("analysis.error.empty_whole_range" if whole else
                                          "analysis.error.empty_range", path=path, low=low,
                                          high=high))
    return float(low), float(high)


def _grid(low: float, high: float, base: float, whole: bool) -> np.ndarray:
    if whole:
        count = int(high - low) + 1
        grid = np.arange(low, high + 1) if count <= MAX_WHOLE else \
            np.rint(np.linspace(low, high, GRID))
    else:
        grid = np.linspace(low, high, GRID)
    inside = [base] if low <= base <= high else []
    return np.unique(np.concatenate([grid, inside]))


class _Search:
    """Every case evaluated so far (input value → metric − target) and the steps on them."""

    def __init__(self, model: Model, path: str, metric: str, target: float, whole: bool,
                 progress: Progress | None):
        self.model, self.path, self.metric, self.target = model, path, metric, target
        self.whole, self.progress = whole, progress
        self.x = np.empty(0)
        self.f = np.empty(0)
        self.outcomes: dict[float, Outcome] = {}
        self.iterations = 0
        self.scale = 0.0
        self.messages: tuple = ()

    def solve(self, low: float, high: float, base: float) -> Solution:
        self.evaluate(_grid(low, high, base, self.whole), 0.0, 0.5)
        ends = self.outcome(low), self.outcome(high)
        bracket = self.bracket(low, high, base)
        if bracket is None:
            if not self.valid().any():
                return self.solution(NOT_EVALUABLE, None, None, low, high, ends, base)
            side = "above" if self.f[self.valid()][0] > 0 else "below"
            return self.solution(NO_SOLUTION, None, None, low, high, ends, base, side)
        value = self.pick(*self.refine(*bracket))
        achieved = self.check(value)
        if not achieved.ok or (not self.whole and not self.hits(achieved)):
            return self.solution(NO_SOLUTION, None, None, low, high, ends, base, "jump")
        note = "whole_number" if self.whole and achieved.value != self.target else ""
        return self.solution(SOLVED, value, achieved, low, high, ends, base, note)

    # -- evaluating ---------------------------------------------------------------------------

    def evaluate(self, xs: np.ndarray, start: float, end: float) -> None:
        """Evaluate the values ``xs`` in one batch; progress goes from ``start`` to ``end``."""
        report = None if self.progress is None else \
            (lambda fraction, what: self.progress(start + fraction * (end - start), what))
        cases = run(self.model, {self.path: xs}, (self.metric,), report, "goal_seek")
        self.iterations += 1
        for i, x in enumerate(xs):
            self.outcomes[float(x)] = outcome(cases, self.metric, i)
        order = np.argsort(np.concatenate([self.x, xs]), kind="stable")
        self.x = np.concatenate([self.x, xs])[order]
        self.f = np.concatenate([self.f, cases.values[self.metric] - self.target])[order]
        if self.scale == 0.0 and self.valid().any():
            # the metric's scale over the range: what "near the target" is measured against
            self.scale = max(float(np.max(np.abs(self.f[self.valid()]))), abs(self.target),
                             1e-300)

    def outcome(self, x: float) -> Outcome:
        return self.outcomes[float(x)]

    def valid(self) -> np.ndarray:
        return ~np.isnan(self.f)

    # -- bracketing ---------------------------------------------------------------------------

    def bracket(self, low: float, high: float, near: float) -> tuple[float, float] | None:
        """The neighbouring evaluated values within ``low``…``high`` around the sign change of
        ``metric − target`` nearest ``near``; None when there is none."""
        keep = self.valid() & (self.x >= low) & (self.x <= high)
        x, f = self.x[keep], self.f[keep]
        changes = np.flatnonzero(f[:-1] * f[1:] <= 0)
        if not changes.size:
            return None
        a, b = x[changes], x[changes + 1]
        distance = np.where((a <= near) & (near <= b), 0.0,
                            np.minimum(np.abs(a - near), np.abs(b - near)))
        k = int(np.argmin(distance))
        return float(a[k]), float(b[k])

    def refine(self, a: float, b: float) -> tuple[float, float]:
        """Narrow the bracket ``a``…``b`` round by round (see the conventions)."""
        xtol = XTOL * max(abs(a), abs(b), b - a, 1e-300)
        for rounds in range(MAX_ROUNDS):
            fa, fb = self.value_at(a), self.value_at(b)
            if fa == 0 or fb == 0 or (not self.whole and b - a <= xtol):
                break
            estimate = a - fa * (b - a) / (fb - fa)
            xs = self._candidates(a, b, estimate)
            if not xs.size:
                break
            self.evaluate(xs, 0.5 + 0.5 * rounds / MAX_ROUNDS, 0.5 + 0.5 * (rounds + 1)
                          / MAX_ROUNDS)
            narrower = self.bracket(a, b, estimate)
            if narrower == (a, b):
                break               # nothing evaluated inside: the metric has no value there
            a, b = narrower
        return a, b

    def _candidates(self, a: float, b: float, estimate: float) -> np.ndarray:
        width = b - a
        xs = np.concatenate([[estimate], estimate - width * _OFFSETS, estimate + width * _OFFSETS,
                             np.linspace(a, b, _EVEN + 2)[1:-1]])
        if self.whole:
            xs = np.rint(xs)
        xs = np.unique(xs[(xs > a) & (xs < b)])
        return xs[~np.isin(xs, self.x)]

    def value_at(self, x: float) -> float:
        return float(self.f[np.searchsorted(self.x, x)])

    def pick(self, a: float, b: float) -> float:
        """The answer in the final bracket: the end nearer the target, or for a whole number
        the end at which the metric is at or above the target."""
        fa, fb = self.value_at(a), self.value_at(b)
        if self.whole and (fa >= 0) != (fb >= 0):
            return a if fa >= 0 else b
        return a if abs(fa) <= abs(fb) else b

    # -- checking -----------------------------------------------------------------------------

    def check(self, value: float) -> Outcome:
        achieved, self.messages = evaluated_at(self.model, self.path, self.metric,
                                               self._typed(value))
        return achieved

    def hits(self, achieved: Outcome) -> bool:
        return achieved.ok and abs(achieved.value - self.target) <= HIT * self.scale

    def _typed(self, value: float) -> float | int:
        return int(value) if self.whole else float(value)

    def solution(self, status: str, value: float | None, achieved: Outcome | None,
                 low: float, high: float, ends: tuple[Outcome, Outcome], base: float,
                 note: str = "") -> Solution:
        valid = self.valid()
        closest = closest_metric = None
        if valid.any():
            k = int(np.argmin(np.where(valid, np.abs(self.f), np.inf)))
            closest, closest_metric = float(self.x[k]), float(self.f[k] + self.target)
        solved = status == SOLVED
        return Solution(self.path, self.metric, self.target, status,
                        self._typed(value) if solved else None,
                        achieved.value if solved else None, low, high, ends[0], ends[1],
                        closest, closest_metric, base, self.iterations, self.x.size, note,
                        self.messages if solved else ())


__all__ = ["HIT", "NOT_EVALUABLE", "NO_SOLUTION", "SOLVED", "Solution", "evaluated_at",
           "goal_seek", "search_range", "seek"]
