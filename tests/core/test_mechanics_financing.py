"""Senior debt and the waterfall, against hand-worked numbers and numpy_financial.

Covers: sizing by gearing or amount; drawdown pro rata or equity first; upfront and
commitment fees; interest during construction capitalised with the fixed point
N = needs(size(N)) holding exactly; grace; annuity (numpy_financial.pmt), equal principal,
sculpted (DSCR = target in every repayment period when the DSCR sizes the debt; balance 0 at
maturity); the DSRA (target, funding, use, release); lock-up (trapping, later release); the
District's share of excess returns with its hurdle account; the sponsor's support when CFADS
falls short of debt service.
"""

from __future__ import annotations

import dataclasses as dc
import itertools

import numpy as np
import numpy_financial as npf
import pytest

from pppmodeler.core.inputs import CapexItem, CostLine, Macro
from pppmodeler.core.results import ModelError, evaluate

from .reference_case import LINES, reference_model

REF = reference_model()
CFADS = np.array(LINES["cfads"])          # published CFADS of the reference case
DS_REF = 1124.6641                        # its annuity: 6,000 at 10 % over 8 years


def fin(model=REF, **kw):
    return dc.replace(model, financing=dc.replace(model.financing, **kw))


def construction_case(years=3, capex_amount=3000.0, **kw):
    """CAPEX spent evenly over ``years`` of construction, CPI 0, reference operations."""
    m = dc.replace(REF, macro=Macro(base_year=2027, cpi=[0.0]),
                   timeline=dc.replace(REF.timeline, construction_months=12 * years),
                   capex=[CapexItem(name="W", amount=capex_amount, life_years=10)])
    return fin(m, **kw)


# ---------------------------------------------------------------------------------------------
# Sizing and drawdown during construction
# ---------------------------------------------------------------------------------------------

def test_annuity_matches_numpy_financial_pmt():
    # Reference: 6,000 at 10 % over 8 years: PMT = 1,124.66…
    res = evaluate(REF)
    pmt = -npf.pmt(0.10, 8, 6000.0)
    np.testing.assert_allclose(res.line("debt_service")[1:9], pmt, rtol=1e-12)
    # interest and principal split as numpy_financial's ipmt / ppmt
    per = np.arange(1, 9)
    np.testing.assert_allclose(res.line("interest")[1:9], -npf.ipmt(0.10, per, 8, 6000.0),
                               rtol=1e-12)
    np.testing.assert_allclose(res.line("principal")[1:9], -npf.ppmt(0.10, per, 8, 6000.0),
                               rtol=1e-12)


def test_quarterly_annuity_with_grace_against_pmt():
    # Quarterly, 10 % effective annual → (1.10)^(1/4) − 1 a quarter; grace 1 year (4 quarters
    # interest only), tenor 8 years → 28 level payments.
    m = fin(dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4)),
            grace_years=1, tenor_years=8)
    res = evaluate(m)
    rq = 1.10 ** 0.25 - 1
    # CAPEX spent over 4 quarters now carries IDC: the debt is 60 % of the needs with it
    debt = res.line("debt_drawdown").sum()
    assert debt == pytest.approx(0.6 * res.line("needs").sum(), rel=1e-12)
    assert debt > 6000.0
    ds = res.line("debt_service")
    np.testing.assert_allclose(ds[4:8], rq * debt, rtol=1e-12)                 # grace
    np.testing.assert_allclose(ds[8:36], -npf.pmt(rq, 28, debt), rtol=1e-12)   # repayment
    assert ds[36:].sum() == 0
    assert res.line("debt_balance")[35] == pytest.approx(0, abs=1e-8)
    np.testing.assert_allclose(res.line("principal")[4:8], 0)


def test_equal_principal_with_grace():
    # 6,000, grace 2 years, tenor 8 → 6 repayments of 1,000; interest 10 % on the opening
    # balance: 600, 600 (grace), 600, 500, 400, 300, 200, 100.
    res = evaluate(fin(repayment="equal_principal", grace_years=2))
    np.testing.assert_allclose(res.line("principal")[1:9], [0, 0] + [1000] * 6, atol=1e-9)
    np.testing.assert_allclose(res.line("interest")[1:9], [600, 600, 600, 500, 400, 300, 200,
                                                           100], atol=1e-9)
    np.testing.assert_allclose(res.line("debt_balance"), [6000, 6000, 6000, 5000, 4000, 3000,
                                                          2000, 1000, 0, 0, 0], atol=1e-9)


