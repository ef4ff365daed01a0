"""A two-way table: one metric over the values of two inputs, the others at base.

Conventions
-----------
- ``values[i, j]`` is the metric with the row input at ``row_values[i]`` and the column input
  at ``column_values[j]``.
- Inputs and values come from the settings (:class:`~pppmodeler.analysis.settings.TwoWay`); an
  empty path or list takes :func:`~pppmodeler.analysis.defaults.default_axes` and
  :func:`~pppmodeler.analysis.defaults.axis_values` (± 20 % of the base in 5 steps).
- Values are the ones the model takes: clipped to the input's valid range and rounded for
  whole numbers. Values the settings give are kept in their order and number, repeats
  included, so that the table has the rows and columns asked for.
- Every cell, and the base case, is one vectorised evaluation; a cell the engine refuses has no
  value and keeps its reason, the others keep their numbers. ``progress(fraction, "two_way")``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pppmodeler.analysis.base import (
    AnalysisError,
    Outcome,
    Progress,
    base_value,
    check_metric,
    finite,
    numeric_input,
    outcome,
    run,
    usable_base,
)
from pppmodeler.analysis.cases import input_values
from pppmodeler.analysis.defaults import axis_values, default_axes
from pppmodeler.analysis.settings import TwoWay
from pppmodeler.core.inputs import Model
from pppmodeler.i18n.messages import Phrase

WHERE = "analyses.two_way"


@dataclass(frozen=True)
class Table:
    """``metric`` at every pair of row and column values; ``outcomes[i][j]`` keeps the status
    and the engine's reason where a cell has no value."""

    metric: str
    row_path: str
    column_path: str
    row_values: tuple[float, ...]
    column_values: tuple[float, ...]
    row_base: float
    column_base: float
    base: Outcome
    outcomes: tuple[tuple[Outcome, ...], ...]

    @property
    def values(self) -> np.ndarray:
        """The metric as an array of shape (rows, columns), NaN where it has no value."""
        return np.array([[o.value for o in row] for row in self.outcomes]).reshape(
            len(self.row_values), len(self.column_values))


def two_way(model: Model, settings: TwoWay, progress: Progress | None = None) -> Table:
    """The two-way table of ``settings`` (see the conventions above)."""
    metric = check_metric(settings.metric, f"{WHERE}.metric")
    defaults = default_axes(model) if not (settings.row_path and settings.column_path) \
        else ("", "")
    row = numeric_input(model, settings.row_path or defaults[0], f"{WHERE}.row_path")
    column = numeric_input(model, settings.column_path or defaults[1], f"{WHERE}.column_path")
    if row == column:
        raise AnalysisError(f"{WHERE}.column_path", Phrase(
            "analysis.error.same_axes", path=settings.column_path or column))
    rows = _axis(model, row, settings.row_values, f"{WHERE}.row_values")
    columns = _axis(model, column, settings.column_values, f"{WHERE}.column_values")
    r, c = rows.size, columns.size
    # case 0 is the base; case 1 + i·c + j is row i, column j
    row_base = base_value(model, row, f"{WHERE}.row_path")
    column_base = base_value(model, column, f"{WHERE}.column_path")
    cases = run(model, {row: np.concatenate([[row_base], np.repeat(rows, c)]),
                        column: np.concatenate([[column_base], np.tile(columns, r)])},
                (metric,), progress, "two_way")
    outcomes = tuple(tuple(outcome(cases, metric, 1 + i * c + j) for j in range(c))
                     for i in range(r))
    return Table(metric, row, column, tuple(map(float, rows)), tuple(map(float, columns)),
                 row_base, column_base, usable_base(outcome(cases, metric, 0)), outcomes)


def _axis(model: Model, path: str, given: list, where: str) -> np.ndarray:
    if not given:
        return axis_values(model, path, where)
    values = np.array([finite(v, f"{where}[{i}]", Phrase("analysis.what.value")) for i, v in enumerate(given)])
    return input_values(model, path, values)


__all__ = ["Table", "two_way"]
