"""Paths to inputs: parse, get, with_value, coerce, check, apply, numeric_paths, label."""

from __future__ import annotations

import copy
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pppmodeler.core import paths
from pppmodeler.core.inputs import CapexItem, CostLine, Macro, Model, RevenueLine, to_dict
from pppmodeler.core.paths import Attr, Index, Named, PathError
from pppmodeler.i18n.messages import in_language


def two_line_model() -> Model:
    return Model(
        macro=Macro(cpi=[0.05, 0.04]),
        revenues=[RevenueLine(name="Locales comerciales", kind="rent_per_m2", base_value=1.2,
                              area_m2=800.0, ramp_up=[0.6, 0.85]),
                  RevenueLine(name="Parqueadero", kind="unit_fee", base_value=0.004,
                              volume=90000.0)],
        costs=[CostLine(name="O&M", value=150.0)],
        capex=[CapexItem(name="Obra civil", amount=4200.0, schedule=[0.4, 0.6]),
               CapexItem(name="a.b [x]", amount=10.0)],
    )


@pytest.fixture
def model() -> Model:
    return two_line_model()


# --- parse and format ----------------------------------------------------------------------

@pytest.mark.parametrize("text, steps", [
    ("financing.rate", (Attr("financing"), Attr("rate"))),
    ("timeline.operation_years", (Attr("timeline"), Attr("operation_years"))),
    ("revenues[0].base_value", (Attr("revenues"), Index(0), Attr("base_value"))),
    ("revenues[Locales comerciales].ramp_up[1]",
     (Attr("revenues"), Named("Locales comerciales"), Attr("ramp_up"), Index(1))),
    ("macro.cpi[0]", (Attr("macro"), Attr("cpi"), Index(0))),
    ("capex[Obra civil].amount", (Attr("capex"), Named("Obra civil"), Attr("amount"))),
    ('revenues["a.b"].volume', (Attr("revenues"), Named("a.b"), Attr("volume"))),
    ('capex["a]b"].amount', (Attr("capex"), Named("a]b"), Attr("amount"))),
    ('capex["say \\"hi\\" \\\\ bye"].amount',
     (Attr("capex"), Named('say "hi" \\ bye'), Attr("amount"))),
    ('capex["7"].amount', (Attr("capex"), Named("7"), Attr("amount"))),
    ("capex[ Obra civil ].amount", (Attr("capex"), Named("Obra civil"), Attr("amount"))),
    ("revenues[007]", (Attr("revenues"), Index(7))),
    ("macro", (Attr("macro"),)),
])
def test_parse_every_form(text, steps):
    assert paths.parse(text) == steps
    assert paths.parse(paths.format_path(steps)) == steps


@pytest.mark.parametrize("text, says", [
    ("", "empty"),
    ("financing.", "expected a field name at character 11"),
    (".rate", "expected a field name at character 1"),
    ("financing..rate", "expected a field name"),
    ("revenues[0", "never closed"),
    ("revenues[]", "empty brackets"),
    ("revenues[-1].base_value", "count from 0"),
    ('revenues["abc].base_value', "never closed"),
    ('revenues["a"x].base_value', "expected ']'"),
    ('revenues[a"b].base_value', "double quotes"),
    ('revenues["a\\b"]', "backslash"),
    ("revenues[0]base_value", "expected '.' or '['"),
    ("financing rate", "expected '.' or '['"),
    ("1financing", "expected a field name"),
    ("revenues[99999999999999999999999].base_value", "far too large"),
])
def test_parse_errors_name_the_path_and_the_problem(text, says):
    with pytest.raises(PathError) as caught:
        paths.parse(text)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(f"{text}: ")
    assert says in caught.value.reason


def test_parse_refuses_what_is_not_text():
    with pytest.raises(PathError, match="must be text"):
        paths.parse(3)


names = st.text(st.characters(codec="utf-8"), max_size=12)


@given(names)
def test_any_line_name_can_be_written_and_read_back(name):
    steps = (Attr("revenues"), Named(name), Attr("base_value"))
    text = paths.format_path(steps)
    assert paths.parse(text) == steps
    assert re.search(paths.PATH_PATTERN, text)


@given(st.text(max_size=30))
def test_parse_raises_only_path_errors(text):
    try:
        steps = paths.parse(text)
    except PathError:
        return
    assert paths.parse(paths.format_path(steps)) == steps
    assert re.search(paths.PATH_PATTERN, paths.format_path(steps))


