"""Working capital, the District's flows and the District NPV along a varying CPI path.

Expected values are worked by hand in the comments.
"""

from __future__ import annotations

import dataclasses as dc

import numpy as np
import pytest

from pppmodeler.core.inputs import CapexItem, EndOfConcession, Macro, RevenueLine, WorkingCapital
from pppmodeler.core.results import evaluate

from .reference_case import LINES, reference_model

REF = reference_model()


# ---------------------------------------------------------------------------------------------
# Working capital
# ---------------------------------------------------------------------------------------------

def test_receivable_and_payable_days_annual():
    # 36.5 receivable days = 10 % of a year's gross revenue; 73 payable days = 20 % of opex.
    #   2028: receivables 2,340 × 0.1 = 234; payables 546 × 0.2 = 109.2; increase 124.8
    #   2029: 292.032 − 123.302 = 168.730; increase 43.930
    # settled in the last year (2037): both 0, the last net balance comes back.
    m = dc.replace(REF, working_capital=WorkingCapital(receivable_days=36.5, payable_days=73.0))
    res = evaluate(m)
    rev, opex = np.array(LINES["revenue"]), np.array(LINES["opex"])
    rec = np.r_[0, 0.1 * rev[1:10], 0]
    pay = np.r_[0, 0.2 * opex[1:10], 0]
    np.testing.assert_allclose(res.line("receivables"), rec, atol=0.001)
    np.testing.assert_allclose(res.line("payables"), pay, atol=0.001)
    wc = res.line("wc_change")
    assert wc[1] == pytest.approx(124.8, abs=1e-9)
    # (the published lines are rounded to cents: differences of them to ±0.003)
    np.testing.assert_allclose(wc, np.diff(rec - pay, prepend=0.0), atol=0.003)
    assert wc.sum() == pytest.approx(0, abs=1e-9)
    # CFADS and FCFF carry it; the tax does not (accrual basis)
    base = evaluate(REF)
    np.testing.assert_allclose(res.line("cfads"), base.line("cfads") - wc, atol=1e-9)
    np.testing.assert_allclose(res.line("fcff"), base.line("fcff") - wc, atol=1e-9)
    np.testing.assert_allclose(res.line("unlevered_tax"), base.line("unlevered_tax"))
    # cash is the same over the life, later: the project IRR falls
    assert res.metric("project_irr") < base.metric("project_irr")
    assert res.line("fcff").sum() == pytest.approx(base.line("fcff").sum(), rel=1e-12)


def test_working_capital_days_in_a_quarterly_model():
    # A quarter has 365 / 4 = 91.25 days: 36.5 receivable days = 40 % of a quarter's revenue,
    # i.e. the same 10 % of the annualised revenue as in the annual model.
    m = dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4),
                   working_capital=WorkingCapital(receivable_days=36.5))
    res = evaluate(m)
    rev = res.line("revenue")
    np.testing.assert_allclose(res.line("receivables")[4:-1], 0.4 * rev[4:-1], rtol=1e-12)
    assert res.line("receivables")[-1] == 0
    assert res.line("wc_change").sum() == pytest.approx(0, abs=1e-9)


def test_receivables_include_availability_payments():
    # Gross = revenue + availability payments (CPI 0): 3,000 + 1,000; 73 days = 20 % → 800.
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.0]), costs=[],
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=3000.0)],
                   district=dc.replace(REF.district, availability_payment=1000.0),
                   working_capital=WorkingCapital(receivable_days=73.0))
    assert evaluate(m).line("receivables")[1] == pytest.approx(800.0)


# ---------------------------------------------------------------------------------------------
# District flows
# ---------------------------------------------------------------------------------------------

def district_case(**district):
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.03, 0.05]),
                   timeline=dc.replace(REF.timeline, construction_months=24, operation_years=5),
                   capex=[CapexItem(name="W", amount=1000.0, schedule=[0.5, 0.5], life_years=5)],
                   financing=dc.replace(REF.financing, gearing=0.0, tenor_years=5))
    return dc.replace(m, district=dc.replace(m.district, **district))


