"""The bundled sample models open, evaluate cleanly and look like feasible concessions.

Each sample is read the way the application reads it (``bundled.sample_text`` and the scenario
file loader), then its base case and every named scenario are evaluated. The base case must be
feasible but not gold-plated; a scenario may fail a covenant (that is what a pessimistic case is
for) but must still evaluate, balance and give numbers in a plausible range.
"""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler import bundled
from pppmodeler.cli.commands import DEFAULT_SAMPLE
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document

EXPECTED = ("heritage_building", "public_parking", "public_space_aeep")
NAMES = bundled.sample_names()

# Warnings a base case may carry, by sample, because they are true and intended: an AEEP permit
# is temporary (Decreto 2148 de 2015), so a 10-year model assumes renewals.
INTENDED_WARNINGS = {"public_space_aeep": {"aeep_term"}}

# Headline bands of a base case: feasible for the partner and for the District, not gold-plated.
BASE_BANDS = {"project_irr": (0.10, 0.14), "equity_irr": (0.13, 0.18)}
# Scenarios move the numbers, within what a plausible concession can give.
SCENARIO_BANDS = {"project_irr": (0.06, 0.18), "equity_irr": (0.06, 0.25)}


def _load(name: str) -> document.Document:
    return document.loads(bundled.sample_text(name), source=name)


def _cases(name: str):
    """(label, model) for the base case and each scenario of a sample."""
    doc = _load(name)
    yield "base", doc.model
    for scenario in doc.scenarios:
        yield scenario.name, paths.apply(doc.model, scenario.overrides)


def _has_debt(model) -> bool:
    fin = model.financing
    return (fin.gearing if fin.sizing == "gearing" else fin.amount) > 0


CASES = [(name, label) for name in NAMES for label, _ in _cases(name)]


@pytest.fixture(scope="module")
def results():
    """Results of every case of every sample, evaluated once."""
    return {(name, label): evaluate(model) for name in NAMES for label, model in _cases(name)}


def test_the_three_samples_are_bundled_and_heritage_building_is_the_default():
    assert set(EXPECTED) <= set(NAMES)
    assert DEFAULT_SAMPLE == "heritage_building"
    assert DEFAULT_SAMPLE in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_sample_file_is_current_and_says_what_it_is(name):
    doc = _load(name)
    assert document.hash_is_current(doc), "edited after saving: save it again with fileformat"
    assert doc.metadata.author == "Agencia APP — modelo de ejemplo"
    assert "ilustrativ" in doc.metadata.notes  # the notes say the figures are not real data
    assert doc.model.property.currency_unit == "millions"
    assert (doc.model.timeline.start_date, doc.model.macro.base_year) == ("2027-01-01", 2027)
    assert len(doc.scenarios) >= 2
    assert all(s.description.strip() for s in doc.scenarios)


@pytest.mark.parametrize("name, label", CASES)
def test_every_case_evaluates_balanced_and_without_errors(results, name, label):
    r = results[name, label]
    assert r.metric("balance_check") < 1e-6
    assert np.abs(r.line("balance_check")).max() < 1e-6
    assert [m for m in r.messages if m.level == "error"] == []
    assert r.metric("district_npv") > 0
    for metric, (lo, hi) in SCENARIO_BANDS.items():
        assert lo < r.metric(metric) < hi, (metric, r.metric(metric))


@pytest.mark.parametrize("name", NAMES)
def test_base_case_is_feasible_but_not_gold_plated(results, name):
    r = results[name, "base"]
    for metric, (lo, hi) in BASE_BANDS.items():
        assert lo < r.metric(metric) < hi, (metric, r.metric(metric))
    assert r.metric("equity_irr") > r.metric("project_irr") - 0.005
    assert r.metric("district_npv") > 0
    if _has_debt(r.model):
        assert r.metric("min_dscr") >= r.model.financing.covenant_dscr
        assert r.metric("min_llcr") >= r.model.financing.covenant_dscr
        # Debt only falls during operation: a sculpted repayment below interest would make it
        # grow (negative principal) without any drawdown, which no lender would sign.
        assert r.line("principal").min() >= -1e-9
    assert {m.code for m in r.messages} <= INTENDED_WARNINGS.get(name, set())


@pytest.mark.parametrize("name", NAMES)
def test_every_scenario_changes_the_result(results, name):
    base = results[name, "base"].summary()
    for scenario in _load(name).scenarios:
        changed = results[name, scenario.name].summary()
        assert changed["project_irr"] != pytest.approx(base["project_irr"], abs=1e-6) or \
            changed["equity_irr"] != pytest.approx(base["equity_irr"], abs=1e-6), scenario.name
