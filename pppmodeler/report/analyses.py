"""The analyses a report shows, and how the report gets them.

The report never computes an analysis itself: :func:`compute` calls
:func:`pppmodeler.analysis.scenarios.compare`, :func:`~pppmodeler.analysis.sensitivity.tornado`,
:func:`~pppmodeler.analysis.two_way.two_way` and :func:`pppmodeler.analysis.montecarlo.run`
with the settings stored in the scenario file (``doc.analyses``), or keeps results the caller
already has (the desktop passes the ones it shows), and hands them to the sheet writers as an
:class:`AnalysisResults`.

Conventions
-----------
- Which sheets (:data:`SHEETS`): by default (:func:`default_sheets`) the scenario comparison
  when the file has scenarios, the sensitivity always, and Monte Carlo when its settings give
  at least one distribution.
- The scenario comparison is of the file: its base case and its scenarios, whatever scenario or
  overrides the rest of the report shows. Sensitivity and Monte Carlo are of the model the
  report shows (the scenario with its overrides, when one is chosen).
- Monte Carlo runs the settings' iterations and seed, at most :data:`REPORT_MAX_ITERATIONS`
  unless ``iterations`` says otherwise; the sheet states the iterations run and the seed, so
  the run can be reproduced (``pppmodeler.analysis.montecarlo.run`` with them).
- Settings that cannot be run (an input path that no longer exists, a bad distribution) do not
  stop the export: the sheet says why in place of the results. Any other exception (a cancel
  raised by ``progress``) propagates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable

from ..analysis import scenarios as scenario_analysis
from ..core.inputs import Model
from ..i18n.messages import in_language

if TYPE_CHECKING:           # the analysis modules are imported when a sheet needs them
    from ..analysis.mcresult import MonteCarloResult
    from ..analysis.sensitivity import Tornado
    from ..analysis.two_way import Table
    from ..fileformat import Document

Progress = Callable[[float, str], None]

SHEETS = ("scenarios", "sensitivity", "montecarlo")
REPORT_MAX_ITERATIONS = 100_000
"""Monte Carlo iterations a report runs at most unless asked for more (about 7 s on the
samples); the settings allow up to a million, a run for the desktop rather than an export."""
KEY_METRIC = "equity_irr"
"""The metric of the Monte Carlo histogram and drivers (the settings name none)."""


@dataclass
class ScenarioComparison:
    """The file's base case and scenarios, and their outcomes (base first, as ``compare``)."""

    base: Model
    scenarios: list
    outcomes: list


@dataclass
class AnalysisResults:
    """What the analysis sheets show; a sheet is written for each part that is set. A part that
    could not be computed is None with its reason in ``problems`` (sheet -> text)."""

    scenarios: ScenarioComparison | None = None
    tornado: Tornado | None = None
    two_way: Table | None = None
    montecarlo: MonteCarloResult | None = None
    key_metric: str = KEY_METRIC
    problems: dict = field(default_factory=dict)   # "tornado", "two_way", "montecarlo"
    iterations_asked: int | None = None   # the settings' iterations when the report ran fewer

    def problem(self, part: str, lang: str = "en") -> str:
        """Why ``part`` could not be computed, in ``lang`` ("" when it was)."""
        return in_language(self.problems.get(part, ""), lang)

    @property
    def sheets(self) -> tuple[str, ...]:
        """The analysis sheets to write, in the report's order."""
        present = {"scenarios": self.scenarios is not None,
                   "sensitivity": self.tornado is not None or self.two_way is not None
                   or "tornado" in self.problems or "two_way" in self.problems,
                   "montecarlo": self.montecarlo is not None or "montecarlo" in self.problems}
        return tuple(s for s in SHEETS if present[s])


def default_sheets(doc: Document) -> tuple[str, ...]:
    """The analysis sheets a report of ``doc`` has unless told otherwise."""
    out = ["scenarios"] if doc.scenarios else []
    out.append("sensitivity")
    if doc.analyses.montecarlo.distributions:
        out.append("montecarlo")
    return tuple(out)


