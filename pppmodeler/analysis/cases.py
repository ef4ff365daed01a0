"""Many cases of one model in one evaluation: the step every analysis is made of.

A case is the base model with some inputs set to other values. :func:`evaluate_cases` takes
``{path: values}`` with one value per case, sets every input to its array of values and
evaluates them all at once (the engine is vectorised across iterations). Cases that cannot be
evaluated have no metric values (NaN) and keep the first error their own evaluation would
raise; every other case keeps its numbers. The input rules (a debt tenor past the concession's
end, say) are judged case by case before evaluating, and the cases they let through are
evaluated in one batch. The engine refuses a batch as a whole when any of its cases fails
during the evaluation (a debt amount above the needs), so such a batch is split in halves
until those cases are found.

Values are taken as the analysis computed them, with two conventions: whole-number inputs
(years, months) are rounded to the nearest whole number, and values are clipped to the input's
valid range, so that a ±20 % move of an occupancy of 0.9 stops at 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from pppmodeler.core import paths
from pppmodeler.core.guardrails import Message, input_errors
from pppmodeler.core.inputs import Model
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import ModelError, evaluate


@dataclass
class Cases:
    """The metrics of ``n`` cases: ``values[name]`` and ``status[name]`` have shape ``(n,)``;
    ``errors[i]`` is the message that stopped case ``i`` (None where it was evaluated)."""

    values: dict
    status: dict
    errors: list

    @classmethod
    def blank(cls, n: int, metrics) -> Cases:
        """``n`` cases not yet evaluated: NaN values, status "ok", no errors."""
        return cls({m: np.full(n, np.nan) for m in metrics}, {m: oks(n) for m in metrics},
                   [None] * n)

    def put(self, rows, part: Cases) -> None:
        """Write the cases ``part`` into the cases ``rows`` (a slice or indices)."""
        for m in self.values:
            self.values[m][rows] = part.values[m]
            self.status[m][rows] = part.status[m]
        if isinstance(rows, slice):
            self.errors[rows] = part.errors
        else:
            for i, error in zip(rows, part.errors):
                self.errors[int(i)] = error

    @property
    def n(self) -> int:
        return len(self.errors)

    def failed(self) -> np.ndarray:
        """Whether each case could not be evaluated, shape ``(n,)``."""
        return np.array([e is not None for e in self.errors], dtype=bool)


def input_values(model: Model, path: str, values: np.ndarray) -> np.ndarray:
    """``values`` as the input at ``path`` takes them: clipped to its valid range, and rounded
    when it is a whole number."""
    spec = paths.spec_at(paths.canonical(model, path))
    out = np.asarray(values, dtype=float)
    lo = -np.inf if spec.lo is None else spec.lo
    hi = np.inf if spec.hi is None else spec.hi
    out = np.clip(out, lo, hi)
    return np.rint(out) if spec.kind == "integer" else out


def evaluate_cases(model: Model, overrides: Mapping[str, np.ndarray],
                   metrics: tuple[str, ...] = tuple(UNITS)) -> Cases:
    """The ``metrics`` of the cases ``{path: values}`` (every array of the same length ``n``)."""
    arrays = {p: input_values(model, p, v) for p, v in overrides.items()}
    n = _length(arrays)
    batch = paths.apply(model, arrays, check=False)
    refused, errors = input_errors(batch, n)
    accepted = np.flatnonzero(~refused)
    out: Cases | None = None
    if accepted.size < n or not n:
        out = Cases.blank(n, metrics)
        out.errors = errors
    # The cases the input rules let through can still fail in the engine, which refuses a
    # batch as a whole: halving finds those.
    pending = [accepted] if accepted.size else []
    while pending:
        rows = pending.pop()
        cases = batch if rows.size == n else paths.apply(
            model, {p: a[rows] for p, a in arrays.items()}, check=False)
        try:
            results = evaluate(cases)
        except ModelError as refusal:
            if out is None:
                out = Cases.blank(n, metrics)
            if rows.size == 1:
                out.errors[int(rows[0])] = _first_error(refusal)
            else:
                half = rows.size // 2
                pending.extend((rows[half:], rows[:half]))
            continue
        part = _metrics_of(results, metrics, rows.size)
        if out is None:         # every case in one evaluation: its arrays are the answer
            return part
        out.put(rows, part)
    return out


def _metrics_of(results, metrics: tuple[str, ...], n: int) -> Cases:
    """The ``metrics`` of an evaluation of ``n`` cases as fresh arrays."""
    values, status = {}, {}
    for name in metrics:
        metric = results.metrics[name]
        values[name] = np.array(np.broadcast_to(metric.value, (n,)), dtype=float)
        status[name] = oks(n)
        if metric.status is not None:
            status[name][:] = np.broadcast_to(metric.status, (n,))
    return Cases(values, status, [None] * n)


def oks(n: int) -> np.ndarray:
    """``n`` statuses "ok": an object array, so that any status code fits (filled, not built
    with ``np.full``, which is several times slower for objects)."""
    out = np.empty(n, dtype=object)
    out.fill("ok")
    return out


def _length(arrays: Mapping[str, np.ndarray]) -> int:
    lengths = {a.shape[0] for a in arrays.values() if a.ndim}
    if len(lengths) != 1:
        raise ValueError(f"cases need one value per case for every input, got lengths "
                         f"{sorted(lengths)}")
    return lengths.pop()


def _first_error(refused: ModelError) -> Message:
    return refused.messages[0]
