"""Income tax (losses carried forward FIFO with expiry), unlevered tax, ICA and GMF.

Expected values are worked by hand in the comments.
"""

from __future__ import annotations

import dataclasses as dc

import numpy as np
import pytest

from pppmodeler.core.inputs import CapexItem, CostLine, Macro, RevenueLine
from pppmodeler.core.results import evaluate
from pppmodeler.core.tax import income_tax

from .reference_case import reference_model


def losses_model(carry_years, ppy=1, rate=0.30, **fin):
    """Revenue 300 a year, CAPEX 1,000 over 2 years, 4 years of operation, CPI 0, no District
    terms: EBIT = 300 − 500 = −200 in years 1–2 and +300 in years 3–4."""
    m = reference_model()
    return dc.replace(
        m, costs=[], capex=[CapexItem(name="W", amount=1000.0, life_years=2)],
        revenues=[RevenueLine(name="R", kind="fixed", base_value=300.0)],
        macro=Macro(base_year=2027, cpi=[0.0]),
        timeline=dc.replace(m.timeline, operation_years=4, periods_per_year=ppy,
                            construction_months=12),
        district=dc.replace(m.district, canon=0.0, revenue_share=0.0),
        taxes=dc.replace(m.taxes, income_tax_rate=rate, ica_rate=0.0,
                         loss_carryforward_years=carry_years),
        financing=dc.replace(m.financing, **({"gearing": 0.0} | fin)))


@pytest.mark.parametrize("carry, expected", [
    # no carry-forward: each year's profit is taxed alone: 0, 0, 90, 90
    (0, [0, 0, 0, 90, 90]),
    # 1 year: year 3 may use year 2's loss (200) → taxable 100 → 30; year 1's loss expired.
    #         year 4: year 2's loss is 2 years old → expired → 300 → 90.
    (1, [0, 0, 0, 30, 90]),
    # 2 years, first in first out: year 3 has 400 of live losses against 300: uses year 1's
    #         200 (its last chance) then 100 of year 2's → 0; year 4 uses year 2's last 100 →
    #         taxable 200 → 60. (Last in, first out would use year 2's 200 and 100 of year 1's
    #         in year 3, leaving year 1's 100 to expire: year 4 taxed on 300 → 90.)
    (2, [0, 0, 0, 0, 60]),
    # 12 years: 400 of losses against 600 of profits: year 3 fully offset (300 used), year 4
    #         uses the last 100 → 200 → 60.
    (12, [0, 0, 0, 0, 60]),
])
def test_loss_carry_forward_fifo_with_expiry(carry, expected):
    res = evaluate(losses_model(carry))
    np.testing.assert_allclose(res.line("ebit"), [0, -200, -200, 300, 300], atol=1e-9)
    np.testing.assert_allclose(res.line("tax"), expected, atol=1e-9)
    np.testing.assert_allclose(res.line("unlevered_tax"), expected, atol=1e-9)


def test_loss_carry_forward_counts_years_in_a_quarterly_model():
    # Quarterly: depreciation 1,000 over 8 quarters = 125 a quarter, revenue 75 a quarter:
    # EBIT −50 in quarters 1–8 (400 of losses), +75 in quarters 9–16.
    # Carry-forward 1 year = 4 quarters: quarter 9 may use the losses of quarters 5–8 only.
    # FIFO: q9 uses q5's 50 and 25 of q6's → taxable 0; q10 uses q6's last 25 (4 quarters old)
    # and q7's 50 → 0; q11: q8's 50 → taxable 25; q12–16: nothing left → 75 each.
    # (Quarters 1–4's losses expire unused.) Tax 30 %: q9–10 0, q11 7.5, q12–16 22.5.
    m = losses_model(1, ppy=4)
    m = dc.replace(m, timeline=dc.replace(m.timeline, construction_months=3))
    res = evaluate(m)
    np.testing.assert_allclose(res.line("ebit")[1:], [-50] * 8 + [75] * 8, atol=1e-9)
    np.testing.assert_allclose(res.line("tax")[1:], [0] * 10 + [7.5] + [22.5] * 5,
                               atol=1e-9)


