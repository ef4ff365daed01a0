"""Tests of pppmodeler.core.finance and .irr: IRR, NPV, discount factors, payback, annuity."""

from __future__ import annotations

import math

import numpy as np
import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pppmodeler.core import finance
from pppmodeler.core.finance import (
    annuity_payment,
    discount_factors,
    discounted_payback,
    npv,
    payback,
    present_value,
)
from pppmodeler.core.irr import IRR_STATUS_TEXT, IRR_STATUSES, irr, irr_status_text

# REFERENCE_CASE.md, period lines 2027..2037 (rounded there to 2 decimals, so the metrics
# computed from them match the published ones to ~1e-5 only).
FCFF = [-10000.00, 1361.80, 1668.97, 1814.19, 1872.76, 1933.67, 1997.01, 2062.89, 2131.41,
        2202.66, 2276.77]
FCFE = [-4000.00, 431.96, 751.13, 860.96, 897.31, 933.78, 970.24, 1006.54, 1042.53, 2202.66,
        2276.77]
EBITDA = [0.00, 1556.62, 2029.19, 2252.60, 2342.70, 2436.41, 2533.86, 2635.22, 2740.63,
          2850.25, 2964.26]
CAPEX = [10000.00] + [0.0] * 10
DISTRICT = [0.00, 237.38, 274.62, 295.22, 307.03, 319.31, 332.08, 345.37, 359.18, 373.55,
            388.49]


# ------------------------------------------------------------------------------------------
# IRR: hand-worked examples
# ------------------------------------------------------------------------------------------


def test_irr_two_flows_is_ten_percent():
    # -100 at t=1, +110 at t=2: 110 / 100 - 1 = 10 %
    r = irr([-100.0, 110.0])
    assert r.rate.shape == (1,)
    assert r.status.tolist() == ["ok"]
    assert r.rate[0] == pytest.approx(0.10, abs=1e-14)
    assert r.sign_changes.tolist() == [1]
    assert r.roots_of(0) == pytest.approx((0.10,), abs=1e-14)


def test_irr_two_years_apart():
    # -100 at t=1, +121 at t=3: (1 + r)^2 = 1.21
    assert irr([-100.0, 0.0, 121.0]).rate[0] == pytest.approx(0.10, abs=1e-14)


def test_irr_quarterly_is_annualised():
    # quarterly periods; 110 arrives four quarters after the 100 is paid: 10 % a year exactly
    r = irr([-100.0, 0.0, 0.0, 0.0, 110.0], periods_per_year=4)
    assert r.rate[0] == pytest.approx(0.10, abs=1e-13)
    # one quarter apart: 2.5 % a quarter = 1.025^4 - 1 a year
    r = irr([-100.0, 102.5], periods_per_year=4)
    assert r.rate[0] == pytest.approx(1.025**4 - 1.0, abs=1e-13)
    assert r.rate[0] == pytest.approx(0.10381289062499989, abs=1e-13)


def test_irr_monthly_level_annuity():
    # 1,000 repaid by 12 monthly payments of 88.848789 is 1 % a month, 12.6825 % a year
    payment = 1000 * 0.01 / (1 - 1.01**-12)
    flows = [-1000.0] + [payment] * 12
    # the loan is paid at t=1 and repaid at t=2..13: still 1 % a month
    r = irr(flows, periods_per_year=12)
    assert r.rate[0] == pytest.approx(1.01**12 - 1, abs=1e-12)


def test_irr_loan_shaped_flows_positive_first():
    # borrow 100, repay 60 and 60: 100 = 60 v + 60 v^2  ->  v = (-60 + sqrt(60^2 + 4*60*100)) / 120
    v = (-60 + math.sqrt(60**2 + 4 * 60 * 100)) / 120
    r = irr([100.0, -60.0, -60.0])
    assert r.status[0] == "ok"
    assert r.rate[0] == pytest.approx(1 / v - 1, abs=1e-13)
    assert r.rate[0] == pytest.approx(npf.irr([100.0, -60.0, -60.0]), abs=1e-12)


def test_irr_negative_rate():
    # -100, +90: lose 10 %
    assert irr([-100.0, 90.0]).rate[0] == pytest.approx(-0.10, abs=1e-14)
    flows = [-100.0, 50.0, 40.0]
    assert irr(flows).rate[0] == pytest.approx(npf.irr(flows), abs=1e-12)


