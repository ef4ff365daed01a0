"""CAPEX, lifecycle replacements, straight-line depreciation and the write-off at reversion.

Expected values are worked by hand in the comments.
"""

from __future__ import annotations

import dataclasses as dc

import numpy as np
import pytest

from pppmodeler.core.inputs import CapexItem, EndOfConcession, Macro, RevenueLine
from pppmodeler.core.results import ModelError, evaluate

from .reference_case import reference_model


def base(capex, *, construction_months=12, operation_years=10, ppy=1, cpi=(0.0,), tax=0.0,
         end="reversion", **district):
    """Reference case without debt, District terms or costs, with the given CAPEX."""
    m = reference_model()
    return dc.replace(
        m, capex=capex, costs=[],
        revenues=[RevenueLine(name="R", kind="fixed", base_value=3000.0)],
        timeline=dc.replace(m.timeline, construction_months=construction_months,
                            operation_years=operation_years, periods_per_year=ppy),
        macro=Macro(base_year=2027, cpi=list(cpi)),
        district=dc.replace(m.district, canon=0.0, revenue_share=0.0, **district),
        taxes=dc.replace(m.taxes, income_tax_rate=tax, ica_rate=0.0),
        financing=dc.replace(m.financing, gearing=0.0),
        end=EndOfConcession(mode=end))


def test_schedule_contingency_and_indexation_of_spend():
    # 1,000 base, contingency 10 % → 1,100; schedule 40 % / 60 % over 2027–2028;
    # CPI 2027 3 %, 2028 5 %; prices move each January by the CPI of the year just ended
    # → I(2027) = 1, I(2028) = 1 × (1 + 2027's 3 %) = 1.03 (2028's 5 % only reaches 2029).
    #   2027: 1,100 × 0.4 × 1    = 440
    #   2028: 1,100 × 0.6 × 1.03 = 679.8
    m = base([CapexItem(name="W", amount=1000.0, contingency=0.10, schedule=[0.4, 0.6],
                        life_years=10)], construction_months=24, cpi=(0.03, 0.05))
    res = evaluate(m)
    np.testing.assert_allclose(res.line("capex")[:3], [440, 679.8, 0], rtol=1e-12)
    np.testing.assert_allclose(res.line("construction_capex").sum(), 1119.8, rtol=1e-12)


def test_even_schedule_when_none_is_given():
    # 3 quarters of construction, 900 spread evenly: 300 each (CPI 0).
    m = base([CapexItem(name="W", amount=900.0, life_years=10)], construction_months=9, ppy=4,
             operation_years=10)
    np.testing.assert_allclose(evaluate(m).line("capex")[:4], [300, 300, 300, 0])


def test_schedule_must_add_up_and_match_the_construction_periods():
    with pytest.raises(ModelError):
        evaluate(base([CapexItem(name="W", amount=1000.0, schedule=[0.5, 0.4])],
                      construction_months=24))
    with pytest.raises(ModelError):
        evaluate(base([CapexItem(name="W", amount=1000.0, schedule=[0.5, 0.5])],
                      construction_months=36))


def test_capex_needs_a_construction_phase():
    with pytest.raises(ModelError):
        evaluate(base([CapexItem(name="W", amount=1000.0)], construction_months=0))


def test_straight_line_from_operation_start_then_nothing():
    # 1,200 with a 4-year life, 6 years of operation: 300 in 2028–2031, then 0; nothing left
    # to write off.
    m = base([CapexItem(name="W", amount=1200.0, life_years=4)], operation_years=6)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("depreciation"), [0, 300, 300, 300, 300, 0, 0])
    np.testing.assert_allclose(res.line("write_off"), 0, atol=1e-9)


def test_items_keep_their_own_lives():
    # 1,000 over 2 years (500, 500) + 3,000 over 5 years (600 × 5), operation 5 years.
    m = base([CapexItem(name="Short", amount=1000.0, life_years=2),
              CapexItem(name="Long", amount=3000.0, life_years=5)], operation_years=5)
    np.testing.assert_allclose(evaluate(m).line("depreciation"),
                               [0, 1100, 1100, 600, 600, 600])


