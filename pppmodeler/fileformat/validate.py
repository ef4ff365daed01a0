"""Strict validation of the data of a scenario file, driven by the declarations.

The rules come from the same declarations as the JSON Schema (``core/inputs.py`` for the model,
``wrapper.py`` for the rest), read through :class:`~pppmodeler.core.specs.Spec`; no schema
library is needed. Validation reports every problem it finds (up to :data:`MAX_ERRORS`), each
as ``<where>: <what>``, where ``<where>`` is the JSON path of the bad value (a
:class:`~pppmodeler.i18n.messages.Phrase`: English as ``str``, ``text("es")`` in Spanish)::

    model.revenues[2].ramp_up[1]: 1.4 is above the maximum 1 (fraction)
    model.financing.rate: expected a number, got "diez"
    scenarios[0].overrides["financing.rte"]: unknown field "rte" in financing; ...

What a valid file holds
-----------------------
- All six top-level keys: ``format`` (``"pppmodeler-scenario"``), ``version`` (the current
  format version), ``metadata``, ``model``, ``scenarios`` and ``analyses``; nothing else.
- Inside ``metadata``, the model, its sections and lines: only declared keys; a missing key takes
  its declared default. Each value has the declared type (a boolean is not a number, a number
  is not a boolean), lies in the declared range, is one of the declared choices, and is whole
  where declared so (``12`` or ``12.0``). Numbers are finite and at most 1e15 in size.
- Text holds no control characters (line breaks are allowed only in notes and descriptions).
- The lines of ``revenues``, ``costs`` and ``capex`` have different names within each list
  (paths address lines by name); scenarios have different, non-blank names.
- Every override path names one input of the base model and its value is valid for it; no two
  overrides of a scenario name the same input; applied, they leave line names distinct.
- ``analyses`` holds the settings of the analyses (:mod:`pppmodeler.analysis.settings`); every
  path in them that is set names a numeric input of the base model (format version 1 had
  ``{}`` there).

Whether the model can be evaluated (a percentage line naming a line that exists, a term within
the legal limit...) is the engine's and the rules' business, not the file's.
"""

from __future__ import annotations

import difflib
from dataclasses import MISSING, fields
from typing import Any, Iterable

from pppmodeler.core import paths
from pppmodeler.core.inputs import Model, default_of, from_dict
from pppmodeler.core.paths import PathError
from pppmodeler.core.specs import InvalidValue, is_lines, is_section, show, spec_of
from pppmodeler.i18n.messages import Phrase

from pppmodeler.analysis.settings import Analyses

from . import migrations
from .wrapper import FORMAT_NAME, TOP_LEVEL_KEYS, Metadata, Scenario

MAX_ERRORS = 50
"""At most this many problems are reported; validation stops there."""


class ValidationError(ValueError):
    """Data that is not a valid scenario file; ``messages`` lists every problem found."""

    def __init__(self, messages: Iterable[str]):
        self.messages = tuple(messages)
        super().__init__("\n".join(self.messages))


class _Full(Exception):
    """Raised when the report holds :data:`MAX_ERRORS` problems."""


class _Report:
    def __init__(self, limit: int):
        self.messages: list[str] = []
        self.limit = limit

    def add(self, where: str, reason: str) -> None:
        self.messages.append(Phrase("file.problem", where=where, problem=reason) if where
                             else reason)
        if len(self.messages) >= self.limit:
            raise _Full

    def stopped(self) -> None:
        self.messages.append(Phrase("file.stopped", limit=self.limit))


def problems(data: Any, limit: int = MAX_ERRORS) -> list[str]:
    """Every problem of ``data`` as a scenario file of the current version (empty = valid)."""
    return _run(data, limit)[1]


def normalised(data: Any, limit: int = MAX_ERRORS) -> dict:
    """``data`` completed with defaults, numbers in their declared types (float or int), keys
    in declaration order; :class:`ValidationError` if it is not valid."""
    result, messages = _run(data, limit)
    if messages:
        raise ValidationError(messages)
    return result


def missing_inputs(data: Any, cls: type = Model, where: str = "model") -> list[str]:
    """The declared inputs a (valid) model's data leaves out, which loading fills with their
    defaults. pppmodeler always writes every input, so in a file of the current version a
    missing input means the file was edited by hand or by another tool: say so."""
    if not isinstance(data, dict):
        return []
    out = []
    for f in fields(cls):
        at = f"{where}.{f.name}"
        if f.name not in data:
            out.append(at)
        elif is_section(f):
            out += missing_inputs(data[f.name], f.default_factory, at)
        elif is_lines(f) and isinstance(data[f.name], list):
            for i, item in enumerate(data[f.name]):
                out += missing_inputs(item, f.metadata["line"], f"{at}[{i}]")
    return out