def test_irr_extreme_rates():
    # near -100 % and far above 100 %: still exact (no overflow in the long-term powers)
    assert irr([-1e6, 1.0]).rate[0] == pytest.approx(1e-6 - 1.0, abs=1e-15)
    assert irr([-1.0, 1e6]).rate[0] == pytest.approx(1e6 - 1.0, rel=1e-12)
    # 360 periods: 1e-3 back 359 periods after 1e4 was paid: (1 + x)^359 = 1e-7
    flows = np.r_[-1e4, np.zeros(358), 1e-3]
    assert irr(flows).rate[0] == pytest.approx(1e-7 ** (1 / 359) - 1, abs=1e-14)
    # 360 periods of tiny inflows: NPV at the rate found is zero relative to the gross flows
    flows = np.r_[-1e4, np.full(359, 1e-3)]
    r = irr(flows)
    assert r.status[0] == "ok"
    x = r.rate[0]
    assert x == pytest.approx(npf.irr(flows), abs=1e-9)
    w = 1.0 + x  # (1 + x)^360 NPV, a positive multiple of the NPV, without overflow
    value = sum(f * w ** (359 - j) for j, f in enumerate(flows))
    gross = sum(abs(f) * w ** (359 - j) for j, f in enumerate(flows))
    assert abs(value) <= 1e-12 * gross


def test_irr_and_payback_do_not_depend_on_the_scale_of_a_row():
    # sums of values near the float limit overflow; the rows are scaled before solving
    assert irr([-100e300, 110e300]).rate[0] == pytest.approx(0.10, abs=1e-14)
    assert irr([-1e-320, 2e-320]).rate[0] == pytest.approx(1.0, abs=1e-12)  # subnormal
    r = irr([1e308, -1e308, 1e308, -1e308])  # (1 - v)(1 + v^2): one real root, v = 1
    assert r.status[0] == "ok" and r.rate[0] == pytest.approx(0.0, abs=1e-12)
    r = irr([-1.0, 1e308, 1e308])  # a rate of ~1e308 per period: not representable
    assert r.status[0] == "no_root" and np.isnan(r.rate[0])
    assert payback([-1e308, -1e308, 1e308, 1e308])[0] == pytest.approx(4.0, abs=1e-12)


def test_irr_does_not_depend_on_leading_or_trailing_zeros():
    base = irr([-100.0, 30.0, 40.0, 50.0]).rate[0]
    assert base == pytest.approx(npf.irr([-100.0, 30.0, 40.0, 50.0]), abs=1e-13)
    assert irr([-100.0, 30.0, 40.0, 50.0, 0.0, 0.0, 0.0]).rate[0] == pytest.approx(base, abs=1e-15)
    assert irr([0.0, 0.0, -100.0, 30.0, 40.0, 50.0]).rate[0] == pytest.approx(base, abs=1e-15)
    # zeros in between do matter (they move flows in time)
    assert irr([-100.0, 0.0, 30.0, 40.0, 50.0]).rate[0] < base - 1e-3


def test_irr_one_dimensional_and_two_dimensional_shapes():
    one = irr([-100.0, 110.0])
    assert one.rate.shape == one.status.shape == one.sign_changes.shape == (1,)
    assert one.roots.shape[0] == 1
    two = irr(np.array([[-100.0, 110.0], [-100.0, 120.0], [1.0, 1.0]]))
    assert two.rate.shape == (3,)
    assert len(two) == 3
    assert two.rate[:2] == pytest.approx([0.10, 0.20], abs=1e-14)
    assert two.ok.tolist() == [True, True, False]
    with pytest.raises(ValueError):
        irr(np.zeros((2, 2, 2)))


# ------------------------------------------------------------------------------------------
# IRR: existence and uniqueness
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "flows",
    [[1.0, 2.0, 3.0], [-1.0, -2.0, 0.0], [0.0, 0.0, 0.0], [5.0], [0.0, -3.0, 0.0, -1.0]],
)
def test_irr_no_sign_change(flows):
    r = irr(flows)
    assert r.status.tolist() == ["no_sign_change"]
    assert np.isnan(r.rate[0])
    assert r.sign_changes[0] == 0
    assert r.roots_of(0) == ()
    assert "never change sign" in r.explanation(0)