# --- get -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("financing.rate", 0.10),
    ("timeline.operation_years", 20),
    ("revenues[0].base_value", 1.2),
    ("revenues[Locales comerciales].ramp_up[1]", 0.85),
    ("revenues[Parqueadero].volume", 90000.0),
    ("macro.cpi[0]", 0.05),
    ("macro.cpi", [0.05, 0.04]),
    ("capex[Obra civil].amount", 4200.0),
    ('capex["a.b [x]"].amount', 10.0),
    ("costs[0].name", "O&M"),
])
def test_get(model, text, value):
    assert paths.get(model, text) == value


def test_get_reaches_lines_and_sections(model):
    assert paths.get(model, "revenues[1]") is model.revenues[1]
    assert paths.get(model, "financing") is model.financing


@pytest.mark.parametrize("text, says", [
    ("financing.rte", "unknown field \"rte\" in financing; valid names: sizing, gearing"),
    ("finance.rate", "at the top level; valid names: property, timeline"),
    ("revenues[5].base_value", "no line 5 in revenues: it has 2 lines, at positions 0 to 1"),
    ("costs[1].value", "it has 1 line, at position 0"),
    ("revenues[Oficinas].base_value", 'no line of revenues is named "Oficinas"; names: '
                                      '"Locales comerciales", "Parqueadero"'),
    ("macro.cpi[2]", "macro.cpi has no element 2: it has 2 elements"),
    ("revenues[0].ramp_up[Jan]", "picked by position"),
    ("revenues.base_value", "a list of lines; pick one by position or by name"),
    ("financing[0]", "financing is not a list"),
    ("financing.rate.x", "financing.rate is a single value"),
    ("macro.cpi[0].x", "macro.cpi[0] is a single value"),
])
def test_get_errors_say_what_and_where(model, text, says):
    with pytest.raises(PathError) as caught:
        paths.get(model, text)
    assert str(caught.value).startswith(f"{text}: ")
    assert says in str(caught.value)


def test_unknown_field_suggests_the_nearest_name(model):
    with pytest.raises(PathError, match='did you mean "rate"'):
        paths.get(model, "financing.rte")


def test_a_name_two_lines_share_must_be_picked_by_position(model):
    model.costs.append(CostLine(name="O&M"))
    with pytest.raises(PathError, match="2 lines of costs are named \"O&M\""):
        paths.get(model, "costs[O&M].value")


# --- with_value -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("financing.rate", 0.11),
    ("timeline.operation_years", 25),
    ("revenues[0].base_value", 1.5),
    ("revenues[Locales comerciales].ramp_up[1]", 0.9),
    ("macro.cpi[0]", 0.06),
    ("macro.cpi", [0.03, 0.03, 0.03]),
    ("capex[Obra civil].amount", 5000.0),
    ("financing.repayment", "sculpted"),
    ("taxes.gmf_enabled", True),
    ("revenues[1].name", "Parqueo"),
])
def test_with_value_returns_a_new_model_and_leaves_the_original(model, text, value):
    before = copy.deepcopy(model)
    changed = paths.with_value(model, text, value)
    assert paths.get(changed, text) == value
    assert model == before
    assert changed is not model


def test_with_value_copies_only_along_the_path(model):
    changed = paths.with_value(model, "revenues[Parqueadero].volume", 1.0)
    assert changed.revenues is not model.revenues
    assert changed.revenues[0] is model.revenues[0]
    assert changed.revenues[1] is not model.revenues[1]
    assert changed.costs is model.costs
    assert changed.financing is model.financing
    assert changed.macro is model.macro


def test_with_value_takes_a_numpy_array_for_a_batch(model):
    before = copy.deepcopy(model)
    batch = np.array([0.08, 0.10, 0.12])
    changed = paths.with_value(model, "financing.rate", batch)
    assert changed.financing.rate is batch
    element = paths.with_value(changed, "revenues[0].ramp_up[1]", np.linspace(0.5, 1, 3))
    assert element.revenues[0].ramp_up[0] == 0.6
    assert np.array_equal(element.revenues[0].ramp_up[1], [0.5, 0.75, 1.0])
    assert model == before
    assert changed.financing.rate is batch


def test_with_value_sets_a_whole_list_as_a_copy(model):
    values = [0.03, 0.02]
    changed = paths.with_value(model, "macro.cpi", values)
    values.append(9.0)
    assert changed.macro.cpi == [0.03, 0.02]