def normalised_parts(parts: dict[str, tuple[type, Any]], limit: int = MAX_ERRORS) -> dict:
    """Each part ``{where: (declared class, data)}`` of another file (a vehicle) validated
    and normalised like the parts of a scenario file; :class:`ValidationError` lists every
    problem."""
    report = _Report(limit)
    out = {}
    try:
        for where, (cls, value) in parts.items():
            out[where] = _object(cls, value, where, report)
    except _Full:
        report.stopped()
    if report.messages:
        raise ValidationError(report.messages)
    return out


def _run(data: Any, limit: int) -> tuple[dict, list[str]]:
    report = _Report(limit)
    try:
        result = _document(data, report)
    except _Full:
        report.stopped()
        result = {}
    return result, report.messages


def _document(data: Any, report: _Report) -> dict:
    if not isinstance(data, dict):
        report.add("", Phrase("file.error.not_object", value=show(data)))
        return {}
    _unknown_keys(data, TOP_LEVEL_KEYS, Phrase("file.where.top"), report)
    for key in TOP_LEVEL_KEYS:
        if key not in data:
            report.add(key, Phrase("file.error.missing_key", keys=", ".join(TOP_LEVEL_KEYS)))
    _expect(data.get("format", FORMAT_NAME), FORMAT_NAME, "format", report)
    _expect(data.get("version", migrations.CURRENT_VERSION), migrations.CURRENT_VERSION,
            "version", report)
    before = len(report.messages)
    model = _object(Model, data.get("model", {}), "model", report)
    valid = "model" in data and len(report.messages) == before
    base = from_dict(Model, model) if valid else None
    return {"format": FORMAT_NAME, "version": migrations.CURRENT_VERSION,
            "metadata": _object(Metadata, data.get("metadata", {}), "metadata", report),
            "model": model,
            "scenarios": _scenarios(data.get("scenarios", []), base, report),
            "analyses": _analyses(data.get("analyses", {}), base, report)}


def _expect(value: Any, wanted: Any, where: str, report: _Report) -> None:
    if type(value) is not type(wanted) or value != wanted:
        report.add(where, Phrase("file.error.expected", wanted=show(wanted), value=show(value)))


def _unknown_keys(value: dict, names: Iterable[str], where: str, report: _Report) -> None:
    names = list(names)
    for key in value:
        if key not in names:
            guess = difflib.get_close_matches(str(key), names, n=1)
            hint = Phrase("path.hint.did_you_mean", name=show(guess[0])) if guess else ""
            report.add(where, Phrase("file.error.unknown_key", name=show(key),
                                     names=", ".join(names), hint=hint))


def _object(cls: type, value: Any, where: str, report: _Report) -> dict:
    if not isinstance(value, dict):
        report.add(where, Phrase("file.error.not_an_object", value=show(value)))
        return defaults(cls)
    _unknown_keys(value, (f.name for f in fields(cls)), where, report)
    out = {}
    for f in fields(cls):
        at = f"{where}.{f.name}"
        if f.name in value:
            out[f.name] = _field(f, value[f.name], at, report)
        elif f.metadata.get("required"):
            report.add(at, Phrase("file.error.missing"))
            out[f.name] = None
        else:
            out[f.name] = default_value(f)
    return out


def defaults(cls: type) -> dict:
    """The normalised data of a declared class with every field at its default."""
    return {f.name: default_value(f) for f in fields(cls)}


def default_value(f: Any) -> Any:
    """The normalised default of a declared field (None for a required field)."""
    if f.default is MISSING and f.default_factory is MISSING:
        return None
    if is_section(f):
        return defaults(f.default_factory)
    if is_lines(f) or f.metadata.get("overrides"):
        return f.default_factory()
    return spec_of(f).check(default_of(f))


def _field(f: Any, value: Any, where: str, report: _Report) -> Any:
    if is_section(f):
        return _object(f.default_factory, value, where, report)
    if is_lines(f):
        return _lines(f, value, where, report)
    if f.metadata.get("overrides"):
        return _overrides_shape(value, where, report)
    normal, found = spec_of(f).examine(value)
    for problem in found:
        report.add(where + problem.where, problem.reason)
    return normal


