"""Models that differ only in numbers, evaluated as one batch.

The engine evaluates ``n`` iterations at once when numeric inputs are arrays. Properties built
from the same template (the same lines, choices, dates and texts) differ only in numbers, so
``k`` of them are one evaluation of ``k`` iterations: :func:`groups` finds them, :func:`stack`
makes the batch, :func:`select` takes one property's results back out of it. A vehicle of 200
screened properties is then a handful of evaluations instead of 200.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np

from pppmodeler.core.batch import iterations
from pppmodeler.core.inputs import Model, Property
from pppmodeler.core.metrics import Metric
from pppmodeler.core.results import Results
from pppmodeler.core.specs import is_lines, is_section, spec_of


def structure(model: Model) -> tuple:
    """What a batch must share: the model with every numeric input blanked out (lists of
    numbers keep their length) and without the texts that only name the property."""
    return _shape(model)


# Texts that name a property but do not enter any computation.
DESCRIPTIVE = {(Property, "code"), (Property, "name"), (Property, "comuna")}


def _shape(obj: Any) -> Any:
    if is_dataclass(obj):
        return tuple((f.name, _blanked(f, getattr(obj, f.name))) for f in fields(obj)
                     if (type(obj), f.name) not in DESCRIPTIVE)
    if isinstance(obj, list):
        return tuple(_shape(item) for item in obj)
    return obj


@lru_cache(maxsize=None)
def _role(f: Any) -> str:
    """What a declared field holds: a section, lines, a number, a list of numbers, or other."""
    if is_section(f):
        return "section"
    if is_lines(f):
        return "lines"
    spec = spec_of(f)
    return "number" if spec.numeric else "list" if spec.kind == "list" else "other"


def _blanked(f: Any, value: Any) -> Any:
    role = _role(f)
    if role == "number":
        return None
    if role == "list":
        return len(value)
    return _shape(value) if role in ("section", "lines") else value


def groups(models: list[Model]) -> list[list[int]]:
    """Positions of ``models`` grouped by structure, each group in order of first position."""
    found: dict[tuple, list[int]] = {}
    for i, model in enumerate(models):
        # a model that already carries iterations (a Monte Carlo draw) is a batch of its own
        key = structure(model) if iterations(model) == 1 else ("alone", i)
        found.setdefault(key, []).append(i)
    return list(found.values())


def stack(models: list[Model]) -> Model:
    """One model whose iterations are ``models`` (which must share a structure)."""
    return models[0] if len(models) == 1 else _stacked(models)


def _stacked(objs: list) -> Any:
    first = objs[0]
    if is_dataclass(first):
        return replace(first, **{f.name: _field([getattr(o, f.name) for o in objs], f)
                                 for f in fields(first)})
    return [_stacked([o[k] for o in objs]) for k in range(len(first))]


def _field(values: list, f: Any) -> Any:
    role = _role(f)
    if role == "section":
        return _stacked(values)
    if role == "lines":
        return [_stacked([v[k] for v in values]) for k in range(len(values[0]))]
    if role == "number":
        return _numbers(values)
    if role == "list":
        return [_numbers([v[k] for v in values]) for k in range(len(values[0]))]
    return values[0]


def _numbers(values: list) -> Any:
    """One value when all are equal, else the array of them (an iterations axis)."""
    array = np.asarray(values, dtype=float)
    return values[0] if np.all(array == array[0]) else array


def select(results: Results, row: int, model: Model | None = None) -> Results:
    """Iteration ``row`` of batch results, as the results of one model. Models equal in every
    number stack into a batch of one iteration, which is then each of them."""
    row = row if results.n > 1 else 0
    keep = slice(row, row + 1)
    grid = replace(results.grid, n_con=results.grid.n_con[keep], n_op=results.grid.n_op[keep])
    return Results(
        model=model if model is not None else results.model, grid=grid,
        lines={k: v[keep] for k, v in results.lines.items()},
        ratios={k: v[keep] for k, v in results.ratios.items()},
        metrics={k: Metric(m.value[keep], None if m.status is None else m.status[keep])
                 for k, m in results.metrics.items()},
        messages=results.messages,
        deflator=results.deflator[keep] if results.deflator.shape[0] > 1 else results.deflator)