@pytest.mark.parametrize("text, value, says", [
    ("macro.cpi[2]", 0.03, "has no element 2: it has 2 elements, at positions 0 to 1; to make "
                           "it longer, set the whole list"),
    ("revenues[0].ramp_up[5]", 0.5, "revenues[0].ramp_up has no element 5"),
    ("financing", 1.0, "financing is not one input"),
    ("revenues", [], "revenues is a list of lines, not one input"),
    ("revenues[0]", 1.0, "revenues[0] is not one input"),
    ("financing.rate", [0.1, 0.2], "takes one value"),
    ("macro.cpi", 0.04, "this input is a list"),
    ("financing.rate", np.zeros((2, 2)), "shape (n,)"),
])
def test_with_value_errors(model, text, value, says):
    with pytest.raises(PathError) as caught:
        paths.with_value(model, text, value)
    assert str(caught.value).startswith(f"{text}: ")
    assert says in str(caught.value)


# --- coerce and check_value -------------------------------------------------------------------

@pytest.mark.parametrize("text, given, value", [
    ("financing.rate", "0.11", 0.11),
    ("financing.rate", " 11% ", 0.11),
    ("financing.rate", "1e-1", 0.1),
    ("revenues[0].base_value", "3200", 3200.0),
    ("timeline.operation_years", "25", 25),
    ("timeline.operation_years", "25.0", 25),
    ("timeline.periods_per_year", "4", 4),
    ("financing.repayment", "sculpted", "sculpted"),
    ("taxes.gmf_enabled", "true", True),
    ("taxes.gmf_enabled", "False", False),
    ("macro.cpi", "[0.05, 0.04, 0.03]", [0.05, 0.04, 0.03]),
    ("macro.cpi", "[1, 0]", [1.0, 0.0]),
    ("macro.cpi[1]", "0.035", 0.035),
    ("revenues[Locales comerciales].ramp_up[0]", "70%", 0.7),
    ("property.name", "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"),
    ("timeline.start_date", "2028-07-01", "2028-07-01"),
])
def test_coerce_reads_the_type_of_the_input(model, text, given, value):
    got = paths.coerce(model, text, given)
    assert got == value
    assert type(got) is type(value)
    if isinstance(value, list):
        assert all(type(v) is float for v in got)


@pytest.mark.parametrize("text, given, says", [
    ("financing.rate", "diez", 'expected a number, got "diez"'),
    ("financing.rate", "0,11", "use a dot as the decimal separator"),
    ("financing.rate", "1.5", "1.5 is above the maximum 1 (fraction)"),
    ("financing.rate", "-0.1", "-0.1 is below the minimum 0 (fraction)"),
    ("financing.rate", "nan", "expected a number"),
    ("financing.rate", "inf", "expected a number"),
    ("financing.rate", "1_000", "expected a number"),
    ("revenues[0].base_value", "1e16", "too large"),
    ("revenues[0].base_value", "1" * 400, "not a finite number"),
    ("revenues[0].area_m2", "10%", "expected a number"),
    ("timeline.operation_years", "20.5", "expected a whole number, got 20.5"),
    ("timeline.operation_years", "61", "61 is above the maximum 60 (years)"),
    ("timeline.periods_per_year", "3", "3 is not one of: 1, 2, 4, 12"),
    ("financing.repayment", "bullet", '"bullet" is not one of: "annuity", "equal_principal", '
                                      '"sculpted"'),
    ("taxes.gmf_enabled", "yes", 'expected true or false, got "yes"'),
    ("macro.cpi", "0.05", "expected a JSON list"),
    ("macro.cpi", "[0.05, NaN]", "expected a JSON list"),
    ("macro.cpi", "[0.05, \"x\"]", 'macro.cpi[1]: expected a number, got "x"'),
    ("macro.cpi", "[0.05, 3]", "macro.cpi[1]: 3 is above the maximum 2 (fraction)"),
    ("macro.cpi", "[true]", "expected a number, got true"),
    ("revenues[0].ramp_up[1]", "1.4", "revenues[0].ramp_up[1]: 1.4 is above the maximum 1 "
                                      "(fraction)"),
    ("timeline.start_date", "01/07/2028", "is not a date written YYYY-MM-DD"),
    ("property.name", "two\nlines", "line breaks"),
    ("financing", "1", "financing is not one input"),
    ("revenues[9].base_value", "1", "no line 9 in revenues"),
])
def test_coerce_errors_name_the_path_and_say_why(model, text, given, says):
    with pytest.raises(PathError) as caught:
        paths.coerce(model, text, given)
    assert str(caught.value).startswith(text)
    assert says in str(caught.value)


