"""The rules of one declared input, read from its declaration in ``inputs.py``.

A :class:`Spec` says what kind of value an input takes (number, whole number, boolean, choice,
text, date, list), its range, unit and choices, how to check a value (``check``) and how to
read it from command-line text (``parse_text``). The file validator, the JSON Schema, the
``paths`` functions, the desktop forms and the report all read inputs through it. Also here:
how values are shown in messages (``show``, ``printable``, ``number_text``).
"""

from __future__ import annotations

import datetime
import json
import math
import numbers
import re
from dataclasses import MISSING, dataclass
from typing import Any, Iterable

from ..i18n import CATALOGUE
from ..i18n.messages import Phrase
from .inputs import default_of

MAX_MAGNITUDE = 1e15
"""Largest size of any number in a model or a scenario file."""

_NUMBER_TEXT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

SINGLE_LINE_FORBIDDEN = "[\\u0000-\\u001F]"
"""Characters no one-line text may hold (a regular expression, JSON Schema dialect)."""
MULTI_LINE_FORBIDDEN = "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]"
"""Characters no text may hold: control characters other than tab and line breaks."""
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_SINGLE_LINE_BAD = re.compile(SINGLE_LINE_FORBIDDEN)
_MULTI_LINE_BAD = re.compile(MULTI_LINE_FORBIDDEN)

class InvalidValue(ValueError):
    """A value an input does not take; ``where`` is ``""`` or ``"[i]"`` for a list element."""

    def __init__(self, reason: str, where: str = ""):
        self.reason = reason
        self.where = where
        super().__init__(f"{where}: {reason}" if where else reason)


class Unreadable:
    """What a strict JSON reader puts where the text holds NaN, Infinity or an overflowing
    number, so that the checks can report it with its place (see ``fileformat.strictjson``)."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason

    def __repr__(self) -> str:
        return self.text


# ---------------------------------------------------------------------------------------------
# Showing values in messages


def show(value: Any, limit: int = 60) -> str:
    """A short, printable rendering of a value for a message (JSON-like, truncated)."""
    text = _render(value, depth=2)
    if isinstance(text, Phrase):   # a value said in words: kept whole, to be said in Spanish
        return text
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return printable(text)


def _render(value: Any, depth: int) -> str:
    if isinstance(value, (list, tuple)):
        if depth <= 0:
            return "[…]"
        return "[" + ", ".join(_render(v, depth - 1) for v in value[:8]) + (
            ", …]" if len(value) > 8 else "]")
    if isinstance(value, dict):
        return "{…}" if value else "{}"
    if isinstance(value, str):
        return json.dumps(value[:200], ensure_ascii=False)
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, numbers.Real):
        return number_text(value)
    if isinstance(value, Unreadable):
        return value.text
    if hasattr(value, "shape"):
        return Phrase("spec.shown.array", shape=str(tuple(value.shape)))
    return Phrase("spec.shown.other", type=type(value).__name__)


def printable(text: str) -> str:
    """``text`` safe to print anywhere: at most 300 characters, undecodable ones escaped."""
    text = str(text)
    if len(text) > 300:
        text = text[:299] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def number_text(x: Any) -> str:
    """A number as people read it: ``1`` rather than ``1.0``, full precision otherwise."""
    if isinstance(x, float) and math.isfinite(x) and x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    if isinstance(x, numbers.Integral):
        return str(int(x))
    return repr(float(x))


def names_text(names: Iterable[str]) -> str:
    return ", ".join(names)


def unused_name(stem: str, taken: Iterable[str], joiner: str = " ") -> str:
    """``stem``, or ``stem 2``, ``stem 3``… (with ``joiner`` before the number): the first
    that is not ``taken``. Lines, scenarios and holdings are addressed by name, so names
    must differ."""
    taken = set(taken)
    if stem not in taken:
        return stem
    k = 2
    while f"{stem}{joiner}{k}" in taken:
        k += 1
    return f"{stem}{joiner}{k}"


# ---------------------------------------------------------------------------------------------
# The rules of one declared input


@dataclass(frozen=True)
class Spec:
    """The rules of one input, read from its declaration.

    ``kind`` is ``number``, ``integer``, ``boolean``, ``choice``, ``text``, ``date`` or
    ``list`` (a list of numbers whose elements follow ``element``).
    """

    kind: str
    unit: str = ""
    lo: float | None = None
    hi: float | None = None
    choices: tuple = ()
    multiline: bool = False
    pattern: str | None = None
    form: str = ""
    element: Spec | None = None

    @property
    def numeric(self) -> bool:
        """A number the analyses can vary (whole numbers included, choices excluded)."""
        return self.kind in ("number", "integer")

    def check(self, value: Any) -> Any:
        """The value in its canonical type (float, int, ...) or :class:`InvalidValue`."""
        normal, problems = self.examine(value)
        if problems:
            raise problems[0]
        return normal

    def examine(self, value: Any) -> tuple[Any, list[InvalidValue]]:
        """The canonical value and every problem (one per bad element of a list)."""
        if self.kind == "list":
            return _examine_list(self, value)
        try:
            return _CHECKS[self.kind](self, value), []
        except InvalidValue as problem:
            return value, [problem]

    def parse_text(self, text: str) -> Any:
        """A command-line value: the text read as this input's type, then checked."""
        return self.check(_READERS[self.kind](self, text))

    def range_text(self) -> Phrase:
        """``between 0 and 1 (fraction)`` and the like, for messages and help: English as
        ``str``, ``text("es")`` gives ``entre 0 y 1 (fracción)``."""
        ends = {"lo": _shown_number(self.lo), "hi": _shown_number(self.hi)}
        which = "_".join(k for k, v in ends.items() if v is not None) or "none"
        return Phrase(f"analysis.range.{which}", unit=_unit_words(self.unit),
                      **{k: v for k, v in ends.items() if v is not None})