def test_rate_zero_annuity_is_equal_principal():
    res = evaluate(fin(rate=0.0))
    np.testing.assert_allclose(res.line("principal")[1:9], 750.0, rtol=1e-12)
    assert res.line("interest").sum() == 0


def test_pro_rata_drawdown_with_interest_during_construction():
    # CPI 0, 1,000 of CAPEX a year for 3 years, gearing 50 %, 10 %, no fees. IDC on the
    # opening balance, each need funded 50:50:
    #   2027: need 1,000,                  draw 500,    balance   500
    #   2028: IDC 50,   need 1,050,        draw 525,    balance 1,025
    #   2029: IDC 102.5, need 1,102.5,     draw 551.25, balance 1,576.25
    # Total needs 3,152.5; debt 1,576.25 = 50 %.
    res = evaluate(construction_case(gearing=0.5))
    np.testing.assert_allclose(res.line("needs")[:3], [1000, 1050, 1102.5], rtol=1e-12)
    np.testing.assert_allclose(res.line("debt_drawdown")[:3], [500, 525, 551.25], rtol=1e-12)
    np.testing.assert_allclose(res.line("equity_injection")[:3], [500, 525, 551.25],
                               rtol=1e-12)
    np.testing.assert_allclose(res.line("idc")[:3], [0, 50, 102.5], rtol=1e-12)
    assert res.metric("peak_debt") == pytest.approx(1576.25, rel=1e-12)


