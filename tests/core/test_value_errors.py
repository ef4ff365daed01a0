"""What is wrong with a value an input does not take (``Spec.check``, ``Spec.parse_text``):
English as before (``str``, matched by the file validator's and the paths' tests), Spanish by
``in_language``."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler.core.specs import InvalidValue, Spec, show
from pppmodeler.i18n.messages import in_language


@pytest.mark.parametrize("spec, value, english, spanish", [
    (Spec("number", "fraction", 0, 1), 7, "7 is above the maximum 1 (fraction)",
     "7 supera el máximo de 1 (fracción)"),
    (Spec("number", "years", 1, None), 0.5, "0.5 is below the minimum 1 (years)",
     "0,5 está por debajo del mínimo de 1 (años)"),
    (Spec("number", "m³", None, 2.5), 3, "3 is above the maximum 2.5 (m³)",
     "3 supera el máximo de 2,5 (m³)"),
    (Spec("number"), "diez", 'expected a number, got "diez"',
     'se esperaba un número; se recibió "diez"'),
    (Spec("number"), True, "expected a number, got true", "se esperaba un número; se recibió true"),
    (Spec("number"), 10**20, "100000000000000000000 is too large (numbers may be at most 1e15 in "
                             "size)",
     "100000000000000000000 es demasiado grande (un número puede valer como máximo 1e15 en "
     "valor absoluto)"),
    (Spec("number"), float("nan"), "nan is not a finite number", "nan no es un número finito"),
    (Spec("integer", "years", 1, 60), 2.5, "expected a whole number, got 2.5",
     "se esperaba un número entero; se recibió 2.5"),
    (Spec("boolean"), 1, "expected true or false, got 1", "se esperaba true o false; se recibió 1"),
    (Spec("choice", choices=("fiscal", "bic")), "otro", '"otro" is not one of: "fiscal", "bic"',
     '"otro" no es una de las opciones: "fiscal", "bic"'),
    (Spec("text"), 3, "expected text, got 3", "se esperaba un texto; se recibió 3"),
    (Spec("text"), "a\nb", '"a\\nb" contains line breaks or control characters (U+000A)',
     '"a\\nb" contiene saltos de línea o caracteres de control (U+000A)'),
    (Spec("text", multiline=True), "a\x07", '"a\\u0007" contains control characters (U+0007)',
     '"a\\u0007" contiene caracteres de control (U+0007)'),
    (Spec("text"), "a\ud800", '"a\\ud800" contains an invalid Unicode character (a lone '
                              'surrogate)',
     '"a\\ud800" contiene un carácter Unicode no válido (un sustituto aislado)'),
    (Spec("text", pattern=r"^x"), "y", '"y" is not of the expected form',
     '"y" no es de la forma esperada'),
    (Spec("date", "date"), "31/01/2027", '"31/01/2027" is not a date written YYYY-MM-DD',
     '"31/01/2027" no es una fecha en formato AAAA-MM-DD'),
    (Spec("list", element=Spec("number")), 3, "expected a list of numbers, got 3",
     "se esperaba una lista de números; se recibió 3"),
    (Spec("number"), np.zeros((2, 2)), "expected a number, got an array of shape (2, 2)",
     "se esperaba un número; se recibió un arreglo de forma (2, 2)"),
    (Spec("number"), {1}, "expected a number, got a set",
     "se esperaba un número; se recibió un valor de tipo set"),
])
def test_a_refused_value_in_english_as_before_and_in_spanish(spec, value, english, spanish):
    with pytest.raises(InvalidValue) as caught:
        spec.check(value)
    reason = caught.value.reason
    assert reason == english
    assert in_language(reason, "en") == english
    assert in_language(reason, "es") == spanish


def test_a_bad_element_of_a_list_is_said_in_spanish_with_its_position():
    spec = Spec("list", element=Spec("number", "fraction", 0, 2))
    _, problems = spec.examine([0.1, 7])
    assert [(p.where, p.reason, in_language(p.reason, "es")) for p in problems] == [
        ("[1]", "7 is above the maximum 2 (fraction)", "7 supera el máximo de 2 (fracción)")]


@pytest.mark.parametrize("spec, text, english, spanish", [
    (Spec("number", "fraction", 0, 1), "1,5",
     'expected a number, got "1,5"; use a dot as the decimal separator',
     'se esperaba un número; se recibió "1,5"; use el punto como separador decimal'),
    (Spec("number"), "diez", 'expected a number, got "diez"',
     'se esperaba un número; se recibió "diez"'),
    (Spec("list", element=Spec("number")), "[0.5,",
     'expected a JSON list such as [0.5, 0.8], got "[0.5,"',
     'se esperaba una lista JSON como [0.5, 0.8]; se recibió "[0.5,"'),
])
def test_command_line_text_that_is_not_a_value_is_said_in_spanish(spec, text, english, spanish):
    with pytest.raises(InvalidValue) as caught:
        spec.parse_text(text)
    assert caught.value.reason == english
    assert in_language(caught.value.reason, "es") == spanish


def test_a_value_with_no_json_form_is_shown_in_words_in_either_language():
    assert show(np.ones(3)) == "an array of shape (3,)"
    assert in_language(show(np.ones(3)), "es") == "un arreglo de forma (3,)"
    assert (show(1 + 2j), in_language(show(1 + 2j), "es")) == (
        "a complex", "un valor de tipo complex")