def test_irr_two_roots_is_multiple():
    # -100 + 230 v - 132 v^2 = -(10 v - 11)... roots v = 1/1.1 and 1/1.2: 10 % and 20 %
    r = irr([-100.0, 230.0, -132.0])
    assert r.status.tolist() == ["multiple"]
    assert np.isnan(r.rate[0])
    assert r.sign_changes[0] == 2
    assert r.roots_of(0) == pytest.approx((0.10, 0.20), abs=1e-12)
    assert "not unique" in r.explanation(0)


def test_irr_multiple_roots_are_annualised():
    r = irr([-100.0, 230.0, -132.0, 0.0], periods_per_year=2)
    assert r.status[0] == "multiple"
    assert r.roots_of(0) == pytest.approx((1.1**2 - 1, 1.2**2 - 1), abs=1e-12)


def test_irr_two_sign_changes_one_root_in_range():
    # -100 + 250 v - v^2: v = (250 - sqrt(62100)) / 2 -> 149.6 %; the other root, v ~ 249.6,
    # is a rate of -99.6 %, below the scanned range (-99 %): reported as the unique IRR
    v = (250 - math.sqrt(250**2 - 400)) / 2
    r = irr([-100.0, 250.0, -1.0])
    assert r.sign_changes[0] == 2
    assert r.status[0] == "ok"
    assert r.rate[0] == pytest.approx(1 / v - 1, abs=1e-12)
    assert r.roots_of(0) == pytest.approx((1 / v - 1,), abs=1e-12)


def test_irr_sign_changes_without_root():
    # 1 - 3 v + 3 v^2 > 0 for every v: no rate gives NPV = 0
    r = irr([1.0, -3.0, 3.0])
    assert r.status.tolist() == ["no_root"]
    assert np.isnan(r.rate[0])
    assert r.roots_of(0) == ()


def test_irr_three_roots():
    # NPV = v * P(v) with P(v) = -100 (1 - 1.05 v)(1 - 1.25 v)(1 - 1.6 v): roots 5 %, 25 %, 60 %
    # (= 210 (v - 1/1.05)(v - 1/1.25)(v - 1/1.6), coefficients in increasing powers of v)
    flows = 210.0 * np.polynomial.polynomial.polyfromroots([1 / 1.05, 1 / 1.25, 1 / 1.6])
    assert flows[0] == pytest.approx(-100.0)
    r = irr(flows)
    assert r.sign_changes[0] == 3
    assert r.status[0] == "multiple"
    assert r.roots_of(0) == pytest.approx((0.05, 0.25, 0.60), abs=1e-10)


def test_irr_invalid_input():
    r = irr([[-100.0, np.nan, 120.0], [-100.0, 110.0, 0.0], [-1.0, np.inf, 2.0]])
    assert r.status.tolist() == ["invalid", "ok", "invalid"]
    assert np.isnan(r.rate[[0, 2]]).all()
    assert r.rate[1] == pytest.approx(0.1, abs=1e-14)
    assert "NaN" in r.explanation(0)


def test_irr_mixed_batch_statuses():
    rows = np.array(
        [
            FCFF,
            [-100.0, 230.0, -132.0] + [0.0] * 8,
            [1.0] * 11,
            [1.0, -3.0, 3.0] + [0.0] * 8,
            FCFE,
            [0.0] * 11,
        ]
    )
    r = irr(rows)
    assert r.status.tolist() == ["ok", "multiple", "no_sign_change", "no_root", "ok",
                                 "no_sign_change"]
    assert r.rate[0] == pytest.approx(0.1302160697, abs=1e-5)
    assert r.rate[4] == pytest.approx(0.1901090477, abs=1e-5)
    assert r.roots.shape == (6, 2)
    assert r.roots[1] == pytest.approx([0.1, 0.2], abs=1e-12)
    assert np.isnan(r.roots[[2, 3, 5]]).all()
    assert r.roots[0, 0] == r.rate[0] and np.isnan(r.roots[0, 1])


def test_status_texts_cover_every_status():
    assert set(IRR_STATUS_TEXT) == set(IRR_STATUSES)
    assert IRR_STATUSES[:4] == ("ok", "no_sign_change", "no_root", "multiple")
    for status in IRR_STATUSES:
        assert len(irr_status_text(status)) > 30