def test_equity_first_drawdown():
    # Same, equity first. Equity E = 50 % of the total needs N goes in first:
    #   2027: need 1,000, all equity (E > 1,000)
    #   2028: need 1,000 (no debt yet, no IDC): equity E − 1,000, debt 2,000 − E
    #   2029: IDC 10 % × (2,000 − E), need 1,000 + that, all debt
    # N = 3,000 + 0.1 (2,000 − 0.5 N) → N = 3,200 / 1.05 = 3,047.619…; E = 1,523.81;
    # draws 476.19 (2028), 1,047.62 (2029); IDC 47.619.
    res = evaluate(construction_case(gearing=0.5, drawdown="equity_first"))
    N = 3200 / 1.05
    E = N / 2
    np.testing.assert_allclose(res.line("equity_injection")[:3], [1000, E - 1000, 0],
                               rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(res.line("debt_drawdown")[:3], [0, 2000 - E, 1000 + 0.1 * (
        2000 - E)], rtol=1e-12, atol=1e-9)
    assert res.line("idc").sum() == pytest.approx(0.1 * (2000 - E), rel=1e-12)
    assert res.line("needs").sum() == pytest.approx(N, rel=1e-12)


def test_upfront_and_commitment_fees_and_idc_hand_solved():
    # CPI 0, 1,000 a year for 2 years, gearing 50 %, 10 %, upfront fee 2 % of the debt D in the
    # first period, commitment fee 1 % a year on the undrawn amount (D − opening balance).
    #   2027: fee 0.02 D + 0.01 D = 0.03 D; need 1,000 + 0.03 D; draw d0 = 0.5 × need
    #   2028: IDC 0.1 d0; commitment 0.01 (D − d0); need 1,000 + 0.09 d0 + 0.01 D
    # With D = 0.5 N: d0 = 500 + 0.0075 N and
    #   N = 2,000 + 0.04 × 0.5 N + 0.09 (500 + 0.0075 N) = 2,045 + 0.020675 N
    #   N = 2,045 / 0.979325 = 2,088.1729…
    res = evaluate(construction_case(years=2, capex_amount=2000.0, gearing=0.5, upfront_fee=0.02,
                                     commitment_fee=0.01))
    N = 2045 / 0.979325
    D = N / 2
    d0 = 500 + 0.0075 * N
    assert res.line("needs").sum() == pytest.approx(N, rel=1e-12)
    assert res.line("debt_drawdown").sum() == pytest.approx(D, rel=1e-12)
    np.testing.assert_allclose(res.line("fees")[:2], [0.03 * D, 0.01 * (D - d0)], rtol=1e-12)
    np.testing.assert_allclose(res.line("idc")[:2], [0, 0.1 * d0], rtol=1e-12)
    # the capitalised fees and IDC are depreciated over the operation phase (10 years) on top
    # of the CAPEX's 200 a year
    np.testing.assert_allclose(res.line("depreciation")[2:],
                               200 + (0.03 * D + 0.01 * (D - d0) + 0.1 * d0) / 10, rtol=1e-12)


def test_quarterly_commitment_fee_and_idc_use_periodic_rates():
    # Quarterly, 2 quarters of construction, 500 each (CPI 0), gearing 60 %, 12 % effective
    # annual (periodic (1.12)^(1/4) − 1), commitment fee 2 % a year → 0.5 % a quarter.
    #   q1: fee 0.005 D; need 500 + 0.005 D; draw d0 = 0.6 need
    #   q2: IDC r_q d0; fee 0.005 (D − d0); need 500 + r_q d0 + 0.005 (D − d0)
    # with D = 0.6 N:  d0 = 300 + 0.0018 N,
    #   N = 1,000 + 0.006 N + (r_q − 0.005)(300 + 0.0018 N)
    m = construction_case(years=1, capex_amount=1000.0, gearing=0.6, rate=0.12,
                          commitment_fee=0.02)
    m = dc.replace(m, timeline=dc.replace(m.timeline, periods_per_year=4, construction_months=6))
    res = evaluate(m)
    rq = 1.12 ** 0.25 - 1
    N = (1000 + (rq - 0.005) * 300) / (1 - 0.006 - (rq - 0.005) * 0.0018)
    assert res.line("needs").sum() == pytest.approx(N, rel=1e-12)
    assert res.line("debt_drawdown").sum() == pytest.approx(0.6 * N, rel=1e-12)
    d0 = 300 + 0.0018 * N
    assert res.line("idc")[1] == pytest.approx(rq * d0, rel=1e-12)


@pytest.mark.parametrize("drawdown, repayment, ppy", list(itertools.product(
    ["pro_rata", "equity_first"], ["annuity", "equal_principal", "sculpted"], [1, 4])))
def test_fixed_point_of_the_funding_needs_holds_exactly(drawdown, repayment, ppy):
    # N = needs(size(N)): the debt is exactly the gearing of the needs it creates, the needs are
    # exactly CAPEX + GMF + IDC + fees − grant, and debt + equity fund them period by period.
    m = construction_case(gearing=0.7, rate=0.14, upfront_fee=0.025, commitment_fee=0.015,
                          drawdown=drawdown, repayment=repayment, target_dscr=1.1)
    m = dc.replace(m, timeline=dc.replace(m.timeline, periods_per_year=ppy),
                   taxes=dc.replace(m.taxes, gmf_enabled=True),
                   district=dc.replace(m.district, capital_grant=300.0))
    res = evaluate(m)
    needs = res.line("needs")
    N = needs.sum()
    assert N == pytest.approx((res.line("capex") + res.line("gmf_capex") + res.line("idc")
                               + res.line("fees") - res.line("grant")).sum(), rel=1e-13)
    debt = res.line("debt_drawdown").sum()
    if repayment != "sculpted":
        assert debt == pytest.approx(0.7 * N, rel=1e-12)
    else:
        # at 1.1x the cash flow could carry more: the gearing still sizes the debt
        assert debt == pytest.approx(0.7 * N, rel=1e-12)
        assert np.nanmin(res.ratios["dscr"][0]) > 1.1
    construction = res.grid.construction[0] > 0
    np.testing.assert_allclose((res.line("debt_drawdown") + res.line("equity_injection"))
                               [construction], needs[construction], rtol=1e-12, atol=1e-9)
    # each period's IDC is the periodic rate on the balance drawn before it
    rp = 1.14 ** (1 / ppy) - 1
    n_con = int(res.grid.n_con[0, 0])
    opening = np.concatenate([[0.0], np.cumsum(res.line("debt_drawdown"))[:n_con - 1]])
    np.testing.assert_allclose(res.line("idc")[:n_con], rp * opening, rtol=1e-12, atol=1e-12)


def test_amount_sizing_and_its_limit():
    res = evaluate(fin(sizing="amount", amount=5000.0))
    assert res.line("debt_drawdown").sum() == pytest.approx(5000.0)
    assert res.line("equity_injection")[0] == pytest.approx(5000.0)
    with pytest.raises(ModelError):
        evaluate(fin(sizing="amount", amount=10500.0))


def test_gearing_zero_means_no_debt():
    res = evaluate(fin(gearing=0.0))
    assert res.line("debt_balance").max() == 0
    assert res.metric("min_dscr") is None
    assert res.status("min_dscr") == "no_debt_service"
    # all the free cash goes to equity: FCFE = FCFF-like cash flow after levered tax
    np.testing.assert_allclose(res.line("fcfe")[1:], res.line("cfads")[1:], rtol=1e-12)


# ---------------------------------------------------------------------------------------------
# Sculpted repayment
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ppy, grace", [(1, 0), (1, 2), (4, 1)])
def test_sculpted_dscr_equals_target_when_it_sizes_the_debt(ppy, grace):
    # Gearing 90 % is more than the cash flow can serve at 1.40x: the DSCR sizes the debt.
    m = fin(dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=ppy)),
            repayment="sculpted", gearing=0.9, target_dscr=1.40, grace_years=grace,
            tenor_years=8)
    res = evaluate(m)
    n_con, g, n = ppy, grace * ppy, 8 * ppy
    repay = slice(n_con + g, n_con + n)
    dscr = res.ratios["dscr"][0]
    np.testing.assert_allclose(dscr[repay], 1.40, rtol=1e-10)
    bal = res.line("debt_balance")
    assert bal[n_con + n - 1] == pytest.approx(0, abs=1e-7)
    assert np.all(bal[repay] >= -1e-9)
    # debt = PV at the debt rate of the CFADS of the repayment periods (to the start of
    # repayment) ÷ 1.40, and less than 90 % of the needs
    rp = 1.10 ** (1 / ppy) - 1
    cf = res.line("cfads")[repay]
    debt = res.line("debt_drawdown").sum()
    assert debt == pytest.approx(npf.npv(rp, np.concatenate([[0.0], cf])) / 1.40, rel=1e-10)
    assert debt < 0.9 * res.line("needs").sum()
    # grace periods pay interest only
    np.testing.assert_allclose(res.line("principal")[n_con:n_con + g], 0)
    np.testing.assert_allclose(res.line("interest")[n_con:n_con + g], rp * debt, rtol=1e-12)


