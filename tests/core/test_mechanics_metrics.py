"""Metrics: IRRs and their status, NPVs, payback, DSCR, LLCR/PLCR, peak debt and funding, VfM.

Expected values are worked by hand in the comments or computed with numpy_financial.
"""

from __future__ import annotations

import dataclasses as dc

import numpy as np
import numpy_financial as npf
import pytest

from pppmodeler.core.inputs import CapexItem, CostLine, Macro, RevenueLine
from pppmodeler.core.results import evaluate

from .reference_case import LINES, reference_model

REF = reference_model()


def flows_case(revenue, major=0.0, every=0, operation_years=4, ppy=1, capex=1000.0):
    """No tax, debt or District terms, CPI 0: FCFF = −CAPEX, then revenue − major maintenance."""
    costs = [CostLine(name="Major", kind="fixed", value=major, every_years=every)] if major else []
    return dc.replace(
        REF, macro=Macro(base_year=2027, cpi=[0.0]), costs=costs,
        revenues=[RevenueLine(name="R", kind="fixed", base_value=revenue)],
        capex=[CapexItem(name="W", amount=capex, life_years=operation_years)] if capex else [],
        timeline=dc.replace(REF.timeline, operation_years=operation_years, periods_per_year=ppy,
                            construction_months=12 if capex else 0),
        district=dc.replace(REF.district, canon=0.0, revenue_share=0.0),
        taxes=dc.replace(REF.taxes, income_tax_rate=0.0, ica_rate=0.0),
        financing=dc.replace(REF.financing, gearing=0.0, tenor_years=min(8, operation_years)))


# ---------------------------------------------------------------------------------------------
# Payback
# ---------------------------------------------------------------------------------------------

def test_payback_turns_and_stays_positive():
    # FCFF −1,000, 600, 600, −500, 600 (a major maintenance of 1,100 in year 3).
    # Cumulative: −1,000, −400, +200, −300, +300. It is positive after year 3 but falls back:
    # the payback is when it turns positive for good, during year 5: 4 + 300 / 600 = 4.5 years.
    res = evaluate(flows_case(600.0, major=1100.0, every=3))
    np.testing.assert_allclose(res.line("fcff"), [-1000, 600, 600, -500, 600], atol=1e-9)
    assert res.metric("payback_years") == pytest.approx(4.5, abs=1e-12)


def test_discounted_payback_at_the_project_rate():
    # Same flows at 12 %: present values −892.857, 478.316, 427.068, −317.759, 340.462;
    # cumulative −892.857, −414.541, 12.527, −305.232, 35.230 → 4 + 305.232 / 340.462 years.
    res = evaluate(flows_case(600.0, major=1100.0, every=3))
    pv = np.array([-1000, 600, 600, -500, 600]) / 1.12 ** np.arange(1, 6)
    cum = np.cumsum(pv)
    assert cum[2] > 0 > cum[3]
    assert res.metric("discounted_payback_years") == pytest.approx(4 - cum[3] / pv[4],
                                                                   rel=1e-12)


def test_payback_in_a_quarterly_model_is_in_years():
    # Quarterly: −250 × 4, then +150 a quarter, −125 a quarter in year 3, +150 in year 4.
    # Cumulative at quarter ends: −1,000 (q4) … −400 (q8) … +200 (q12) … −300 (q16),
    # −150 (q17), 0 (q18): positive for good from the end of quarter 18 = 4.5 years.
    res = evaluate(flows_case(600.0, major=1100.0, every=3, ppy=4))
    assert res.metric("payback_years") == pytest.approx(4.5, abs=1e-12)


def test_payback_of_the_reference_case():
    # FCFF cumulative at the end of 2032 (6 years from the start) −1,348.61; 2033 brings
    # 1,997.01: 6 + 1,348.61 / 1,997.01 = 6.6753 years.
    fcff = np.array(LINES["fcff"])
    cum = np.cumsum(fcff)
    assert cum[5] == pytest.approx(-1348.61, abs=0.01) and cum[6] > 0
    expected = 6 + 1348.61 / 1997.01
    res = evaluate(REF)
    assert res.metric("payback_years") == pytest.approx(expected, abs=1e-4)


def test_no_payback():
    res = evaluate(flows_case(100.0))
    assert res.metric("payback_years") is None
    assert res.metric("discounted_payback_years") is None


# ---------------------------------------------------------------------------------------------
# IRR and NPV
# ---------------------------------------------------------------------------------------------

def test_irr_unique_despite_several_sign_changes():
    # −1,000, 600, 600, −500, 600 changes sign 3 times, yet (1 + r) has one admissible root:
    # r = 14.3553…% (numpy_financial agrees).
    res = evaluate(flows_case(600.0, major=1100.0, every=3))
    assert res.status("project_irr") == "ok"
    assert res.metric("project_irr") == pytest.approx(npf.irr([-1000, 600, 600, -500, 600]),
                                                      abs=1e-10)