# ------------------------------------------------------------------------------------------
# REFERENCE_CASE.md
# ------------------------------------------------------------------------------------------


def test_reference_project_irr():
    assert irr(FCFF).rate[0] == pytest.approx(0.1302160697, abs=1e-5)


def test_reference_project_irr_pretax():
    pretax = np.subtract(EBITDA, CAPEX)
    assert irr(pretax).rate[0] == pytest.approx(0.1831493602, abs=1e-5)


def test_reference_equity_irr():
    assert irr(FCFE).rate[0] == pytest.approx(0.1901090477, abs=1e-5)


def test_reference_npvs():
    assert npv(0.12, FCFF)[0] == pytest.approx(409.0854615, rel=1e-5)
    assert npv(0.14, FCFE)[0] == pytest.approx(925.8646142, rel=1e-5)
    # the District's rate: 9 % real on a 4 % CPI path, period by period
    social = (1 + 0.09) * (1 + np.full(11, 0.04)) - 1
    assert present_value(DISTRICT, discount_factors(social))[0] == pytest.approx(
        1451.78348, rel=1e-5
    )


def test_reference_payback():
    # cumulative -1,348.61 after 6 years; 1,997.01 during the 7th
    assert payback(FCFF)[0] == pytest.approx(6.675316651, abs=1e-5)
    assert payback(FCFF)[0] == pytest.approx(6 + 1348.61 / 1997.01, abs=1e-12)


# ------------------------------------------------------------------------------------------
# IRR against numpy_financial, properties
# ------------------------------------------------------------------------------------------


def test_irr_batch_matches_numpy_financial_360_periods():
    rng = np.random.default_rng(7)
    n, t_len = 300, 360
    build = rng.integers(1, 60, size=n)
    flows = rng.uniform(0.5, 1.5, size=(n, t_len))
    flows[np.arange(t_len)[None, :] < build[:, None]] *= -rng.uniform(2, 40)
    r = irr(flows)
    assert (r.status == "ok").all()
    for i in (0, 150, 299):  # numpy_financial takes ~0.1 s a row at 360 periods
        assert r.rate[i] == pytest.approx(npf.irr(flows[i]), abs=1e-9)
    # each row solved in the batch equals the row solved alone
    for i in (0, 1, 77, 299):
        assert r.rate[i] == pytest.approx(irr(flows[i]).rate[0], abs=1e-13)
    # NPV at the IRR is zero, relative to the gross present value
    v = 1 / (1 + r.rate)[:, None] ** np.arange(1, t_len + 1)
    assert (np.abs((flows * v).sum(1)) <= 1e-10 * (np.abs(flows) * v).sum(1)).all()


conventional = st.tuples(
    st.lists(st.floats(1.0, 1000.0), min_size=1, max_size=6),
    st.lists(st.floats(0.0, 1000.0), min_size=0, max_size=3),  # zeros allowed in between
    st.lists(st.floats(1.0, 1000.0), min_size=1, max_size=40),
    st.integers(0, 5),
)


def _conventional_row(draw):
    outflows, gap, inflows, trailing = draw
    gap = [0.0] * len(gap)
    return np.array([-x for x in outflows] + gap + list(inflows)), trailing


@settings(max_examples=300, deadline=None)
@given(conventional)
def test_irr_property_matches_numpy_financial(draw):
    flows, trailing = _conventional_row(draw)
    r = irr(flows)
    assert r.status[0] == "ok"
    expected = npf.irr(flows)
    assert r.rate[0] == pytest.approx(expected, abs=1e-9 * max(1.0, abs(expected)))
    # trailing zeros (a shorter term padded to a common T) change nothing
    padded = irr(np.r_[flows, np.zeros(trailing)])
    assert padded.rate[0] == pytest.approx(r.rate[0], abs=1e-13 * max(1.0, abs(r.rate[0])))
    # NPV at the IRR is zero relative to the gross discounted flows
    x = r.rate[0]
    if x < 0:
        w = 1.0 + x  # reversed form avoids overflow; a positive multiple of the NPV
        powers = w ** (len(flows) - 1 - np.arange(len(flows)))
    else:
        powers = (1.0 / (1.0 + x)) ** np.arange(1, len(flows) + 1)
    assert abs((flows * powers).sum()) <= 1e-10 * (np.abs(flows) * powers).sum()


