"""Hypothesis strategies for scenario files, built from the declarations like the validator.

``documents()`` gives the JSON data of valid files (keys sometimes left out, so defaults are
exercised); ``mutated(data)`` changes one place of such data at random.
"""

from __future__ import annotations

import math
from dataclasses import fields

from hypothesis import strategies as st

from pppmodeler.core import paths
from pppmodeler.core.inputs import Model, from_dict
from pppmodeler.core.specs import MAX_MAGNITUDE, Spec, is_lines, is_section, spec_of
from pppmodeler.fileformat import CURRENT_VERSION, FORMAT_NAME
from pppmodeler.fileformat.validate import normalised
from pppmodeler.fileformat.wrapper import Metadata, Scenario

LIMIT = MAX_MAGNITUDE
single_line = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")),
                      max_size=12)
multi_line = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
                     | st.sampled_from("\n\t\r"), max_size=30)


def value_of(spec: Spec) -> st.SearchStrategy:
    """Valid JSON values of one declared input."""
    lo = -LIMIT if spec.lo is None else spec.lo
    hi = LIMIT if spec.hi is None else spec.hi
    if spec.kind == "number":
        return st.floats(lo, hi, allow_nan=False) | st.integers(math.ceil(lo), math.floor(hi))
    if spec.kind == "integer":
        return st.integers(math.ceil(lo), min(math.floor(hi), 10_000))
    if spec.kind == "boolean":
        return st.booleans()
    if spec.kind == "choice":
        return st.sampled_from(spec.choices)
    if spec.kind == "date":
        return st.dates().map(lambda d: d.isoformat())
    if spec.kind == "list":
        return st.lists(value_of(spec.element), max_size=4)
    if spec.pattern:  # timestamps and hashes in the metadata
        return st.just("")
    return multi_line if spec.multiline else single_line


def object_of(cls: type) -> st.SearchStrategy:
    """Valid JSON objects of a declared class, with any of its keys left out."""
    strategies = {f.name: _field(f) for f in fields(cls) if not f.metadata.get("overrides")}
    return st.fixed_dictionaries({}, optional=strategies)


def _field(f) -> st.SearchStrategy:
    if is_section(f):
        return object_of(f.default_factory)
    if is_lines(f):
        return st.lists(object_of(f.metadata["line"]), max_size=3,
                        unique_by=lambda line: line.get("name", ""))
    return value_of(spec_of(f))


@st.composite
def overrides_of(draw, model: Model) -> dict:
    """Overrides of a few numeric inputs of ``model``, each once, by position or name."""
    choices = paths.numeric_paths(model)
    if not choices:
        return {}
    chosen = draw(st.lists(st.sampled_from(choices), max_size=4, unique=True))
    out = {}
    for path in chosen:
        if any(p.startswith(path + "[") or path.startswith(p + "[") for p in out):
            continue
        out[_by_name(model, path, draw(st.booleans()))] = draw(value_of(paths.spec_at(path)))
    return out


def _by_name(model: Model, path: str, wanted: bool) -> str:
    steps = list(paths.parse(path))
    if wanted and len(steps) > 1 and isinstance(steps[1], paths.Index):
        line = paths.get(model, paths.format_path(steps[:2]))
        named = [x for x in paths.get(model, steps[0].name) if x.name == line.name]
        if len(named) == 1 and line.name.strip():
            steps[1] = paths.Named(line.name)
    return paths.format_path(steps)


@st.composite
def documents(draw) -> dict:
    """The JSON data of a valid scenario file of the current version."""
    model_data = draw(object_of(Model))
    model = from_dict(Model, normalised(_wrap(model_data))["model"])
    scenarios = []
    for name in draw(st.lists(single_line.filter(str.strip), max_size=3, unique=True)):
        scenario = draw(object_of(Scenario))
        scenario["name"] = name
        scenario["overrides"] = draw(overrides_of(model))
        scenarios.append(scenario)
    return _wrap(model_data, draw(object_of(Metadata)), scenarios)


def _wrap(model: dict, metadata: dict | None = None, scenarios: list | None = None) -> dict:
    return {"format": FORMAT_NAME, "version": CURRENT_VERSION, "metadata": metadata or {},
            "model": model, "scenarios": scenarios or [], "analyses": {}}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=6)


def places(data, prefix=()):
    """Every (container, key) pair in nested JSON data."""
    items = data.items() if isinstance(data, dict) else enumerate(data) \
        if isinstance(data, list) else ()
    for key, value in items:
        yield data, key
        yield from places(value, prefix + (key,))


@st.composite
def mutated(draw, data: dict) -> dict:
    """``data`` with one place replaced, removed or given an extra key."""
    spots = list(places(data))
    container, key = draw(st.sampled_from(spots))
    action = draw(st.sampled_from(["replace", "remove", "add"]))
    if action == "replace":
        container[key] = draw(json_values)
    elif action == "remove":
        del container[key]
    elif isinstance(container, dict):
        container[draw(st.text(max_size=8))] = draw(json_values)
    else:
        container.insert(key, draw(json_values))
    return data