def checked_sheets(sheets: Iterable[str]) -> tuple[str, ...]:
    """``sheets`` in the report's order; ValueError naming an unknown one."""
    chosen = set(sheets)
    unknown = chosen - set(SHEETS)
    if unknown:
        raise ValueError(f"unknown analysis sheet {sorted(unknown)[0]!r}; use "
                         f"{', '.join(SHEETS)}")
    return tuple(s for s in SHEETS if s in chosen)


def report_iterations(settings_iterations: int, iterations: int | None) -> int:
    """The Monte Carlo iterations a report runs (see the module's conventions)."""
    if iterations is not None:
        return iterations
    return min(settings_iterations, REPORT_MAX_ITERATIONS)


def compute(doc: Document, model: Model, sheets: Iterable[str] | None = None, *,
            given: AnalysisResults | None = None, iterations: int | None = None,
            progress: Progress | None = None) -> AnalysisResults:
    """The results of the analysis ``sheets`` (the defaults when None) for the report of
    ``model`` (a model of ``doc``): the parts ``given`` already holds are kept, the others
    computed by the analysis functions."""
    chosen = checked_sheets(default_sheets(doc) if sheets is None else sheets)
    given = given or AnalysisResults()
    out = AnalysisResults(key_metric=given.key_metric, iterations_asked=given.iterations_asked)
    steps = _Steps(progress, len(chosen))
    if "scenarios" in chosen:
        out.scenarios = given.scenarios or ScenarioComparison(
            doc.model, list(doc.scenarios),
            scenario_analysis.compare(doc.model, doc.scenarios, steps.part()))
    if "sensitivity" in chosen:
        out.tornado, out.two_way = given.tornado, given.two_way
        _sensitivity(doc, model, out, steps.part())
    if "montecarlo" in chosen:
        out.montecarlo = given.montecarlo
        if out.montecarlo is None:
            _montecarlo(doc, model, out, iterations, steps.part())
    return out


def _sensitivity(doc: Document, model: Model, out: AnalysisResults,
                 part: Progress | None) -> None:
    from ..analysis.base import AnalysisError
    from ..analysis.sensitivity import tornado
    from ..analysis.two_way import two_way

    settings = doc.analyses
    if out.tornado is None:
        try:
            out.tornado = tornado(model, settings.sensitivity,
                                  progress=_within(part, 0.0, 0.5))
        except AnalysisError as problem:
            out.problems["tornado"] = problem.words
    if out.two_way is None:
        try:
            out.two_way = two_way(model, settings.two_way, progress=_within(part, 0.5, 1.0))
        except AnalysisError as problem:
            out.problems["two_way"] = problem.words


def _montecarlo(doc: Document, model: Model, out: AnalysisResults, iterations: int | None,
                progress: Progress | None) -> None:
    from ..analysis import montecarlo

    settings = doc.analyses.montecarlo
    ran = report_iterations(settings.iterations, iterations)
    try:
        out.montecarlo = montecarlo.run(model, settings, iterations=ran, progress=progress)
    except montecarlo.SettingsError as problem:
        out.problems["montecarlo"] = problem.words
    if iterations is None and ran < settings.iterations:
        out.iterations_asked = settings.iterations


class _Steps:
    """Progress of ``count`` analyses, each an equal share of ``progress`` in turn."""

    def __init__(self, progress: Progress | None, count: int):
        self.progress, self.count, self.done = progress, max(count, 1), 0

    def part(self) -> Progress | None:
        if self.progress is None:
            return None
        start, end = self.done / self.count, (self.done + 1) / self.count
        self.done += 1
        return _within(self.progress, start, end)


def _within(progress: Progress | None, start: float, end: float) -> Progress | None:
    """``progress`` of a step that takes the share ``start``-``end`` of the whole."""
    if progress is None:
        return None
    return lambda fraction, what="": progress(start + (end - start) * fraction, what)