def test_irr_not_unique_is_not_reported():
    # −1,000, 2,300, −1,320: NPV = 0 at 10 % and at 20 % (−1,000 + 2,300/1.1 − 1,320/1.21 = 0,
    # −1,000 + 2,300/1.2 − 1,320/1.44 = 0). No single IRR: no value, status "multiple".
    assert -1000 + 2300 / 1.1 - 1320 / 1.21 == pytest.approx(0, abs=1e-9)
    assert -1000 + 2300 / 1.2 - 1320 / 1.44 == pytest.approx(0, abs=1e-9)
    res = evaluate(flows_case(2300.0, major=3620.0, every=2, operation_years=2))
    np.testing.assert_allclose(res.line("fcff"), [-1000, 2300, -1320], atol=1e-9)
    assert res.metric("project_irr") is None
    assert res.status("project_irr") == "multiple"
    assert any(m.code == "irr_missing" for m in res.messages)


def test_irr_without_sign_change_has_no_value():
    # No CAPEX: every flow is an inflow; no rate makes the NPV zero.
    res = evaluate(flows_case(600.0, capex=0.0))
    assert res.line("fcff").min() >= 0
    assert res.metric("project_irr") is None
    assert res.status("project_irr") == "no_sign_change"
    assert res.metric("equity_irr") is None
    assert res.status("equity_irr") == "no_sign_change"
    assert any(m.code == "irr_missing" for m in res.messages)
    # the NPVs still exist
    assert res.metric("project_npv") == pytest.approx(
        npf.npv(0.12, np.r_[0.0, res.line("fcff")]), rel=1e-12)


def test_irrs_and_npvs_against_numpy_financial():
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.03, 0.05, 0.04, 0.06]))
    res = evaluate(m)
    fcff, fcfe = res.line("fcff"), res.line("fcfe")
    assert res.metric("project_irr") == pytest.approx(npf.irr(fcff), abs=1e-10)
    assert res.metric("project_irr_pretax") == pytest.approx(npf.irr(res.line("fcff_pretax")),
                                                             abs=1e-10)
    assert res.metric("equity_irr") == pytest.approx(npf.irr(fcfe), abs=1e-10)
    # end of period from the valuation date: numpy_financial's npv leaves its first value
    # undiscounted, so a 0 goes first
    assert res.metric("project_npv") == pytest.approx(npf.npv(0.12, np.r_[0.0, fcff]),
                                                      rel=1e-12)
    assert res.metric("equity_npv") == pytest.approx(npf.npv(0.14, np.r_[0.0, fcfe]), rel=1e-12)
    # real: flows deflated by the CPI index, which moves each January by the CPI of the year
    # just ended: I(2027) = 1, I(2028) = 1.03, I(2029) = 1.03 × 1.05 = 1.0815,
    # I(2030) = 1.0815 × 1.04 = 1.12476, then × 1.06 a year (2030's CPI and after) to 2037
    index = np.r_[1.0, 1.03, 1.0815, 1.12476 * 1.06 ** np.arange(0, 8)]
    assert index.size == fcff.size == 11
    assert res.metric("project_irr_real") == pytest.approx(npf.irr(fcff / index), abs=1e-10)
    assert res.metric("equity_irr_real") == pytest.approx(npf.irr(fcfe / index), abs=1e-10)


def test_quarterly_irr_is_effective_annual_and_npv_discounts_quarter_ends():
    m = dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4))
    res = evaluate(m)
    fcff = res.line("fcff")
    assert res.metric("project_irr") == pytest.approx((1 + npf.irr(fcff)) ** 4 - 1, abs=1e-10)
    t = np.arange(1, fcff.size + 1) / 4
    assert res.metric("project_npv") == pytest.approx(float(np.sum(fcff / 1.12 ** t)),
                                                      rel=1e-12)


# ---------------------------------------------------------------------------------------------
# Cover ratios
# ---------------------------------------------------------------------------------------------

def test_dscr_includes_interest_only_periods_and_averages_them():
    # Grace 2 years: 2028–2029 pay interest only (600), 6 annuity payments follow.
    res = evaluate(dc.replace(REF, financing=dc.replace(REF.financing, grace_years=2)))
    cfads, ds = res.line("cfads"), res.line("debt_service")
    assert ds[1] == pytest.approx(600.0)
    dscr = res.ratios["dscr"][0]
    np.testing.assert_allclose(dscr[1:9], cfads[1:9] / ds[1:9], rtol=1e-12)
    assert np.isnan(dscr[0]) and np.isnan(dscr[9:]).all()
    assert res.metric("min_dscr") == pytest.approx((cfads[1:9] / ds[1:9]).min(), rel=1e-12)
    assert res.metric("avg_dscr") == pytest.approx((cfads[1:9] / ds[1:9]).mean(), rel=1e-12)


