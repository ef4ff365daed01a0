"""The Excel report of a concession model (issue 3): live formulas that recalculate to the
engine's numbers, each formula cell also carrying its cached value.

- :func:`export` writes the report of a scenario file's model to an ``.xlsx`` file (what the
  command line's ``pppmodeler export`` and the desktop application call);
- :func:`report_bytes` gives the same file as bytes, from an evaluated model.

Modules: ``workbook`` orchestrates; ``expr`` writes each formula once (Excel text and numpy
value); ``book`` plans, places, evaluates and verifies the rows against the engine; one module
per sheet (``inputs_sheet``, ``timeline``, ``operations``, ``cashflow``, ``financing``,
``statements``, ``ratios``, ``solved``, ``summary``, ``cover``) and ``charts``; ``writer`` puts
planned rows into worksheets; ``cached`` injects the cached values; ``style`` reads the
template ``templates/report_style.json``; ``text`` writes user text safely.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from ..core.results import Results, evaluate
from ..fileformat import Document, content_hash
from ..fileformat.atomic import write_atomic
from .book import ReportError
from .cover import About
from .workbook import build, engine_values

SUFFIX = ".xlsx"


def report_bytes(results: Results, about: About | None = None, lang: str = "es") -> bytes:
    """The report of an evaluated model, as the bytes of an .xlsx file."""
    return build(results, about, lang)


def about_document(doc: Document, file_name: str = "", scenario: str | None = None,
                   overrides: list[str] | tuple = (),
                   today: datetime.date | None = None) -> About:
    """What the cover says about a scenario file's report."""
    return About(file_name=file_name, scenario=scenario or "", overrides=list(overrides),
                 author=doc.metadata.author, notes=doc.metadata.notes,
                 content_hash=content_hash(doc), today=today or datetime.date.today())


def export(doc: Document, model, path: str | os.PathLike, *, lang: str = "es",
           scenario: str | None = None, overrides: list[str] | tuple = (),
           file_name: str = "", results: Results | None = None) -> Path:
    """Evaluate ``model`` (the document's base case or a scenario of it, with any overrides
    already applied) and write its report to ``path`` atomically; returns the path written."""
    results = results if results is not None else evaluate(model)
    about = about_document(doc, file_name, scenario, overrides)
    return write_atomic(path, build(results, about, lang))


__all__ = ["About", "ReportError", "SUFFIX", "about_document", "engine_values", "export",
           "report_bytes"]