def test_income_tax_function_fifo_hand_example():
    # Profits −100, −50, 30, 40, 200.
    # Carry 2 periods: p2 uses 30 of the −100 (70 left); p3: the −100 is 3 periods old,
    #   expired; uses 40 of the −50 (10 left); p4: the −50 is 3 periods old, expired → 200.
    # Carry 3 periods: p2 uses 30 of the −100; p3 uses 40 more (30 left); p4: the −100 is 4
    #   old, expired; the −50 (3 old) → taxable 150. Last in first out would give 200.
    profit = np.array([[-100.0, -50.0, 30.0, 40.0, 200.0]])
    np.testing.assert_allclose(income_tax(profit, np.array([[1.0]]), np.array([[2]])),
                               [[0, 0, 0, 0, 200]])
    np.testing.assert_allclose(income_tax(profit, np.array([[1.0]]), np.array([[3]])),
                               [[0, 0, 0, 0, 150]])
    # both at once, vectorised across iterations with their own carry periods and rates
    both = income_tax(np.vstack([profit, profit]), np.array([[0.5], [1.0]]),
                      np.array([[2], [3]]))
    np.testing.assert_allclose(both, [[0, 0, 0, 0, 100], [0, 0, 0, 0, 150]])


def _fifo_reference(profit, carry):
    """Independent FIFO: a queue of [period, amount] losses, expired after ``carry`` periods."""
    queue, taxable = [], []
    for t, p in enumerate(profit):
        queue = [[s, a] for s, a in queue if t - s <= carry]
        if p > 0:
            left = p
            for item in queue:
                used = min(item[1], left)
                item[1] -= used
                left -= used
            taxable.append(left)
        else:
            taxable.append(0.0)
            if p < 0:
                queue.append([t, -p])
    return np.array(taxable)


@pytest.mark.parametrize("seed", range(12))
def test_income_tax_matches_an_independent_fifo_queue(seed):
    # Losses early and profits later (a concession's usual shape) plus noise; rows whose losses
    # outlive the carry-forward and rows where expiry never binds are mixed in one batch.
    rng = np.random.default_rng(seed)
    T = int(rng.integers(5, 60))
    trend = np.linspace(-rng.uniform(0, 300), rng.uniform(0, 300), T)
    profit = trend + rng.normal(0, 150, size=(6, T))
    carry = np.array([[0], [1], [3], [5], [12], [100]])
    got = income_tax(profit, np.ones((6, 1)), carry)
    for i in range(6):
        np.testing.assert_allclose(got[i], _fifo_reference(profit[i], carry[i, 0]), atol=1e-9)
    # one row at a time gives the same
    for i in range(6):
        np.testing.assert_allclose(income_tax(profit[i:i + 1], np.ones((1, 1)), carry[i:i + 1]),
                                   got[i:i + 1], atol=1e-9)


def test_levered_tax_uses_interest_and_unlevered_tax_ignores_it():
    # Same losses model with debt: CAPEX 1,000 at 60 % = 600, 10 %, equal principal over 4
    # years (150 a year): interest 60, 45, 30, 15.
    # Levered EBT: −260, −245, 270, 285. Carry 12 years: year 3 uses 270 of the 505 of losses
    # (235 left) → 0; year 4 uses 235 → 50 → tax 15.
    # Unlevered (on EBIT): as without debt: 0, 0, 0, 60.
    res = evaluate(losses_model(12, gearing=0.6, repayment="equal_principal", tenor_years=4))
    np.testing.assert_allclose(res.line("interest"), [0, 60, 45, 30, 15], atol=1e-9)
    np.testing.assert_allclose(res.line("ebt"), [0, -260, -245, 270, 285], atol=1e-9)
    np.testing.assert_allclose(res.line("tax"), [0, 0, 0, 0, 15], atol=1e-9)
    np.testing.assert_allclose(res.line("unlevered_tax"), [0, 0, 0, 0, 60], atol=1e-9)


def test_project_flows_do_not_depend_on_the_financing():
    # The unlevered FCFF (and so the project IRR and NPV) must not move with gearing, rate,
    # fees, repayment or the DSRA: tax is computed as if there were no debt.
    m = reference_model()
    base = evaluate(m)
    for fin in [dict(gearing=0.0), dict(gearing=0.8, rate=0.15, upfront_fee=0.02,
                                         commitment_fee=0.01, repayment="equal_principal"),
                dict(repayment="sculpted", target_dscr=1.5, dsra_months=6, grace_years=2)]:
        other = evaluate(dc.replace(m, financing=dc.replace(m.financing, **fin)))
        np.testing.assert_allclose(other.line("fcff"), base.line("fcff"), rtol=1e-12,
                                   err_msg=str(fin))
        np.testing.assert_allclose(other.line("unlevered_tax"), base.line("unlevered_tax"),
                                   rtol=1e-12)
        assert other.metric("project_irr") == pytest.approx(base.metric("project_irr"),
                                                            abs=1e-12)