def _unit_words(unit: str) -> Phrase | str:
    """`` (fraction)`` and the like after a number, in the unit's words where it has them."""
    if not unit:
        return ""
    key = f"range.unit.{unit}"
    return Phrase(key) if key in CATALOGUE else f" ({unit})"


def _shown_number(x: Any) -> Any:
    """``x`` for a phrase, which then shows it as :func:`number_text` does (``1`` rather than
    ``1.0``) with the language's decimal sign."""
    if x is None:
        return None
    if isinstance(x, numbers.Integral) or (math.isfinite(x) and float(x).is_integer()
                                           and abs(x) < 1e16):
        return int(x)
    return float(x)


_PROTOTYPES = {"str": "", "bool": False, "list": [], "float": 0.0, "int": 0}


def _prototype(f: Any) -> Any:
    """The field's default, or a value of its annotated type when it has none."""
    if f.default is MISSING and f.default_factory is MISSING:
        return _PROTOTYPES[f.type if isinstance(f.type, str) else f.type.__name__]
    return default_of(f)


def spec_of(f: Any) -> Spec:
    """The :class:`Spec` of a declared field (not a section or a list of lines)."""
    m = f.metadata
    default = _prototype(f)
    unit = m.get("unit", "")
    if m.get("choices"):
        return Spec("choice", unit, choices=tuple(m["choices"]))
    if isinstance(default, bool):
        return Spec("boolean", unit)
    if isinstance(default, list):
        element = Spec("number", m.get("item", ""), m.get("lo"), m.get("hi"))
        return Spec("list", m.get("item", ""), element=element)
    if isinstance(default, str):
        if unit == "date":
            return Spec("date", unit)
        return Spec("text", unit, multiline=m.get("multiline", False),
                    pattern=m.get("pattern"), form=m.get("form", ""))
    kind = "integer" if m.get("integer") else "number"
    return Spec(kind, unit, m.get("lo"), m.get("hi"))


def is_section(f: Any) -> bool:
    return bool(f.metadata.get("section"))


def is_lines(f: Any) -> bool:
    return "line" in f.metadata


def _number(spec: Spec, value: Any) -> float:
    if isinstance(value, Unreadable):
        raise InvalidValue(value.reason)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidValue(Phrase("spec.error.not_number", value=show(value)))
    if isinstance(value, numbers.Integral) and abs(value) > MAX_MAGNITUDE:
        raise InvalidValue(Phrase("spec.error.too_large", value=show(value)))
    x = float(value)
    if not math.isfinite(x):
        raise InvalidValue(Phrase("spec.error.not_finite", value=show(value)))
    if abs(x) > MAX_MAGNITUDE:
        raise InvalidValue(Phrase("spec.error.too_large", value=show(value)))
    return _in_range(spec, x)