def _lines(f: Any, value: Any, where: str, report: _Report) -> list:
    if not isinstance(value, list):
        report.add(where, Phrase("file.error.not_lines", value=show(value)))
        return []
    lines = [_object(f.metadata["line"], v, f"{where}[{i}]", report)
             for i, v in enumerate(value)]
    for i, first, name in repeated_names(lines):
        report.add(f"{where}[{i}].name", Phrase("file.error.line_name_taken", name=show(name),
                                                other=f"{where}[{first}]"))
    return lines


def repeated_names(items: list) -> list[tuple[int, int, str]]:
    """``(i, first, name)`` for every item whose ``name`` an earlier item ``first`` has."""
    seen: dict[str, int] = {}
    found = []
    for i, item in enumerate(items):
        name = item.get("name") if isinstance(item, dict) else getattr(item, "name", None)
        if not isinstance(name, str):
            continue
        if name in seen:
            found.append((i, seen[name], name))
        else:
            seen[name] = i
    return found


# ---------------------------------------------------------------------------------------------
# Scenarios and analyses


def _scenarios(value: Any, base: Model | None, report: _Report) -> list:
    if not isinstance(value, list):
        report.add("scenarios", Phrase("file.error.not_scenarios", value=show(value)))
        return []
    out = []
    for i, item in enumerate(value):
        where = f"scenarios[{i}]"
        scenario = _object(Scenario, item, where, report)
        scenario["overrides"] = _overrides(base, scenario["overrides"], where, report)
        out.append(scenario)
    for i, first, name in repeated_names(out):
        report.add(f"scenarios[{i}].name", Phrase("file.error.scenario_name_taken",
                                                  name=show(name), other=f"scenarios[{first}]"))
    return out


def _overrides_shape(value: Any, where: str, report: _Report) -> dict:
    if not isinstance(value, dict):
        report.add(where, Phrase("file.error.not_overrides", value=show(value)))
        return {}
    return value


def _overrides(base: Model | None, overrides: dict, where: str, report: _Report) -> dict:
    """The checked values of a scenario's overrides (reported against ``where``)."""
    before = len(report.messages)
    out = {}
    for path, value in overrides.items():
        try:
            out[path] = _override(base, path, value)
        except PathError as problem:
            _report_override(problem, path, where, report)
    if base is None or len(report.messages) > before:
        return out
    for problem in paths.overlaps(base, out):
        _report_override(problem, problem.path, where, report)
    if len(report.messages) == before:
        try:
            _check_applied(paths.apply(base, out, check=False), where, report)
        except PathError as problem:
            _report_override(problem, problem.path, where, report)
    return out


def _override(base: Model | None, path: Any, value: Any) -> Any:
    if not isinstance(path, str):
        raise PathError(show(path), Phrase("file.error.override_not_text"))
    if base is not None:
        return paths.check_value(base, path, value)
    spec = paths.spec_at(path)  # the base model is invalid: check what can be checked
    try:
        return spec.check(value)
    except InvalidValue as problem:
        raise PathError(path + problem.where, problem.reason) from None


def _report_override(problem: PathError, path: str, where: str, report: _Report) -> None:
    suffix = problem.path[len(path):] if problem.path.startswith(path) else ""
    report.add(f"{where}.overrides[{show(path, 200)}]{suffix}", problem.reason)


def _check_applied(model: Model, where: str, report: _Report) -> None:
    for name in ("revenues", "costs", "capex"):
        for i, first, line_name in repeated_names(getattr(model, name)):
            report.add(f"{where}.overrides", Phrase(
                "file.error.overrides_repeat_name", line=f"model.{name}[{i}]",
                name=show(line_name), other=f"model.{name}[{first}]"))


def _analyses(value: Any, base: Model | None, report: _Report) -> dict:
    analyses = _object(Analyses, value, "analyses", report)
    if base is not None:
        _input_paths(Analyses, analyses, "analyses", base, report)
    return analyses


def _input_paths(cls: type, data: dict, where: str, base: Model, report: _Report) -> None:
    """Report every set path of declared analysis settings that is not a numeric input."""
    for f in fields(cls):
        value, at = data.get(f.name), f"{where}.{f.name}"
        if is_section(f) and isinstance(value, dict):
            _input_paths(f.default_factory, value, at, base, report)
        elif is_lines(f) and isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    _input_paths(f.metadata["line"], item, f"{at}[{i}]", base, report)
        elif f.metadata.get("input_path") and isinstance(value, str) and value:
            try:
                if not paths.spec_at(value).numeric or not _is_number(paths.get(base, value)):
                    report.add(at, Phrase("file.error.not_numeric", value=show(value)))
            except PathError as problem:
                report.add(at, str(problem))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
