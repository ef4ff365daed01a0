"""The valid range of a declared input in words (``Spec.range_text``), in either language."""

from __future__ import annotations

from dataclasses import fields

import pytest

from pppmodeler.core.inputs import Model
from pppmodeler.core.specs import Spec, is_lines, is_section, spec_of
from pppmodeler.i18n import CATALOGUE


@pytest.mark.parametrize("spec, english, spanish", [
    (Spec("number", "fraction", 0, 1), "between 0 and 1 (fraction)", "entre 0 y 1 (fracción)"),
    (Spec("number", "", 0.5, None), "at least 0.5", "al menos 0,5"),
    (Spec("integer", "years", None, 30), "at most 30 (years)", "como máximo 30 (años)"),
    (Spec("number", "currency", 0.0, 2.5e6), "between 0 and 2500000 (currency)",
     "entre 0 y 2500000 (unidad monetaria)"),
    (Spec("number", "x", 1.05, None), "at least 1.05 (x)", "al menos 1,05 (veces)"),
    (Spec("number"), "a number", "un número"),
])
def test_the_range_in_english_as_before_and_in_spanish(spec, english, spanish):
    words = spec.range_text()
    assert words == english and isinstance(words, str)
    assert words.text("en") == english
    assert words.text("es") == spanish


def test_a_unit_with_no_words_is_shown_as_declared():
    words = Spec("number", "m³", 0, None).range_text()
    assert (words, words.text("es")) == ("at least 0 (m³)", "al menos 0 (m³)")


def _units(cls: type) -> set[str]:
    found = set()
    for f in fields(cls):
        if is_section(f):
            found |= _units(f.default_factory)
        elif is_lines(f):
            found |= _units(f.metadata["line"])
        else:
            spec = spec_of(f)
            found |= {spec.unit, spec.element.unit if spec.element else ""}
    return found - {""}


def test_every_unit_of_the_model_inputs_has_spanish_words():
    units = _units(Model)
    assert "fraction" in units and "m²" in units
    assert sorted(u for u in units if f"range.unit.{u}" not in CATALOGUE) == []
