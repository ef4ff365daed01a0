"""Saving and opening scenario files: round trip, content hash, atomic save, size and encoding."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pppmodeler import __version__
from pppmodeler.analysis.settings import MonteCarlo
from pppmodeler.core import paths
from pppmodeler.core.inputs import Financing, Model, RevenueLine, Timeline
from pppmodeler.core.specs import spec_of
from pppmodeler.fileformat import (Document, FileFormatError, Metadata, Scenario, atomic,
                                   content_hash, document, dumps, hash_is_current, load, loads,
                                   save)

from .samples import sample_document
from .strategies import documents


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- round trip -------------------------------------------------------------------------------

def test_round_trip_is_exact(doc, tmp_path):
    saved = save(doc, tmp_path / "model.pppm")
    loaded = load(tmp_path / "model.pppm")
    assert loaded == saved
    assert loaded.model == doc.model
    assert loaded.scenarios == doc.scenarios
    assert files_in(tmp_path) == ["model.pppm"]


def test_the_file_is_indented_utf8_json_in_declaration_order(doc, tmp_path):
    save(doc, tmp_path / "model.pppm")
    raw = (tmp_path / "model.pppm").read_bytes()
    text = raw.decode("utf-8")
    assert "Telégrafo" in text and "\\u00e9" not in text
    assert text.startswith('{\n  "format": "pppmodeler-scenario",\n  "version": 2,\n')
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == ["format", "version", "metadata", "model", "scenarios", "analyses"]
    assert list(data["model"]) == [f.name for f in dataclasses.fields(Model)]
    assert list(data["metadata"]) == ["author", "created", "modified", "app_version", "notes",
                                      "content_hash"]
    assert list(data["scenarios"][0]) == ["name", "description", "overrides"]
    assert list(data["analyses"]) == ["sensitivity", "two_way", "goal_seek", "montecarlo"]


def test_save_stamps_the_metadata_and_leaves_the_document_alone(doc, tmp_path):
    doc = replace(doc, metadata=Metadata(author="Ana"))
    saved = save(doc, tmp_path / "m.pppm")
    assert doc.metadata == Metadata(author="Ana")
    meta = saved.metadata
    assert meta.author == "Ana"
    assert meta.app_version == __version__
    assert meta.created == meta.modified
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", meta.modified)
    assert meta.content_hash == content_hash(doc)
    again = save(replace(saved, metadata=replace(meta, modified="2000-01-01T00:00:00Z")),
                 tmp_path / "m.pppm")
    assert again.metadata.created == meta.created
    assert again.metadata.modified != "2000-01-01T00:00:00Z"


@pytest.mark.parametrize("field, value", [
    ("timeline.construction_months", 18), ("timeline.operation_years", 25),
    ("financing.rate", 0.1 + 0.2), ("financing.tenor_years", 12.0),
    ("revenues[0].base_value", 1 / 3), ("revenues[0].ramp_up[1]", 0.7000000000000001),
    ("macro.cpi[0]", 5e-324), ("revenues[1].volume", 123456789012345.67),
    ("macro.base_year", 2030), ("timeline.periods_per_year", 12),
])
def test_numbers_keep_their_value_and_type(doc, field, value):
    doc = replace(doc, model=paths.with_value(doc.model, field, value))
    loaded = loads(dumps(doc))
    got = paths.get(loaded.model, field)
    assert got == value
    assert type(got) is type(value)


def test_whole_numbers_are_ints_and_other_numbers_floats_after_loading(doc):
    text = dumps(doc)
    data = json.loads(text)
    data["model"]["timeline"]["construction_months"] = 24.0
    data["model"]["financing"]["tenor_years"] = 12
    data["model"]["revenues"][0]["base_value"] = 1
    loaded = loads(json.dumps(data))
    assert type(loaded.model.timeline.construction_months) is int
    assert type(loaded.model.financing.tenor_years) is float
    assert type(loaded.model.revenues[0].base_value) is float
    for section in dataclasses.fields(loaded.model):
        value = getattr(loaded.model, section.name)
        for item in value if isinstance(value, list) else [value]:
            for f in dataclasses.fields(item):
                kind = spec_of(f).kind
                if kind in ("number", "integer"):
                    assert type(getattr(item, f.name)) is (float if kind == "number" else int)


def test_an_empty_document_round_trips():
    assert loads(dumps(Document())) == Document()


@settings(max_examples=60, deadline=None)
@given(documents())
def test_any_valid_document_round_trips_exactly(data):
    first = loads(json.dumps(data))
    text = dumps(first)
    second = loads(text)
    assert second == first
    assert dumps(second) == text
    assert content_hash(second) == content_hash(first)


@settings(max_examples=100, deadline=None)
@given(st.floats(0, 1e15, allow_nan=False))
def test_any_float_round_trips_exactly(x):
    doc = Document(model=Model(revenues=[RevenueLine(name="a", base_value=x)]))
    assert loads(dumps(doc)).model.revenues[0].base_value == x


def test_a_formula_like_name_loads_as_plain_text(doc):
    name = '=HYPERLINK("http://example.com/x","clic")'
    doc.model.property.name = name
    doc.model.costs[0].name = "+cmd|' /C calc'!A0"
    loaded = loads(dumps(doc))
    assert loaded.model.property.name == name
    assert loaded.model.costs[0].name == "+cmd|' /C calc'!A0"


def test_renaming_a_line_that_a_scenario_names_is_refused_on_save(doc):
    doc.model.revenues[0].name = "Locales"
    with pytest.raises(FileFormatError) as caught:
        dumps(doc)
    assert caught.value.messages == (
        'scenarios[0].overrides["revenues[Locales comerciales].stabilised_occupancy"]: no line '
        'of revenues is named "Locales comerciales"; names: "Locales", "Parqueadero"',)


def test_dumps_refuses_an_invalid_document(doc):
    doc.model.financing.rate = 3.0
    doc.model.revenues[1].name = doc.model.revenues[0].name
    with pytest.raises(FileFormatError) as caught:
        dumps(doc)
    assert any("model.financing.rate: 3 is above the maximum 1 (fraction)" in m
               for m in caught.value.messages)
    assert any(m.startswith("model.revenues[1].name") for m in caught.value.messages)


def test_dumps_refuses_a_model_holding_a_batch(doc):
    import numpy as np
    doc = replace(doc, model=paths.with_value(doc.model, "financing.rate", np.ones(3) / 10))
    with pytest.raises(FileFormatError, match="model.financing.rate: expected a number"):
        dumps(doc)


# --- content hash -----------------------------------------------------------------------------

def test_content_hash_is_sha256_of_canonical_json(doc):
    doc = replace(doc, analyses=replace(doc.analyses, montecarlo=MonteCarlo(seed=7)))
    data = json.loads(dumps(doc))
    payload = json.dumps({k: data[k] for k in ("model", "scenarios", "analyses")},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()
    assert content_hash(doc) == expected


def test_content_hash_is_stable_across_save_and_load(doc, tmp_path):
    saved = save(doc, tmp_path / "a.pppm")
    loaded = load(tmp_path / "a.pppm")
    assert loaded.metadata.content_hash == saved.metadata.content_hash == content_hash(loaded)
    assert hash_is_current(loaded)
    resaved = save(loaded, tmp_path / "b.pppm")
    assert resaved.metadata.content_hash == saved.metadata.content_hash


def test_content_hash_changes_with_inputs_and_scenarios_not_metadata(doc):
    base = content_hash(doc)
    assert content_hash(replace(doc, model=paths.with_value(doc.model, "financing.rate",
                                                            0.119))) != base
    assert content_hash(replace(doc, scenarios=[])) != base
    renamed = replace(doc.scenarios[0], name="Pesimista 2")
    assert content_hash(replace(doc, scenarios=[renamed])) != base
    meta = Metadata(author="Otra persona", notes="otras notas", created="2030-01-01T00:00:00Z")
    assert content_hash(replace(doc, metadata=meta)) == base


def test_content_hash_does_not_depend_on_how_a_number_was_typed():
    ints = Model(financing=Financing(tenor_years=10), timeline=Timeline(operation_years=20))
    floats = Model(financing=Financing(tenor_years=10.0), timeline=Timeline(operation_years=20.0))
    assert content_hash(Document(model=ints)) == content_hash(Document(model=floats))


def test_a_hand_edited_file_no_longer_matches_its_hash(doc, tmp_path):
    target = tmp_path / "a.pppm"
    save(doc, target)
    text = target.read_text(encoding="utf-8")
    notes_only = text.replace('"Modelo de ejemplo.', '"Notas editadas.')
    assert hash_is_current(loads(notes_only))
    edited = text.replace('"rate": 0.118', '"rate": 0.119')
    assert edited != text
    assert not hash_is_current(loads(edited))


# --- atomic save ------------------------------------------------------------------------------

@pytest.fixture
def previous(doc, tmp_path) -> tuple[Path, bytes]:
    target = tmp_path / "model.pppm"
    save(doc, target)
    return target, target.read_bytes()


def changed(doc: Document) -> Document:
    return replace(doc, model=paths.with_value(doc.model, "financing.rate", 0.2))


def _fail(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where", ["replace", "fsync", "write_all", "open"])
def test_a_failed_save_leaves_the_previous_file_intact_and_no_temporary(doc, previous,
                                                                        monkeypatch, where):
    target, before = previous

    def half_then_fail(out, data):
        out.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    patches = {"replace": (atomic.os, "replace", _fail), "fsync": (atomic.os, "fsync", _fail),
               "write_all": (atomic, "write_all", half_then_fail),
               "open": (atomic.os, "open", _fail)}
    obj, name, replacement = patches[where]
    monkeypatch.setattr(obj, name, replacement)
    with pytest.raises(OSError, match="No space left"):
        save(changed(doc), target)
    assert target.read_bytes() == before
    assert files_in(target.parent) == ["model.pppm"]


def test_an_interrupted_save_leaves_no_temporary(doc, previous, monkeypatch):
    target, before = previous

    def interrupt(out, data):
        out.write(data[:10])
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "write_all", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(changed(doc), target)
    assert target.read_bytes() == before
    assert files_in(target.parent) == ["model.pppm"]


def test_an_invalid_document_is_not_saved_and_nothing_is_written(doc, previous):
    target, before = previous
    doc.model.financing.rate = -1.0
    with pytest.raises(FileFormatError):
        save(doc, target)
    assert target.read_bytes() == before
    assert files_in(target.parent) == ["model.pppm"]


def test_save_writes_through_fsync_and_replace(doc, tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: calls.append("fsync") or real_fsync(fd))
    monkeypatch.setattr(atomic.os, "replace",
                        lambda a, b: calls.append("replace") or real_replace(a, b))
    save(doc, tmp_path / "m.pppm")
    assert calls[:2] == ["fsync", "replace"]
    if os.name != "nt":
        assert calls[2:] == ["fsync"]  # the directory


def test_save_replaces_a_larger_file_completely(doc, tmp_path):
    target = tmp_path / "m.pppm"
    target.write_text("x" * 200_000)
    save(doc, target)
    assert load(target).model == doc.model


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and symbolic links")
def test_save_keeps_the_permissions_of_the_file_it_replaces(doc, previous):
    target, _ = previous
    target.chmod(0o640)
    save(changed(doc), target)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and symbolic links")
def test_save_through_a_symbolic_link_replaces_its_target(doc, previous):
    target, _ = previous
    link = target.parent / "link.pppm"
    link.symlink_to(target)
    save(changed(doc), link)
    assert link.is_symlink()
    assert load(target).model.financing.rate == 0.2


# --- opening: size, encoding, what is never done -----------------------------------------------

def test_a_100_mb_file_is_refused_without_being_read(tmp_path, monkeypatch):
    huge = tmp_path / "huge.pppm"
    with open(huge, "wb") as out:
        out.truncate(100 * 2**20)  # sparse: no 100 MB written
    opened = []
    monkeypatch.setattr(Path, "open", lambda *a, **k: opened.append(a) or 1 / 0)
    with pytest.raises(FileFormatError) as caught:
        load(huge)
    assert "huge.pppm" in str(caught.value)
    assert "too large" in str(caught.value) and "100.0 MB" in str(caught.value)
    assert opened == []


def test_a_file_is_read_no_further_than_the_limit(tmp_path, monkeypatch):
    target = tmp_path / "m.pppm"
    target.write_bytes(b" " * 500)
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 100)
    with pytest.raises(FileFormatError, match="too large"):
        load(target)


def test_loads_refuses_large_bytes(monkeypatch):
    monkeypatch.setattr(document, "MAX_FILE_BYTES", 100)
    with pytest.raises(FileFormatError, match="too large"):
        loads(b" " * 101)


def test_a_directory_is_not_a_scenario_file(tmp_path):
    with pytest.raises(FileFormatError, match="not a regular file"):
        load(tmp_path)


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "nope.pppm")


def test_a_byte_order_mark_is_accepted(doc):
    text = dumps(doc)
    assert loads(("\ufeff" + text).encode("utf-8")) == loads(text)
    assert loads("\ufeff" + text) == loads(text)


def test_non_utf8_is_refused_with_the_offset(doc, tmp_path):
    target = tmp_path / "latin1.pppm"
    target.write_bytes(dumps(doc).encode("latin-1", "replace").replace(b"?", b"\xe9"))
    with pytest.raises(FileFormatError) as caught:
        load(target)
    message = str(caught.value)
    assert "latin1.pppm" in message and "not UTF-8" in message and "offset" in message


def test_opening_never_runs_anything_from_the_file(doc, monkeypatch):
    data = json.loads(dumps(doc))
    data["metadata"]["notes"] = "__import__('os').system('echo pwned')"
    data["model"]["property"]["name"] = "!!python/object/apply:os.system ['echo pwned']"
    loaded = loads(json.dumps(data))
    assert loaded.metadata.notes.startswith("__import__")
    data["model"]["__class__"] = "os.system"
    data["model"]["py/object"] = "subprocess.Popen"
    with pytest.raises(FileFormatError) as caught:
        loads(json.dumps(data))
    assert 'model: unknown field "__class__"' in str(caught.value)
    assert 'model: unknown field "py/object"' in str(caught.value)


FORBIDDEN = {"eval", "exec", "compile", "__import__", "import_module", "pickle", "marshal",
             "shelve", "yaml", "dill", "jsonpickle", "modules", "globals", "locals"}


def _names_used(tree: ast.AST) -> set[str]:
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute) and not (
                isinstance(node.value, ast.Name) and node.value.id == "re"):
            used.add(node.attr)  # re.compile is a regular expression, not code
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            used.update(alias.name.split(".")[0] for alias in node.names)
            used.add((getattr(node, "module", None) or "").split(".")[0])
    return used


def test_the_file_format_code_has_no_way_to_run_code():
    sources = list((Path(document.__file__).parent).glob("*.py")) + [Path(paths.__file__)]
    for source in sources:
        used = _names_used(ast.parse(source.read_text(encoding="utf-8")))
        assert not used & FORBIDDEN, f"{source.name} uses {sorted(used & FORBIDDEN)}"


@pytest.mark.skipif(sys.platform == "win32", reason="file names with any bytes")
def test_messages_about_a_strangely_named_file_are_printable(tmp_path):
    target = tmp_path / os.fsdecode(b"bad\xffname.pppm")
    target.write_bytes(b"[]")
    with pytest.raises(FileFormatError) as caught:
        load(target)
    str(caught.value).encode("utf-8")


def test_a_sample_document_is_complete():
    doc = sample_document()
    assert len(doc.model.revenues) == 2 and len(doc.model.costs) == 1
    assert len(doc.model.capex) == 1 and len(doc.scenarios) == 1
    assert paths.apply(doc.model, doc.scenarios[0].overrides).financing.rate == 0.135


def test_scenario_needs_a_name():
    with pytest.raises(TypeError):
        Scenario()  # type: ignore[call-arg]


def test_analyses_at_their_defaults_hash_as_format_version_1_wrote_them(doc):
    """So the hash stamped in a version-1 file still holds after the upgrade."""
    data = json.loads(dumps(doc))
    data["analyses"] = {}
    payload = json.dumps({k: data[k] for k in ("model", "scenarios", "analyses")},
                         sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert content_hash(doc) == "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def test_inputs_a_file_leaves_out_are_named_not_silently_defaulted(doc):
    data = json.loads(dumps(doc))
    del data["model"]["revenues"][0]["base_value"]
    del data["model"]["financing"]
    loaded = loads(json.dumps(data))
    assert loaded.defaulted == ("model.revenues[0].base_value", "model.financing")
    assert loaded.model.revenues[0].base_value == 0.0
    assert loads(dumps(doc)).defaulted == ()
    assert loaded == loads(json.dumps(data))           # not part of what a document is