def test_sculpted_with_gearing_binding_has_a_flat_dscr_above_target():
    # Gearing 40 % (4,000): the cash flow could carry more at 1.30x, so the DSCR is flat at
    # PV(CFADS) / 4,000 > 1.30 in every repayment year and the debt is repaid in 8 years.
    res = evaluate(fin(repayment="sculpted", gearing=0.4, target_dscr=1.30))
    dscr = res.ratios["dscr"][0][1:9]
    assert res.line("debt_drawdown").sum() == pytest.approx(4000.0)
    np.testing.assert_allclose(dscr, dscr[0], rtol=1e-10)
    assert dscr[0] > 1.30
    cf = res.line("cfads")[1:9]
    assert dscr[0] == pytest.approx(npf.npv(0.10, np.concatenate([[0.0], cf])) / 4000.0,
                                    rel=1e-10)
    assert res.line("debt_balance")[8] == pytest.approx(0, abs=1e-8)


def test_sculpted_service_never_below_interest_when_cfads_dips():
    # A major maintenance of 2,000 in operating year 3 makes CFADS fall below the interest:
    # the sculpted service is floored at the interest that year (no negative principal, the
    # balance never rises) and the debt is still repaid at maturity.
    m = dc.replace(REF, costs=REF.costs + [CostLine(name="Major", kind="fixed", value=2000.0,
                                                    every_years=3)])
    res = evaluate(fin(m, repayment="sculpted", gearing=0.6, target_dscr=1.3))
    principal = res.line("principal")
    assert principal.min() >= -1e-9
    bal = res.line("debt_balance")
    assert np.all(np.diff(bal[1:]) <= 1e-9)
    assert bal[8] == pytest.approx(0, abs=1e-7)
    assert principal[3] == pytest.approx(0, abs=1e-9)


# ---------------------------------------------------------------------------------------------
# Waterfall: DSRA, lock-up, support, return share
# ---------------------------------------------------------------------------------------------

