"""The engine reproduces shared/REFERENCE_CASE.md line by line and metric by metric."""

import numpy as np
import numpy_financial as npf
import pytest

from pppmodeler.core.results import evaluate

from .reference_case import LINES, METRICS, reference_model


@pytest.fixture(scope="module")
def results():
    return evaluate(reference_model())


@pytest.mark.parametrize("name", sorted(LINES))
def test_every_line_matches_the_reference(results, name):
    # The reference prints lines rounded to cents.
    np.testing.assert_allclose(results.line(name), LINES[name], atol=0.005 + 1e-9)


@pytest.mark.parametrize("name", sorted(METRICS))
def test_every_metric_matches_the_reference(results, name):
    assert results.metric(name) == pytest.approx(METRICS[name], abs=1e-6)


def test_balance_sheet_balances_every_period(results):
    assert np.abs(results.line("balance_check")).max() < 1e-6
    assert results.metric("balance_check") < 1e-6


def test_no_warning_for_a_plain_case(results):
    assert results.messages == []


def test_llcr_is_pv_of_cfads_to_maturity_over_debt(results):
    cfads = results.line("cfads")
    # First repayment year 2028 (period 1): CFADS 2028-2035 at 10 %, over the 6,000 owed.
    expected = npf.npv(0.10, [0.0, *cfads[1:9]]) / 6000.0
    assert results.ratios["llcr"][0, 1] == pytest.approx(expected, rel=1e-12)
    plcr = npf.npv(0.10, [0.0, *cfads[1:]]) / 6000.0
    assert results.ratios["plcr"][0, 1] == pytest.approx(plcr, rel=1e-12)


def test_real_irr_is_irr_of_deflated_flows(results):
    deflated = results.line("fcff") / 1.04 ** np.arange(11)
    assert results.metric("project_irr_real") == pytest.approx(npf.irr(deflated), abs=1e-10)
    assert (1 + results.metric("project_irr")) / 1.04 - 1 == pytest.approx(
        results.metric("project_irr_real"), abs=1e-12)
