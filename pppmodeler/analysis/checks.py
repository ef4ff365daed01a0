"""Whether a file's analysis settings can run, without running them.

A scenario file may be valid JSON of the right shape and still hold settings an analysis
refuses (a PERT whose low is above its mode, contradictory correlations, a goal seek on an
input the model no longer has). :func:`problems` finds them all at once, so that ``validate``
and the desktop can say so when the file is opened rather than when the analysis is run.
"""

from __future__ import annotations

from collections.abc import Callable

from pppmodeler.core.inputs import Model

from . import montecarlo
from .base import BASE, AnalysisError, check_metric, numeric_input
from .settings import Analyses
from .sensitivity import resolve


def problems(model: Model, analyses: Analyses) -> list[AnalysisError]:
    """Every setting of ``analyses`` that cannot run on ``model``, each saying where. A base
    model the engine refuses is not a problem of the settings (its own errors are said where
    the model is: the desktop's results, ``validate``'s model check), so it is left out."""
    checks: list[Callable[[], object]] = [
        lambda: resolve(model, analyses.sensitivity),
        lambda: check_metric(analyses.sensitivity.metric, "analyses.sensitivity.metric"),
        lambda: check_metric(analyses.two_way.metric, "analyses.two_way.metric"),
        lambda: check_metric(analyses.goal_seek.metric, "analyses.goal_seek.metric"),
    ]
    for key in ("row_path", "column_path"):
        path = getattr(analyses.two_way, key)
        if path:
            checks.append(lambda p=path, k=key: numeric_input(model, p, f"analyses.two_way.{k}"))
    if analyses.goal_seek.path:
        checks.append(lambda: numeric_input(model, analyses.goal_seek.path,
                                            "analyses.goal_seek.path"))
    if analyses.montecarlo.distributions:
        checks.append(lambda: montecarlo.check(model, analyses.montecarlo))
    found = []
    for check in checks:
        try:
            check()
        except AnalysisError as problem:
            if problem.where != BASE:
                found.append(problem)
    return found
