"""Long work of the desktop application as pure functions (no Qt): each takes a ``progress``
callback ``progress(fraction, what)`` that may raise to cancel, and is tested without widgets.
:class:`.worker.TaskRunner` runs them off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from ..core.results import evaluate
from ..fileformat import Document

Progress = Callable[[float, str], None]


def _quiet(_fraction: float, _what: str = "") -> None:
    return None


def export_report(doc: Document, model: Any, path: str | Path, lang: str = "es",
                  file_name: str = "", progress: Progress = _quiet) -> Path:
    """Evaluate ``model`` and write its Excel report to ``path`` (atomically); the path.

    ``progress`` may raise to cancel before the workbook is written; once it is written the
    export is done (nothing asks after the write, so a cancelled export never leaves a file).
    """
    from .. import report    # openpyxl is imported only when a report is written

    progress(0.0, "evaluate")
    results = evaluate(model)
    progress(0.3, "write")
    progress(0.6, "write")
    return Path(report.export(doc, model, path, lang=lang, file_name=file_name,
                              results=results))


def sensitivity(model: Any, settings: Any, progress: Progress = _quiet) -> tuple:
    """The tornado and the spider chart of ``settings`` (one metric), one after the other;
    progress runs from 0 to 1 over both."""
    from ..analysis import sensitivity as sa

    tornado = sa.tornado(model, settings, progress=lambda f, w: progress(f / 2, w))
    spider = sa.spider(model, settings, progress=lambda f, w: progress(0.5 + f / 2, w))
    return tornado, spider


def two_way(model: Any, settings: Any, progress: Progress = _quiet) -> Any:
    from ..analysis.two_way import two_way as table

    return table(model, settings, progress=progress)


CURVE_POINTS = 41


def break_even(model: Any, question: tuple, progress: Progress = _quiet) -> tuple:
    """A goal seek (``("seek", path, metric, target, lo, hi)``) or a named question
    (``("shortcut", name)``), and the metric over the range searched (``CURVE_POINTS`` values
    in one evaluation) to draw: ``(solution, x, y)``."""
    import numpy as np

    from ..analysis import goalseek, shortcuts
    from ..analysis.cases import evaluate_cases

    scaled = lambda f, w: progress(0.9 * f, w)  # noqa: E731
    if question[0] == "shortcut":
        solution = shortcuts.shortcut(model, question[1], progress=scaled)
    else:
        _kind, path, metric, target, lo, hi = question
        solution = goalseek.goal_seek(model, path, metric, target, lo, hi, progress=scaled)
    x = np.linspace(solution.low, solution.high, CURVE_POINTS)
    cases = evaluate_cases(model, {solution.path: x}, (solution.metric,))
    progress(1.0, "curve")
    return solution, x, cases.values[solution.metric]


def montecarlo(model: Any, settings: Any, progress: Progress = _quiet) -> Any:
    from ..analysis.montecarlo import run

    return run(model, settings, progress=progress)