@pytest.mark.parametrize("text, value, normal", [
    ("financing.tenor_years", 12, 12.0),
    ("timeline.operation_years", 15.0, 15),
    ("timeline.periods_per_year", 4.0, 4),
    ("macro.cpi", [0, 1], [0.0, 1.0]),
])
def test_check_value_gives_the_declared_type(model, text, value, normal):
    got = paths.check_value(model, text, value)
    assert got == normal and type(got) is type(normal)


@pytest.mark.parametrize("text, value, says", [
    ("financing.rate", True, "expected a number, got true"),
    ("financing.rate", "0.1", 'expected a number, got "0.1"'),
    ("financing.rate", float("nan"), "not a finite number"),
    ("financing.rate", 10**400, "too large"),
    ("taxes.gmf_enabled", 1, "expected true or false, got 1"),
    ("timeline.periods_per_year", True, "expected a number, got true"),
    ("financing.repayment", 1, "is not one of"),
    ("property.name", 5, "expected text, got 5"),
    ("property.name", "a\ud800b", "lone surrogate"),
])
def test_check_value_refuses_the_wrong_type(model, text, value, says):
    with pytest.raises(PathError, match=re.escape(says)):
        paths.check_value(model, text, value)


def test_spec_at_needs_no_model():
    spec = paths.spec_at("revenues[Anything].ramp_up[7]")
    assert (spec.kind, spec.lo, spec.hi, spec.unit) == ("number", 0, 1, "fraction")
    assert paths.spec_at("timeline.periods_per_year").choices == (1, 2, 4, 12)
    with pytest.raises(PathError, match="not one input"):
        paths.spec_at("revenues[0]")


# --- canonical, overlaps, apply ---------------------------------------------------------------

def test_canonical_picks_lines_by_position(model):
    assert paths.canonical(model, "revenues[Parqueadero].volume") == "revenues[1].volume"
    assert paths.canonical(model, 'capex["a.b [x]"].amount') == "capex[1].amount"


def test_apply_resolves_every_path_before_applying(model):
    overrides = {"revenues[Parqueadero].name": "Parqueo",
                 "revenues[Parqueadero].volume": 1000,
                 "financing.rate": 0.12}
    changed = paths.apply(model, overrides)
    assert changed.revenues[1].name == "Parqueo"
    assert changed.revenues[1].volume == 1000.0
    assert type(changed.revenues[1].volume) is float
    assert changed.financing.rate == 0.12
    assert model == two_line_model()


def test_apply_refuses_two_overrides_of_one_input(model):
    for overrides in ({"revenues[0].area_m2": 1, "revenues[Locales comerciales].area_m2": 2},
                      {"macro.cpi": [0.1], "macro.cpi[0]": 0.2}):
        with pytest.raises(PathError, match="names the same input as"):
            paths.apply(model, overrides)
    assert paths.overlaps(model, {"revenues[0].area_m2": 1, "revenues[1].area_m2": 1}) == []


def test_apply_checks_values(model):
    with pytest.raises(PathError, match="above the maximum"):
        paths.apply(model, {"financing.rate": 2.0})
    assert paths.apply(model, {"financing.rate": 2.0}, check=False).financing.rate == 2.0


# --- numeric_paths ----------------------------------------------------------------------------

def test_numeric_paths_cover_lines_and_list_elements(model):
    found = paths.numeric_paths(model)
    for expected in ("financing.rate", "timeline.operation_years", "macro.base_year",
                     "macro.cpi[0]", "macro.cpi[1]", "revenues[0].base_value",
                     "revenues[1].base_value", "revenues[0].ramp_up[0]",
                     "revenues[0].ramp_up[1]", "costs[0].value", "capex[1].amount",
                     "capex[0].schedule[1]"):
        assert expected in found
    for excluded in ("property.name", "property.kind", "timeline.periods_per_year",
                     "taxes.gmf_enabled", "timeline.start_date", "revenues[0].kind",
                     "revenues[0].ramp_up", "macro.cpi", "revenues[1].ramp_up[0]",
                     "revenues[0].revenue_share_applies"):
        assert excluded not in found
    assert len(found) == len(set(found))