def test_grant_is_indexed_and_paid_pro_rata_with_construction_spend():
    # CPI 3 % in 2027, 5 % from 2028; each January prices move by the CPI of the year just
    # ended: I(2027) = 1, I(2028) = 1.03.
    # CAPEX 1,000 in 2027 prices, half in 2027 (500), half in 2028 (500 × 1.03 = 515).
    # Grant 200 in 2027 prices, paid with the spend: 2027: 200 × 1 × 500 / 1,015 = 98.5222;
    # 2028: 200 × 1.03 × 515 / 1,015 = 104.5222.
    res = evaluate(district_case(capital_grant=200.0))
    np.testing.assert_allclose(res.line("capex")[:2], [500, 515], rtol=1e-12)
    np.testing.assert_allclose(res.line("grant")[:2],
                               [200 * 500 / 1015, 200 * 1.03 * 515 / 1015], rtol=1e-12)
    # the grant reduces what the partner funds
    np.testing.assert_allclose(res.line("needs")[:2], res.line("capex")[:2]
                               - res.line("grant")[:2], rtol=1e-12)
    # and it is a District outflow
    np.testing.assert_allclose(res.line("district")[:2], -res.line("grant")[:2], rtol=1e-12)


def test_availability_payments_for_their_first_years_and_canon_with_spread():
    # Availability 1,000 a year (2027 prices) for the first 3 operating years (2029–2031),
    # CPI 3 % in 2027, 5 % from 2028, applied each January for the year just ended:
    # I(2029) = 1.03 × 1.05, I(2030) = 1.03 × 1.05^2, I(2031) = 1.03 × 1.05^3, so
    # 1,081.5, 1,135.575, 1,192.35375. Canon 100 at CPI + 1 point: in 2029
    # 100 × (1 + 0.03 + 0.01) × (1 + 0.05 + 0.01) = 100 × 1.04 × 1.06 = 110.24.
    res = evaluate(district_case(availability_payment=1000.0, availability_years=3, canon=100.0,
                                 canon_indexation="cpi_plus", canon_spread=0.01,
                                 revenue_share=0.0))
    ap = res.line("availability_payments")
    np.testing.assert_allclose(ap, [0, 0, 1000 * 1.03 * 1.05, 1000 * 1.03 * 1.05 ** 2,
                                    1000 * 1.03 * 1.05 ** 3, 0, 0], rtol=1e-12)
    assert res.line("canon")[2] == pytest.approx(100 * 1.04 * 1.06, rel=1e-12)
    # availability payments are the partner's income and the District's outflow
    np.testing.assert_allclose(res.line("ebitda") - evaluate(district_case(
        canon=100.0, canon_indexation="cpi_plus", canon_spread=0.01, revenue_share=0.0)
    ).line("ebitda"), ap * (1 - 0.007), rtol=1e-12, atol=1e-9)


def test_district_line_adds_up():
    # District = canon + revenue share + return share + ICA + residual value − grant
    #            − availability payments (income tax is national: not in it).
    m = district_case(canon=100.0, revenue_share=0.05, capital_grant=200.0,
                      availability_payment=300.0, return_share=0.2, return_threshold_irr=0.05)
    m = dc.replace(m, end=EndOfConcession(mode="reversion", residual_value=400.0))
    res = evaluate(m)
    expected = (res.line("canon") + res.line("revenue_share") + res.line("return_share")
                + res.line("ica") + res.line("residual_value") - res.line("grant")
                - res.line("availability_payments"))
    np.testing.assert_allclose(res.line("district"), expected, rtol=1e-12, atol=1e-9)
    assert res.line("return_share").sum() > 0
    # residual value 400 (2027 prices) in 2033: I(2033) = 1.03 (2027's CPI) × 1.05^5 (2028–2032)
    assert res.line("residual_value")[-1] == pytest.approx(400 * 1.03 * 1.05 ** 5, rel=1e-12)


def test_revenue_share_only_on_lines_subject_to_it():
    # Two lines (CPI 0): 1,000 subject to a 10 % share, 500 not: share 100.
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.0]), revenues=[
        RevenueLine(name="A", kind="fixed", base_value=1000.0),
        RevenueLine(name="B", kind="fixed", base_value=500.0, revenue_share_applies=False)],
        district=dc.replace(REF.district, revenue_share=0.10))
    np.testing.assert_allclose(evaluate(m).line("revenue_share")[1:], 100.0)


