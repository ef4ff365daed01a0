"""Every published format version still opens, into the same model (STYLE.md point 5).

``versions/v<k>.pppm`` is a file of format version ``k``, kept forever. For the engine's
check that an old file also still *evaluates* to the same numbers, use the fixture
``past_version_file`` with ``stored_results(path)``: it reads ``v<k>.expected.json`` beside the
file (the metrics recorded when that version was current) — e.g.::

    def test_past_versions_evaluate_to_their_stored_numbers(past_version_file):
        expected = stored_results(past_version_file)
        doc = load(past_version_file)
        assert evaluate(doc.model).summary() == pytest.approx(expected["base"], ...)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pppmodeler.core import paths
from pppmodeler.fileformat import Document, dumps, hash_is_current, load, loads, migrations

VERSIONS = Path(__file__).resolve().parent / "versions"


def past_version_files() -> list[Path]:
    """The kept file of every format version, oldest first."""
    return sorted(VERSIONS.glob("v*.pppm"), key=lambda p: int(p.stem[1:]))


def stored_results(path: Path) -> dict | None:
    """The numbers recorded for a kept file (``v<k>.expected.json`` beside it), if any."""
    expected = path.with_name(path.stem + ".expected.json")
    if not expected.exists():
        return None
    return json.loads(expected.read_text(encoding="utf-8"))


@pytest.fixture(params=past_version_files(), ids=lambda p: p.name)
def past_version_file(request) -> Path:
    """Each kept file of a past or current format version."""
    return request.param


def test_a_file_of_every_version_is_kept():
    kept = [int(p.stem[1:]) for p in past_version_files()]
    assert kept == list(range(1, migrations.CURRENT_VERSION + 1))


def test_every_kept_file_opens(past_version_file):
    doc = load(past_version_file)
    assert isinstance(doc, Document)
    for scenario in doc.scenarios:
        paths.apply(doc.model, scenario.overrides)
    assert loads(dumps(doc)) == doc


def test_version_1_holds_the_sample_model():
    doc = load(VERSIONS / "v1.pppm")
    model = doc.model
    assert [line.name for line in model.revenues] == ["Locales comerciales", "Parqueadero"]
    assert model.revenues[0].ramp_up == [0.55, 0.8]
    assert model.costs[0].name == "Operación y mantenimiento"
    assert model.capex[0].amount == 6800.0
    assert model.timeline.construction_months == 24
    assert model.macro.cpi == [0.051, 0.042, 0.035, 0.03]
    assert [s.name for s in doc.scenarios] == ["Pesimista"]
    assert doc.scenarios[0].overrides["revenues[Parqueadero].ramp_up"] == [0.5, 0.6]
    assert doc.metadata.author == "Agencia APP — Subdirección financiera"
    assert doc.metadata.content_hash == ("sha256:8dd002242c76fb2a8eceaf6b35f9b3f39cad202128d918"
                                         "9cbcbdc617e00e3230")


def test_the_hash_of_every_kept_file_is_the_one_it_was_saved_with(past_version_file):
    """The content hash names the inputs in reports: it may never change for the same content,
    not even when an older file is upgraded (analyses left at their defaults hash as ``{}``)."""
    assert hash_is_current(load(past_version_file))


def test_version_2_holds_the_settings_of_the_analyses():
    analyses = load(VERSIONS / "v2.pppm").analyses
    assert analyses.goal_seek.path == "district.canon"
    assert analyses.two_way.column_values == [0.8, 0.9, 1.0]
    assert [d.kind for d in analyses.montecarlo.distributions] == ["pert", "normal", "discrete"]
    assert analyses.montecarlo.seed == 424242
    assert analyses.montecarlo.correlations[0].rank == 0.5
    assert [h.metric for h in analyses.montecarlo.hurdles] == ["min_dscr", "equity_irr"]


def test_past_versions_evaluate_to_their_stored_numbers(past_version_file):
    """An old file gives the numbers recorded when its version was current. A deliberate change
    of the engine that moves them must update ``v<k>.expected.json`` and say why."""
    from pppmodeler.core.results import evaluate

    expected = stored_results(past_version_file)
    assert expected is not None, f"no stored numbers beside {past_version_file.name}"
    doc = load(past_version_file)
    cases = {"base": doc.model}
    cases.update({s.name: paths.apply(doc.model, s.overrides) for s in doc.scenarios})
    stored = {"base": expected["base"], **expected["scenarios"]}
    assert set(stored) == set(cases)
    for name, model in cases.items():
        results = evaluate(model)
        assert results.metric("balance_check") < 1e-6
        for metric, value in stored[name].items():
            got = results.metric(metric)
            if value is None:
                assert got is None, (name, metric)
            else:
                assert got == pytest.approx(value, rel=1e-9, abs=1e-9), (name, metric)
