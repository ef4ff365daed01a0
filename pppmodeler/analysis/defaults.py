"""The analyst's starting choices when the settings name none: which inputs a tornado moves
and how far, and which two inputs a two-way table crosses.

Conventions
-----------
- The main lines: revenue lines ranked by their revenue over the term in the base case, cost
  lines by their cost over the term, CAPEX items by amount × (1 + contingency); the largest
  are taken until they make :data:`MAIN_SHARE` of their total, at most :data:`MAIN_LINES`
  of each. A tornado of every small line would bury the inputs that matter.
- Tornado inputs, each only when it exists and is non-zero in the model (a percentage move of
  zero moves nothing):
  base value and stabilised occupancy of the main revenue lines, value of the main cost lines
  and amount of the main CAPEX items, the canon, the revenue share, the capital grant and the
  availability payment: ± :data:`PERCENT` of the base value;
  the interest rate (when the model has debt) and the long-run CPI (the last element of
  ``macro.cpi``, which holds for every later year): ± :data:`RATE_POINTS` (one percentage
  point: the width of Banco de la República's tolerance band around its 3 % target);
  the operation years: ± 10 % rounded, at least one year, and never longer than the legal
  maximum term allows (:func:`legal_operation_years`: a longer concession cannot be granted);
  the construction months: ± one period, only when every CAPEX item is disbursed evenly (an
  explicit schedule must have one share per construction period, so any other length would
  only give refused cases).
- Two-way axes: rows the canon (the revenue share if the canon is zero, the main revenue line's
  base value if both are), columns the main revenue line's stabilised occupancy; values
  ± :data:`AXIS_SPAN` of the base in :data:`AXIS_STEPS` steps, clipped to the input's valid
  range and rounded for whole numbers, a value that clipping repeats taken once.
"""

from __future__ import annotations

import math

import numpy as np

from pppmodeler.analysis.base import AnalysisError, base_refused, base_value, tidy
from pppmodeler.analysis.cases import input_values
from pppmodeler.analysis.settings import SensitivityInput
from pppmodeler.core.inputs import Model
from pppmodeler.core.results import ModelError, Results, evaluate
from pppmodeler.i18n.messages import Phrase

PERCENT = 0.10
RATE_POINTS = 0.01
MAIN_SHARE = 0.80
MAIN_LINES = 3
AXIS_SPAN = 0.20
AXIS_STEPS = 5


def default_inputs(model: Model) -> list[SensitivityInput]:
    """The tornado inputs an analyst starts with (see the conventions above)."""
    results = _base_results(model)
    chosen: list[SensitivityInput] = []

    def percent(path: str) -> None:
        if base_value(model, path, path) != 0:
            chosen.append(SensitivityInput(path=path, range="percent", percent=PERCENT))

    def points(path: str, move: float, most: float = math.inf) -> None:
        base = base_value(model, path, path)
        low, high = tidy(np.array([base - move, min(base + move, max(most, base))]))
        chosen.append(SensitivityInput(path=path, range="values", low=float(low),
                                       high=float(high)))

    for i in main_revenue_lines(model, results):
        percent(f"revenues[{i}].base_value")
        percent(f"revenues[{i}].stabilised_occupancy")
    for i in _main(_line_totals(results, "cost", model.costs)):
        percent(f"costs[{i}].value")
    for i in _main([float(c.amount) * (1 + float(c.contingency)) for c in model.capex]):
        percent(f"capex[{i}].amount")
    for name in ("canon", "revenue_share", "capital_grant", "availability_payment"):
        percent(f"district.{name}")
    if float(np.max(results.lines["debt_balance"])) > 0:
        points("financing.rate", RATE_POINTS)
    if model.macro.cpi:
        points(f"macro.cpi[{len(model.macro.cpi) - 1}]", RATE_POINTS)
    years = base_value(model, "timeline.operation_years", "timeline.operation_years")
    points("timeline.operation_years", max(1.0, round(PERCENT * years)),
           legal_operation_years(model))
    months = base_value(model, "timeline.construction_months", "timeline.construction_months")
    if months > 0 and not any(c.schedule for c in model.capex):
        points("timeline.construction_months", 12 / model.timeline.periods_per_year)
    return chosen


def legal_operation_years(model: Model) -> int:
    """The longest operation the legal maximum term allows: the term (construction,
    operation and possible extensions) may not exceed ``timeline.legal_max_years``."""
    tl = model.timeline
    years = float(tl.legal_max_years) - float(tl.construction_months) / 12 \
        - float(tl.extension_years)
    return max(1, math.floor(years + 1e-9))


def default_axes(model: Model) -> tuple[str, str]:
    """The row and column inputs of a two-way table when the settings name none."""
    main = main_revenue_lines(model, _base_results(model))
    revenue = f"revenues[{main[0]}]" if main else None
    for row in ("district.canon", "district.revenue_share"):
        if base_value(model, row, row) != 0:
            break
    else:
        if revenue is None:
            raise AnalysisError("analyses.two_way.row_path",
                                Phrase("analysis.error.no_row_input"))
        row = f"{revenue}.base_value"
    if revenue is None:
        raise AnalysisError("analyses.two_way.column_path",
                            Phrase("analysis.error.no_column_input"))
    return row, f"{revenue}.stabilised_occupancy"


def axis_values(model: Model, path: str, where: str) -> np.ndarray:
    """± :data:`AXIS_SPAN` of the base value of ``path`` in :data:`AXIS_STEPS` steps, as the
    input takes them (clipped, whole numbers rounded), each value once."""
    base = base_value(model, path, where)
    if base == 0:
        raise AnalysisError(where, Phrase("analysis.error.zero_base", path=path))
    steps = base * (1 + np.linspace(-AXIS_SPAN, AXIS_SPAN, AXIS_STEPS))
    taken = input_values(model, path, tidy(steps))
    return taken[np.sort(np.unique(taken, return_index=True)[1])]


def main_revenue_lines(model: Model, results: Results) -> list[int]:
    """Positions of the main revenue lines, largest first (see the conventions above)."""
    return _main(_line_totals(results, "revenue", model.revenues))


def _base_results(model: Model) -> Results:
    try:
        return evaluate(model)
    except ModelError as refused:
        raise base_refused(refused.messages[0]) from None


def _line_totals(results: Results, kind: str, lines: list) -> list[float]:
    """Each line's total over the term; lines sharing a name share their line's total."""
    names = [line.name for line in lines]
    return [float(np.sum(results.line(f"{kind}:{name}"))) / names.count(name)
            for name in names]


def _main(weights: list[float]) -> list[int]:
    """Positions of the largest ``weights`` that make :data:`MAIN_SHARE` of their total (at
    most :data:`MAIN_LINES`), largest first; none when they are all zero."""
    total = sum(w for w in weights if w > 0)
    chosen: list[int] = []
    covered = 0.0
    for i in sorted(range(len(weights)), key=lambda k: -weights[k]):
        if weights[i] <= 0 or covered >= MAIN_SHARE * total or len(chosen) == MAIN_LINES:
            break
        chosen.append(i)
        covered += weights[i]
    return chosen