def test_llcr_and_plcr_count_the_dsra():
    # DSRA 6 months. In 2029 the loan owes 6,000 − 524.66 = 5,475.34 at the start of the year
    # and the DSRA holds 431.96 (2028's cash after debt service):
    #   LLCR(2029) = (PV at 10 % of CFADS 2029–2035 to 1 Jan 2029 + 431.96) / 5,475.34
    #   PLCR(2029) = (PV of CFADS 2029–2037 + 431.96) / 5,475.34
    res = evaluate(dc.replace(REF, financing=dc.replace(REF.financing, dsra_months=6)))
    cfads = res.line("cfads")
    owed = res.line("debt_balance")[1]
    reserve = res.line("dsra_balance")[1]
    assert owed == pytest.approx(6000 - 524.66, abs=0.01)
    assert reserve == pytest.approx(431.96, abs=0.01)
    llcr = (npf.npv(0.10, np.r_[0.0, cfads[2:9]]) + reserve) / owed
    plcr = (npf.npv(0.10, np.r_[0.0, cfads[2:]]) + reserve) / owed
    assert res.ratios["llcr"][0, 2] == pytest.approx(llcr, rel=1e-12)
    assert res.ratios["plcr"][0, 2] == pytest.approx(plcr, rel=1e-12)
    # defined only while debt is owed
    assert np.isnan(res.ratios["llcr"][0, 9:]).all()
    assert res.metric("min_llcr") == pytest.approx(np.nanmin(res.ratios["llcr"][0]))


def test_llcr_of_a_sculpted_loan_sized_at_the_target_equals_the_target():
    # Sculpted at 1.35x with the DSCR sizing the debt and no DSRA: every period's LLCR is
    # PV(remaining CFADS) / balance = 1.35 (debt service = CFADS / 1.35 repays the balance).
    m = dc.replace(REF, financing=dc.replace(REF.financing, repayment="sculpted", gearing=0.9,
                                             target_dscr=1.35))
    res = evaluate(m)
    np.testing.assert_allclose(res.ratios["llcr"][0, 1:9], 1.35, rtol=1e-10)


# ---------------------------------------------------------------------------------------------
# Peak debt, peak funding, value for money
# ---------------------------------------------------------------------------------------------

def test_peak_debt_and_peak_funding_with_idc():
    # 1,000 a year for 3 years (CPI 0), 50 % pro rata at 10 %: debt 500, 1,025, 1,576.25 at the
    # ends of 2027–2029 (IDC 50, 102.5); equity 500, 525, 551.25. Peak debt 1,576.25; peak
    # funding (debt + equity in) 1,576.25 + 1,576.25 = 3,152.5 at the end of construction.
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.0]),
                   timeline=dc.replace(REF.timeline, construction_months=36),
                   capex=[CapexItem(name="W", amount=3000.0, life_years=10)],
                   financing=dc.replace(REF.financing, gearing=0.5))
    res = evaluate(m)
    assert res.metric("peak_debt") == pytest.approx(1576.25, rel=1e-12)
    assert res.metric("peak_funding") == pytest.approx(3152.5, rel=1e-12)


def test_value_for_money_against_a_comparator():
    # VfM = the comparator's net cost − the District's net cost under the concession
    #     = PSC + District NPV (the District NPV is what it gains).
    res = evaluate(dc.replace(REF, valuation=dc.replace(REF.valuation, psc_cost_npv=5000.0)))
    assert res.metric("value_for_money") == pytest.approx(5000.0 + 1451.78348, abs=1e-5)
    none = evaluate(REF)
    assert none.metric("value_for_money") is None
    assert none.status("value_for_money") == "no_comparator"


def test_value_for_money_status_in_a_batch():
    m = dc.replace(REF, financing=dc.replace(REF.financing, rate=np.array([0.08, 0.10, 0.12])))
    res = evaluate(m)
    assert [res.status("value_for_money", i) for i in range(3)] == ["no_comparator"] * 3


def test_covenant_warning_names_the_periods_below_it():
    # Reference DSCRs: 2028 1.384, 2029 1.668, then higher. A 1.50x covenant is breached in
    # 2028 only; nothing falls below 1.0x.
    res = evaluate(dc.replace(REF, financing=dc.replace(REF.financing, covenant_dscr=1.50)))
    below = [m for m in res.messages if m.code == "dscr_below_covenant"]
    assert len(below) == 1
    assert below[0].values["periods"] == "2028"
    assert below[0].values["minimum"] == pytest.approx(1.38407547, abs=1e-8)
    assert not [m for m in res.messages if m.code == "dscr_below_one"]
