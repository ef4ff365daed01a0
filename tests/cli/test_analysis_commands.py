"""The analysis commands, driven as a user would: their numbers are the analysis functions'."""

from __future__ import annotations

import json

import pytest

from pppmodeler.analysis import scenarios as sc
from pppmodeler.cli.main import main
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "heritage.pppm"
    assert main(["sample", "heritage_building", "-o", str(path)]) == 0
    return path


def output_of(capsys, *args) -> str:
    capsys.readouterr()
    assert main([str(a) for a in args]) == 0
    return capsys.readouterr().out


def test_scenarios_json_is_each_scenario_evaluated_on_its_own(sample, capsys):
    out = json.loads(output_of(capsys, "scenarios", sample, "--json"))
    doc = document.load(sample)
    assert [c["name"] for c in out["cases"]] == [None] + [s.name for s in doc.scenarios]
    assert out["cases"][0]["equity_irr"] == pytest.approx(
        evaluate(doc.model).metric("equity_irr"), rel=1e-12)
    for case, scenario in zip(out["cases"][1:], doc.scenarios):
        alone = evaluate(paths.apply(doc.model, scenario.overrides))
        assert case["min_dscr"] == pytest.approx(alone.metric("min_dscr"), rel=1e-12)


def test_scenarios_table_names_every_case_in_the_chosen_language(sample, capsys):
    doc = document.load(sample)
    text = output_of(capsys, "scenarios", sample, "--lang", "en")
    header = text.splitlines()[0]
    assert header.split()[:3] == ["Metric", "base", "case"]
    for scenario in doc.scenarios:
        assert scenario.name in header
    equity = next(line for line in text.splitlines() if line.startswith("Equity IRR (nominal)"))
    irr = sc.compare(doc.model, doc.scenarios)[0].metric("equity_irr")
    assert f"{irr * 100:.2f} %" in equity
    assert "Project NPV (COP millions)" in text


def test_a_scenario_that_cannot_be_evaluated_is_reported_and_the_rest_printed(sample, capsys):
    text = output_of(capsys, "scenarios", sample, "--set", "timeline.operation_years=5",
                     "--lang", "en")
    assert "base case: cannot be evaluated:" in text
    assert "The debt matures" in text
