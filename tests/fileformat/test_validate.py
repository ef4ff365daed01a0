"""Malformed scenario files: each gives a FileFormatError that says what and where."""

from __future__ import annotations

import json

import pytest

from pppmodeler.core.inputs import Financing, Model
from pppmodeler.fileformat import FileFormatError, dumps, load, loads
from pppmodeler.fileformat.validate import MAX_ERRORS, problems


@pytest.fixture
def data(doc) -> dict:
    return json.loads(dumps(doc))


def messages_of(data_or_text) -> tuple[str, ...]:
    text = data_or_text if isinstance(data_or_text, str) else json.dumps(data_or_text)
    with pytest.raises(FileFormatError) as caught:
        loads(text, source="bad.pppm")
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error).startswith("bad.pppm: ")
    assert error.source == "bad.pppm"
    return error.messages


def only_message(data_or_text) -> str:
    found = messages_of(data_or_text)
    assert len(found) == 1, found
    return found[0]


def test_a_valid_file_has_no_problems(data):
    assert problems(data) == []


# --- JSON itself ------------------------------------------------------------------------------

def test_truncated_json_says_line_and_column(doc):
    text = dumps(doc)
    message = only_message(text[: len(text) // 2])
    assert message.startswith("not valid JSON: ")
    assert "line" in message and "column" in message


def test_the_line_of_a_syntax_error(doc):
    lines = dumps(doc).splitlines()
    lines[5] = lines[5].rstrip(",")  # a missing comma after the 6th line
    assert "at line 7, column" in only_message("\n".join(lines))


@pytest.mark.parametrize("text", ["", "   ", "{", "[1,", "nul", "{'format': 1}", "{\"a\" 1}"])
def test_broken_json(text):
    assert only_message(text).startswith("not valid JSON")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_where_they_are(data, constant):
    text = json.dumps(data).replace('"rate": 0.118', f'"rate": {constant}')
    assert only_message(text) == (f"model.financing.rate: {constant} is not allowed: numbers "
                                  "must be finite")


@pytest.mark.parametrize("number, shown", [("1e400", "1e400"), ("-1e309", "-1e309"),
                                            ("1" * 5000, "1" * 20 + "…")])
def test_numbers_too_large_for_a_float_are_refused_where_they_are(data, number, shown):
    text = json.dumps(data).replace('"canon": 150.0', f'"canon": {number}')
    message = only_message(text)
    assert message.startswith(f"model.district.canon: {shown}")
    assert "too large" in message


@pytest.mark.parametrize("number", ["1e16", "-2e15", "10000000000000001", "1e15000000"])
def test_huge_numbers_are_refused(data, number):
    text = json.dumps(data).replace('"real_growth": 0.002', f'"real_growth": {number}')
    message = only_message(text)
    assert message.startswith("model.costs[0].real_growth: ")
    assert "too large" in message


def test_a_repeated_key_is_refused(data):
    text = json.dumps(data).replace('"rate": 0.118', '"rate": 0.118, "rate": 0.2')
    assert only_message(text) == ('the key "rate" appears twice in one object; JSON objects may '
                                  'not repeat a key')


def test_deep_nesting_is_refused():
    assert "nested too deeply" in only_message("[" * 100_000 + "]" * 100_000)
    assert "nested too deeply" in only_message("[" * 17 + "]" * 17)


@pytest.mark.parametrize("raw", [b"\xff\xfe{\x00}\x00", b"\x80", b"{\"a\": \"\xc3\x28\"}",
                                 bytes(range(256))])
def test_bytes_that_are_not_utf8(raw):
    with pytest.raises(FileFormatError, match="not UTF-8 text: byte 0x"):
        loads(raw, source="x.pppm")


def test_random_bytes_in_a_file(tmp_path):
    target = tmp_path / "random.pppm"
    target.write_bytes(bytes((i * 97 + 13) % 256 for i in range(4096)))
    with pytest.raises(FileFormatError) as caught:
        load(target)
    assert str(caught.value).startswith(f"{target}: ")


@pytest.mark.parametrize("text, shown", [("[]", "[]"), ("3", "3"), ("null", "null"),
                                         ('"pppm"', '"pppm"'), ("[1, 2]", "[1, 2]")])
def test_the_top_level_must_be_an_object(text, shown):
    assert only_message(text) == f"a scenario file holds a JSON object, not {shown}"


# --- which file, which version ----------------------------------------------------------------

def test_another_json_file_is_not_a_scenario_file():
    message = only_message({"name": "package.json"})
    assert message.startswith("format: this is not a pppmodeler scenario file (it has no "
                              "\"format\" key")


def test_a_wrong_format_name(data):
    data["format"] = "excel"
    assert 'its format is "excel"' in only_message(data)


@pytest.mark.parametrize("version, says", [
    (0, "version: 0 is not a format version this pppmodeler knows; it reads versions 1 to 2"),
    (-3, "version: -3 is not a format version"),
    ("1", 'version: expected a whole number, got "1"'),
    (1.0, "version: expected a whole number, got 1"),
    (True, "version: expected a whole number, got true"),
    (None, "version: expected a whole number, got null"),
])
def test_unknown_versions(data, version, says):
    data["version"] = version
    assert only_message(data).startswith(says)


def test_a_missing_version(data):
    del data["version"]
    assert only_message(data).startswith("version: missing")


def test_a_file_from_a_newer_pppmodeler_asks_for_an_update(data):
    data["version"] = 3
    data["metadata"]["app_version"] = "1.4.0"
    message = only_message(data)
    assert message.startswith("version: this file was made by pppmodeler 1.4.0 in format "
                              "version 3")
    assert "reads format versions up to 2" in message
    assert message.endswith("Update pppmodeler to open it")


def test_a_newer_file_without_metadata_still_asks_for_an_update(data):
    data["version"] = 7
    data["metadata"] = "garbage"
    assert "made by a newer pppmodeler in format version 7" in only_message(data)


# --- structure --------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["format", "model", "metadata", "scenarios", "analyses"])
def test_a_missing_top_level_key_is_an_error(data, key):
    del data[key]
    message = only_message(data)
    assert message.startswith(f"{key}: missing") or "no \"format\" key" in message


def test_missing_keys_inside_sections_take_their_defaults(data):
    del data["model"]["financing"]
    del data["model"]["timeline"]["operation_years"]
    del data["model"]["revenues"][0]["ramp_up"]
    del data["metadata"]["author"]
    del data["scenarios"][0]["description"]
    loaded = loads(json.dumps(data))
    assert loaded.model.financing == Financing()
    assert loaded.model.timeline.operation_years == 20
    assert loaded.model.revenues[0].ramp_up == []
    assert loaded.metadata.author == ""
    assert loaded.scenarios[0].description == ""


def test_a_minimal_file():
    text = ('{"format": "pppmodeler-scenario", "version": 1, "metadata": {}, "model": {}, '
            '"scenarios": [], "analyses": {}}')
    assert loads(text).model == Model()


def test_unknown_keys_everywhere_are_reported_with_suggestions(data):
    data["extra"] = 1
    data["model"]["financing"]["rte"] = 0.1
    data["model"]["revenues"][1]["colour"] = "red"
    data["metadata"]["version"] = "x"
    data["scenarios"][0]["overides"] = {}
    found = messages_of(data)
    assert found == (
        'top level: unknown field "extra"; valid names: format, version, metadata, model, '
        'scenarios, analyses',
        'model.revenues[1]: unknown field "colour"; valid names: name, kind, base_value, '
        'area_m2, volume, of_line, ramp_up, stabilised_occupancy, vacancy, collection_loss, '
        'real_growth, indexation, index_spread, start_year, end_year, revenue_share_applies',
        'model.financing: unknown field "rte"; valid names: sizing, gearing, amount, drawdown, '
        'rate, upfront_fee, commitment_fee, grace_years, tenor_years, repayment, target_dscr, '
        'dsra_months, lockup_dscr, covenant_dscr; did you mean "rate"?',
        'metadata: unknown field "version"; valid names: author, created, modified, '
        'app_version, notes, content_hash; did you mean "app_version"?',
        'scenarios[0]: unknown field "overides"; valid names: name, description, overrides; '
        'did you mean "overrides"?',
    )


@pytest.mark.parametrize("where, value, says", [
    (("model", "financing", "rate"), "diez", 'model.financing.rate: expected a number, got '
                                             '"diez"'),
    (("model", "financing", "rate"), True, "model.financing.rate: expected a number, got true"),
    (("model", "financing", "rate"), None, "model.financing.rate: expected a number, got null"),
    (("model", "financing", "rate"), [0.1], "model.financing.rate: expected a number, got "
                                            "[0.1]"),
    (("model", "financing", "rate"), 1.4, "model.financing.rate: 1.4 is above the maximum 1 "
                                          "(fraction)"),
    (("model", "revenues", 0, "ramp_up", 1), 1.4, "model.revenues[0].ramp_up[1]: 1.4 is above "
                                                  "the maximum 1 (fraction)"),
    (("model", "revenues", 0, "ramp_up"), 0.5, "model.revenues[0].ramp_up: expected a list of "
                                               "numbers, got 0.5"),
    (("model", "revenues", 1, "area_m2"), -5, "model.revenues[1].area_m2: -5 is below the "
                                              "minimum 0 (m²)"),
    (("model", "taxes", "gmf_enabled"), 0, "model.taxes.gmf_enabled: expected true or false, "
                                           "got 0"),
    (("model", "taxes", "gmf_enabled"), "false", 'model.taxes.gmf_enabled: expected true or '
                                                 'false, got "false"'),
    (("model", "timeline", "operation_years"), 20.5, "model.timeline.operation_years: expected a "
                                                     "whole number, got 20.5"),
    (("model", "timeline", "periods_per_year"), 3, "model.timeline.periods_per_year: 3 is not "
                                                   "one of: 1, 2, 4, 12"),
    (("model", "timeline", "periods_per_year"), "4", 'model.timeline.periods_per_year: "4" is '
                                                     'not one of: 1, 2, 4, 12'),
    (("model", "timeline", "start_date"), "2027-02-30", 'model.timeline.start_date: '
                                                        '"2027-02-30" is not a date written '
                                                        'YYYY-MM-DD'),
    (("model", "financing", "repayment"), "Annuity", 'model.financing.repayment: "Annuity" is '
                                                     'not one of: "annuity", "equal_principal", '
                                                     '"sculpted"'),
    (("model", "property", "name"), 42, "model.property.name: expected text, got 42"),
    (("model", "property", "name"), "a\u0000b", 'model.property.name: "a\\u0000b" contains '
                                                'line breaks or control characters (U+0000)'),
    (("model", "property", "name"), "a\nb", "contains line breaks"),
    (("model", "property", "name"), "a\ud800b", "lone surrogate"),
    (("model", "financing"), [], "model.financing: expected an object, got []"),
    (("model", "revenues"), {}, "model.revenues: expected a list of lines, got {}"),
    (("model", "revenues", 0), "Locales", 'model.revenues[0]: expected an object, got '
                                          '"Locales"'),
    (("model",), None, "model: expected an object, got null"),
    (("metadata", "created"), "ayer", 'metadata.created: "ayer" is not a date and time such '
                                      'as 2027-01-31T09:30:00+00:00, or empty'),
    (("metadata", "content_hash"), "md5:00", 'metadata.content_hash: "md5:00" is not sha256: '
                                             'and 64 hexadecimal digits, or empty'),
    (("metadata",), [], "metadata: expected an object, got []"),
    (("scenarios",), {}, "scenarios: expected a list of scenarios, got {}"),
    (("scenarios", 0, "name"), "  ", 'scenarios[0].name: "  " is not a name (it may not be '
                                     'blank)'),
    (("scenarios", 0, "overrides"), [], "scenarios[0].overrides: expected an object of input "
                                        "paths and values, got []"),
    (("analyses",), {"tornado": {}}, 'analyses: unknown field "tornado"; valid names: '
                                     'sensitivity, two_way, goal_seek, montecarlo'),
    (("analyses", "goal_seek", "path"), "financing.rte",
     'financing.rte: unknown field "rte"'),
    (("analyses", "goal_seek", "path"), "financing.repayment",
     '"financing.repayment" is not a numeric input'),
    (("analyses", "two_way", "row_path"), "property.name", "is not a numeric input"),
    (("analyses", "montecarlo", "seed"), -1, "-1 is below the minimum 0"),
    (("analyses", "montecarlo", "sampling"), "sobol", "latin_hypercube"),
    (("analyses",), [], "analyses: expected an object, got []"),
])
def test_wrong_values_say_where_and_what(data, where, value, says):
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    message = only_message(data)
    assert says in message
    location = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in where)[1:]
    assert message.startswith(location + ":")


def test_notes_and_descriptions_may_have_line_breaks(data):
    data["metadata"]["notes"] = "uno\ndos\r\n\ttres"
    data["scenarios"][0]["description"] = "a\nb"
    assert loads(json.dumps(data)).metadata.notes == "uno\ndos\r\n\ttres"


def test_a_scenario_without_a_name(data):
    del data["scenarios"][0]["name"]
    assert only_message(data) == "scenarios[0].name: missing"


def test_every_problem_is_reported_at_once(data):
    data["model"]["financing"]["rate"] = "diez"
    data["model"]["timeline"]["operation_years"] = 0
    data["model"]["revenues"][0]["ramp_up"] = [0.5, 2, -1]
    found = messages_of(data)
    assert found == (
        "model.timeline.operation_years: 0 is below the minimum 1 (years)",
        "model.revenues[0].ramp_up[1]: 2 is above the maximum 1 (fraction)",
        "model.revenues[0].ramp_up[2]: -1 is below the minimum 0 (fraction)",
        'model.financing.rate: expected a number, got "diez"',
    )


def test_reporting_stops_at_the_cap(data):
    data["model"]["macro"]["cpi"] = [5] * 500
    found = messages_of(data)
    assert len(found) == MAX_ERRORS + 1
    assert found[-1] == f"(stopped after {MAX_ERRORS} problems; there may be more)"
    assert f"{MAX_ERRORS} problems" in str(FileFormatError("x", found))


# --- names and overrides ----------------------------------------------------------------------

def test_lines_need_different_names(data):
    data["model"]["revenues"][1]["name"] = "Locales comerciales"
    data["model"]["costs"].append(dict(data["model"]["costs"][0]))
    found = messages_of(data)
    assert 'model.revenues[1].name: "Locales comerciales" is also the name of ' \
           'model.revenues[0]; lines need different names (paths address them by name)' in found
    assert any(m.startswith("model.costs[1].name: ") for m in found)


def test_unnamed_lines_count_as_having_the_same_name(data):
    data["model"]["capex"] = [{"amount": 1.0}, {"amount": 2.0}]
    assert only_message(data).startswith('model.capex[1].name: "" is also the name of '
                                         'model.capex[0]')


def test_scenarios_need_different_names(data):
    data["scenarios"].append(dict(data["scenarios"][0]))
    assert only_message(data) == ('scenarios[1].name: "Pesimista" is also the name of '
                                  'scenarios[0]; scenarios need different names')


@pytest.mark.parametrize("path, value, says", [
    ("financing.rte", 0.1, 'scenarios[0].overrides["financing.rte"]: unknown field "rte" in '
                           'financing; valid names:'),
    ("financing.rate", 1.5, 'scenarios[0].overrides["financing.rate"]: 1.5 is above the '
                            'maximum 1 (fraction)'),
    ("financing.rate", "0.1", 'scenarios[0].overrides["financing.rate"]: expected a number, '
                              'got "0.1"'),
    ("revenues[5].volume", 1, 'scenarios[0].overrides["revenues[5].volume"]: there is no line 5 '
                              'in revenues: it has 2 lines, at positions 0 to 1'),
    ("revenues[Oficinas].volume", 1, "no line of revenues is named \"Oficinas\""),
    ("macro.cpi[9]", 0.1, "macro.cpi has no element 9: it has 4 elements"),
    ("macro.cpi", [0.1, 7], 'scenarios[0].overrides["macro.cpi"][1]: 7 is above the maximum 2 '
                            '(fraction)'),
    ("financing", {}, 'scenarios[0].overrides["financing"]: financing is not one input'),
    ("financing..rate", 0.1, "expected a field name"),
    ("", 0.1, 'scenarios[0].overrides[""]: the path is empty'),
    ("timeline.operation_years", 1e16, "too large"),
])
def test_override_paths_and_values_are_checked(data, path, value, says):
    data["scenarios"][0]["overrides"] = {path: value}
    message = only_message(data)
    assert says in message
    assert message.startswith("scenarios[0].overrides[")


def test_override_values_take_their_declared_types(data):
    data["scenarios"][0]["overrides"] = {"timeline.operation_years": 25.0,
                                         "financing.tenor_years": 9}
    overrides = loads(json.dumps(data)).scenarios[0].overrides
    assert type(overrides["timeline.operation_years"]) is int
    assert type(overrides["financing.tenor_years"]) is float


def test_two_overrides_of_one_input_are_refused(data):
    data["scenarios"][0]["overrides"] = {"revenues[0].volume": 1.0,
                                         "revenues[Locales comerciales].volume": 2.0}
    assert only_message(data) == (
        'scenarios[0].overrides["revenues[Locales comerciales].volume"]: names the same input '
        'as "revenues[0].volume"')


def test_overrides_may_not_give_two_lines_one_name(data):
    data["scenarios"][0]["overrides"] = {"revenues[1].name": "Locales comerciales"}
    assert only_message(data) == (
        'scenarios[0].overrides: they give model.revenues[1] the name "Locales comerciales" of '
        'model.revenues[0]; lines need different names')


def test_overrides_are_checked_by_declaration_when_the_model_is_invalid(data):
    data["model"]["financing"]["rate"] = -1
    data["scenarios"][0]["overrides"]["taxes.ica_rate"] = 0.5
    data["scenarios"][0]["overrides"]["revenues[7].volume"] = 5.0
    found = messages_of(data)
    assert found == (
        "model.financing.rate: -1 is below the minimum 0 (fraction)",
        'scenarios[0].overrides["taxes.ica_rate"]: 0.5 is above the maximum 0.1 (fraction)',
    )


def test_paths_inside_lines_of_analyses_are_checked(data):
    data["analyses"]["montecarlo"]["distributions"] = [
        {"path": "revenues[0].base_value"}, {"path": "macro.cpi[7]", "kind": "normal"}]
    message = only_message(data)
    assert message.startswith("analyses.montecarlo.distributions[1].path: macro.cpi[7]")