def test_every_numeric_path_resolves_to_a_number_that_can_be_batched(model):
    for text in paths.numeric_paths(model):
        value = paths.get(model, text)
        assert isinstance(value, (int, float)) and not isinstance(value, bool), text
        assert paths.spec_at(text).numeric
        changed = paths.with_value(model, text, np.array([value, value]))
        assert np.array_equal(paths.get(changed, text), [value, value])
    assert model == two_line_model()


def test_numeric_paths_of_a_default_model_have_no_lines():
    found = paths.numeric_paths(Model())
    assert not any(p.startswith(("revenues", "costs", "capex")) for p in found)
    assert "macro.cpi[0]" in found


# --- label ------------------------------------------------------------------------------------

def test_label_in_both_languages(model):
    assert paths.label("revenues[Locales comerciales].base_value") == (
        "Ingresos › Locales comerciales › Valor base (año, precios base; en % de otra "
        "línea, la fracción)")
    assert paths.label("financing.rate", "en") == (
        "Financing › Interest rate (effective annual)")
    assert paths.label("revenues[1].ramp_up[0]", "es") == (
        "Ingresos › línea 2 › Ocupación en los primeros años › elemento 1")
    assert paths.label("revenues[1].volume", "en", model) == (
        "Revenues › Parqueadero › Annual volume")
    assert paths.label("macro.cpi[0]", "en") == (
        "Macro › Annual CPI from the base year › item 1")


def test_label_errors(model):
    with pytest.raises(PathError):
        paths.label("financing.rte")
    with pytest.raises(ValueError, match="unknown language"):
        paths.label("financing.rate", "fr")


def test_every_numeric_path_has_a_label(model):
    for text in paths.numeric_paths(model):
        for lang in ("es", "en"):
            assert paths.label(text, lang, model)


@settings(max_examples=50)
@given(st.sampled_from(paths.numeric_paths(two_line_model())),
       st.floats(allow_nan=False, allow_infinity=False))
def test_coerce_of_a_written_number_checks_like_check_value(text, x):
    model = two_line_model()
    try:
        expected = paths.check_value(model, text, x)
    except PathError:
        with pytest.raises(PathError):
            paths.coerce(model, text, repr(x))
        return
    assert paths.coerce(model, text, repr(x)) == expected


def test_to_dict_of_a_changed_model_is_plain_data(model):
    changed = paths.with_value(model, "financing.rate", 0.2)
    assert to_dict(changed)["financing"]["rate"] == 0.2


def test_structure_changes_with_lines_names_and_lists_not_with_values():
    """The key the desktop's input pickers are cached on: a value edit keeps it, anything that
    changes the list of numeric paths or their labels changes it."""
    import dataclasses as dc

    from pppmodeler import bundled
    from pppmodeler.fileformat import loads

    model = loads(bundled.sample_text("heritage_building")).model
    key = paths.structure(model)
    assert paths.structure(paths.apply(model, {"financing.rate": 0.2})) == key
    renamed = dc.replace(model, revenues=[dc.replace(model.revenues[0], name="Otro"),
                                          *model.revenues[1:]])
    added = dc.replace(model, costs=[*model.costs, CostLine(name="Nueva")])
    longer_cpi = dc.replace(model, macro=dc.replace(model.macro,
                                                    cpi=[*model.macro.cpi, 0.03]))
    ramp = dc.replace(model, revenues=[dc.replace(model.revenues[0], ramp_up=[0.5]),
                                       *model.revenues[1:]])
    keys = {paths.structure(m) for m in (renamed, added, longer_cpi, ramp)}
    assert key not in keys and len(keys) == 4
    # the structure tells apart what numeric_paths and the labels tell apart
    for m in (renamed, added, longer_cpi, ramp):
        assert ([paths.label(p, "es", m) for p in paths.numeric_paths(m)]
                != [paths.label(p, "es", model) for p in paths.numeric_paths(model)])


# --- errors in the user's language -----------------------------------------------------------

