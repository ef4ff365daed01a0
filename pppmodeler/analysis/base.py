"""What the sensitivity and break-even analyses share: checking what they are asked, running
their cases with progress, and one case's metric with the reason when it has none.

Conventions
-----------
- An analysis names a metric of :data:`pppmodeler.core.metrics.UNITS` and numeric inputs of the
  model by path (:mod:`pppmodeler.core.paths`). Anything else is refused with
  :class:`AnalysisError`, whose message starts with where the problem is (a settings field such
  as ``analyses.sensitivity.inputs[2]``, or the argument's name).
- A case's metric is an :class:`Outcome`: its value, or NaN with a status saying why — the
  metric's own status (an IRR that does not exist: ``no_sign_change``, a DSCR without debt
  service: ``no_debt_service`` …) or ``refused`` with the engine's message when the engine
  refused the case (a debt tenor past the concession's end, say).
- Cases go through :func:`pppmodeler.analysis.cases.evaluate_cases` (values clipped to the
  input's valid range, whole numbers rounded), at most :data:`CHUNK` per evaluation.
  ``progress(fraction, what)`` is called before the first evaluation and after each; it may
  raise to cancel, and the exception propagates to the caller.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Mapping

import numpy as np

from pppmodeler.analysis.cases import Cases, evaluate_cases
from pppmodeler.core import paths
from pppmodeler.core.guardrails import Message
from pppmodeler.core.inputs import Model
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import ModelError, evaluate
from pppmodeler.i18n import tr
from pppmodeler.i18n.messages import Joined, Phrase

Progress = Callable[[float, str], None]

REFUSED = "refused"
"""The status of a case the engine refused; its :attr:`Outcome.error` says why."""

CHUNK = 2_000
"""Cases per evaluation: a 21 × 21 table is one evaluation; larger runs report progress (and
can be cancelled) every ~0.1 s and keep the engine's arrays to ~100 MB."""


class AnalysisError(ValueError):
    """An analysis asked for something it cannot do; ``where`` names the setting or argument.

    ``reason`` (and ``where``, when it says more than a setting's name) is a
    :class:`~pppmodeler.i18n.messages.Phrase`: the message reads in English as ``str`` and in
    the user's language as ``text(lang)``."""

    def __init__(self, where: str, reason: str):
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    @property
    def words(self) -> Joined:
        """The message as text: ``str(error)`` in English, with ``text(lang)``."""
        return Joined([self.where, self.reason], ": ")

    def text(self, lang: str = "es") -> str:
        return self.words.text(lang)


@dataclass(frozen=True)
class Outcome:
    """One case's metric: ``value`` (NaN when it has none), ``status`` (``"ok"``, the metric's
    status code, or :data:`REFUSED`) and ``error``, the engine's message when refused."""

    value: float
    status: str = "ok"
    error: Message | None = None

    @property
    def ok(self) -> bool:
        return not math.isnan(self.value)

    def reason(self, lang: str = "es") -> str:
        """Why there is no value, in ``lang`` ("" when there is one)."""
        if self.error is not None:
            return self.error.text(lang)
        if self.ok:
            return ""
        key = f"status.{self.status}"
        try:
            return tr(key, lang)
        except KeyError:       # a status the catalogue does not know: show its code
            return self.status


def outcome(cases: Cases, metric: str, i: int) -> Outcome:
    """The metric of case ``i`` of ``cases``."""
    error = cases.errors[i]
    if error is not None:
        return Outcome(math.nan, REFUSED, error)
    return Outcome(float(cases.values[metric][i]), str(cases.status[metric][i]))


def base_metric(model: Model, metric: str) -> Outcome:
    """The value of ``metric`` for the base model (refused: NaN with the engine's reason)."""
    metric = check_metric(metric, "metric")
    try:
        results = evaluate(model)
    except ModelError as refused:
        return Outcome(math.nan, REFUSED, refused.messages[0])
    value = results.metric(metric, 0)
    return Outcome(math.nan if value is None else value, results.status(metric, 0))


def check_metric(metric: str, where: str) -> str:
    """``metric`` if it names a metric; :class:`AnalysisError` at ``where`` otherwise."""
    if metric not in UNITS:
        raise AnalysisError(where, Phrase("analysis.error.unknown_metric", metric=repr(metric),
                                          metrics=", ".join(UNITS)))
    return metric


def numeric_input(model: Model, path: str, where: str) -> str:
    """The canonical path of the numeric input ``path`` names in ``model``;
    :class:`AnalysisError` at ``where`` if it names none."""
    if not path:
        raise AnalysisError(where, Phrase("analysis.error.no_input"))
    try:
        canonical = paths.canonical(model, path)
        numeric = paths.spec_at(canonical).numeric
    except paths.PathError as problem:
        raise AnalysisError(where, Phrase("analysis.error.path", problem=str(problem))) from None
    if not numeric:
        raise AnalysisError(where, Phrase("analysis.error.not_numeric", path=path))
    return canonical


def base_value(model: Model, path: str, where: str) -> float:
    """The base value of the numeric input at ``path`` as one number."""
    value = np.asarray(paths.get(model, path), dtype=float)
    if value.size != 1:
        raise AnalysisError(where, Phrase("analysis.error.many_values", path=path,
                                          n=value.size))
    return float(value.reshape(-1)[0])


def finite(value: float, where: str, what: str) -> float:
    """``value`` as a float when it is a finite number; :class:`AnalysisError` otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or isinstance(value, bool):
        raise AnalysisError(where, Phrase("analysis.error.not_finite", what=what,
                                          value=repr(value)))
    return number


def tidy(values: np.ndarray) -> np.ndarray:
    """``values`` rounded to 12 significant digits: 0.92 × 0.8 reads 0.736, not
    0.7360000000000001, in a table, a chart and the settings; the change is far below any
    input's precision."""
    out = np.asarray(values, dtype=float)
    return np.array([float(f"{v:.12g}") for v in out.reshape(-1)]).reshape(out.shape)


def run(model: Model, overrides: Mapping[str, np.ndarray], metrics: tuple[str, ...],
        progress: Progress | None, what: str) -> Cases:
    """The ``metrics`` of the cases ``{path: values}``, :data:`CHUNK` cases per evaluation."""
    n = len(next(iter(overrides.values())))
    out = Cases.blank(n, metrics)
    if progress is not None:
        progress(0.0, what)
    for start in range(0, n, CHUNK):
        rows = slice(start, min(start + CHUNK, n))
        out.put(rows, evaluate_cases(model, {p: v[rows] for p, v in overrides.items()},
                                     metrics))
        if progress is not None:
            progress(rows.stop / n, what)
    return out


def usable_base(base: Outcome) -> Outcome:
    """``base`` when the engine evaluated it; :class:`AnalysisError` when it refused it, since
    nothing can be compared with a base that has no numbers."""
    if base.status == REFUSED:
        raise base_refused(base.error)
    return base


BASE = "model"
"""Where the error of an analysis whose base model is refused points: the model itself."""


def base_refused(error: Message) -> AnalysisError:
    """The error of an analysis whose base model the engine refused with ``error``."""
    return AnalysisError(BASE, Phrase("analysis.error.base_refused", error=error))
