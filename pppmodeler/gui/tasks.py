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