def test_dsra_target_funding_and_release():
    # DSRA of 6 months, annual periods: target = half the next year's debt service
    # = 1,124.66 / 2 = 562.33 while a next year's service exists; funded from cash after debt
    # service: 2028 has only 1,556.62 − 1,124.66 = 431.96, all of it to the DSRA; 2029 tops it
    # up by 130.38 to 562.33; 2035 (the last repayment) has no next service: released.
    res = evaluate(fin(dsra_months=6))
    half = DS_REF / 2
    dsra = res.line("dsra_balance")
    np.testing.assert_allclose(dsra, [0, CFADS[1] - DS_REF] + [half] * 6 + [0, 0, 0],
                               atol=0.01)
    dist = res.line("distributions")
    free = CFADS - np.array([0] + [DS_REF] * 8 + [0, 0])
    assert dist[1] == pytest.approx(0, abs=1e-9)
    assert dist[2] == pytest.approx(free[2] - (half - (CFADS[1] - DS_REF)), abs=0.01)
    np.testing.assert_allclose(dist[3:8], free[3:8], atol=0.01)
    assert dist[8] == pytest.approx(free[8] + half, abs=0.01)       # release
    # over the life the DSRA only shifts cash: total distributions unchanged
    assert dist.sum() == pytest.approx(evaluate(REF).line("distributions").sum(), rel=1e-12)


def test_quarterly_dsra_covers_the_next_two_quarters():
    m = fin(dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4)),
            dsra_months=6, repayment="equal_principal")
    res = evaluate(m)
    ds = res.line("debt_service")
    target = np.concatenate([ds[1:], [0]]) + np.concatenate([ds[2:], [0, 0]])
    dsra = res.line("dsra_balance")
    full = dsra >= target - 1e-9
    # from the moment it is full, it follows the target exactly (cash flow is ample)
    first = int(np.argmax(full[4:])) + 4
    np.testing.assert_allclose(dsra[first:], target[first:], atol=1e-9)
    assert dsra[35] == 0 and dsra[34] == pytest.approx(ds[35])


def test_lockup_traps_cash_and_releases_it_later():
    # Lock-up below 1.70x. Reference DSCRs: 2028 1.384, 2029 1.668 (locked), 2030 1.766 (free).
    #   cash kept: 2028 431.96, 2029 431.96 + 751.13 = 1,183.08
    #   2030 distributes 1,183.08 + 860.96 = 2,044.05, then as before.
    res = evaluate(fin(lockup_dscr=1.70))
    fcfe = np.array(LINES["fcfe"])
    np.testing.assert_allclose(res.line("cash_balance")[:4], [0, fcfe[1], fcfe[1] + fcfe[2], 0],
                               atol=0.01)
    np.testing.assert_allclose(res.line("distributions")[1:4],
                               [0, 0, fcfe[1] + fcfe[2] + fcfe[3]], atol=0.02)
    np.testing.assert_allclose(res.line("distributions")[4:], fcfe[4:], atol=0.01)
    assert any(m.code == "lockup" for m in res.messages)


def test_lockup_releases_in_the_last_period_even_when_still_locked():
    # Lock-up at 5x never lifts while there is debt service; after the debt (2036–2037) there
    # is no DSCR, so the trapped cash is paid then; nothing stays in the project.
    res = evaluate(fin(lockup_dscr=5.0))
    fcfe = np.array(LINES["fcfe"])
    assert res.line("distributions")[1:9].sum() == 0
    assert res.line("distributions")[9] == pytest.approx(fcfe[1:10].sum(), abs=0.05)
    assert res.line("cash_balance")[-1] == 0


def test_sponsor_support_when_cfads_falls_short_after_the_dsra():
    # A major maintenance of 2,500 every 3 years (2030, 2033, 2036) and a 6-month DSRA.
    # 2030: CFADS −559.56 (from the engine's own EBITDA less tax); shortfall after debt service
    # 559.56 + 1,124.66 = 1,684.23; the DSRA's 562.33 is used first, the sponsor puts in the
    # remaining 1,121.90; the DSRA is refilled from 2031's cash.
    m = dc.replace(REF, costs=REF.costs + [CostLine(name="Major", kind="fixed", value=2500.0,
                                                    every_years=3)])
    res = evaluate(fin(m, dsra_months=6))
    cfads, ds = res.line("cfads"), res.line("debt_service")
    dsra, sup = res.line("dsra_balance"), res.line("equity_support")
    shortfall = ds[3] - cfads[3]
    assert sup[3] == pytest.approx(shortfall - dsra[2], rel=1e-12)
    assert dsra[3] == 0
    assert dsra[4] == pytest.approx(ds[5] / 2, rel=1e-12)
    # after the debt (2036) the support simply covers the negative CFADS
    assert sup[9] == pytest.approx(-cfads[9], rel=1e-12)
    # support is an equity injection in FCFE
    np.testing.assert_allclose(res.line("fcfe"), res.line("distributions")
                               - res.line("equity_injection"), atol=1e-9)
    assert res.line("equity_injection")[3] == pytest.approx(sup[3])
    assert any(msg.code == "equity_support" for msg in res.messages)