def test_reversion_writes_off_the_remaining_book_value_and_it_is_deductible():
    # 15,000 over 15 years, 10 years of concession: 1,000 a year; 5,000 left at reversion,
    # written off in 2037. Tax 30 % on EBIT, revenue 3,000 a year, no other cost:
    #   2028–2036: (3,000 − 1,000) × 30 % = 600
    #   2037: 3,000 − 1,000 − 5,000 = −3,000: no tax (and nothing left to carry).
    m = base([CapexItem(name="W", amount=15000.0, life_years=15)], tax=0.30)
    res = evaluate(m)
    wo = res.line("write_off")
    np.testing.assert_allclose(wo, [0] * 10 + [5000], atol=1e-9)
    np.testing.assert_allclose(res.line("depreciation"), [0] + [1000] * 10)
    np.testing.assert_allclose(res.line("unlevered_tax"), [0] + [600] * 9 + [0], atol=1e-9)
    np.testing.assert_allclose(res.line("tax"), [0] + [600] * 9 + [0], atol=1e-9)
    # nothing is left on the balance sheet
    assert res.line("fixed_assets")[-1] == pytest.approx(0, abs=1e-9)


def test_going_concern_view_keeps_the_book_value():
    # Same asset under the terminal-value view: no write-off, 5,000 stays in fixed assets.
    m = base([CapexItem(name="W", amount=15000.0, life_years=15)], tax=0.30,
             end="terminal_value")
    res = evaluate(m)
    np.testing.assert_allclose(res.line("write_off"), 0, atol=1e-9)
    assert res.line("fixed_assets")[-1] == pytest.approx(5000.0)
    assert res.line("tax")[-1] == pytest.approx(600.0)


def test_lifecycle_replacements_spend_and_depreciation():
    # 1,000 base, CPI 4 % flat, life 4 years, 20 % replaced every 3 years of a 7-year operation
    # (operating years 3 and 6 = 2030 and 2033):
    #   2030: 1,000 × 0.2 × 1.04^3 = 224.9728; 2033: 1,000 × 0.2 × 1.04^6 = 253.0638…
    # Initial 1,000 (2027 prices, spent in 2027): 250 a year in 2028–2031.
    # 2030's replacement goes into service in 2031: 224.9728 / 4 = 56.2432 in 2031–2034.
    # 2033's: 253.0638 / 4 = 63.2660 in 2034, then the concession ends: 3/4 of it
    # (189.7979) written off in 2034.
    m = base([CapexItem(name="W", amount=1000.0, life_years=4, replacement_every_years=3,
                        replacement_fraction=0.2)], operation_years=7, cpi=(0.04,))
    res = evaluate(m)
    r1, r2 = 200 * 1.04 ** 3, 200 * 1.04 ** 6
    np.testing.assert_allclose(res.line("lifecycle_capex"), [0, 0, 0, r1, 0, 0, r2, 0],
                               rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(res.line("depreciation"),
                               [0, 250, 250, 250, 250 + r1 / 4, r1 / 4, r1 / 4, r1 / 4 + r2 / 4],
                               rtol=1e-12)
    assert res.line("write_off")[-1] == pytest.approx(0.75 * r2, rel=1e-12)
    # lifecycle CAPEX is paid from CFADS (no tax, no WC here): CFADS = EBITDA − lifecycle
    np.testing.assert_allclose(res.line("cfads"), res.line("ebitda") - res.line("lifecycle_capex"))


def test_lifecycle_replacements_in_a_quarterly_model():
    # Quarterly, 1,000 with 25 % replaced every 2 years, 4 years of operation, CPI 0:
    # 250 in each of years 2 and 4, spread 62.5 a quarter.
    m = base([CapexItem(name="W", amount=1000.0, life_years=10, replacement_every_years=2,
                        replacement_fraction=0.25)], construction_months=3, ppy=4,
             operation_years=4)
    lc = evaluate(m).line("lifecycle_capex")
    np.testing.assert_allclose(lc[1:], ([0] * 4 + [62.5] * 4) * 2)


def test_quarterly_depreciation_is_the_life_in_quarters():
    # 4,000 over 10 years = 40 quarters: 100 a quarter; 5 years of operation (20 quarters),
    # 2,000 written off at the end.
    m = base([CapexItem(name="W", amount=4000.0, life_years=10)], construction_months=3, ppy=4,
             operation_years=5)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("depreciation")[1:], [100] * 20)
    assert res.line("write_off")[-1] == pytest.approx(2000.0)


