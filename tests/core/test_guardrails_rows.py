"""Input rules are judged iteration by iteration in a batch: a batch is refused exactly when
one of its iterations, evaluated alone, would be."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler import bundled
from pppmodeler.core import paths
from pppmodeler.core.guardrails import input_errors
from pppmodeler.core.results import ModelError, evaluate
from pppmodeler.fileformat import document


@pytest.fixture(scope="module")
def model():
    return document.loads(bundled.sample_text("heritage_building")).model


def refused(model, overrides) -> bool:
    try:
        evaluate(paths.apply(model, overrides, check=False))
    except ModelError:
        return True
    return False


def test_a_grant_above_its_own_investment_is_refused_whatever_the_other_rows(model):
    capex = model.capex[0].amount
    investment = sum(c.amount for c in model.capex)
    batch = {"district.capital_grant": np.array([investment * 1.5, 0.0]),
             "capex[0].amount": np.array([capex, capex * 4])}
    alone = [refused(model, {k: v[i] for k, v in batch.items()}) for i in range(2)]
    assert alone == [True, False]
    assert refused(model, batch)


def test_rows_that_each_meet_the_debt_rules_are_not_refused_together(model):
    batch = {"financing.tenor_years": np.array([15, 10]),
             "timeline.operation_years": np.array([20, 12])}
    assert not any(refused(model, {k: v[i] for k, v in batch.items()}) for i in range(2))
    assert not refused(model, batch)
    with pytest.raises(ModelError) as caught:
        evaluate(paths.apply(model, {"financing.tenor_years": np.array([15, 14]),
                                     "timeline.operation_years": np.array([20, 12])},
                             check=False))
    assert caught.value.messages[0].values == {"tenor": 14.0, "years": 12.0}


def first_error_alone(model, overrides):
    try:
        evaluate(paths.apply(model, overrides, check=False))
    except ModelError as caught:
        return caught.messages[0]
    return None


def test_each_row_is_told_the_first_error_it_gives_evaluated_alone(model):
    capex = np.array([1.0, 0.0, 1.0, 1.0, 1.0, 0.5, 1.0, 1.0, 1.0])
    batch = {"district.capital_grant": np.array([0, 800, 20000, 3000, 9000, 16000, 0, 0,
                                                 20000.0]),
             **{f"capex[{j}].amount": capex * c.amount for j, c in enumerate(model.capex)},
             "financing.tenor_years": np.array([16, 16, 16, 30, 16, 16, 27, 8, 30.0]),
             "financing.grace_years": np.array([2, 2, 2, 2, 2, 2, 2, 8, 2.0])}
    refused, errors = input_errors(paths.apply(model, batch, check=False), 9)
    alone = [first_error_alone(model, {k: v[i] for k, v in batch.items()}) for i in range(9)]
    assert errors == alone
    assert list(refused) == [e is not None for e in alone] == [False, True, True, True, False,
                                                              True, True, True, True]
    assert {e.code for e in alone if e} == {"grant_without_capex", "grant_exceeds_capex",
                                            "tenor_after_term", "grace_not_before_tenor"}
    assert errors[3].values == {"tenor": 30.0, "years": 26.0}
    assert errors[8].code == "grant_exceeds_capex"     # the first of the two rules it breaks


def test_an_error_of_the_model_as_a_whole_refuses_every_row(model):
    twins = paths.apply(model, {"capex[1].name": model.capex[0].name})
    refused, errors = input_errors(paths.apply(twins, {"district.canon": np.ones(3)},
                                               check=False), 3)
    assert refused.all()
    assert errors == [first_error_alone(twins, {"district.canon": 1.0})] * 3
    assert errors[0].code == "duplicate_name"