def test_ica_on_gross_revenue_including_availability_payments():
    # Revenue 3,000 + availability payment 1,000 (CPI 0), ICA 7 per mil: 7‰ × 4,000 = 28,
    # District income; deducted in EBITDA.
    m = reference_model()
    m = dc.replace(m, macro=Macro(base_year=2027, cpi=[0.0]), costs=[],
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=3000.0)],
                   district=dc.replace(m.district, canon=0.0, revenue_share=0.0,
                                       availability_payment=1000.0))
    res = evaluate(m)
    np.testing.assert_allclose(res.line("ica")[1:], 28.0)
    np.testing.assert_allclose(res.line("ebitda")[1:], 4000 - 28)
    np.testing.assert_allclose(res.line("district")[1:], 28 - 1000)


def test_gmf_on_operating_outflows_and_construction_with_its_deductible_share():
    # CPI 0, revenue 1,000, opex 200, canon 100, revenue share 10 % = 100, ICA 1 % = 10.
    # GMF 4‰ on the outflows: 0.004 × (200 + 100 + 100 + 10) = 1.64.
    # EBITDA = 1,000 − 200 − 100 − 100 − 10 − 1.64 = 588.36.
    # No CAPEX depreciation here except the construction's: CAPEX 1,000 + GMF 4 = 1,004
    # capitalised, over 10 years = 100.4 a year (no debt).
    # Taxable = EBIT + the non-deductible half of GMF = 588.36 − 100.4 + 0.82 = 488.78;
    # tax 35 % = 171.073.
    m = reference_model()
    m = dc.replace(m, macro=Macro(base_year=2027, cpi=[0.0]),
                   capex=[CapexItem(name="W", amount=1000.0, life_years=10)],
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=1000.0)],
                   costs=[CostLine(name="O", kind="fixed", value=200.0)],
                   district=dc.replace(m.district, canon=100.0, revenue_share=0.10),
                   taxes=dc.replace(m.taxes, ica_rate=0.01, gmf_enabled=True, gmf_rate=0.004,
                                    gmf_deductible_share=0.5),
                   financing=dc.replace(m.financing, gearing=0.0))
    res = evaluate(m)
    np.testing.assert_allclose(res.line("gmf")[1:], 1.64, rtol=1e-12)
    np.testing.assert_allclose(res.line("gmf_capex"), [4.0] + [0] * 10, atol=1e-12)
    np.testing.assert_allclose(res.line("needs")[0], 1004.0, rtol=1e-12)
    np.testing.assert_allclose(res.line("ebitda")[1:], 588.36, rtol=1e-12)
    np.testing.assert_allclose(res.line("depreciation")[1:], 100.4, rtol=1e-12)
    np.testing.assert_allclose(res.line("tax")[1:], 0.35 * 488.78, rtol=1e-12)
    # GMF off: nothing of it anywhere
    off = evaluate(dc.replace(m, taxes=dc.replace(m.taxes, gmf_enabled=False)))
    assert off.line("gmf").sum() == 0 and off.line("gmf_capex").sum() == 0
    np.testing.assert_allclose(off.line("ebitda")[1:], 590.0, rtol=1e-12)


def test_no_negative_tax():
    # Revenue 100: EBIT −400 in years 1–2 (no tax, none refunded), +100 in years 3–4; without
    # carry-forward those are taxed 35 each.
    m = losses_model(0, rate=0.35)
    m = dc.replace(m, revenues=[RevenueLine(name="R", kind="fixed", base_value=100.0)])
    res = evaluate(m)
    np.testing.assert_allclose(res.line("ebit"), [0, -400, -400, 100, 100], atol=1e-9)
    np.testing.assert_allclose(res.line("tax"), [0, 0, 0, 35, 35], atol=1e-9)
    np.testing.assert_allclose(res.line("unlevered_tax"), [0, 0, 0, 35, 35], atol=1e-9)