def test_residual_value_goes_to_the_district_at_reversion():
    # Residual value 500 (2027 prices), CPI 4 %, 10 years: the District receives
    # 500 × 1.04^10 = 740.1221… in 2037 (and nothing under the going-concern view).
    m = base([CapexItem(name="W", amount=1000.0)], cpi=(0.04,))
    m = dc.replace(m, end=EndOfConcession(mode="reversion", residual_value=500.0))
    res = evaluate(m)
    assert res.line("residual_value")[-1] == pytest.approx(500 * 1.04 ** 10, rel=1e-12)
    assert res.line("residual_value")[:-1].sum() == 0
    assert res.line("district")[-1] == pytest.approx(500 * 1.04 ** 10 + res.line("ica")[-1])
    tv = dc.replace(m, end=EndOfConcession(mode="terminal_value", residual_value=500.0))
    assert evaluate(tv).line("residual_value").sum() == 0


def test_everything_capitalised_is_depreciated_or_written_off_at_reversion():
    # Whatever the lives, under reversion Σ depreciation + write-off = CAPEX + lifecycle
    # + capitalised IDC and fees + GMF on construction − grant (with debt and GMF on).
    m = reference_model()
    m = dc.replace(m, capex=[CapexItem(name="A", amount=6000.0, life_years=25),
                             CapexItem(name="B", amount=4000.0, life_years=3,
                                       replacement_every_years=4, replacement_fraction=0.5)],
                   timeline=dc.replace(m.timeline, construction_months=24),
                   taxes=dc.replace(m.taxes, gmf_enabled=True),
                   district=dc.replace(m.district, capital_grant=1000.0),
                   financing=dc.replace(m.financing, upfront_fee=0.02, commitment_fee=0.005))
    res = evaluate(m)
    capitalised = (res.line("capex") + res.line("gmf_capex") - res.line("grant")
                   + res.line("idc") + res.line("fees")).sum()
    assert res.line("idc").sum() > 0 and res.line("fees").sum() > 0
    assert (res.line("depreciation") + res.line("write_off")).sum() == pytest.approx(
        capitalised, rel=1e-12)


def test_depreciation_is_never_negative_with_a_grant():
    # 10,000 over 5 years, grant 2,000, 10 years of operation. Whatever the convention for the
    # grant (reduce the base of the asset it funds, or deferred income over the asset's life),
    # the asset's net book value 8,000 is depreciated over years 1–5 (1,600 a year) and years
    # 6–10 carry no depreciation. Never negative: a negative depreciation is a taxable income
    # the concessionaire does not have.
    m = base([CapexItem(name="W", amount=10000.0, life_years=5)], capital_grant=2000.0)
    dep = evaluate(m).line("depreciation")
    assert dep.min() >= -1e-9
    np.testing.assert_allclose(dep, [0] + [1600] * 5 + [0] * 5, atol=1e-9)


# ---------------------------------------------------------------------------------------------
# Going-concern view: terminal value instead of reversion
# ---------------------------------------------------------------------------------------------

def _terminal(model, growth=0.01, **fin):
    return dc.replace(model, end=EndOfConcession(mode="terminal_value",
                                                 terminal_growth_real=growth),
                      financing=dc.replace(model.financing, **fin))


def test_terminal_value_is_a_growing_perpetuity_of_the_last_year():
    # Reference case (CPI 4 %), real growth 1 %: g = 1.01 × 1.04 − 1 = 5.04 %. The last year's
    # unlevered free cash flow (2037) is EBITDA 2,964.26 − unlevered tax; under the
    # going-concern view nothing is written off, so that tax is 35 % × (2,964.26 − 1,000).
    #   TV(project) = F × 1.0504 / (0.12 − 0.0504), added to 2037's FCFF.
    # The debt is repaid in 2035, so the equity's last-year flow is the same F (no interest,
    # no debt service): TV(equity) = F × 1.0504 / (0.14 − 0.0504).
    res = evaluate(_terminal(reference_model()))
    ebitda = res.line("ebitda")[-1]
    assert ebitda == pytest.approx(2964.26, abs=0.005)
    F = ebitda - 0.35 * (ebitda - 1000.0)
    g = 1.01 * 1.04 - 1
    assert res.line("unlevered_tax")[-1] == pytest.approx(0.35 * (ebitda - 1000.0), rel=1e-12)
    tv = F * (1 + g) / (0.12 - g)
    assert res.line("terminal_value")[-1] == pytest.approx(tv, rel=1e-12)
    assert res.line("fcff")[-1] == pytest.approx(F + tv, rel=1e-12)
    tv_e = F * (1 + g) / (0.14 - g)
    assert res.line("terminal_value_equity")[-1] == pytest.approx(tv_e, rel=1e-12)
    assert res.line("fcfe")[-1] == pytest.approx(res.line("distributions")[-1] + tv_e,
                                                 rel=1e-12)
    # it is a valuation, not cash: the balance sheet does not carry it and still balances
    assert np.abs(res.line("balance_check")).max() < 1e-6
    # and the District receives no residual value
    assert res.line("residual_value").sum() == 0