def _excess_by_pv(paid, injections, h):
    """The District's base: distributions beyond what brings the equity to the hurdle rate.

    Independent of any account: the hurdle is met in the first period τ where the present
    value at h of (paid − injected) up to τ turns non-negative; the excess in τ is that value
    carried to τ; afterwards all that is paid is excess (no later injections here).
    """
    v = (1 + h) ** -np.arange(paid.size, dtype=float)
    cum = np.cumsum((paid - injections) * v)
    tau = int(np.argmax(cum >= 0))
    assert cum[tau] >= 0 and np.all(injections[tau + 1:] == 0)
    excess = np.zeros_like(paid)
    excess[tau] = cum[tau] / v[tau]
    excess[tau + 1:] = paid[tau + 1:]
    return excess


@pytest.mark.parametrize("share", [0.3, 1.0])
def test_return_share_above_the_hurdle(share):
    # Threshold 15 % on the reference case (equity IRR 19 % unshared).
    m = dc.replace(REF, district=dc.replace(REF.district, return_share=share,
                                            return_threshold_irr=0.15))
    res = evaluate(m)
    base = evaluate(REF)
    paid = base.line("distributions")
    inj = base.line("equity_injection")
    expected = share * _excess_by_pv(paid, inj, 0.15)
    np.testing.assert_allclose(res.line("return_share"), expected, rtol=1e-10, atol=1e-9)
    np.testing.assert_allclose(res.line("distributions") + res.line("return_share"), paid,
                               rtol=1e-12)
    # the District receives it
    np.testing.assert_allclose(res.line("district") - base.line("district"), expected,
                               rtol=1e-10, atol=1e-9)
    # at the hurdle rate, the equity keeps (1 − share) of what it would have had
    assert npf.npv(0.15, res.line("fcfe")) == pytest.approx(
        (1 - share) * npf.npv(0.15, base.line("fcfe")), rel=1e-9, abs=1e-6)
    if share == 1.0:
        # all of the excess goes to the District: the equity earns exactly the threshold
        assert res.metric("equity_irr") == pytest.approx(0.15, abs=1e-10)
    else:
        assert 0.15 < res.metric("equity_irr") < base.metric("equity_irr")


def test_return_share_hurdle_in_a_quarterly_model():
    # Quarterly: the threshold is an effective annual rate, so a 100 % share leaves the equity
    # exactly 15 % a year (1.15^(1/4) − 1 a quarter).
    m = dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4),
                   district=dc.replace(REF.district, return_share=1.0,
                                       return_threshold_irr=0.15))
    res = evaluate(m)
    assert res.metric("equity_irr") == pytest.approx(0.15, abs=1e-10)
    assert res.line("return_share").sum() > 0


def test_return_share_hurdle_accrues_sponsor_support():
    # Threshold 5 %, 100 % share. The hurdle is met in the early years; a major maintenance of
    # 5,000 in 2035 needs ~5,227 of sponsor support, which re-opens the hurdle account; 2036–37
    # pay it back at 5 % and the rest goes to the District again. With all excess to the
    # District, the equity's flows are worth exactly 0 at 5 % (each time the hurdle is met the
    # equity has exactly 5 % on what it put in).
    m = dc.replace(REF, costs=REF.costs + [CostLine(name="Major", kind="fixed", value=5000.0,
                                                    every_years=8)],
                   district=dc.replace(REF.district, return_share=1.0,
                                       return_threshold_irr=0.05))
    res = evaluate(m)
    support = res.line("equity_support")
    rs = res.line("return_share")
    assert support[8] > 5000
    assert rs[:8].sum() > 0 and rs[9:].sum() > 0      # paid before and after the support
    assert rs[9] == 0                                 # 2036 only pays back the support
    fcfe = res.line("fcfe")
    assert npf.npv(0.05, fcfe) == pytest.approx(0, abs=1e-6)
    # 2037: the support carried at 5 % for two years, less 2036's distribution, then excess
    dist = res.line("distributions")
    left = support[8] * 1.05 - dist[9]
    assert dist[10] == pytest.approx(left * 1.05, rel=1e-10)


