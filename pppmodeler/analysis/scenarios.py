"""Named scenarios: the base case and sets of overrides of it, evaluated side by side.

A scenario (:class:`pppmodeler.fileformat.wrapper.Scenario`) is a name and ``{path: value}``
overrides of the base inputs, applied with :func:`pppmodeler.core.paths.apply`. Scenarios may
change anything, line names and choices included, so each is evaluated on its own (a handful of
single evaluations). Comparing changes nothing: the base model and the scenarios are left as
they are. A scenario whose overrides no longer fit the base model, or whose inputs cannot be
evaluated, is reported with its reason and the others are still compared.

The editing functions (:func:`added`, :func:`renamed`, :func:`duplicated`, :func:`removed`)
return a new list and refuse a blank name or a name another scenario has, as the file does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

import pandas as pd

from pppmodeler.core import paths, specs
from pppmodeler.core.inputs import Model
from pppmodeler.core.results import HEADLINE, ModelError, Results, evaluate
from pppmodeler.fileformat.wrapper import Scenario
from pppmodeler.i18n.messages import Phrase, in_language, phrase_of

BASE = ""
"""The name under which the base case appears among the outcomes."""


@dataclass
class Outcome:
    """One column of a comparison: the results of a case, or why it has none."""

    name: str                       # BASE for the base case
    results: Results | None
    problem: str = ""               # in English; ``messages`` carries the catalogue keys
    messages: tuple = ()

    def metric(self, name: str) -> float | None:
        return None if self.results is None else self.results.metric(name)


def scenario_model(model: Model, scenario: Scenario) -> Model:
    """The base model with the scenario's overrides applied (``PathError`` if they no longer
    fit it, e.g. a line they name was removed)."""
    return paths.apply(model, scenario.overrides)


def compare(model: Model, scenarios: list[Scenario],
            progress: Callable[[float, str], None] | None = None) -> list[Outcome]:
    """The base case, then every scenario in order, each evaluated on its own."""
    cases = [(BASE, lambda: model)] + [
        (s.name, lambda s=s: scenario_model(model, s)) for s in scenarios]
    outcomes = []
    for k, (name, build) in enumerate(cases):
        outcomes.append(_outcome(name, build))
        if progress is not None:
            progress((k + 1) / len(cases), "scenarios")
    return outcomes


def _outcome(name: str, build: Callable[[], Model]) -> Outcome:
    try:
        return Outcome(name, evaluate(build()))
    except paths.PathError as exc:
        return Outcome(name, None, str(exc))
    except ModelError as exc:
        return Outcome(name, None, str(exc), tuple(exc.messages))


def frame(outcomes: list[Outcome], metrics: tuple[str, ...] = HEADLINE,
          base_label: str = "Base") -> pd.DataFrame:
    """Metrics (rows) by case (columns), NaN where a case has no value."""
    columns = {o.name or base_label: [_number(o.metric(m)) for m in metrics] for o in outcomes}
    return pd.DataFrame(columns, index=list(metrics))


def _number(value: float | None) -> float:
    return float("nan") if value is None else value


# ---------------------------------------------------------------------------------------------
# Editing the list of scenarios


class ScenarioNameError(ValueError):
    """A scenario name that is blank or already taken; raised with a
    :class:`~pppmodeler.i18n.messages.Phrase`, said in ``lang`` by ``text(lang)``."""

    def text(self, lang: str = "es") -> str:
        return in_language(phrase_of(self), lang)


def _checked_name(name: str, scenarios: list[Scenario], allow: str | None = None) -> str:
    name = name.strip()
    if not name:
        raise ScenarioNameError(Phrase("scenario.error.blank"))
    if any(s.name == name and s.name != allow for s in scenarios):
        raise ScenarioNameError(Phrase("scenario.error.taken", name=repr(name)))
    return name


def unused_name(stem: str, scenarios: list[Scenario]) -> str:
    """``stem``, or ``stem 2``, ``stem 3``... the first that no scenario has."""
    return specs.unused_name(stem, (s.name for s in scenarios))


def added(scenarios: list[Scenario], name: str, overrides: dict | None = None,
          description: str = "") -> list[Scenario]:
    """The list with a new scenario at the end."""
    new = Scenario(name=_checked_name(name, scenarios), description=description,
                   overrides=dict(overrides or {}))
    return [*scenarios, new]


def renamed(scenarios: list[Scenario], old: str, new: str) -> list[Scenario]:
    """The list with scenario ``old`` named ``new`` (``KeyError`` if there is no ``old``)."""
    new = _checked_name(new, scenarios, allow=old)
    _index(scenarios, old)
    return [replace(s, name=new) if s.name == old else s for s in scenarios]


def duplicated(scenarios: list[Scenario], name: str, copy_name: str) -> list[Scenario]:
    """The list with a copy of scenario ``name`` right after it, named ``copy_name``."""
    i = _index(scenarios, name)
    copy = replace(scenarios[i], name=_checked_name(copy_name, scenarios),
                   overrides=dict(scenarios[i].overrides))
    return [*scenarios[:i + 1], copy, *scenarios[i + 1:]]


def removed(scenarios: list[Scenario], name: str) -> list[Scenario]:
    """The list without scenario ``name``."""
    i = _index(scenarios, name)
    return [*scenarios[:i], *scenarios[i + 1:]]


def _index(scenarios: list[Scenario], name: str) -> int:
    for i, s in enumerate(scenarios):
        if s.name == name:
            return i
    raise KeyError(f"no scenario named {name!r}")
