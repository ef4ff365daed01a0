"""Scenarios side by side: each column is that scenario's own evaluation; editing keeps names
distinct and changes nothing else."""

from __future__ import annotations

import math

import pytest

from pppmodeler.analysis import scenarios as sc
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat.wrapper import Scenario


def test_each_column_is_the_scenario_evaluated_on_its_own(sample_document):
    doc = sample_document
    outcomes = sc.compare(doc.model, doc.scenarios)
    assert [o.name for o in outcomes] == [sc.BASE] + [s.name for s in doc.scenarios]
    base = evaluate(doc.model)
    assert outcomes[0].metric("equity_irr") == base.metric("equity_irr")
    for outcome, scenario in zip(outcomes[1:], doc.scenarios):
        alone = evaluate(paths.apply(doc.model, scenario.overrides))
        assert outcome.metric("district_npv") == pytest.approx(alone.metric("district_npv"))
        assert outcome.metric("min_dscr") == pytest.approx(alone.metric("min_dscr"))
    table = sc.frame(outcomes, ("equity_irr", "project_npv"), base_label="Caso base")
    assert list(table.columns) == ["Caso base"] + [s.name for s in doc.scenarios]
    assert table.loc["equity_irr", "Caso base"] == base.metric("equity_irr")


def test_comparing_changes_nothing(sample_document):
    doc = sample_document
    before = (paths.get(doc.model, "financing.rate"), [dict(s.overrides) for s in doc.scenarios])
    sc.compare(doc.model, doc.scenarios)
    assert before == (paths.get(doc.model, "financing.rate"),
                      [dict(s.overrides) for s in doc.scenarios])


def test_a_broken_scenario_says_why_and_the_others_are_still_compared(model):
    scenarios = [Scenario("Línea borrada", overrides={"revenues[No existe].base_value": 1.0}),
                 Scenario("Plazo corto", overrides={"timeline.operation_years": 5}),
                 Scenario("Tasa alta", overrides={"financing.rate": 0.16})]
    outcomes = sc.compare(model, scenarios)
    assert outcomes[1].results is None and "No existe" in outcomes[1].problem
    assert outcomes[2].results is None and outcomes[2].messages[0].path == "financing.tenor_years"
    assert outcomes[3].metric("equity_irr") < outcomes[0].metric("equity_irr")
    assert math.isnan(sc.frame(outcomes).loc["equity_irr", "Línea borrada"])


def test_progress_is_told_after_each_case_and_can_cancel(sample_document):
    seen = []
    sc.compare(sample_document.model, sample_document.scenarios,
               lambda f, what: seen.append(round(f, 6)))
    assert seen[-1] == 1.0 and len(seen) == len(sample_document.scenarios) + 1

    def cancel(fraction, what):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sc.compare(sample_document.model, sample_document.scenarios, cancel)


def test_editing_keeps_names_distinct_and_order():
    items = sc.added([], "Pesimista", {"financing.rate": 0.13})
    items = sc.added(items, "Optimista")
    items = sc.duplicated(items, "Pesimista", sc.unused_name("Pesimista", items))
    assert [s.name for s in items] == ["Pesimista", "Pesimista 2", "Optimista"]
    assert items[1].overrides == {"financing.rate": 0.13}
    assert items[1].overrides is not items[0].overrides
    items = sc.renamed(items, "Pesimista 2", "  Estrés  ")
    assert [s.name for s in items] == ["Pesimista", "Estrés", "Optimista"]
    assert sc.renamed(items, "Estrés", "Estrés") == items
    items = sc.removed(items, "Pesimista")
    assert [s.name for s in items] == ["Estrés", "Optimista"]
    with pytest.raises(sc.ScenarioNameError, match="already a scenario named 'Optimista'"):
        sc.renamed(items, "Estrés", "Optimista")
    with pytest.raises(sc.ScenarioNameError, match="blank"):
        sc.added(items, "   ")
    with pytest.raises(KeyError, match="no scenario named 'Nada'"):
        sc.removed(items, "Nada")
