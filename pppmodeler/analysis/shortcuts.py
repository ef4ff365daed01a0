"""The agency's break-even questions, each a goal seek with its input, metric and range.

Conventions
-----------
- Viability for the private partner is its target equity IRR (``valuation.target_equity_irr``,
  the partner's own hurdle, nominal): every shortcut solves ``equity_irr`` = that target. The
  equity NPV at the cost of equity would answer the same question only when the cost of equity
  equals the target IRR; the agency asks in IRR terms ("while the partner still earns its
  target equity IRR").
- ``max_canon``: the largest fixed annual canon (base-year prices, indexed as the model says),
  the revenue share as it stands; searched from 0 to the larger of 10 × the canon and the
  highest year of revenue in base-year prices (a canon above the revenue cannot be paid).
- ``max_revenue_share``: the largest share of gross revenue, the canon as it stands; 0 to 1.
- ``min_term``: the fewest operation years at which the equity IRR reaches the target (a whole
  number, see :mod:`pppmodeler.analysis.goalseek`); from 1 year to the longest operation the
  legal maximum term allows — a longer term cannot be granted, so an answer beyond it is
  reported as no solution with the IRR at the legal maximum.
- ``min_grant``: the smallest capital grant from the District; from 0 to the investment (the
  sum of the CAPEX amounts: a larger grant is refused by the model's rules). Whether it stays
  under the legal cap on public disbursements is in the solution's ``messages``.
- A "min" question whose target is already met at the low end of its range (no grant needed,
  say) is solved there, ``note`` ``"met_at_low"``. Otherwise a question without a crossing in
  its range has no solution; the goal seek's ``note`` says whether the equity IRR stays
  ``"above"`` the target (a "max" answer beyond the range) or ``"below"`` it (the partner
  falls short even on the most favourable terms searched).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from pppmodeler.analysis.base import AnalysisError, Progress, base_refused, base_value
from pppmodeler.analysis.defaults import legal_operation_years
from pppmodeler.analysis.goalseek import (
    NO_SOLUTION,
    SOLVED,
    SPAN,
    Solution,
    evaluated_at,
    goal_seek,
)
from pppmodeler.core import paths
from pppmodeler.core.inputs import Model
from pppmodeler.core.results import ModelError, Results, evaluate
from pppmodeler.i18n.messages import Phrase

TARGET = "valuation.target_equity_irr"


@dataclass(frozen=True)
class Shortcut:
    """A named question: solve ``path`` so that ``metric`` equals the input at
    ``target_path``; ``seeks`` ``"max"`` or ``"min"`` says which way the answer is read, and
    ``span(model, results)`` gives the range searched."""

    path: str
    metric: str
    target_path: str
    seeks: str
    span: Callable[[Model, Results], tuple[float, float]]
    es: str
    en: str


def _canon_span(model: Model, results: Results) -> tuple[float, float]:
    per_year = results.line("revenue", real=True) * model.timeline.periods_per_year
    high = max(SPAN * base_value(model, "district.canon", "district.canon"),
               float(np.max(per_year)))
    if high <= 0:
        raise AnalysisError("max_canon", Phrase("analysis.error.no_canon_source"))
    return 0.0, high


def _term_span(model: Model, results: Results) -> tuple[float, float]:
    return 1.0, float(legal_operation_years(model))


def _grant_span(model: Model, results: Results) -> tuple[float, float]:
    investment = sum(base_value(model, f"capex[{i}].amount", f"capex[{i}].amount")
                     for i in range(len(model.capex)))
    if investment <= 0:
        raise AnalysisError("min_grant", Phrase("analysis.error.no_investment"))
    return 0.0, investment


SHORTCUTS: dict[str, Shortcut] = {
    "max_canon": Shortcut(
        "district.canon", "equity_irr", TARGET, "max", _canon_span,
        "Canon máximo con el que el inversionista alcanza su TIR objetivo",
        "Largest canon at which the partner still earns its target equity IRR"),
    "max_revenue_share": Shortcut(
        "district.revenue_share", "equity_irr", TARGET, "max", lambda m, r: (0.0, 1.0),
        "Participación en ingresos máxima con la que el inversionista alcanza su TIR objetivo",
        "Largest revenue share at which the partner still earns its target equity IRR"),
    "min_term": Shortcut(
        "timeline.operation_years", "equity_irr", TARGET, "min", _term_span,
        "Plazo de operación mínimo con el que el inversionista alcanza su TIR objetivo",
        "Shortest operation term at which the partner earns its target equity IRR"),
    "min_grant": Shortcut(
        "district.capital_grant", "equity_irr", TARGET, "min", _grant_span,
        "Aporte de capital mínimo del Distrito para que el inversionista alcance su TIR "
        "objetivo",
        "Smallest District capital grant at which the partner earns its target equity IRR"),
}


def shortcut(model: Model, name: str, progress: Progress | None = None) -> Solution:
    """The answer to the question ``name`` of :data:`SHORTCUTS` for ``model``."""
    if name not in SHORTCUTS:
        raise AnalysisError("shortcut", Phrase("analysis.error.unknown_question",
                                                name=repr(name), questions=", ".join(SHORTCUTS)))
    question = SHORTCUTS[name]
    try:
        results = evaluate(model)
    except ModelError as refused:
        raise base_refused(refused.messages[0]) from None
    low, high = question.span(model, results)
    target = base_value(model, question.target_path, question.target_path)
    solution = goal_seek(model, question.path, question.metric, target, low, high, progress,
                         where=name)
    return _read(model, question, solution)


def _read(model: Model, question: Shortcut, solution: Solution) -> Solution:
    """The goal seek's answer read as the question asks: a "min" question already answered at
    the low end of its range is solved there (see the conventions)."""
    at_low = solution.at_low
    if (solution.status == NO_SOLUTION and question.seeks == "min" and at_low.ok
            and at_low.value >= solution.target):
        value = int(solution.low) if paths.spec_at(solution.path).kind == "integer" \
            else solution.low
        achieved, warnings = evaluated_at(model, solution.path, solution.metric, value)
        return replace(solution, status=SOLVED, value=value, achieved=achieved.value,
                       note="met_at_low", messages=warnings)
    return solution


__all__ = ["SHORTCUTS", "Shortcut", "shortcut"]
