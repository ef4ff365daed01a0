"""Evaluate a vehicle: resolve each holding's model, evaluate it, consolidate.

A holding's model is embedded in the vehicle or read from its ``.pppm`` file (a path relative
to the vehicle file's folder), at its named scenario. Every holding that cannot be resolved or
evaluated is reported, by name and with the reason, in one :class:`VehicleError`: a vehicle is
never consolidated from part of its properties without saying so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from pppmodeler.core import paths
from pppmodeler.core.inputs import Model
from pppmodeler.core.results import ModelError, Results, evaluate
from pppmodeler.fileformat.document import FileFormatError, load
from pppmodeler.i18n.messages import Joined, Phrase, Wording, in_language

from . import stacking
from .checks import checks, debt_above_needs, debt_cover
from .consolidation import VehicleResults, consolidate
from .terms import Holding, Vehicle


class VehicleError(ValueError):
    """Holdings whose models cannot be used; ``problems`` lists ``(holding name, reason)``,
    the reason in English as ``str`` and, when the engine refused the holding, in ``lang`` by
    :func:`~pppmodeler.i18n.messages.in_language` (see :meth:`reasons`)."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{name}: {reason}" for name, reason in problems))

    def reasons(self, lang: str = "es") -> list[tuple[str, str]]:
        """``problems`` with each reason in ``lang``."""
        return [(name, in_language(reason, lang)) for name, reason in self.problems]

    def text(self, lang: str = "es") -> str:
        return "; ".join(f"{name}: {reason}" for name, reason in self.reasons(lang))


def holding_model(holding: Holding, folder: Path | None = None) -> Model:
    """The concession model of a holding (``FileFormatError``/``OSError``/``PathError`` if a
    referenced file or scenario cannot be used)."""
    if holding.source == "embedded":
        return holding.model
    path = Path(holding.file)
    if not path.is_absolute() and folder is not None:
        path = folder / path
    doc = load(path)
    if not holding.scenario:
        return doc.model
    named = {s.name: s for s in doc.scenarios}
    if holding.scenario not in named:
        raise paths.PathError("scenario", Phrase("scenario.error.not_found",
                                                 name=repr(holding.scenario), file=str(path)))
    return paths.apply(doc.model, named[holding.scenario].overrides)


def holding_label(holding: Holding, position: int) -> str:
    return holding.name or holding.code or f"holdings[{position}]"


def included(vehicle: Vehicle) -> list[tuple[int, Holding]]:
    """The holdings that count, with their positions in the vehicle."""
    return [(i, h) for i, h in enumerate(vehicle.holdings) if h.included]


def evaluate_holdings(vehicle: Vehicle, models: list[Model] | None = None,
                      folder: Path | None = None,
                      progress: Callable[[float, str], None] | None = None) -> list[Results]:
    """The results of every included holding, in order (``models`` may give them resolved).

    Holdings whose models share a structure are evaluated as one batch (:mod:`.stacking`);
    when the engine refuses a batch, its holdings are evaluated one by one to name the ones
    that cannot be evaluated.
    """
    chosen = included(vehicle)
    problems: list[tuple[str, str]] = []
    resolved: dict[int, Model] = {}
    for k, (i, holding) in enumerate(chosen):
        try:
            resolved[k] = models[k] if models is not None else holding_model(holding, folder)
        except (FileFormatError, paths.PathError, OSError) as exc:
            problems.append((holding_label(holding, i), str(exc)))
    order = sorted(resolved)
    results: dict[int, Results] = {}
    batches = stacking.groups([resolved[k] for k in order])
    for done, batch in enumerate(batches):
        members = [order[j] for j in batch]
        try:
            together = evaluate(stacking.stack([resolved[k] for k in members]))
            for row, k in enumerate(members):
                results[k] = stacking.select(together, row, resolved[k])
        except ModelError:
            for k in members:
                try:
                    results[k] = evaluate(resolved[k])
                except ModelError as exc:
                    i, holding = chosen[k]
                    problems.append((holding_label(holding, i), Joined(
                        [Joined([m.path, Wording(m)], ": ") for m in exc.messages], "; ")))
        if progress is not None:
            progress((done + 1) / len(batches), "vehicle")
    if problems:
        raise VehicleError(problems)
    return [results[k] for k in range(len(chosen))]


def evaluate_vehicle(vehicle: Vehicle, folder: Path | None = None,
                     progress: Callable[[float, str], None] | None = None) -> VehicleResults:
    """The consolidated vehicle (``VehicleError`` naming every holding that cannot be used),
    with warnings about the assumptions its properties disagree on."""
    results = evaluate_holdings(vehicle, folder=folder, progress=progress)
    consolidated = consolidate(vehicle, results)
    consolidated.messages = checks(vehicle, [(holding_label(h, i), r.model) for (i, h), r
                                             in zip(included(vehicle), results)])
    consolidated.messages += debt_cover(consolidated) + debt_above_needs(consolidated)
    return consolidated