@settings(max_examples=100, deadline=None)
@given(st.lists(conventional, min_size=2, max_size=8), st.sampled_from([1, 4, 12]))
def test_irr_property_batch_equals_rows(draws, ppy):
    rows = [_conventional_row(d)[0] for d in draws]
    width = max(len(r) for r in rows)
    batch = np.array([np.r_[r, np.zeros(width - len(r))] for r in rows])
    result = irr(batch, periods_per_year=ppy)
    assert (result.status == "ok").all()
    for i, row in enumerate(rows):
        periodic = npf.irr(row)
        expected = (1 + periodic) ** ppy - 1
        assert result.rate[i] == pytest.approx(expected, rel=1e-8, abs=1e-9)


# ------------------------------------------------------------------------------------------
# NPV, discount factors, present value
# ------------------------------------------------------------------------------------------


def test_npv_hand_example():
    # 110 at t=1 and 121 at t=2, at 10 %: 100 + 100
    assert npv(0.10, [110.0, 121.0])[0] == pytest.approx(200.0, abs=1e-12)
    # quarterly: 1.1^(1/4) per quarter, 110 at the end of the 4th quarter is worth 100
    assert npv(0.10, [0.0, 0.0, 0.0, 110.0], periods_per_year=4)[0] == pytest.approx(
        100.0, abs=1e-12
    )


def test_npv_matches_numpy_financial_shifted():
    rng = np.random.default_rng(3)
    flows = rng.normal(size=(5, 24))
    for rate in (0.0, 0.05, 0.12, -0.3, 2.0):
        expected = np.array([npf.npv(rate, f) for f in flows]) / (1 + rate)
        assert npv(rate, flows) == pytest.approx(expected, rel=1e-12, abs=1e-12)
    # monthly: the annual rate becomes (1 + r)^(1/12) - 1 per month
    rp = 1.12 ** (1 / 12) - 1
    expected = np.array([npf.npv(rp, f) for f in flows]) / (1 + rp)
    assert npv(0.12, flows, periods_per_year=12) == pytest.approx(expected, rel=1e-12)


def test_npv_rates_per_row_and_broadcast():
    flows = np.array([[110.0, 121.0], [0.0, 144.0]])
    assert npv(np.array([0.10, 0.20]), flows) == pytest.approx([200.0, 100.0], abs=1e-12)
    # one row of flows at several rates
    got = npv(np.array([0.0, 0.10]), [110.0, 121.0])
    assert got == pytest.approx([231.0, 200.0], abs=1e-12)
    assert np.isnan(npv(-1.5, [1.0, 2.0])[0])


def test_npv_zero_at_irr():
    r = irr(FCFF).rate[0]
    assert abs(npv(r, FCFF)[0]) < 1e-8


def test_discount_factors_and_present_value():
    rates = np.array([0.10, 0.20, 0.0])
    df = discount_factors(rates)
    assert df == pytest.approx([1 / 1.1, 1 / 1.1 / 1.2, 1 / 1.1 / 1.2], rel=1e-15)
    assert present_value([11.0, 13.2, 1.32], df)[0] == pytest.approx(10 + 10 + 1, rel=1e-14)
    # per-row paths, shape (n, T)
    paths = np.array([[0.1, 0.1], [0.0, 1.0]])
    dfs = discount_factors(paths)
    assert dfs.shape == (2, 2)
    assert present_value(np.array([[1.1, 1.21], [1.0, 2.0]]), dfs) == pytest.approx(
        [2.0, 2.0], rel=1e-14
    )
    # a constant path is the same as npv
    flows = np.array(FCFF)
    assert present_value(flows, discount_factors(np.full(11, 0.12)))[0] == pytest.approx(
        npv(0.12, flows)[0], rel=1e-13
    )
    with pytest.raises(ValueError):
        present_value(flows, np.ones(3))


# ------------------------------------------------------------------------------------------
# Payback
# ------------------------------------------------------------------------------------------


