"""Input rules are judged iteration by iteration in a batch: a batch is refused exactly when
one of its iterations, evaluated alone, would be."""

from __future__ import annotations

import numpy as np
import pytest

from pppmodeler import bundled
from pppmodeler.core import paths
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
