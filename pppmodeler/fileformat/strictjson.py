"""Reading and writing the JSON of scenario files, strictly.

Reading refuses what Python's ``json`` would let through: bytes that are not UTF-8, repeated
keys in one object (the last would silently win), and nesting deeper than any scenario file
needs. ``NaN``, ``Infinity`` and numbers too large for a float are read as
:class:`~pppmodeler.core.specs.Unreadable` markers, so that the validator can name the field
that holds them. Writing refuses NaN and infinities.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pppmodeler.core.specs import Unreadable, show

MAX_DEPTH = 16
"""Deepest nesting of arrays and objects accepted; a version-1 file needs 7."""

_MAX_INT_DIGITS = 20
_BOM = "\ufeff"


class JsonError(ValueError):
    """Text that is not the strict JSON of a scenario file."""


def decode(raw: bytes) -> str:
    """UTF-8 bytes as text (a leading byte-order mark is dropped); :class:`JsonError` else."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonError(f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at offset {exc.start} "
                        "cannot be read; scenario files are written in UTF-8") from None
    return text[1:] if text.startswith(_BOM) else text


def parse(text: str) -> Any:
    """The data of a JSON text; :class:`JsonError` saying what is wrong and where."""
    if text.startswith(_BOM):
        text = text[1:]
    try:
        data = json.loads(text, parse_constant=_constant, parse_float=_float, parse_int=_int,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise JsonError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column "
                        f"{exc.colno}") from None
    except RecursionError:
        raise JsonError(f"arrays or objects are nested too deeply (more than {MAX_DEPTH} "
                        "levels)") from None
    _check_depth(data)
    return data


def _constant(name: str) -> Unreadable:
    return Unreadable(name, f"{name} is not allowed: numbers must be finite")


def _float(text: str) -> Any:
    x = float(text)
    if math.isfinite(x):
        return x
    shown = text if len(text) <= 30 else text[:30] + "…"
    return Unreadable(shown, f"{shown} is too large (numbers may be at most 1e15 in size)")


def _int(text: str) -> Any:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        shown = text[:_MAX_INT_DIGITS] + "…"
        return Unreadable(shown, f"{shown} ({len(text)} digits) is too large (numbers may be "
                                 "at most 1e15 in size)")
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise JsonError(f"the key {show(twice)} appears twice in one object; JSON objects may "
                        "not repeat a key")
    return obj


def _check_depth(data: Any) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            if depth > MAX_DEPTH:
                raise JsonError(f"arrays or objects are nested too deeply (more than "
                                f"{MAX_DEPTH} levels)")
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)


def pretty(data: Any) -> str:
    """The text of a scenario file: indented by 2, UTF-8 characters as they are, a final
    newline, keys in the order given."""
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def canonical(data: Any) -> bytes:
    """One byte string per value, for hashing: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
