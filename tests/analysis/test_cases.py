"""Many cases in one evaluation give each case's own numbers, and refused cases their reason."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler.analysis.cases import evaluate_cases, input_values
from pppmodeler.core import paths
from pppmodeler.core.results import evaluate


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
