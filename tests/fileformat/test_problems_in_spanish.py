"""A scenario file that cannot be opened says what is wrong and where in the user's language:
each problem, and the FileFormatError that lists them, reads as before in English (``str``)
and in Spanish by ``text("es")`` / ``in_language``."""

from __future__ import annotations

import json

import pytest

from pppmodeler.fileformat import FileFormatError, document, dumps, load, loads
from pppmodeler.fileformat.validate import MAX_ERRORS, problems
from pppmodeler.i18n.messages import in_language


@pytest.fixture
def data(doc) -> dict:
    return json.loads(dumps(doc))


def error_of(data_or_text) -> FileFormatError:
    text = data_or_text if isinstance(data_or_text, str) else json.dumps(data_or_text)
    with pytest.raises(FileFormatError) as caught:
        loads(text, source="malo.pppm")
    return caught.value


def spanish(data: dict) -> list[str]:
    return [in_language(p, "es") for p in problems(data)]


def test_the_problems_of_a_file_in_spanish_and_as_before_in_english(data):
    data["extra"] = 1
    data["model"]["financing"]["rate"] = 7
    data["model"]["timeline"]["operation_years"] = "diez"
    data["model"]["property"]["kind"] = "castillo"
    data["model"]["property"]["nmae"] = "x"
    del data["metadata"]
    error = error_of(data)
    assert str(error) == (
        "malo.pppm: 6 problems:\n"
        "  top level: unknown field \"extra\"; valid names: format, version, metadata, model, "
        "scenarios, analyses\n"
        "  metadata: missing; a scenario file has format, version, metadata, model, scenarios, "
        "analyses\n"
        "  model.property: unknown field \"nmae\"; valid names: code, name, kind, mechanism, "
        "comuna, area_m2, leasable_area_m2, currency_unit, heritage_intervention_authorised; "
        "did you mean \"name\"?\n"
        "  model.property.kind: \"castillo\" is not one of: \"uso_publico\", \"fiscal\", \"bic\"\n"
        "  model.timeline.operation_years: expected a number, got \"diez\"\n"
        "  model.financing.rate: 7 is above the maximum 1 (fraction)")
    assert error.text("en") == str(error)
    assert error.text("es") == (
        "malo.pppm: 6 problemas:\n"
        "  nivel superior: campo desconocido \"extra\"; nombres válidos: format, version, "
        "metadata, model, scenarios, analyses\n"
        "  metadata: falta; un archivo de escenario tiene format, version, metadata, model, "
        "scenarios, analyses\n"
        "  model.property: campo desconocido \"nmae\"; nombres válidos: code, name, kind, "
        "mechanism, comuna, area_m2, leasable_area_m2, currency_unit, "
        "heritage_intervention_authorised; ¿quiso decir \"name\"?\n"
        "  model.property.kind: \"castillo\" no es una de las opciones: \"uso_publico\", "
        "\"fiscal\", \"bic\"\n"
        "  model.timeline.operation_years: se esperaba un número; se recibió \"diez\"\n"
        "  model.financing.rate: 7 supera el máximo de 1 (fracción)")
    assert [in_language(m, "es") for m in error.messages] == error.text("es").split("\n  ")[1:]


def test_one_problem_is_said_on_the_line_of_the_file(data):
    data["model"]["revenues"][0]["ramp_up"] = [0.5, 1.4]
    error = error_of(data)
    assert str(error) == "malo.pppm: model.revenues[0].ramp_up[1]: 1.4 is above the maximum 1 " \
                         "(fraction)"
    assert error.text("es") == "malo.pppm: model.revenues[0].ramp_up[1]: 1,4 supera el máximo " \
                               "de 1 (fracción)"


def test_overrides_and_analysis_paths_that_name_no_input_in_spanish(data):
    scenario = data["scenarios"][0]
    scenario["overrides"] = {"financing.rte": 0.1, "macro.cpi[9]": 0.05, "taxes.ica_rate": 0.5}
    data["analyses"]["goal_seek"]["path"] = "property.name"
    data["analyses"]["two_way"]["row_path"] = "district.canonn"
    found = problems(data)
    assert found[0].startswith('scenarios[0].overrides["financing.rte"]: unknown field "rte" '
                               "in financing; valid names: ")
    assert spanish(data) == [
        'scenarios[0].overrides["financing.rte"]: campo desconocido "rte" en financing; '
        "nombres válidos: sizing, gearing, amount, drawdown, rate, upfront_fee, commitment_fee, "
        "grace_years, tenor_years, repayment, target_dscr, dsra_months, lockup_dscr, "
        'covenant_dscr; ¿quiso decir "rate"?',
        'scenarios[0].overrides["macro.cpi[9]"]: no existe el elemento en la posición 9 de '
        "macro.cpi: tiene 4 elementos, en las posiciones 0 a 3; para alargar la lista, "
        "asígnela completa, p. ej. macro.cpi=[…]",
        'scenarios[0].overrides["taxes.ica_rate"]: 0,5 supera el máximo de 0,1 (fracción)',
        "analyses.two_way.row_path: district.canonn: campo desconocido \"canonn\" en district; "
        "nombres válidos: canon, canon_indexation, canon_spread, revenue_share, return_share, "
        "return_threshold_irr, capital_grant, availability_payment, availability_indexation, "
        "availability_years, public_disbursement_cap; ¿quiso decir \"canon\"?",
        'analyses.goal_seek.path: "property.name" no es un supuesto numérico; los análisis '
        "hacen variar números",
    ]


