"""Many cases in one evaluation give each case's own numbers, and refused cases their reason."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler.analysis import cases as cases_module
from pppmodeler.analysis.cases import evaluate_cases, input_values
from pppmodeler.core import paths
from pppmodeler.core.guardrails import check_inputs
from pppmodeler.core.metrics import UNITS
from pppmodeler.core.results import ModelError, evaluate


def test_each_case_equals_its_own_evaluation(model):
    rates = np.array([0.08, 0.11, 0.14])
    canons = np.array([0.0, 50.0, 120.0])
    cases = evaluate_cases(model, {"financing.rate": rates, "district.canon": canons},
                           ("equity_irr", "min_dscr", "district_npv"))
    for i in range(3):
        one = evaluate(paths.apply(model, {"financing.rate": rates[i],
                                           "district.canon": canons[i]}))
        for name in ("equity_irr", "min_dscr", "district_npv"):
            assert cases.values[name][i] == pytest.approx(one.metric(name), rel=1e-9)
    assert not cases.failed().any()


def test_a_refused_case_keeps_its_reason_and_the_others_their_numbers(model):
    years = np.array([20, 5, 25, 6])  # the debt's tenor outlives a 5- or 6-year concession
    cases = evaluate_cases(model, {"timeline.operation_years": years}, ("equity_irr",))
    assert list(cases.failed()) == [False, True, False, True]
    assert np.isnan(cases.values["equity_irr"][[1, 3]]).all()
    assert all(cases.errors[i].path == "financing.tenor_years" for i in (1, 3))
    for i in (0, 2):
        one = evaluate(paths.with_value(model, "timeline.operation_years", int(years[i])))
        assert cases.values["equity_irr"][i] == pytest.approx(one.metric("equity_irr"))


def test_values_are_clipped_to_the_valid_range_and_whole_numbers_rounded(model):
    occupancy = input_values(model, "revenues[0].stabilised_occupancy", np.array([0.9, 1.08]))
    assert list(occupancy) == [0.9, 1.0]
    assert list(input_values(model, "timeline.operation_years", np.array([19.6, 0.2]))) == \
        [20.0, 1.0]


def test_inputs_of_different_lengths_are_refused(model):
    with pytest.raises(ValueError, match="one value per case"):
        evaluate_cases(model, {"financing.rate": np.ones(2) / 10,
                               "district.canon": np.ones(3)})


@pytest.fixture
def batches(monkeypatch):
    """The models ``evaluate_cases`` hands to the engine, each checked to break no input rule."""
    evaluated = []

    def spy(model):
        assert not [m for m in check_inputs(model) if m.level == "error"]
        evaluated.append(model)
        return evaluate(model)
    monkeypatch.setattr(cases_module, "evaluate", spy)
    return evaluated


def assert_each_case_is_its_own_evaluation(model, overrides, cases):
    """Refused cases keep the first error of their evaluation alone, the others its numbers
    (digit for digit)."""
    for i in range(cases.n):
        try:
            one = evaluate(paths.apply(model, {p: v[i] for p, v in overrides.items()},
                                       check=False))
        except ModelError as refused:
            assert cases.errors[i] == refused.messages[0]
            assert np.isnan([cases.values[m][i] for m in UNITS]).all()
            continue
        assert cases.errors[i] is None
        for m in UNITS:
            assert cases.values[m][i] == one.metrics[m].value[0] or \
                np.isnan(one.metrics[m].value[0]) and np.isnan(cases.values[m][i])
            assert cases.status[m][i] == one.status(m)


def test_cases_the_input_rules_refuse_are_found_without_evaluating_them(model, batches):
    capex = np.array([1.0, 0.0, 1.0, 1.0, 1.0, 0.5, 1.0, 1.0, 1.0, 1.0])
    overrides = {
        "district.capital_grant": np.array([0, 800, 20000, 3000, 9000, 16000, 0, 0, 500, 0.0]),
        **{f"capex[{j}].amount": capex * c.amount for j, c in enumerate(model.capex)},
        "financing.tenor_years": np.array([16, 16, 16, 30, 16, 16, 27, 16, 16, 16.0]),
        "financing.grace_years": np.array([2, 2, 2, 2, 2, 2, 2, 16, 2, 2.0]),
        "district.canon": np.linspace(0, 300, 10)}
    cases = evaluate_cases(model, overrides)
    assert list(cases.failed()) == [False, True, True, True, False, True, True, True, False,
                                    False]
    assert len(batches) == 1                    # the other cases in one batch, no halving
    assert_each_case_is_its_own_evaluation(model, overrides, cases)


def test_cases_only_the_engine_refuses_are_still_found_by_halving(model, batches):
    by_amount = paths.apply(model, {"financing.sizing": "amount", "financing.amount": 8000.0})
    overrides = {"financing.amount": np.array([5000, 25000, 9000, 12000, 30000, 7000.0]),
                 "financing.tenor_years": np.array([16, 16, 30, 16, 16, 16.0])}
    cases = evaluate_cases(by_amount, overrides)
    assert [e and e.code for e in cases.errors] == [
        None, "input.debt_over_needs", "tenor_after_term", None, "input.debt_over_needs", None]
    assert len(batches) > 1
    assert_each_case_is_its_own_evaluation(by_amount, overrides, cases)


def test_cases_all_refused_by_the_rules_are_never_evaluated(model, batches):
    cases = evaluate_cases(model, {"financing.tenor_years": np.array([27.0, 30.0])},
                           ("equity_irr",))
    assert [e.values for e in cases.errors] == [{"tenor": 27.0, "years": 26.0},
                                                {"tenor": 30.0, "years": 26.0}]
    assert np.isnan(cases.values["equity_irr"]).all() and not batches
