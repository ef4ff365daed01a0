"""Tornado and spider: one metric as each input moves on its own, the others at base.

Conventions
-----------
- The inputs are those of the settings (:class:`~pppmodeler.analysis.settings.Sensitivity`),
  or :func:`~pppmodeler.analysis.defaults.default_inputs` when it lists none.
- Tornado: each input moves to ``low`` and ``high``: with ``range = "percent"`` the base value
  times ``1 − percent`` and ``1 + percent``, with ``range = "values"`` the values given; then
  clipped to the input's valid range and rounded for whole numbers. A bar keeps the values
  actually used, so an occupancy of 0.92 + 10 % shows 1.0.
- A bar's swing is the length of the bar drawn from the base: the largest minus the smallest
  of the metric at low, at high and at base (``|high − low|`` when the metric moves one way;
  a metric that turns, such as an IRR over the term, is not understated). A refused end adds
  nothing and keeps its reason. Bars are sorted by swing, largest first; bars with no value at
  either end come last, in the order of the inputs.
- Spider: each input moves to its base value times ``1 + step`` for every step of
  ``spider_steps`` (fractions of the base; ``0`` is the base), clipped and rounded likewise.
- Every case of a tornado or spider, the base included, is one vectorised evaluation
  (:func:`pppmodeler.analysis.base.run`); ``progress(fraction, "tornado" | "spider")``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from pppmodeler.analysis.base import (
    AnalysisError,
    Outcome,
    Progress,
    base_metric,
    base_value,
    check_metric,
    finite,
    numeric_input,
    outcome,
    run,
    tidy,
    usable_base,
)
from pppmodeler.analysis.cases import input_values
from pppmodeler.analysis.defaults import default_inputs
from pppmodeler.analysis.settings import RANGES, Sensitivity, SensitivityInput
from pppmodeler.core.inputs import Model
from pppmodeler.i18n.messages import Phrase, either

WHERE = "analyses.sensitivity"


@dataclass(frozen=True)
class Bar:
    """One input of a tornado: the input's base, low and high values as used, and the metric
    there (``base`` is the metric of the base case)."""

    path: str
    input_base: float
    input_low: float
    input_high: float
    low: Outcome
    high: Outcome
    base: float

    @property
    def swing(self) -> float:
        """Length of the bar (see the module's conventions); NaN when both ends are refused."""
        ends = [e.value for e in (self.low, self.high) if e.ok]
        if not ends:
            return math.nan
        values = ends + ([self.base] if not math.isnan(self.base) else [])
        return max(values) - min(values)


@dataclass(frozen=True)
class Tornado:
    """The bars of ``metric``, largest swing first, and the metric of the base case."""

    metric: str
    base: Outcome
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class SpiderLine:
    """One input of a spider chart: its value and the metric at each step."""

    path: str
    input_base: float
    inputs: tuple[float, ...]
    outcomes: tuple[Outcome, ...]

    @property
    def values(self) -> np.ndarray:
        """The metric at each step (NaN where it has no value)."""
        return np.array([o.value for o in self.outcomes])


@dataclass(frozen=True)
class Spider:
    """``metric`` for each input at each of ``steps`` (fractions of the base value)."""

    metric: str
    steps: tuple[float, ...]
    base: Outcome
    lines: tuple[SpiderLine, ...]


@dataclass(frozen=True)
class _Moved:
    """A sensitivity input resolved against the model: canonical path, base, low, high."""

    path: str
    base: float
    low: float
    high: float


def tornado(model: Model, settings: Sensitivity, metric: str | None = None,
            progress: Progress | None = None) -> Tornado:
    """The tornado of ``metric`` (the settings' metric when None); see the conventions."""
    metric = check_metric(settings.metric if metric is None else metric, _metric_where(metric))
    moved = resolve(model, settings)
    k = len(moved)
    # case 0 is the base; case 1 + 2j moves input j to low, case 2 + 2j to high
    overrides = {}
    for j, m in enumerate(moved):
        values = np.full(1 + 2 * k, m.base)
        values[1 + 2 * j], values[2 + 2 * j] = m.low, m.high
        overrides[m.path] = values
    if not overrides:
        return Tornado(metric, usable_base(base_metric(model, metric)), ())
    cases = run(model, overrides, (metric,), progress, "tornado")
    base = usable_base(outcome(cases, metric, 0))
    bars = [Bar(m.path, m.base, m.low, m.high, outcome(cases, metric, 1 + 2 * j),
                outcome(cases, metric, 2 + 2 * j), base.value) for j, m in enumerate(moved)]
    ranked = sorted((b for b in bars if not math.isnan(b.swing)), key=lambda b: -b.swing)
    return Tornado(metric, base, tuple(ranked + [b for b in bars if math.isnan(b.swing)]))


def spider(model: Model, settings: Sensitivity, metric: str | None = None,
           progress: Progress | None = None) -> Spider:
    """The spider chart of ``metric`` (the settings' metric when None); see the conventions."""
    metric = check_metric(settings.metric if metric is None else metric, _metric_where(metric))
    steps = tuple(finite(s, f"{WHERE}.spider_steps[{i}]", Phrase("analysis.what.step"))
                  for i, s in enumerate(settings.spider_steps))
    if not steps:
        raise AnalysisError(f"{WHERE}.spider_steps", Phrase("analysis.error.no_steps"))
    moved = resolve(model, settings)
    k, s = len(moved), len(steps)
    if not moved:
        return Spider(metric, steps, usable_base(base_metric(model, metric)), ())
    # case 0 is the base; case 1 + j·s + i moves input j by step i
    overrides, used = {}, []
    for j, m in enumerate(moved):
        values = np.full(1 + k * s, m.base)
        at = input_values(model, m.path, tidy(m.base * (1 + np.array(steps))))
        values[1 + j * s: 1 + (j + 1) * s] = at
        overrides[m.path] = values
        used.append(tuple(float(v) for v in at))
    cases = run(model, overrides, (metric,), progress, "spider")
    lines = tuple(SpiderLine(m.path, m.base, used[j],
                             tuple(outcome(cases, metric, 1 + j * s + i) for i in range(s)))
                  for j, m in enumerate(moved))
    return Spider(metric, steps, usable_base(outcome(cases, metric, 0)), lines)


def resolve(model: Model, settings: Sensitivity) -> list[_Moved]:
    """The inputs of ``settings`` (or the default ones) with their base, low and high values
    as the model takes them; :class:`AnalysisError` naming the input that cannot move."""
    items = settings.inputs or default_inputs(model)
    moved, seen = [], {}
    for j, item in enumerate(items):
        where = f"{WHERE}.inputs[{j}]"
        if not isinstance(item, SensitivityInput):
            raise AnalysisError(where, Phrase("analysis.error.not_an_input", item=repr(item)))
        path = numeric_input(model, item.path, where)
        if path in seen:
            raise AnalysisError(where, Phrase("analysis.error.input_twice", path=item.path,
                                              other=f"{WHERE}.inputs[{seen[path]}]"))
        seen[path] = j
        moved.append(_move(model, item, path, where))
    return moved


def _move(model: Model, item: SensitivityInput, path: str, where: str) -> _Moved:
    base = base_value(model, path, where)
    if item.range == "percent":
        percent = finite(item.percent, f"{where}.percent", Phrase("analysis.what.change"))
        if percent < 0:
            raise AnalysisError(f"{where}.percent", Phrase("analysis.error.negative_change",
                                                           value=repr(percent)))
        low, high = base * (1 - percent), base * (1 + percent)
    elif item.range == "values":
        low = finite(item.low, f"{where}.low", Phrase("analysis.what.low"))
        high = finite(item.high, f"{where}.high", Phrase("analysis.what.high"))
    else:
        raise AnalysisError(f"{where}.range", Phrase("analysis.error.unknown_range",
                                                     range=repr(item.range), ranges=either(RANGES)))
    low, high = (float(v) for v in input_values(model, path, tidy(np.array([low, high]))))
    return _Moved(path, base, low, high)


def _metric_where(metric: str | None) -> str:
    return f"{WHERE}.metric" if metric is None else "metric"


__all__ = ["Bar", "Spider", "SpiderLine", "Tornado", "base_metric", "default_inputs",
           "resolve", "spider", "tornado"]