@pytest.mark.parametrize("text, english, spanish", [
    ("financing.", "expected a field name at character 11 (the path ends there)",
     "se esperaba un nombre de campo en el carácter 11 (ahí termina la ruta)"),
    ("financing rate", "expected '.' or '[' at character 10, found \" \"",
     "se esperaba '.' o '[' en el carácter 10, pero hay \" \""),
    ("revenues[]", "empty brackets at character 9", "corchetes vacíos en el carácter 9"),
    ("revenues[-1].base_value", "positions count from 0; -1 is not allowed",
     "las posiciones se cuentan desde 0; no se admite -1"),
    ('revenues["abc].base_value', "a quoted name is never closed",
     "las comillas de un nombre no se cierran"),
    ("financing.rte", "unknown field \"rte\" in financing; valid names: sizing, ",
     "campo desconocido \"rte\" en financing; nombres válidos: sizing, "),
    ("finance.rate", "did you mean \"financing\"?", "¿quiso decir \"financing\"?"),
    ("finance.rate", "at the top level", "en el nivel superior"),
    ("revenues[5].base_value", "there is no line 5 in revenues: it has 2 lines, at positions "
                               "0 to 1",
     "no existe la línea en la posición 5 de revenues: tiene 2 líneas, en las posiciones 0 a 1"),
    ("costs[1].value", "it has 1 line, at position 0", "tiene 1 línea, en la posición 0"),
    ("revenues[Oficinas].base_value", "no line of revenues is named \"Oficinas\"",
     "ninguna línea de revenues se llama \"Oficinas\"; nombres: \"Locales comerciales\""),
    ("macro.cpi[2]", "macro.cpi has no element 2: it has 2 elements, at positions 0 to 1; to "
                     "make it longer, set the whole list, e.g. macro.cpi=[…]",
     "no existe el elemento en la posición 2 de macro.cpi: tiene 2 elementos, en las "
     "posiciones 0 a 1; para alargar la lista, asígnela completa, p. ej. macro.cpi=[…]"),
    ("revenues.base_value", "revenues is a list of lines; pick one by position or by name, "
                            "e.g. revenues[0].base_value",
     "revenues es una lista de líneas; elija una por posición o por nombre, p. ej. "
     "revenues[0].base_value"),
    ("financing[0]", "financing is not a list; name one of its fields",
     "financing no es una lista; indique uno de sus campos"),
    ("financing.rate.x", "financing.rate is a single value; nothing can follow it",
     "financing.rate es un valor único; después de él no puede ir nada"),
])
def test_get_errors_say_what_and_where_in_spanish_and_as_before_in_english(
        model, text, english, spanish):
    with pytest.raises(PathError) as caught:
        paths.get(model, text)
    error = caught.value
    assert str(error).startswith(f"{text}: ") and english in str(error)
    assert error.text("en") == str(error)
    assert in_language(error, "es").startswith(f"{text}: ")   # the path stays as written
    assert spanish in in_language(error, "es")
    assert english not in error.text("es")
    assert spanish in in_language(error.reason, "es")


def test_a_value_or_a_path_that_is_not_one_input_says_so_in_spanish(model):
    with pytest.raises(PathError) as caught:
        paths.coerce(model, "financing", "1")
    assert caught.value.text("es").startswith(
        "financing: financing no es un solo supuesto; indique uno de sus campos: sizing, ")
    with pytest.raises(PathError) as caught:
        paths.spec_at("revenues")
    assert caught.value.text("es") == (
        "revenues: revenues es una lista de líneas, no un solo supuesto; elija una línea y un "
        "campo, p. ej. revenues[0].base_value")
    with pytest.raises(PathError) as caught:
        paths.apply(model, {"macro.cpi": [0.1], "macro.cpi[0]": 0.2})
    assert caught.value.text("es") == 'macro.cpi[0]: nombra el mismo supuesto que "macro.cpi"'
    with pytest.raises(PathError) as caught:
        paths.with_value(model, "financing.rate", [0.1, 0.2])
    assert caught.value.text("es").startswith(
        "financing.rate: este supuesto toma un solo valor, no [0.1, 0.2]; para varias "
        "iteraciones a la vez")


def test_an_error_carried_as_text_into_another_message_keeps_its_language(model):
    """Callers that pass ``str(error)`` on (analysis errors, scenario outcomes) still get
    the Spanish."""
    with pytest.raises(PathError) as caught:
        paths.get(model, "")
    carried = str(caught.value)
    assert carried == ": the path is empty"
    assert in_language(carried, "es") == ": la ruta está vacía"
    with pytest.raises(PathError) as caught:
        paths.parse(3)
    assert caught.value.text("es") == "3: una ruta debe ser texto"


def test_a_reason_given_as_plain_text_is_shown_as_it_is():
    error = PathError("--column", "expected FIELD=HEADER")
    assert str(error) == "--column: expected FIELD=HEADER" == error.text("es")
