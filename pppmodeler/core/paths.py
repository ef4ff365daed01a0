"""Paths: how to name one input of a concession model.

The same path names an input on the command line (``--set PATH=VALUE``), in the overrides of a
scenario file (``"overrides": {"PATH": value}``) and in sensitivity, break-even and Monte Carlo
settings.

Syntax
------
A path starts at the model's root and follows the declared field names of
:mod:`pppmodeler.core.inputs`, separated by dots. Square brackets pick one line of a list of
lines, or one element of a list of numbers::

    financing.rate                              a field of a section
    timeline.operation_years
    macro.cpi                                   a whole list of numbers
    macro.cpi[0]                                one element of a list, counted from 0
    revenues[0].base_value                      a field of a line, picked by position (from 0)
    revenues[Locales comerciales].ramp_up[1]    ... or picked by the line's name
    capex[Obra civil].amount
    revenues["Local 1.2 [norte]"].area_m2       a name in double quotes

- Field names are the English identifiers of ``inputs.py`` (``financing``, ``rate``), case
  sensitive, with no spaces around dots or brackets. The sections are ``property``,
  ``timeline``, ``macro``, ``district``, ``taxes``, ``working_capital``, ``financing``, ``end``
  and ``valuation``; the lists of lines are ``revenues``, ``costs`` and ``capex``.
- After a list of lines, ``[digits]`` picks the line at that position (0 is the first) and
  ``[anything else]`` picks the line with that name, exactly as written (spaces at either end
  are ignored). Put the name in double quotes when it is all digits, starts or ends with a
  space, or contains ``"``, ``[`` or ``]``; inside quotes write ``\\"`` for ``"`` and ``\\\\``
  for ``\\``. Quotes are always allowed. Lines with the same name cannot be addressed by name,
  which is why a scenario file refuses them.
- After a list of numbers (``macro.cpi``, ``revenues[0].ramp_up``, ``capex[0].schedule``),
  ``[n]`` picks element ``n``, counted from 0. A path never adds elements: to make a list
  longer, set the whole list (``--set 'macro.cpi=[0.05, 0.04, 0.035]'``).
- Negative positions are not allowed.

Values
------
In a scenario file a value is JSON of the input's type. On the command line it is text, read by
:func:`coerce`: numbers with a dot as decimal separator (``0.11``, ``1e6``; an input whose unit is
a fraction also takes a percentage, ``11%`` = 0.11), whole numbers for whole-number inputs,
``true``/``false``, a choice by its name (``annuity``), a JSON list for a list
(``[0.6, 0.85]``), dates as ``YYYY-MM-DD``, any other text as it is. Every value is checked
against the declared type, range and choices. Numbers must be finite and at most 1e15 in size.
Quote paths with spaces or brackets for the shell: ``--set 'capex[Obra civil].amount=5200'``.

Functions
---------
:func:`parse` (text → steps), :func:`format_path` (steps → text), :func:`get`,
:func:`with_value` (a new model with one input changed; the original is left untouched),
:func:`coerce` (command-line text → checked value), :func:`check_value` (a value → checked
value), :func:`canonical` (a path with lines picked by position), :func:`apply` (several
overrides at once), :func:`overlaps` (overrides that name the same input), :func:`numeric_paths` (every numeric input of a model) and :func:`label`
(the human label of a path). Errors are :class:`PathError`, a ``ValueError`` whose message
starts with the path and says what is wrong.

The rules of one declared input (its kind, range, unit and choices) are in
:mod:`pppmodeler.core.specs`; the scenario file's validator and schema use them too.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, Iterable, Mapping

from ..i18n.messages import Phrase
from .inputs import Model
from .specs import (
    InvalidValue,
    Spec,
    is_lines,
    is_section,
    names_text,
    printable,
    show,
    spec_of,
)

SEPARATOR = " › "
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INDEX = re.compile(r"-?[0-9]+")
_MAX_INDEX_DIGITS = 9

PATH_PATTERN = (r'^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*'
                r'|\[([0-9]+|"([^"\\]|\\["\\])*"|[^\]\["]+)\])*$')
"""A regular expression (JSON Schema dialect) that every valid path matches."""


_WORDS = {
    "es": {"line": "línea", "item": "elemento"},
    "en": {"line": "line", "item": "item"},
}


class PathError(ValueError):
    """A path that does not name an input, or a value that the input does not take.

    ``path`` is the path as given (extended by ``[i]`` when one element of a list value is
    wrong); ``reason`` says what is wrong without repeating the path, as a
    :class:`~pppmodeler.i18n.messages.Phrase` (or as plain text from callers that have no
    catalogue entry). ``str(error)`` reads ``path: reason`` in English; ``text(lang)`` says it
    in ``lang``.
    """

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(Phrase("path.error", path=printable(path), reason=reason))

    def __str__(self) -> str:
        # The phrase itself rather than a plain copy of its English: callers that carry
        # str(error) into their own messages (an analysis error, a scenario's outcome, a
        # vehicle's problems) can still say it in the user's language.
        return self.args[0]

    def text(self, lang: str = "es") -> str:
        return self.args[0].text(lang)



# ---------------------------------------------------------------------------------------------
# Steps and their text


@dataclass(frozen=True)
class Attr:
    """``.name``: a field of a section, of a line or of the model."""

    name: str


@dataclass(frozen=True)
class Index:
    """``[i]``: the line or element at position ``i`` (from 0)."""

    index: int


@dataclass(frozen=True)
class Named:
    """``[name]``: the line with that name."""

    name: str


Step = Attr | Index | Named


def parse(path: str) -> tuple[Step, ...]:
    """The steps of a path; :class:`PathError` if it does not follow the syntax."""
    if not isinstance(path, str):
        raise PathError(show(path), Phrase("path.error.not_text"))
    if not path:
        raise PathError(path, Phrase("path.error.empty"))
    steps, pos = [], 0
    while pos < len(path):
        step, pos = _next_step(path, pos, first=not steps)
        steps.append(step)
    return tuple(steps)


def _next_step(path: str, pos: int, first: bool) -> tuple[Step, int]:
    char = path[pos]
    if first or char == ".":
        start = pos if first else pos + 1
        match = _IDENTIFIER.match(path, start)
        if not match:
            raise PathError(path, Phrase("path.error.field_expected", at=start + 1,
                                         found=_found(path, start)))
        return Attr(match.group()), match.end()
    if char == "[":
        return _selector(path, pos + 1)
    raise PathError(path, Phrase("path.error.dot_expected", at=pos + 1, found=_found(path, pos)))


def _found(path: str, pos: int) -> Phrase:
    if pos < len(path):
        return Phrase("path.found.char", char=show(path[pos]))
    return Phrase("path.found.end")


def _selector(path: str, pos: int) -> tuple[Step, int]:
    if path.startswith('"', pos):
        name, pos = _quoted(path, pos + 1)
        if not path.startswith("]", pos):
            raise PathError(path, Phrase("path.error.bracket_expected", at=pos + 1))
        return Named(name), pos + 1
    end = path.find("]", pos)
    if end < 0:
        raise PathError(path, Phrase("path.error.unclosed_bracket", at=pos))
    content = path[pos:end].strip()
    if not content:
        raise PathError(path, Phrase("path.error.empty_brackets", at=pos))
    if '"' in content or "[" in content:
        raise PathError(path, Phrase("path.error.quote_name", name=show(content)))
    return _index_or_name(path, content), end + 1


def _index_or_name(path: str, content: str) -> Step:
    if not _INDEX.fullmatch(content):
        return Named(content)
    if content.startswith("-"):
        raise PathError(path, Phrase("path.error.negative_position", position=content))
    if len(content.lstrip("0")) > _MAX_INDEX_DIGITS:
        raise PathError(path, Phrase("path.error.huge_position", position=content[:20]))
    return Index(int(content))


def _quoted(path: str, pos: int) -> tuple[str, int]:
    chars = []
    while pos < len(path):
        char = path[pos]
        if char == '"':
            return "".join(chars), pos + 1
        if char == "\\":
            if path[pos + 1: pos + 2] not in ('"', "\\"):
                raise PathError(path, Phrase("path.error.backslash", at=pos + 1))
            pos += 1
        chars.append(path[pos])
        pos += 1
    raise PathError(path, Phrase("path.error.unclosed_quote"))


def format_path(steps: Iterable[Step]) -> str:
    """The text of a list of steps; ``parse(format_path(s)) == s``."""
    parts = []
    for step in steps:
        if isinstance(step, Attr):
            parts.append(f".{step.name}" if parts else step.name)
        elif isinstance(step, Index):
            parts.append(f"[{step.index}]")
        else:
            parts.append(f"[{_name_text(step.name)}]")
    return "".join(parts)


def _name_text(name: str) -> str:
    plain = (name and name == name.strip() and not _INDEX.fullmatch(name)
             and not any(c in name for c in '"[]'))
    if plain:
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------------------------------------
# Following a path through the declarations (and through a model when one is given)


_NO_MODEL = object()


@dataclass(frozen=True)
class _Place:
    """Where a path has led: an object (model, section, line), a list of lines, a list of
    numbers, or one value (a scalar input or a list element)."""

    kind: str           # "object" | "lines" | "list" | "value"
    cls: Any            # the dataclass of an "object"
    field: Any          # the declared field owning this place (None at the root)
    value: Any          # the value here, or _NO_MODEL
    key: Any            # the field name or position that led here from the previous place
    text: str           # canonical path so far (lines by position when a model is given)
    element: bool = False


def _root(model: Any) -> _Place:
    cls = type(model) if model is not _NO_MODEL else Model
    return _Place("object", cls, None, model, None, "")


def _trail(path: str, model: Any = _NO_MODEL) -> list[_Place]:
    """Every place along ``path``, from the root; :class:`PathError` where it goes wrong."""
    places = [_root(model)]
    for step in parse(path):
        places.append(_step(path, places[-1], step))
    return places


def _step(path: str, here: _Place, step: Step) -> _Place:
    if here.kind == "object":
        return _into_field(path, here, step)
    if here.kind == "lines":
        return _into_line(path, here, step)
    if here.kind == "list":
        return _into_element(path, here, step)
    raise PathError(path, Phrase("path.error.single_value", place=here.text))


def _into_field(path: str, here: _Place, step: Step) -> _Place:
    names = [f.name for f in fields(here.cls)]
    if not isinstance(step, Attr):
        raise PathError(path, Phrase("path.error.not_a_list", place=_place_name(here),
                                     names=names_text(names)))
    if step.name not in names:
        where = (Phrase("path.where.in", place=here.text) if here.text
                 else Phrase("path.where.top"))
        guess = difflib.get_close_matches(step.name, names, n=1)
        hint = Phrase("path.hint.did_you_mean", name=show(guess[0])) if guess else ""
        raise PathError(path, Phrase("path.error.unknown_field", name=show(step.name),
                                     where=where, names=names_text(names), hint=hint))
    f = next(f for f in fields(here.cls) if f.name == step.name)
    text = f"{here.text}.{f.name}" if here.text else f.name
    value = _NO_MODEL if here.value is _NO_MODEL else getattr(here.value, f.name)
    return _Place(_kind_of(f), _class_of(f), f, value, f.name, text)


def _place_name(place: _Place) -> str:
    return place.text or Phrase("path.word.model")


def _kind_of(f: Any) -> str:
    if is_section(f):
        return "object"
    if is_lines(f):
        return "lines"
    return "list" if spec_of(f).kind == "list" else "value"


def _class_of(f: Any) -> Any:
    if is_section(f):
        return f.default_factory
    return f.metadata.get("line")


def _into_line(path: str, here: _Place, step: Step) -> _Place:
    if isinstance(step, Attr):
        raise PathError(path, Phrase("path.error.lines_by_position", place=here.text,
                                     example=f"{here.text}[0].{step.name}"))
    if here.value is _NO_MODEL:
        key = step.index if isinstance(step, Index) else step.name
        return _Place("object", here.cls, here.field, _NO_MODEL, key,
                      here.text + format_path([step]))
    i = _line_position(path, here, step)
    return _Place("object", here.cls, here.field, here.value[i], i, f"{here.text}[{i}]")


def _line_position(path: str, here: _Place, step: Step) -> int:
    lines = here.value
    if isinstance(step, Index):
        if step.index >= len(lines):
            raise PathError(path, Phrase("path.error.no_line", position=step.index,
                                         place=here.text, count=_count(len(lines), "lines")))
        return step.index
    matches = [i for i, line in enumerate(lines) if line.name == step.name]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise PathError(path, Phrase("path.error.same_name", n=len(matches), place=here.text,
                                     name=show(step.name)))
    names = names_text(show(line.name) for line in lines) or Phrase("path.word.none")
    raise PathError(path, Phrase("path.error.no_line_named", place=here.text,
                                 name=show(step.name), names=names))


def _count(n: int, what: str) -> Phrase:
    """How many ``what`` (``lines``, ``elements``) there are, and at which positions."""
    if n == 0:
        return Phrase(f"path.count.{what}.none")
    if n == 1:
        return Phrase(f"path.count.{what}.one")
    return Phrase(f"path.count.{what}.many", n=n, last=n - 1)


def _into_element(path: str, here: _Place, step: Step) -> _Place:
    if not isinstance(step, Index):
        raise PathError(path, Phrase("path.error.elements_by_position", place=here.text,
                                     example=f"{here.text}[0]"))
    text = f"{here.text}[{step.index}]"
    if here.value is _NO_MODEL:
        return _Place("value", None, here.field, _NO_MODEL, step.index, text, element=True)
    n = len(here.value)
    if step.index >= n:
        raise PathError(path, Phrase("path.error.no_element", place=here.text,
                                     position=step.index, count=_count(n, "elements"),
                                     example=f"{here.text}=[…]"))
    return _Place("value", None, here.field, here.value[step.index], step.index, text,
                  element=True)


def _input_spec(path: str, place: _Place) -> Spec:
    """The rules of the input at ``place``; :class:`PathError` if it is not one input."""
    if place.kind == "object":
        names = names_text(f.name for f in fields(place.cls))
        raise PathError(path, Phrase("path.error.not_one_input", place=_place_name(place),
                                     names=names))
    if place.kind == "lines":
        first = next(f.name for f in fields(place.cls) if _kind_of(f) == "value"
                     and spec_of(f).numeric)
        raise PathError(path, Phrase("path.error.lines_not_input", place=place.text,
                                     example=f"{place.text}[0].{first}"))
    spec = spec_of(place.field)
    return spec.element if place.element else spec


# ---------------------------------------------------------------------------------------------
# Public functions


def get(model: Any, path: str) -> Any:
    """The value at ``path`` in ``model`` (an input, a line, a section or a list)."""
    return _trail(path, model)[-1].value


def spec_at(path: str) -> Spec:
    """The rules of the input a path names, from the declarations alone (no model)."""
    return _input_spec(path, _trail(path)[-1])


def canonical(model: Any, path: str) -> str:
    """The path with every line picked by position: ``revenues[Parqueo].volume`` →
    ``revenues[1].volume``. Two paths name the same input when their canonical forms match."""
    return _trail(path, model)[-1].text


def check_value(model: Any, path: str, value: Any) -> Any:
    """``value`` checked for the input at ``path`` and in its canonical type (a float for a
    number, an int for a whole number); :class:`PathError` saying why it is not allowed."""
    spec = _input_spec(path, _trail(path, model)[-1])
    try:
        return spec.check(value)
    except InvalidValue as problem:
        raise PathError(path + problem.where, problem.reason) from None


def coerce(model: Any, path: str, text: str) -> Any:
    """A ``--set PATH=TEXT`` value: ``text`` read as the type of the input at ``path`` and
    checked against its range and choices. Returns the value (use :func:`with_value`)."""
    spec = _input_spec(path, _trail(path, model)[-1])
    if not isinstance(text, str):
        raise PathError(path, Phrase("path.error.value_not_text", value=show(text)))
    try:
        return spec.parse_text(text)
    except InvalidValue as problem:
        raise PathError(path + problem.where, problem.reason) from None


def with_value(model: Any, path: str, value: Any) -> Any:
    """A new model with the input at ``path`` set to ``value``; ``model`` is not changed.

    Only the objects along the path are copied; the rest is shared with ``model``. ``value``
    may be a numpy array of shape ``(n,)`` for a number (``n`` iterations at once). The value's
    range is not checked here (sensitivities may step outside it on purpose): use
    :func:`check_value` or :func:`coerce` for that.
    """
    places = _trail(path, model)
    spec = _input_spec(path, places[-1])
    new = _shaped(path, spec, value)
    for here, parent in zip(reversed(places[1:]), reversed(places[:-1])):
        new = _replaced(parent.value, here.key, new)
    return new


def _shaped(path: str, spec: Spec, value: Any) -> Any:
    if spec.kind == "list":
        if not isinstance(value, (list, tuple)):
            raise PathError(path, Phrase("path.error.list_expected", value=show(value)))
        return list(value)
    if isinstance(value, (list, tuple, dict)):
        raise PathError(path, Phrase("path.error.one_value", value=show(value)))
    if getattr(value, "ndim", 0) > 1:
        raise PathError(path, Phrase("path.error.array_shape", shape=str(value.shape)))
    return value


def _replaced(container: Any, key: Any, new: Any) -> Any:
    if is_dataclass(container):
        return replace(container, **{key: new})
    copy = list(container)
    copy[key] = new
    return copy


def apply(model: Any, overrides: Mapping[str, Any], check: bool = True) -> Any:
    """A new model with every override applied: ``{path: value}`` as in a scenario.

    Every path is resolved against ``model`` before any is applied, so an override that renames
    a line does not change what the others address. Two overrides of the same input (or of a
    list and one of its elements) are refused; with ``check`` every value is checked too.
    """
    problems = overlaps(model, overrides)
    if problems:
        raise problems[0]
    values = {canonical(model, path): check_value(model, path, value) if check else value
              for path, value in overrides.items()}
    for path, value in values.items():
        model = with_value(model, path, value)
    return model


def overlaps(model: Any, overrides: Iterable[str]) -> list[PathError]:
    """The paths that name an input an earlier path already names (the same input under
    another spelling, or a list and one of its elements). Paths that do not resolve are
    left to the other checks."""
    problems, seen = [], {}
    for path in overrides:
        try:
            steps = parse(canonical(model, path))
        except PathError:
            continue
        for other_steps, other in seen.items():
            n = min(len(steps), len(other_steps))
            if steps[:n] == other_steps[:n]:
                problems.append(PathError(path, Phrase("path.error.same_input",
                                                       other=show(other))))
                break
        else:
            seen[steps] = path
    return problems


def numeric_paths(model: Any) -> list[str]:
    """Every numeric input of ``model``, one path each, lines and elements by position.

    Whole-number inputs are included; text, choices and true/false inputs are not. A list of
    numbers gives one path per element it holds now (``macro.cpi[0]``, ``macro.cpi[1]``, ...).
    """
    paths: list[str] = []
    _collect(model, "", paths)
    return paths


def _collect(obj: Any, prefix: str, out: list[str]) -> None:
    for f in fields(obj):
        path = f"{prefix}.{f.name}" if prefix else f.name
        value = getattr(obj, f.name)
        if is_section(f):
            _collect(value, path, out)
        elif is_lines(f):
            for i, line in enumerate(value):
                _collect(line, f"{path}[{i}]", out)
        elif spec_of(f).kind == "list":
            out.extend(f"{path}[{i}]" for i in range(len(value)))
        elif spec_of(f).numeric:
            out.append(path)


def structure(model: Any) -> tuple:
    """What :func:`numeric_paths` and the labels of its paths depend on, as a key: the number
    and names of the lines of every list and the length of every list of numbers. Two models
    with the same structure differ only in their values."""
    out: list = []
    _structure(model, out)
    return tuple(out)


def _structure(obj: Any, out: list) -> None:
    for f in fields(obj):
        value = getattr(obj, f.name)
        if is_section(f):
            _structure(value, out)
        elif is_lines(f):
            out.append(len(value))
            for line in value:
                out.append(getattr(line, "name", ""))
                _structure(line, out)
        elif spec_of(f).kind == "list":
            out.append(len(value))


def label(path: str, lang: str = "es", model: Any = None) -> str:
    """The human label of a path, e.g. ``Ingresos › Locales comerciales › Valor base …``.

    A line picked by position is shown by its name when ``model`` is given and the line has a
    name, else as ``línea 1`` / ``line 1`` (counted from 1 for people); list elements likewise.
    """
    if lang not in _WORDS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(_WORDS)}")
    places = _trail(path) if model is None else _trail(path, model)
    return SEPARATOR.join(_label_part(place, lang) for place in places[1:])


def _label_part(place: _Place, lang: str) -> str:
    words = _WORDS[lang]
    if place.element:
        return f"{words['item']} {place.key + 1}"
    if place.kind == "object" and is_lines(place.field):
        if isinstance(place.key, str):
            return place.key
        name = getattr(place.value, "name", "") if place.value is not _NO_MODEL else ""
        return name or f"{words['line']} {place.key + 1}"
    return place.field.metadata[lang]
