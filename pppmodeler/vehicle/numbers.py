"""Numbers in inventory cells, read as a Colombian user writes them.

A cell is a number already (an Excel numeric cell) or text. Text may carry a currency sign
(``$``, ``COP``), a unit (``m²``, ``m2``), spaces (also non-breaking ones) and either
separator convention:

- es-CO: ``1.234.567,89``, ``1234567,89``, ``$ 1.234.567`` — comma decimal, point thousands;
- plain or English: ``1234567.89``, ``1,234,567.89`` — point decimal, comma thousands.

Most texts can only be read one way (``1.234.567`` has two points, ``6.25`` is not a group of
three digits). A text that fits both conventions with different values (``1.500`` is 1500 in
es-CO and 1.5 in English) is read with the decimal separator the caller gives: the column's
convention as its other values show it (:func:`column_decimal`), es-CO when they show none. A
column whose values show both conventions gives no answer, and such a text is refused rather
than guessed. Coordinates (``plain=True``) never carry thousands separators, so their one
separator is always the decimal one.

Refused, with a message saying why: dates and booleans, text that is not a number, NaN and
infinities, and magnitudes above :data:`LIMIT`. Signs are kept; the caller decides whether a
negative value is acceptable.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable

from pppmodeler.i18n.messages import Phrase

LIMIT = 1e15
"""Larger magnitudes are refused (the core's limit too): no inventory value comes near it."""
ES_CO = ","
"""The decimal separator assumed when a column does not show its convention."""

_DECORATION = re.compile(r"^\s*(\$|(?i:cop))|(?i:m[2²])\s*$")
_SPACED = re.compile(r"[+-]?\d{1,3}(\s\d{3})+([.,]\d+)?")
_NUMBER = re.compile(r"[+-]?[0-9.,]*[0-9][0-9.,]*")
_GROUPED = {",": re.compile(r"\d{1,3}(\.\d{3})+"), ".": re.compile(r"\d{1,3}(,\d{3})+")}


def _stripped(text: str) -> str:
    """The text without currency sign, unit and spaces; ``(123)`` (accounting notation) as
    ``-123``. Spaces inside the number count only as thousands separators (``1 234 567``)."""
    text = text.strip().replace("\u2212", "-")
    if text.startswith("(") and text.endswith(")"):
        text = "-" + text[1:-1]
    text = _DECORATION.sub("", text).strip()
    return re.sub(r"\s", "", text) if _SPACED.fullmatch(text) else text


def _read(body: str, decimal: str) -> float | None:
    """``body`` (digits and separators) read with ``decimal`` as decimal separator."""
    thousands = "." if decimal == "," else ","
    whole, has_decimal, fraction = body.partition(decimal)
    if decimal in fraction or thousands in fraction or (has_decimal and not fraction):
        return None
    if thousands in whole and not _GROUPED[decimal].fullmatch(whole):
        return None
    return float(f"{whole.replace(thousands, '') or '0'}.{fraction or '0'}")


def readings(text: str) -> dict[str, float]:
    """The values ``text`` can mean, by decimal separator (``{",": …, ".": …}``); empty when
    it is not a number at all."""
    body = _stripped(text)
    if not _NUMBER.fullmatch(body):
        return {}
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.lstrip("+-")
    found = {}
    for decimal in (",", "."):
        value = _read(body, decimal)
        if value is not None:
            found[decimal] = sign * value
    return found


def conventions(cells: Iterable[object]) -> set[str]:
    """The decimal separators the text cells of a column show: the separators of the texts
    that can only be read one way (``{","}``, ``{"."}``, both, or none)."""
    return {decimal for cell in cells if isinstance(cell, str)
            for found in (readings(cell),) if len(found) == 1 for decimal in found}


def column_decimal(shown: set[str]) -> str | None:
    """The decimal separator for the ambiguous texts of a column that shows ``shown``
    (:func:`conventions`): the one it shows, es-CO when it shows none, ``None`` (refuse
    them) when it shows both."""
    if len(shown) == 2:
        return None
    return next(iter(shown)) if shown else ES_CO


def parse_number(cell: object, decimal: str | None = ES_CO, plain: bool = False) -> float:
    """The number in ``cell``; ValueError saying why when there is none.

    ``decimal`` settles texts that read two ways (``None``: refuse them); ``plain`` reads
    texts without thousands separators (coordinates).
    """
    if isinstance(cell, bool):
        raise ValueError(Phrase("inventory.problem.boolean"))
    if isinstance(cell, (datetime.date, datetime.time, datetime.timedelta)):
        raise ValueError(Phrase("inventory.problem.date_number", cell=str(cell)))
    if isinstance(cell, (int, float)):
        return _checked(float(cell), cell)
    text = str(cell)
    found = _plain_readings(text) if plain else readings(text)
    if not found:
        raise ValueError(Phrase("inventory.problem.not_a_number", text=repr(text)))
    values = set(found.values())
    if len(values) == 1:
        return _checked(values.pop(), text)
    if decimal is None:
        raise ValueError(Phrase("inventory.problem.two_readings", text=repr(text),
                                comma=found[","], point=found["."]))
    return _checked(found[decimal], text)


def _plain_readings(text: str) -> dict[str, float]:
    """Readings of a text whose only separator, if any, is the decimal one."""
    if sum(_stripped(text).count(separator) for separator in ",.") > 1:
        return {}
    found = readings(text.replace(",", "."))
    return {".": found["."]} if "." in found else {}


def _checked(value: float, shown: object) -> float:
    if not math.isfinite(value):
        raise ValueError(Phrase("inventory.problem.not_finite", shown=repr(shown)))
    if abs(value) > LIMIT:
        raise ValueError(Phrase("inventory.problem.too_large", shown=repr(shown), limit=LIMIT))
    return value