def test_names_that_repeat_in_spanish(data):
    data["model"]["revenues"][1]["name"] = data["model"]["revenues"][0]["name"]
    data["scenarios"].append(dict(data["scenarios"][0]))
    assert spanish(data) == [
        'model.revenues[1].name: "Locales comerciales" también es el nombre de '
        "model.revenues[0]; las líneas deben tener nombres distintos (las rutas las "
        "identifican por su nombre)",
        'scenarios[1].name: "Pesimista" también es el nombre de scenarios[0]; los escenarios '
        "deben tener nombres distintos",
    ]
    data["model"]["revenues"][1]["name"] = "Parqueadero"
    data["scenarios"] = [{"name": "Nombres", "description": "",
                          "overrides": {"revenues[1].name": "Locales comerciales"}}]
    assert spanish(data) == [
        'scenarios[0].overrides: los cambios dan a model.revenues[1] el nombre "Locales '
        'comerciales", que ya tiene model.revenues[0]; las líneas deben tener nombres distintos']


def test_wrong_shapes_in_spanish(data):
    data["scenarios"] = [{"overrides": []}, 3]
    data["model"]["costs"] = {}
    assert spanish(data) == [
        "model.costs: se esperaba una lista de líneas; se recibió {}",
        "scenarios[0].name: falta",
        "scenarios[0].overrides: se esperaba un objeto de rutas de supuestos y valores; se "
        "recibió []",
        "scenarios[1]: se esperaba un objeto; se recibió 3",
    ]
    assert in_language(problems([])[0], "es") == \
        "un archivo de escenario contiene un objeto JSON, no []"


def test_the_cap_on_problems_is_said_in_spanish(data):
    data["model"]["macro"]["cpi"] = [5] * 500
    error = error_of(data)
    assert error.messages[-1] == f"(stopped after {MAX_ERRORS} problems; there may be more)"
    assert error.text("es").endswith(
        f"\n  (la revisión se detuvo en {MAX_ERRORS} problemas; puede haber más)")
    assert error.text("es").startswith(f"malo.pppm: {MAX_ERRORS + 1} problemas:\n  "
                                       "model.macro.cpi[0]: 5 supera el máximo de 2 (fracción)")


def test_a_file_that_is_not_a_scenario_file_says_so_in_spanish(data, tmp_path):
    data["format"] = "otro"
    error = error_of(data)
    assert str(error) == ('malo.pppm: format: this is not a pppmodeler scenario file (its '
                          'format is "otro"; expected "format": "pppmodeler-scenario")')
    assert error.text("es") == ('malo.pppm: format: no es un archivo de escenario de pppmodeler '
                                '(su formato es "otro"; se esperaba "format": '
                                '"pppmodeler-scenario")')
    del data["format"]
    assert error_of(data).text("es").endswith('(no tiene la clave "format"; se esperaba '
                                              '"format": "pppmodeler-scenario")')
    assert error_of("[1]").text("es") == ("malo.pppm: un archivo de escenario contiene un objeto "
                                          "JSON, no [1]")
    with pytest.raises(FileFormatError) as caught:
        load(tmp_path)
    assert caught.value.text("es") == f"{tmp_path}: no es un archivo regular"
    with pytest.raises(FileFormatError) as caught:
        document.json_data(b" " * (3 * 2**20), "grande.pppm", 2 * 2**20)
    assert str(caught.value) == "grande.pppm: the file is too large (3.0 MB; the limit is 2 MB)"
    assert caught.value.text("es") == ("grande.pppm: el archivo es demasiado grande (3,0 MB; el "
                                       "límite es 2 MB)")


def test_a_document_that_cannot_be_saved_says_so_in_spanish(doc):
    doc.model.financing.rate = 3.0
    with pytest.raises(FileFormatError) as caught:
        dumps(doc)
    assert str(caught.value) == ("document not saved: model.financing.rate: 3 is above the "
                                 "maximum 1 (fraction)")
    assert caught.value.text("es") == ("el documento no se guardó: model.financing.rate: 3 "
                                       "supera el máximo de 1 (fracción)")