def _social_npv(flows, cpi_by_period, real, ppy):
    """Σ flow_j × Π_{k ≤ j} [(1 + real)(1 + cpi_k)]^(-1/ppy): end-of-period, period by period."""
    per_period = ((1 + real) * (1 + np.asarray(cpi_by_period))) ** (1 / ppy)
    return float(np.sum(np.asarray(flows) / np.cumprod(per_period)))


def test_district_npv_along_a_varying_cpi_path():
    # CPI 3 % (2027), 5 % (2028), 4 % (2029), 6 % from 2030; social rate 9 % real. Period j
    # (the calendar year 2027 + j) is discounted by (1.09)(1 + cpi of that year) − 1:
    #   2027: 1.09 × 1.03 = 1.1227; 2028: 1.09 × 1.05 = 1.1445; 2029: 1.09 × 1.04 = 1.1336;
    #   2030 on: 1.09 × 1.06 = 1.1554.
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.03, 0.05, 0.04, 0.06]))
    res = evaluate(m)
    d = res.line("district")
    cpi = [0.03, 0.05, 0.04] + [0.06] * 8
    factors = np.cumprod([1.1227, 1.1445, 1.1336] + [1.1554] * 8)
    expected = float(np.sum(d / factors))
    assert expected == pytest.approx(_social_npv(d, cpi, 0.09, 1), rel=1e-12)
    assert res.metric("district_npv") == pytest.approx(expected, rel=1e-12)


def test_district_npv_quarterly_along_a_varying_cpi_path():
    # Quarterly: each quarter is discounted at the quarterly equivalent of its year's nominal
    # social rate, [(1.09)(1 + cpi_y)]^(1/4).
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.03, 0.05, 0.04, 0.06]),
                   timeline=dc.replace(REF.timeline, periods_per_year=4))
    res = evaluate(m)
    years = 2027 + np.arange(res.grid.T) // 4
    cpi = np.select([years == 2027, years == 2028, years == 2029], [0.03, 0.05, 0.04], 0.06)
    assert res.metric("district_npv") == pytest.approx(
        _social_npv(res.line("district"), cpi, 0.09, 4), rel=1e-12)


def test_district_npv_with_a_negative_social_rate_and_batch_of_cpi_paths():
    # Two CPI paths at once (Monte Carlo): each iteration discounts along its own path.
    paths = [np.array([0.03, 0.10]), np.array([0.05, 0.02])]
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[paths[0], paths[1]]))
    # cpi[0] is 2027 for both iterations (0.03, 0.10), cpi[1] 2028+ (0.05, 0.02)
    res = evaluate(m)
    for i, (c0, c1) in enumerate([(0.03, 0.05), (0.10, 0.02)]):
        cpi = [c0] + [c1] * 10
        assert res.metric("district_npv", i) == pytest.approx(
            _social_npv(res.lines["district"][i], cpi, 0.09, 1), rel=1e-12)


def test_quarterly_canon_is_a_quarter_of_the_indexed_annual_canon():
    # Canon 100 a year (2027 prices), CPI 4 %: 2028 quarters 104 / 4 = 26 each.
    m = dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4))
    canon = evaluate(m).line("canon")
    np.testing.assert_allclose(canon[:4], 0)
    np.testing.assert_allclose(canon[4:8], 26.0, rtol=1e-12)
    np.testing.assert_allclose(canon[8:12], 27.04, rtol=1e-12)


def test_public_disbursement_cap_of_a_private_initiative():
    # Private-initiative APP: the District's grant and availability payments, at the social
    # rate, against the investment. Grant 2,500 of a 10,000 investment all in 2027: both are
    # discounted by the same factor, so the share is exactly 25 % > the 20 % cap → warning;
    # at 1,500 (15 %) no warning.
    def case(grant):
        return dc.replace(REF, property=dc.replace(REF.property,
                                                   mechanism="app_private_initiative"),
                          district=dc.replace(REF.district, capital_grant=grant),
                          valuation=dc.replace(REF.valuation, psc_cost_npv=1.0))
    results = evaluate(case(2500.0))
    assert results.metric("public_disbursement_share") == pytest.approx(0.25, rel=1e-12)
    over = [m for m in results.messages if m.code == "public_disbursements_cap"]
    assert len(over) == 1 and over[0].values["share"] == pytest.approx(0.25, rel=1e-12)
    assert not [m for m in evaluate(case(1500.0)).messages
                if m.code == "public_disbursements_cap"]