def test_dsra_of_a_partial_number_of_periods_is_pro_rata():
    # Quarterly, 4 months = 1⅓ quarters: target = next quarter's service + ⅓ of the one after.
    m = fin(dc.replace(REF, timeline=dc.replace(REF.timeline, periods_per_year=4)),
            dsra_months=4, repayment="equal_principal")
    res = evaluate(m)
    ds = res.line("debt_service")
    target = np.r_[ds[1:], 0] + np.r_[ds[2:], 0, 0] / 3
    dsra = res.line("dsra_balance")
    # (the ramp-up year's cash does not fill it; it is full from the second quarter of 2029)
    assert dsra[4] < target[4]
    np.testing.assert_allclose(dsra[9:], target[9:], rtol=1e-12, atol=1e-9)
    assert dsra[34] == pytest.approx(ds[35], rel=1e-12)   # only one quarter of service left


def test_lockup_is_lifted_in_the_last_period_of_the_concession():
    # Tenor 10 years: debt service every year to 2037 and a 5x lock-up never met. Everything
    # is trapped until the last period, when all of it is distributed.
    res = evaluate(fin(lockup_dscr=5.0, tenor_years=10))
    dist, cash = res.line("distributions"), res.line("cash_balance")
    assert dist[:-1].sum() == 0
    free = res.line("cfads") - res.line("debt_service")
    assert cash[-2] == pytest.approx(free[:-1].sum(), rel=1e-12)
    assert dist[-1] == pytest.approx(free.sum(), rel=1e-12)
    assert cash[-1] == 0


def test_tenor_and_grace_are_checked():
    with pytest.raises(ModelError):
        evaluate(fin(tenor_years=11))                     # beyond the 10 years of operation
    with pytest.raises(ModelError):
        evaluate(fin(grace_years=8))                      # no repayment period left
    with pytest.raises(ModelError):
        evaluate(fin(tenor_years=7.5))                    # not whole annual periods


def test_amount_sizing_with_idc_pro_rata():
    # A fixed debt of 1,500 against 3 years of 1,000 (CPI 0), 10 %, pro rata: each need is
    # funded in the proportion D / N. With s = 1,500 / N:
    #   need0 = 1,000; need1 = 1,000 + 0.1 × s × 1,000; need2 = 1,000 + 0.1 s (need0 + need1)
    # N = 3,000 + 0.1 s (2 × 1,000 + 1,000 + 0.1 s × 1,000)
    #   = 3,000 + 300 s + 10 s²  with s = 1,500 / N  → solve N³ − 3,000 N² − 450,000 N
    #     − 22,500,000 = 0 (multiply by N²).
    res = evaluate(construction_case(sizing="amount", amount=1500.0))
    roots = np.roots([1.0, -3000.0, -450000.0, -22500000.0])
    N = float(max(r.real for r in roots if abs(r.imag) < 1e-9))
    assert res.line("needs").sum() == pytest.approx(N, rel=1e-12)
    assert res.line("debt_drawdown").sum() == pytest.approx(1500.0, rel=1e-12)


def test_sculpted_sizing_with_idc_over_a_multi_year_construction():
    # 9,000 over 3 years of construction (CPI 0), gearing 90 % but a 1.60x target: the DSCR
    # sizes the debt D = PV(CFADS over the repayment years at 10 %) / 1.60 (about 4,700 < 90 %
    # of the needs); the needs then include the IDC of that smaller debt, drawn pro rata at
    # D / N of each period's need.
    res = evaluate(construction_case(capex_amount=9000.0, gearing=0.9, repayment="sculpted",
                                     target_dscr=1.60))
    needs, draws = res.line("needs"), res.line("debt_drawdown")
    N, D = needs.sum(), draws.sum()
    assert D < 0.9 * N
    cf = res.line("cfads")[3:11]
    assert D == pytest.approx(npf.npv(0.10, np.r_[0.0, cf]) / 1.60, rel=1e-10)
    np.testing.assert_allclose(draws[:3], D / N * needs[:3], rtol=1e-12)
    assert N == pytest.approx(9000 + res.line("idc").sum(), rel=1e-13)
    np.testing.assert_allclose(res.ratios["dscr"][0][3:11], 1.60, rtol=1e-10)
    assert res.line("debt_balance")[10] == pytest.approx(0, abs=1e-7)