def _in_range(spec: Spec, x: float) -> float:
    if spec.lo is not None and x < spec.lo:
        raise InvalidValue(Phrase("spec.error.below", value=_shown_number(x),
                                  lo=_shown_number(spec.lo), unit=_unit_words(spec.unit)))
    if spec.hi is not None and x > spec.hi:
        raise InvalidValue(Phrase("spec.error.above", value=_shown_number(x),
                                  hi=_shown_number(spec.hi), unit=_unit_words(spec.unit)))
    return x


def _integer(spec: Spec, value: Any) -> int:
    x = _number(Spec("number"), value)
    if not x.is_integer():
        raise InvalidValue(Phrase("spec.error.not_whole", value=show(value)))
    return int(_in_range(spec, x))


def _boolean(spec: Spec, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidValue(Phrase("spec.error.not_boolean", value=show(value)))
    return value


def _choice(spec: Spec, value: Any) -> Any:
    whole = all(isinstance(c, int) for c in spec.choices)
    if whole and not isinstance(value, str):
        value = _integer(Spec("integer"), value)
    if isinstance(value, str) != (not whole) or value not in spec.choices:
        options = names_text(show(c) for c in spec.choices)
        raise InvalidValue(Phrase("spec.error.not_choice", value=show(value), options=options))
    return value


def _text(spec: Spec, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidValue(Phrase("spec.error.not_text", value=show(value)))
    bad = (_MULTI_LINE_BAD if spec.multiline else _SINGLE_LINE_BAD).search(value)
    if bad:
        key = "spec.error.control" if spec.multiline else "spec.error.line_break"
        raise InvalidValue(Phrase(key, value=show(value), code=f"{ord(bad.group()):04X}"))
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise InvalidValue(Phrase("spec.error.surrogate", value=show(value)))
    if spec.pattern and not re.search(spec.pattern, value):
        raise InvalidValue(Phrase("spec.error.form", value=show(value),
                                  form=spec.form or Phrase("spec.word.expected_form")))
    return value


def _date(spec: Spec, value: Any) -> str:
    text = _text(Spec("text"), value)
    try:
        if not _DATE_TEXT.fullmatch(text):
            raise ValueError
        datetime.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(Phrase("spec.error.not_date", value=show(value))) from None
    return text


def _examine_list(spec: Spec, value: Any) -> tuple[Any, list[InvalidValue]]:
    if not isinstance(value, (list, tuple)):
        return value, [InvalidValue(Phrase("spec.error.not_list", value=show(value)))]
    normal, problems = [], []
    for i, item in enumerate(value):
        try:
            normal.append(spec.element.check(item))
        except InvalidValue as problem:
            normal.append(item)
            problems.append(InvalidValue(problem.reason, f"[{i}]"))
    return normal, problems


_CHECKS = {"number": _number, "integer": _integer, "boolean": _boolean, "choice": _choice,
           "text": _text, "date": _date}


def _read_number(spec: Spec, text: str) -> float:
    t = text.strip()
    percent = t.endswith("%") and spec.unit == "fraction"
    if percent:
        t = t[:-1].strip()
    if not _NUMBER_TEXT.fullmatch(t):
        comma = re.fullmatch(r"[+-]?[0-9]+,[0-9]+", t)
        raise InvalidValue(Phrase("spec.error.decimal_comma" if comma else "spec.error.not_number",
                                  value=show(text)))
    return float(t) / 100 if percent else float(t)


def _read_boolean(spec: Spec, text: str) -> Any:
    t = text.strip().lower()
    return {"true": True, "false": False}.get(t, text)


def _read_choice(spec: Spec, text: str) -> Any:
    if all(isinstance(c, int) for c in spec.choices):
        return _read_number(spec, text)
    return text.strip()


def _read_list(spec: Spec, text: str) -> Any:
    def refuse(constant: str) -> Any:
        raise InvalidValue(f"{constant} is not a number allowed here")

    try:
        value = json.loads(text, parse_constant=refuse)
    except (ValueError, RecursionError):
        value = None
    if not isinstance(value, list):
        raise InvalidValue(Phrase("spec.error.not_json_list", value=show(text)))
    return value


_READERS = {"number": _read_number, "integer": _read_number, "boolean": _read_boolean,
            "choice": _read_choice, "text": lambda spec, text: text,
            "date": lambda spec, text: text.strip(), "list": _read_list}