def test_terminal_value_in_a_quarterly_model_uses_the_last_four_quarters():
    res = evaluate(_terminal(dc.replace(reference_model(), timeline=dc.replace(
        reference_model().timeline, periods_per_year=4))))
    last = slice(-4, None)
    F = (res.line("ebitda")[last] - res.line("unlevered_tax")[last]).sum()
    g = 1.01 * 1.04 - 1
    assert res.line("terminal_value")[-1] == pytest.approx(F * (1 + g) / (0.12 - g), rel=1e-12)
    assert res.line("terminal_value")[:-1].sum() == 0


def test_terminal_growth_must_stay_below_the_discount_rate():
    # g = 1.08 × 1.04 − 1 = 12.32 % ≥ 12 %: no finite perpetuity.
    with pytest.raises(ModelError):
        evaluate(_terminal(reference_model(), growth=0.08))


def test_equity_terminal_value_does_not_perpetuate_repaid_debt():
    # Tenor 10 years = the whole operation: the last annuity (976.47) is paid in 2037 and the
    # debt is then fully repaid. From 2038 on the equity receives the unlevered flow: EBITDA −
    # tax without interest, the same F as with an 8-year tenor. So TV(equity) is the same
    # F × 1.0504 / (0.14 − 0.0504) = 26,691.08 whatever the tenor; the engine perpetuates
    # (EBITDA − levered tax − 976.47) instead: 15,607.92.
    eight = evaluate(_terminal(reference_model()))
    ten = evaluate(_terminal(reference_model(), tenor_years=10))
    assert ten.line("debt_balance")[-1] == pytest.approx(0, abs=1e-7)
    assert ten.line("terminal_value_equity")[-1] == pytest.approx(
        eight.line("terminal_value_equity")[-1], rel=1e-9)


def test_going_concern_view_does_not_liquidate_working_capital():
    # 73 receivable days = 20 % of a year's revenue. Under reversion the business stops and
    # 2036's receivables (811.29) are collected in 2037, 2037's revenue in full. Under the
    # going-concern view the business goes on: at the end of 2037 it is still owed 20 % of
    # 2037's revenue, 0.2 × 4,218.70 = 843.74, and 2037's increase is 843.74 − 811.29 = 32.45
    # (the perpetuity, on the normalised flow, does not include the stock either).
    from pppmodeler.core.inputs import WorkingCapital
    m = dc.replace(_terminal(reference_model()),
                   working_capital=WorkingCapital(receivable_days=73.0))
    res = evaluate(m)
    assert res.line("receivables")[-1] == pytest.approx(0.2 * 4218.70, abs=0.01)
    assert res.line("wc_change")[-1] == pytest.approx(0.2 * (4218.70 - 4056.44), abs=0.01)


def test_grant_reduces_each_asset_base_pro_rata():
    # CPI 0; A 6,000 over 3 years and B 4,000 over 6 years, both spent in 2027; grant 1,000
    # = 10 % of the spend, so each base falls by 10 %: A 5,400 → 1,800 a year for 3 years;
    # B 3,600 → 600 a year for 6 years. Depreciation 2,400 × 3 then 600 × 3.
    m = base([CapexItem(name="A", amount=6000.0, life_years=3),
              CapexItem(name="B", amount=4000.0, life_years=6)], operation_years=6,
             capital_grant=1000.0)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("grant"), [1000] + [0] * 6, atol=1e-9)
    np.testing.assert_allclose(res.line("depreciation"), [0] + [2400] * 3 + [600] * 3,
                               rtol=1e-12)
