"""The format-version registry: the real steps, and the mechanism tested with fake steps."""

from __future__ import annotations

import copy
import json

import pytest

from pppmodeler.analysis.settings import Analyses
from pppmodeler.fileformat import FileFormatError, dumps, loads, migrations
from pppmodeler.fileformat.migrations import MigrationError, migrate


@pytest.fixture
def data(doc) -> dict:
    return json.loads(dumps(doc))


def test_the_registry_covers_every_supported_version():
    assert migrations.CURRENT_VERSION == 2
    assert migrations.FIRST_VERSION <= migrations.CURRENT_VERSION
    for version in range(migrations.FIRST_VERSION, migrations.CURRENT_VERSION):
        assert version in migrations.MIGRATIONS
    assert all(v < migrations.CURRENT_VERSION for v in migrations.MIGRATIONS)


def test_data_of_the_current_version_is_returned_as_it_is(data):
    assert migrate(data) is data


@pytest.mark.parametrize("version, says", [
    (3, "in format version 3; this is pppmodeler"), (0, "not a format version this pppmodeler knows"),
    ("2", "expected a whole number"), (False, "expected a whole number"),
])
def test_versions_that_cannot_be_read(data, version, says):
    data["version"] = version
    with pytest.raises(MigrationError, match=says):
        migrate(data)


def test_steps_run_in_order_and_the_input_is_not_changed(data, monkeypatch):
    ran = []

    def step(k):
        def upgrade(d):
            ran.append((k, d["version"]))
            d["model"]["property"]["notes_v" + str(k + 1)] = True
            return d
        return upgrade

    monkeypatch.setattr(migrations, "CURRENT_VERSION", 4)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: step(1), 2: step(2), 3: step(3)})
    data["version"] = 1
    original = copy.deepcopy(data)
    upgraded = migrate(data)
    assert ran == [(1, 1), (2, 2), (3, 3)]
    assert upgraded["version"] == 4
    assert {k for k in upgraded["model"]["property"] if k.startswith("notes_")} == {
        "notes_v2", "notes_v3", "notes_v4"}
    assert data == original


def test_an_old_file_opens_through_a_fake_step(data, monkeypatch):
    """A version-0 file called the interest rate "interest"; the step renames it."""
    def rename_interest(d):
        d["model"]["financing"]["rate"] = d["model"]["financing"].pop("interest")
        return d

    monkeypatch.setattr(migrations, "FIRST_VERSION", 0)
    monkeypatch.setattr(migrations, "MIGRATIONS", {**migrations.MIGRATIONS, 0: rename_interest})
    data["version"] = 0
    data["model"]["financing"]["interest"] = data["model"]["financing"].pop("rate")
    loaded = loads(json.dumps(data))
    assert loaded.model.financing.rate == 0.118
    assert json.loads(dumps(loaded))["version"] == migrations.CURRENT_VERSION


def test_a_step_that_does_not_fit_the_file_is_a_format_error(data, monkeypatch):
    monkeypatch.setattr(migrations, "FIRST_VERSION", 0)
    monkeypatch.setattr(migrations, "MIGRATIONS", {0: lambda d: d["model"]["no such key"]})
    data["version"] = 0
    with pytest.raises(FileFormatError, match="upgrading from format version 0 to 1 failed "
                                              r"\(KeyError"):
        loads(json.dumps(data), source="old.pppm")


def test_a_step_must_give_an_object(data, monkeypatch):
    monkeypatch.setattr(migrations, "FIRST_VERSION", 0)
    monkeypatch.setattr(migrations, "MIGRATIONS", {0: lambda d: [d]})
    data["version"] = 0
    with pytest.raises(MigrationError, match="not an object"):
        migrate(data)


def test_a_missing_step_is_reported(data, monkeypatch):
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: lambda d: d})
    with pytest.raises(MigrationError, match="no upgrade from format version 2 to 3"):
        migrate(data)


def test_the_upgraded_data_is_validated_as_the_current_version(data, monkeypatch):
    monkeypatch.setattr(migrations, "FIRST_VERSION", 0)
    monkeypatch.setattr(migrations, "MIGRATIONS",  # forgets to rename
                        {**migrations.MIGRATIONS, 0: lambda d: d})
    data["version"] = 0
    data["model"]["financing"]["interest"] = data["model"]["financing"].pop("rate")
    with pytest.raises(FileFormatError, match='model.financing: unknown field "interest"'):
        loads(json.dumps(data))


def test_version_1_analyses_become_the_declared_defaults(data):
    """Version 1 reserved ``analyses`` as ``{}``; version 2 reads that as every default."""
    data["version"], data["analyses"] = 1, {}
    doc = loads(json.dumps(data))
    assert doc.analyses == Analyses()
    assert json.loads(dumps(doc))["analyses"]["montecarlo"]["iterations"] == 10_000