def test_payback_hand_examples():
    rows = np.array(
        [
            # period j spans years j..j+1; the investment is spent during year 1
            [-100.0, 50.0, 50.0, 0.0],  # back to 0 exactly at the end of year 3
            [-100.0, 60.0, 60.0, 0.0],  # -40 after year 2, +60 during year 3: 2 + 40/60
            [-100.0, 150.0, -100.0, 100.0],  # dips again; the last crossing: 3 + 50/100
            [10.0, 0.0, 5.0, 0.0],  # never negative
            [-100.0, 10.0, 10.0, 0.0],  # never pays back
            [0.0, 0.0, 0.0, 0.0],
            [0.0, -100.0, 25.0, 100.0],  # -75 after year 3, +100 during year 4: 3 + 75/100
        ]
    )
    got = payback(rows)
    expected = [3.0, 2 + 40 / 60, 3.5, 0.0, np.nan, 0.0, 3.75]
    assert got == pytest.approx(expected, abs=1e-13, nan_ok=True)
    # quarterly periods: in years
    assert payback(rows, periods_per_year=4) == pytest.approx(
        np.array(expected) / 4, abs=1e-13, nan_ok=True
    )
    # 1-D input, trailing zeros
    assert payback([-100.0, 60.0, 60.0]).shape == (1,)
    assert payback([-100.0, 60.0, 60.0, 0.0, 0.0])[0] == pytest.approx(2 + 40 / 60, abs=1e-13)


def test_payback_rounding_does_not_turn_break_even_into_loss():
    # -0.3 + 0.1 + 0.2 is 2.8e-17 in floating point, and -0.1 - 0.2 + 0.3 is -5.6e-17
    assert payback([-0.3, 0.1, 0.2])[0] == pytest.approx(3.0, abs=1e-12)
    assert payback([-0.1, -0.2, 0.3])[0] == pytest.approx(3.0, abs=1e-12)


def test_discounted_payback():
    # at 10 %: PVs -90.909, 49.587, 45.079 -> cumulative -90.909, -41.322, +3.757
    pv = [-100 / 1.1, 60 / 1.1**2, 60 / 1.1**3]
    expected = 2 + (-(pv[0] + pv[1])) / pv[2]
    assert discounted_payback([-100.0, 60.0, 60.0], 0.10)[0] == pytest.approx(expected, abs=1e-13)
    # the same with explicit discount factors
    df = discount_factors(np.full(3, 0.10))
    assert discounted_payback([-100.0, 60.0, 60.0], discount_factors=df)[0] == pytest.approx(
        expected, abs=1e-13
    )
    # at 0 % it is the plain payback; at a rate above the IRR it never pays back
    assert discounted_payback(FCFF, 0.0)[0] == pytest.approx(payback(FCFF)[0], abs=1e-13)
    assert np.isnan(discounted_payback(FCFF, 0.20)[0])
    # at the IRR exactly, payback is at the very end
    assert discounted_payback(FCFF, irr(FCFF).rate[0])[0] == pytest.approx(11.0, abs=1e-6)


# ------------------------------------------------------------------------------------------
# Annuity
# ------------------------------------------------------------------------------------------


def test_annuity_payment_reference_debt():
    # REFERENCE_CASE.md: 6,000 at 10 % over 8 years -> interest 600 + principal 524.66
    assert annuity_payment(0.10, 8, 6000.0) == pytest.approx(600.0 + 524.66, abs=5e-3)
    assert annuity_payment(0.10, 8, 6000.0) == pytest.approx(-npf.pmt(0.10, 8, 6000.0), rel=1e-14)


def test_annuity_payment_vectorised_and_zero_rate():
    rates = np.array([0.0, 1e-12, 0.005, 0.1, -0.02])
    n = np.array([12, 12, 360, 8, 10])
    principal = 1000.0
    got = annuity_payment(rates, n, principal)
    assert got.shape == (5,)
    assert got[0] == pytest.approx(1000 / 12, rel=1e-15)
    assert got[1] == pytest.approx(1000 / 12, rel=1e-10)
    for i in range(2, 5):
        assert got[i] == pytest.approx(-npf.pmt(rates[i], n[i], principal), rel=1e-13)
    assert np.isnan(annuity_payment(0.1, 0, 100.0))


def test_modules_have_no_gui_or_excel_dependency():
    from pppmodeler.core import irr as irr_module

    for module in (finance, irr_module):
        source = open(module.__file__, encoding="utf-8").read()
        for name in ("PySide6", "openpyxl", "matplotlib", "numpy_financial"):
            assert f"import {name}" not in source and f"from {name}" not in source
