"""The published JSON Schema: built from the declarations, committed, and in agreement with the
validator (checked with the independent ``jsonschema`` library)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pppmodeler.fileformat import dumps, schema
from pppmodeler.fileformat.validate import problems

from .samples import sample_document
from .strategies import documents, mutated

COMMITTED = Path(__file__).resolve().parents[2] / "resources" / "schema"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema.build())


def test_the_committed_schema_is_the_one_the_declarations_give():
    committed = COMMITTED / schema.file_name()
    assert committed.exists(), "run: python -m pppmodeler.fileformat.schema"
    assert committed.read_text(encoding="utf-8") == schema.text(), (
        "core/inputs.py or fileformat/wrapper.py changed what a scenario file holds. If format "
        "version 1 was already published, this is a new format version: see "
        "fileformat/migrations.py. Otherwise regenerate the committed schema with: "
        "python -m pppmodeler.fileformat.schema")


def test_every_published_version_keeps_its_schema():
    published = sorted(p.name for p in COMMITTED.glob("pppm-*.schema.json"))
    from pppmodeler.fileformat import migrations
    expected = [schema.file_name(v) for v in range(1, migrations.CURRENT_VERSION + 1)]
    assert sorted(expected) == published


def test_the_schema_is_valid_draft_2020_12():
    built = schema.build()
    assert built["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(built)


def test_the_schema_carries_ranges_choices_and_labels():
    defs = schema.build()["$defs"]
    rate = defs["Financing"]["properties"]["rate"]
    assert rate["type"] == "number" and (rate["minimum"], rate["maximum"]) == (0, 1)
    assert rate["title"] == "Interest rate (effective annual) [fraction]"
    assert rate["description"] == "Tasa de interés (E.A.) [fraction]"
    assert rate["default"] == 0.1
    years = defs["Timeline"]["properties"]["operation_years"]
    assert years["type"] == "integer" and years["default"] == 20
    ppy = defs["Timeline"]["properties"]["periods_per_year"]
    assert ppy["enum"] == [1, 2, 4, 12]
    ramp = defs["RevenueLine"]["properties"]["ramp_up"]
    assert ramp["items"] == {"type": "number", "minimum": 0, "maximum": 1}
    canon = defs["District"]["properties"]["canon"]
    assert canon["maximum"] == 1e15
    for definition in defs.values():
        assert definition["additionalProperties"] is False
    assert defs["Scenario"]["required"] == ["name"]


def test_the_command_writes_and_checks(tmp_path, capsys):
    target = tmp_path / "s.json"
    assert schema.main(["--check", "--output", str(target)]) == 1
    assert schema.main(["--output", str(target)]) == 0
    assert schema.main(["--check", "--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == schema.build()
    assert "up to date" in capsys.readouterr().out


def test_the_sample_document_passes_the_schema(validator):
    validator.validate(json.loads(dumps(sample_document())))


@settings(max_examples=60, deadline=None)
@given(documents())
def test_valid_documents_pass_the_schema(validator, data):
    assert problems(data) == []
    validator.validate(data)


@pytest.mark.parametrize("change", [
    lambda d: d["model"]["financing"].__setitem__("rate", 1.4),
    lambda d: d["model"]["financing"].__setitem__("rate", True),
    lambda d: d["model"]["financing"].__setitem__("rte", 0.1),
    lambda d: d["model"]["timeline"].__setitem__("operation_years", 20.5),
    lambda d: d["model"]["timeline"].__setitem__("periods_per_year", 3),
    lambda d: d["model"]["timeline"].__setitem__("start_date", "1/1/2027"),
    lambda d: d["model"]["revenues"][0]["ramp_up"].append(2),
    lambda d: d["model"]["district"].__setitem__("canon", 1e16),
    lambda d: d["model"]["property"].__setitem__("name", "a\nb"),
    lambda d: d["model"]["property"].__setitem__("name", "a name\n"),
    lambda d: d["model"]["timeline"].__setitem__("start_date", "2027-01-01\n"),
    lambda d: d["metadata"].__setitem__("created", "2027-01-01T00:00:00Z\n"),
    lambda d: d["model"].__setitem__("revenues", {}),
    lambda d: d.__setitem__("version", 3),
    lambda d: d.__setitem__("format", "x"),
    lambda d: d.pop("model"),
    lambda d: d.__setitem__("analyses", {"tornado": {}}),
    lambda d: d["metadata"].__setitem__("content_hash", "md5:1"),
    lambda d: d["scenarios"][0].pop("name"),
    lambda d: d["scenarios"][0].__setitem__("name", " "),
    lambda d: d["scenarios"][0]["overrides"].__setitem__("financing..rate", 1),
    lambda d: d["scenarios"][0]["overrides"].__setitem__("financing.rate", {}),
    lambda d: d["scenarios"][0]["overrides"].__setitem__("financing.rate", 1e300),
])
def test_invalid_documents_fail_the_schema_and_the_validator(validator, change):
    data = json.loads(dumps(sample_document()))
    change(data)
    assert problems(data)
    assert not validator.is_valid(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.data())
def test_what_the_validator_accepts_the_schema_accepts(validator, data, draw):
    changed = draw.draw(mutated(copy.deepcopy(data)))
    if not problems(changed):
        validator.validate(changed)
    if not validator.is_valid(changed):
        assert problems(changed)
