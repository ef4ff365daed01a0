"""The Excel report of a concession model (issue 3): live formulas that recalculate to the
engine's numbers, each formula cell also carrying its cached value.

- :func:`export` writes the report of a scenario file's model to an ``.xlsx`` file (what the
  command line's ``pppmodeler export`` and the desktop application call);
- :func:`report_bytes` gives the same file as bytes, from an evaluated model.

The report's analysis sheets (scenario comparison, sensitivity, Monte Carlo) hold values, not
formulas; ``analyses.py`` says which a report has by default and gets their results from
:mod:`pppmodeler.analysis` (or keeps those the caller already has).

Modules: ``workbook`` orchestrates; ``expr`` writes each formula once (Excel text and numpy
value); ``book`` plans, places, evaluates and verifies the rows against the engine; one module
per sheet (``inputs_sheet``, ``timeline``, ``operations``, ``cashflow``, ``financing``,
``statements``, ``ratios``, ``solved``, ``summary``, ``cover``, and the analyses'
``scenario_sheet``, ``sensitivity_sheet``, ``montecarlo_sheet``) and ``charts``; ``writer`` puts
planned rows into worksheets, ``values`` writes the analysis sheets' tables; ``cached`` injects the cached values; ``style`` reads the
template ``templates/report_style.json``; ``text`` writes user text safely.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Iterable

from ..core.results import Results, evaluate
from ..fileformat import Document, content_hash
from ..fileformat.atomic import write_atomic
from .analyses import (REPORT_MAX_ITERATIONS, SHEETS, AnalysisResults, Progress, compute,
                       default_sheets)
from .book import ReportError
from .cover import About
from .workbook import build, engine_values

SUFFIX = ".xlsx"


def report_bytes(results: Results, about: About | None = None, lang: str = "es",
                 analyses: AnalysisResults | None = None) -> bytes:
    """The report of an evaluated model, as the bytes of an .xlsx file; with ``analyses``
    (from :func:`compute`), their sheets too."""
    return build(results, about, lang, analyses)


def about_document(doc: Document, file_name: str = "", scenario: str | None = None,
                   overrides: list[str] | tuple = (),
                   today: datetime.date | None = None) -> About:
    """What the cover says about a scenario file's report."""
    return About(file_name=file_name, scenario=scenario or "", overrides=list(overrides),
                 author=doc.metadata.author, notes=doc.metadata.notes,
                 content_hash=content_hash(doc), today=today or datetime.date.today())


def export(doc: Document, model, path: str | os.PathLike, *, lang: str = "es",
           scenario: str | None = None, overrides: list[str] | tuple = (),
           file_name: str = "", results: Results | None = None,
           sheets: Iterable[str] | None = None, analyses: AnalysisResults | None = None,
           iterations: int | None = None, progress: Progress | None = None) -> Path:
    """Evaluate ``model`` (the document's base case or a scenario of it, with any overrides
    already applied) and write its report to ``path`` atomically; returns the path written.

    ``sheets``: the analysis sheets to add, among :data:`SHEETS` (``scenarios``,
    ``sensitivity``, ``montecarlo``); None for the document's defaults
    (:func:`default_sheets`), ``()`` for none. ``analyses``: results the caller already has
    (kept; the others are computed). ``iterations``: Monte Carlo iterations (default: the
    settings', at most :data:`REPORT_MAX_ITERATIONS`). ``progress(fraction, what)`` follows the
    analyses and may raise to cancel; nothing is written then.
    """
    results = results if results is not None else evaluate(model)
    found = compute(doc, model, sheets, given=analyses, iterations=iterations,
                    progress=progress)
    about = about_document(doc, file_name, scenario, overrides)
    return write_atomic(path, build(results, about, lang, found))


__all__ = ["About", "AnalysisResults", "REPORT_MAX_ITERATIONS", "ReportError", "SHEETS",
           "SUFFIX", "about_document", "compute", "default_sheets", "engine_values", "export",
           "report_bytes"]
