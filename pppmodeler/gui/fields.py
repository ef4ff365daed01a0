"""What an input looks like in a form, and what a person's typing means: no Qt here.

An editor shows a value as text in the reader's convention (``1.250,5`` is read in Spanish,
``1,250.5`` in English; lists separated by ``;``) and reads it back the same way. A fraction is
shown and typed as a percentage: ``10,5 %`` (or just ``10,5``) is 0.105. Every value is then checked by :func:`pppmodeler.core.paths.check_value`
against the declared type and range, and a problem comes back as :class:`FieldProblem` with a
message for the person, in their language, to show next to the field.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from typing import Any

from ..core import paths
from ..core.paths import PathError
from ..core.specs import InvalidValue, Spec, is_lines, is_section, number_text, spec_of
from ..i18n import tr
from ..i18n.messages import in_language

_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
# One point before three digits (4.500): thousands in es-CO, a decimal point elsewhere.
_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(\.[0-9]{3})+")
# English groups thousands with commas: 1,500 or 12,345.6, nothing else.
_GROUPED_EN = re.compile(r"[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]*)?")


class FieldProblem(ValueError):
    """What is wrong with what was typed, in words for the person typing it."""


def inputs_of(cls: type) -> list:
    """The declared input fields of a section or line class (not sections, not lines)."""
    return [f for f in fields(cls) if not is_section(f) and not is_lines(f)]


def unit_text(unit: str, lang: str, currency: str) -> str:
    """The unit of a field as shown beside it: ``millones de COP``, ``%``, ``m²``."""
    if not unit:
        return ""
    if unit == "fraction":
        return "%"
    if unit == "currency":
        return tr(f"unit.{currency}", lang)
    key = f"unit.{unit}"
    try:
        return tr(key, lang)
    except KeyError:
        return unit


def field_unit(f: Any, lang: str, currency: str) -> str:
    spec = spec_of(f)
    return unit_text(spec.element.unit if spec.kind == "list" else spec.unit, lang, currency)


def choice_text(choice: Any, lang: str) -> str:
    try:
        return tr(f"choice.{choice}", lang)
    except KeyError:
        return str(choice)


def _number_shown(x: Any, lang: str, unit: str = "") -> str:
    if unit == "fraction":
        text = f"{float(x) * 100:.10g} %"
    else:
        text = number_text(x)
    return text.replace(".", ",") if lang == "es" else text


def shown(value: Any, spec: Spec, lang: str) -> str:
    """The text an editor shows for ``value``."""
    if spec.kind == "list":
        return "; ".join(_number_shown(v, lang, spec.element.unit) for v in value)
    if spec.kind in ("number", "integer"):
        return _number_shown(value, lang, spec.unit)
    if spec.kind == "choice":
        return choice_text(value, lang)
    if spec.kind == "boolean":
        return tr("gui.yes" if value else "gui.no", lang)
    return str(value)


def _read_number(text: str, spec: Spec, lang: str) -> float:
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    percent = raw.endswith("%")
    if percent:
        raw = raw[:-1]
    if lang == "es":
        if "," not in raw and "." in raw:
            grouped = _THOUSANDS.fullmatch(raw.lstrip("+-"))
            if grouped and raw.count(".") == 1:
                # es-CO writes 4.500 for four thousand five hundred; read as a decimal point
                # it would silently be 4.5, so the reader is asked which one is meant.
                raise FieldProblem(tr("gui.ambiguous_point", lang, text=text.strip(),
                                      thousands=raw.replace(".", ""),
                                      decimal=raw.replace(".", ",")))
            if raw.count(".") > 1 and not grouped:
                raise FieldProblem(tr("gui.not_a_number", lang, text=text.strip()))
        raw = raw.replace(".", "") if "," in raw or raw.count(".") > 1 else raw
        raw = raw.replace(",", ".")
    elif "," in raw:
        # "1,5" typed the Spanish way would silently read as 15.
        if not _GROUPED_EN.fullmatch(raw.lstrip("+-")):
            raise FieldProblem(tr("gui.not_a_number", lang, text=text.strip()))
        raw = raw.replace(",", "")
    if not _NUMBER.fullmatch(raw):
        raise FieldProblem(tr("gui.not_a_number", lang, text=text.strip()))
    x = float(raw)
    if spec.unit == "fraction":
        return round(x / 100, 12)
    if percent:
        raise FieldProblem(tr("gui.no_percent", lang))
    return x


def read(text: str, spec: Spec, lang: str) -> Any:
    """The value typed as ``text`` for an input of ``spec`` (not yet range-checked)."""
    if spec.kind == "list":
        parts = [p for p in re.split(r"[;\n]", text) if p.strip()]
        return [_read_number(p, spec.element, lang) for p in parts]
    if spec.kind in ("number", "integer"):
        x = _read_number(text, spec, lang)
        if spec.kind == "integer":
            if not x.is_integer():
                raise FieldProblem(tr("gui.not_whole", lang, text=text.strip()))
            return int(x)
        return x
    if spec.kind == "date":
        return text.strip()
    return text


def _unit_after(unit: str, lang: str, currency: str) -> str:
    """The unit after a number in a message; nothing for a percentage (it carries its %)."""
    text = "" if unit == "fraction" else unit_text(unit, lang, currency)
    return f" {text}" if text else ""


def _range_problem(spec: Spec, value: Any, lang: str, currency: str) -> str | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        return None
    unit = _unit_after(spec.unit, lang, currency)
    lo = None if spec.lo is None else _number_shown(spec.lo, lang, spec.unit)
    hi = None if spec.hi is None else _number_shown(spec.hi, lang, spec.unit)
    if spec.lo is not None and value < spec.lo or spec.hi is not None and value > spec.hi:
        if lo is not None and hi is not None:
            return tr("gui.between", lang, lo=lo, hi=hi, unit=unit)
        if lo is not None:
            return tr("gui.at_least", lang, lo=lo, unit=unit)
        return tr("gui.at_most", lang, hi=hi, unit=unit)
    return None


def _check_ranges(spec: Spec, value: Any, lang: str, currency: str) -> None:
    items = value if spec.kind == "list" and isinstance(value, list) else [value]
    element = spec.element if spec.kind == "list" else spec
    for i, item in enumerate(items):
        problem = _range_problem(element, item, lang, currency)
        if problem:
            where = tr("gui.item", lang, n=i + 1) if spec.kind == "list" else ""
            raise FieldProblem(where + problem)


def check_declared(spec: Spec, value: Any, lang: str, currency: str = "") -> Any:
    """``value`` checked against a declaration that is not an input of the model (a setting
    of the analyses), or :class:`FieldProblem`."""
    _check_ranges(spec, value, lang, currency)
    try:
        return spec.check(value)
    except InvalidValue as exc:
        raise FieldProblem(in_language(exc.reason, lang)) from None


def check(model: Any, path: str, value: Any, lang: str) -> Any:
    """``value`` checked for the input at ``path`` (canonical type) or :class:`FieldProblem`."""
    spec = paths.spec_at(path)
    _check_ranges(spec, value, lang, model.property.currency_unit)
    try:
        return paths.check_value(model, path, value)
    except PathError as exc:
        if spec.kind == "date":
            raise FieldProblem(tr("gui.bad_date", lang, text=str(value))) from None
        raise FieldProblem(in_language(exc.reason, lang)) from None


def parse(model: Any, path: str, text: str, lang: str) -> Any:
    """What ``text`` typed in the editor of ``path`` means, checked; or :class:`FieldProblem`."""
    return check(model, path, read(text, paths.spec_at(path), lang), lang)


def hint(spec: Spec, lang: str, currency: str) -> str:
    """The valid range of an input, for a tooltip: ``entre 0 y 1 fracción``."""
    element = spec.element if spec.kind == "list" else spec
    if element is None or element.kind not in ("number", "integer"):
        return ""
    unit = _unit_after(element.unit, lang, currency)
    lo = None if element.lo is None else _number_shown(element.lo, lang, element.unit)
    hi = None if element.hi is None else _number_shown(element.hi, lang, element.unit)
    if lo is not None and hi is not None:
        return tr("gui.between", lang, lo=lo, hi=hi, unit=unit)
    if lo is not None:
        return tr("gui.at_least", lang, lo=lo, unit=unit)
    if hi is not None:
        return tr("gui.at_most", lang, hi=hi, unit=unit)
    return ""
