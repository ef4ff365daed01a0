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
from pppmodeler.i18n import CATALOGUE
from pppmodeler.i18n.messages import Phrase

MAX_DEPTH = 16
"""Deepest nesting of arrays and objects accepted; a version-1 file needs 7."""

_MAX_INT_DIGITS = 20
_BOM = "\ufeff"
# The catalogue entries of what Python's JSON reader says is wrong, by its English message.
_DECODER_WORDS = {entry["en"]: key for key, entry in CATALOGUE.items()
                  if key.startswith("file.json.decoder.")}


class JsonError(ValueError):
    """Text that is not the strict JSON of a scenario file."""


def decode(raw: bytes) -> str:
    """UTF-8 bytes as text (a leading byte-order mark is dropped); :class:`JsonError` else."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonError(Phrase("file.json.not_utf8", byte=f"0x{raw[exc.start]:02x}",
                               offset=exc.start)) from None
    return text[1:] if text.startswith(_BOM) else text


def parse(text: str) -> Any:
    """The data of a JSON text; :class:`JsonError` saying what is wrong and where."""
    if text.startswith(_BOM):
        text = text[1:]
    try:
        data = json.loads(text, parse_constant=_constant, parse_float=_float, parse_int=_int,
                          object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        # A message the catalogue does not know (another Python's wording) is said as
        # Python words it.
        reason = Phrase(_DECODER_WORDS[exc.msg]) if exc.msg in _DECODER_WORDS else exc.msg
        raise JsonError(Phrase("file.json.invalid", reason=reason, line=exc.lineno,
                               column=exc.colno)) from None
    except RecursionError:
        raise JsonError(Phrase("file.json.too_deep", levels=MAX_DEPTH)) from None
    _check_depth(data)
    return data


def _constant(name: str) -> Unreadable:
    return Unreadable(name, Phrase("file.json.not_finite", name=name))


def _float(text: str) -> Any:
    x = float(text)
    if math.isfinite(x):
        return x
    shown = text if len(text) <= 30 else text[:30] + "…"
    return Unreadable(shown, Phrase("spec.error.too_large", value=shown))


def _int(text: str) -> Any:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        shown = text[:_MAX_INT_DIGITS] + "…"
        return Unreadable(shown, Phrase("spec.error.too_large", value=Phrase(
            "file.json.digits", value=shown, digits=len(text))))
    return int(text)


def _object(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        raise JsonError(Phrase("file.json.repeated_key", key=show(twice)))
    return obj


def _check_depth(data: Any) -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            if depth > MAX_DEPTH:
                raise JsonError(Phrase("file.json.too_deep", levels=MAX_DEPTH))
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
