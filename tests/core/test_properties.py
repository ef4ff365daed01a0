"""Properties that must hold for any valid concession (hypothesis).

For random valid inputs — annual, semi-annual, quarterly and monthly grids, 0–3 years of
construction (CAPEX only when there is construction), 5–30 years of operation, ramp-ups, any
gearing, rates, fees, grace and tenor, a DSRA, a lock-up, a return share, working capital, GMF
on and off, reversion or going concern — the model's own integrity rules hold:

- the balance sheet balances every period (|check| < 1e-6 × the size of the balance sheet);
- cash kept in the project and the DSRA are never negative;
- the debt is repaid by its maturity (balance 0 from the tenor's last period on);
- FCFE adds up to distributions minus injections (plus the terminal value to equity, a
  valuation, under the going-concern view);
- evaluating ``n`` iterations at once (inputs carrying numpy arrays of shape ``(n,)``, as the
  Monte Carlo does) gives, iteration by iteration, what evaluating each one separately gives.
"""

from __future__ import annotations

import dataclasses as dc
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pppmodeler.core.inputs import (CapexItem, CostLine, District, EndOfConcession, Financing,
                                    Macro, Model, RevenueLine, Taxes, Timeline, Valuation,
                                    WorkingCapital)
from pppmodeler.core.results import evaluate

# Modest and reproducible by default; PPPM_EXAMPLES=500 runs a longer, random search.
EXAMPLES = int(os.environ.get("PPPM_EXAMPLES", "40"))
DERANDOMIZE = "PPPM_EXAMPLES" not in os.environ
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=DERANDOMIZE,
                    database=None, suppress_health_check=[HealthCheck.too_slow])
BATCH_SETTINGS = settings(SETTINGS, max_examples=max(1, EXAMPLES * 3 // 4))
PHASE_SETTINGS = settings(SETTINGS, max_examples=max(1, EXAMPLES // 2))

rate = st.floats(0.0, 0.20)
frac = st.floats(0.0, 1.0)


@st.composite
def models(draw, ppy=None):
    """A random valid concession."""
    ppy = draw(st.sampled_from([1, 1, 2, 4, 4, 12])) if ppy is None else ppy
    months_per_period = 12 // ppy
    con_periods = draw(st.integers(0, 3 * ppy))
    construction_months = con_periods * months_per_period
    op_years = draw(st.integers(5, 30))
    cpi = draw(st.lists(st.floats(0.0, 0.10), min_size=1, max_size=4))

    revenues = [RevenueLine(
        name="Rent", kind="rent_per_m2", base_value=draw(st.floats(50, 500)),
        area_m2=draw(st.floats(1, 50)),
        ramp_up=draw(st.lists(st.floats(0.1, 1.0), max_size=3)),
        stabilised_occupancy=draw(st.floats(0.5, 1.0)), vacancy=draw(st.floats(0, 0.2)),
        collection_loss=draw(st.floats(0, 0.1)), real_growth=draw(st.floats(-0.02, 0.03)),
        indexation=draw(st.sampled_from(["cpi", "cpi_plus", "none"])),
        index_spread=draw(st.floats(0, 0.03)))]
    if draw(st.booleans()):
        revenues.append(RevenueLine(name="Parking", kind="unit_fee",
                                    base_value=draw(st.floats(1, 10)),
                                    volume=draw(st.floats(10, 200)),
                                    revenue_share_applies=draw(st.booleans()),
                                    start_year=draw(st.integers(1, 3))))
    if draw(st.booleans()):
        revenues.append(RevenueLine(name="Commission", kind="percent_of_line", of_line="Rent",
                                    base_value=draw(st.floats(0, 0.1))))
    costs = [CostLine(name="O&M", kind="fixed", value=draw(st.floats(0, 2000)),
                      indexation=draw(st.sampled_from(["cpi", "cpi_plus", "none"])),
                      index_spread=draw(st.floats(0, 0.02)),
                      real_growth=draw(st.floats(-0.01, 0.02))),
             CostLine(name="Var", kind="percent_of_revenue", value=draw(st.floats(0, 0.3)))]
    if draw(st.booleans()):
        costs.append(CostLine(name="Major", kind="fixed", value=draw(st.floats(0, 3000)),
                              every_years=draw(st.integers(2, 7))))

    capex = []
    if con_periods > 0:
        amount = draw(st.floats(1000, 30000))
        capex.append(CapexItem(
            name="Works", amount=amount, contingency=draw(st.floats(0, 0.2)),
            life_years=draw(st.integers(3, 40)),
            indexation=draw(st.sampled_from(["cpi", "cpi_plus", "none"])),
            index_spread=draw(st.floats(0, 0.02)),
            replacement_every_years=draw(st.sampled_from([0, 5, 8])),
            replacement_fraction=draw(st.floats(0, 0.2))))
        if draw(st.booleans()):
            capex.append(CapexItem(name="Fit-out", amount=draw(st.floats(0, 5000)),
                                   life_years=draw(st.integers(1, 10))))
        if draw(st.booleans()):
            shares = np.asarray(draw(st.lists(st.floats(0.01, 1.0), min_size=con_periods,
                                              max_size=con_periods)))
            capex[0] = dc.replace(capex[0], schedule=list(shares / shares.sum()))
    investment = sum(c.amount for c in capex)

    district = District(
        canon=draw(st.floats(0, 500)), revenue_share=draw(st.floats(0, 0.1)),
        return_share=draw(st.sampled_from([0.0, 0.0, 0.3, 1.0])),
        return_threshold_irr=draw(st.floats(0.0, 0.2)),
        capital_grant=draw(st.floats(0, 0.3)) * investment,
        availability_payment=draw(st.sampled_from([0.0, 0.0, 500.0, 2000.0])),
        availability_years=draw(st.integers(0, 5)))

    taxes = Taxes(income_tax_rate=draw(st.floats(0, 0.4)), ica_rate=draw(st.floats(0, 0.01)),
                  gmf_enabled=draw(st.booleans()), gmf_deductible_share=draw(frac),
                  loss_carryforward_years=draw(st.integers(0, 12)))
    wc = WorkingCapital(receivable_days=draw(st.floats(0, 90)),
                        payable_days=draw(st.floats(0, 90)))

    tenor = draw(st.integers(1, op_years))
    grace = draw(st.integers(0, min(3, tenor - 1)))
    sizing = draw(st.sampled_from(["gearing", "gearing", "amount"]))
    financing = Financing(
        sizing=sizing, gearing=draw(st.floats(0, 0.9)),
        amount=draw(st.floats(0, 0.6)) * investment * (1 - 0.3),
        drawdown=draw(st.sampled_from(["pro_rata", "equity_first"])), rate=draw(rate),
        upfront_fee=draw(st.floats(0, 0.03)), commitment_fee=draw(st.floats(0, 0.02)),
        grace_years=grace, tenor_years=tenor,
        repayment=draw(st.sampled_from(["annuity", "equal_principal", "sculpted"])),
        target_dscr=draw(st.floats(1.1, 2.0)), covenant_dscr=1.1,
        dsra_months=draw(st.sampled_from([0, 3, 6, 12])),
        lockup_dscr=draw(st.sampled_from([0.0, 1.05, 1.2, 1.5])))

    return Model(
        timeline=Timeline(start_date=f"2027-{draw(st.sampled_from([1, 1, 4, 7, 10])):02d}-01",
                          periods_per_year=ppy,
                          construction_months=construction_months, operation_years=op_years,
                          legal_max_years=40),
        macro=Macro(base_year=2027, cpi=cpi), revenues=revenues, costs=costs, capex=capex,
        district=district, taxes=taxes, working_capital=wc, financing=financing,
        end=EndOfConcession(mode=draw(st.sampled_from(["reversion", "terminal_value"])),
                            residual_value=draw(st.floats(0, 1000))),
        valuation=Valuation())


def _scale(res, i=0):
    return max(1.0, float(np.abs(res.lines["total_assets"][i]).max()))


@SETTINGS
@given(models())
def test_balance_sheet_balances_every_period(model):
    res = evaluate(model)
    check = res.line("balance_check")
    assert np.abs(check).max() < 1e-6 * _scale(res)
    assert not [m for m in res.messages if m.code == "balance_not_zero"]


@SETTINGS
@given(models())
def test_cash_and_reserve_never_negative(model):
    res = evaluate(model)
    tol = 1e-9 * _scale(res)
    assert res.line("cash_balance").min() >= -tol
    assert res.line("dsra_balance").min() >= -tol
    # and the sponsor's support is never negative either
    assert res.line("equity_support").min() >= -tol


@SETTINGS
@given(models())
def test_debt_is_repaid_by_maturity(model):
    res = evaluate(model)
    fin, tl = model.financing, model.timeline
    ppy = tl.periods_per_year
    maturity = round(tl.construction_months * ppy / 12) + round(fin.tenor_years * ppy) - 1
    balance = res.line("debt_balance")
    tol = 1e-7 * max(1.0, balance.max())
    assert np.abs(balance[maturity:]).max() <= tol
    # what was drawn is what was repaid
    assert res.line("principal").sum() == pytest.approx(res.line("debt_drawdown").sum(),
                                                        rel=1e-9, abs=1e-7)
    # principal is never negative, a sculpted one included (its service is floored at the
    # interest where CFADS is low or negative)
    assert balance.min() >= -tol
    assert res.line("principal").min() >= -tol


@SETTINGS
@given(models())
def test_fcfe_adds_up_to_distributions_less_injections(model):
    res = evaluate(model)
    # Under the going-concern view a terminal value to equity (a valuation, not cash) is added
    # to the last period's FCFE; it is its own line.
    fcfe = res.line("fcfe") - (res.line("terminal_value_equity")
                               if "terminal_value_equity" in res.lines else 0.0)
    assert fcfe.sum() == pytest.approx(res.line("distributions").sum()
                                       - res.line("equity_injection").sum(),
                                       rel=1e-12, abs=1e-7)
    # and period by period
    np.testing.assert_allclose(fcfe, res.line("distributions") - res.line("equity_injection"),
                               atol=1e-9 * _scale(res))


@SETTINGS
@given(models())
def test_cash_is_conserved_over_the_life(model):
    """Everything the project generated, less what lenders got, went to equity or the District.

    Σ (CFADS − debt service) + Σ draws − Σ construction needs = Σ distributions
    + Σ return share − Σ injections: nothing is left in the project at the end.
    """
    res = evaluate(model)
    lhs = (res.line("cfads").sum() - res.line("debt_service").sum()
           + res.line("debt_drawdown").sum() - res.line("needs").sum())
    rhs = (res.line("distributions").sum() + res.line("return_share").sum()
           - res.line("equity_injection").sum())
    assert lhs == pytest.approx(rhs, rel=1e-9, abs=1e-6 * _scale(res))
    assert res.line("cash_balance")[-1] == pytest.approx(0, abs=1e-9 * _scale(res))
    assert res.line("dsra_balance")[-1] == pytest.approx(0, abs=1e-9 * _scale(res))


@SETTINGS
@given(models())
def test_waterfall_identity_every_period(model):
    """Each period's cash: CFADS − debt service + sponsor support = distributions + the
    District's return share + what went into the DSRA and the cash kept (their increases)."""
    res = evaluate(model)
    L = res.line
    lhs = L("cfads") - L("debt_service") + L("equity_support")
    d_reserve = np.diff(L("dsra_balance"), prepend=0.0)
    d_cash = np.diff(L("cash_balance"), prepend=0.0)
    rhs = L("distributions") + L("return_share") + d_reserve + d_cash
    np.testing.assert_allclose(lhs, rhs, atol=1e-9 * _scale(res))
    # EBITDA and the District's line add up as the conventions say
    np.testing.assert_allclose(
        L("ebitda"), L("revenue") + L("availability_payments") - L("opex") - L("canon")
        - L("revenue_share") - L("ica") - L("gmf"), atol=1e-9 * _scale(res))
    np.testing.assert_allclose(
        L("district"), L("canon") + L("revenue_share") + L("return_share") + L("ica")
        + L("residual_value") - L("grant") - L("availability_payments"),
        atol=1e-9 * _scale(res))


@SETTINGS
@given(models())
def test_lockup_and_support_rules(model):
    """Nothing is distributed in a period whose DSCR is below the lock-up (except the last);
    support is injected only when CFADS, the cash kept and the DSRA fall short."""
    res = evaluate(model)
    tol = 1e-9 * _scale(res)
    L = res.line
    lock = model.financing.lockup_dscr
    dscr = res.ratios["dscr"][0]
    last = res.grid.last[0] > 0
    if lock > 0:
        with np.errstate(invalid="ignore"):
            locked = (dscr < lock) & ~last
        assert np.all(L("distributions")[locked] <= tol)
    support = L("equity_support") > tol
    prev_cash = np.r_[0.0, L("cash_balance")[:-1]]
    prev_dsra = np.r_[0.0, L("dsra_balance")[:-1]]
    short = L("cfads") - L("debt_service") + prev_cash + prev_dsra
    assert np.all(short[support] < 0)
    np.testing.assert_allclose(L("equity_support")[support], -short[support], atol=tol)


@SETTINGS
@given(models())
def test_reversion_depreciates_or_writes_off_everything_capitalised(model):
    res = evaluate(dc.replace(model, end=dc.replace(model.end, mode="reversion")))
    L = res.line
    capitalised = (L("capex") + L("gmf_capex") - L("grant") + L("idc") + L("fees")).sum()
    assert (L("depreciation") + L("write_off")).sum() == pytest.approx(
        capitalised, rel=1e-9, abs=1e-6 * _scale(res))
    assert L("fixed_assets")[-1] == pytest.approx(0, abs=1e-6 * _scale(res))
    # and depreciation is never negative (a grant reduces the base of the assets it funds)
    assert L("depreciation").min() >= -1e-9 * _scale(res)
    assert L("write_off").min() >= -1e-9 * _scale(res)


@SETTINGS
@given(models())
def test_project_flows_do_not_depend_on_the_financing(model):
    """FCFF (tax as if there were no debt) is the same with and without debt."""
    res = evaluate(model)
    unlevered = evaluate(dc.replace(model, financing=dc.replace(
        model.financing, gearing=0.0, sizing="gearing")))
    np.testing.assert_allclose(res.line("fcff"), unlevered.line("fcff"),
                               atol=1e-9 * _scale(res))
    np.testing.assert_allclose(res.line("fcff_pretax"), unlevered.line("fcff_pretax"),
                               atol=1e-9 * _scale(res))


# ---------------------------------------------------------------------------------------------
# Batch evaluation equals evaluating each iteration separately
# ---------------------------------------------------------------------------------------------

N = 3


def _arrays(draw, lo, hi):
    return np.asarray(draw(st.lists(st.floats(lo, hi), min_size=N, max_size=N)))


def _ints(draw, lo, hi):
    return np.asarray(draw(st.lists(st.integers(lo, hi), min_size=N, max_size=N)), float)


def _put(model, draw):
    """The model with many numeric inputs replaced by arrays of shape (N,)."""
    fin = model.financing
    tenor = fin.tenor_years
    rev0 = model.revenues[0]
    changes = dict(
        financing=dc.replace(
            fin, rate=_arrays(draw, 0.0, 0.2), gearing=_arrays(draw, 0.0, 0.9),
            target_dscr=_arrays(draw, 1.1, 2.0), upfront_fee=_arrays(draw, 0.0, 0.03),
            commitment_fee=_arrays(draw, 0.0, 0.02),
            dsra_months=np.asarray(draw(st.lists(st.sampled_from([0.0, 3.0, 6.0, 12.0]),
                                                 min_size=N, max_size=N))),
            lockup_dscr=np.asarray(draw(st.lists(st.sampled_from([0.0, 1.2, 1.5]),
                                                 min_size=N, max_size=N))),
            grace_years=_ints(draw, 0, min(3, int(tenor) - 1))),
        macro=dc.replace(model.macro, cpi=[_arrays(draw, 0.0, 0.1)] + list(model.macro.cpi[1:])),
        taxes=dc.replace(model.taxes, income_tax_rate=_arrays(draw, 0.0, 0.4),
                         ica_rate=_arrays(draw, 0.0, 0.01),
                         gmf_deductible_share=_arrays(draw, 0.0, 1.0),
                         loss_carryforward_years=_ints(draw, 0, 12)),
        working_capital=dc.replace(model.working_capital,
                                   receivable_days=_arrays(draw, 0, 90),
                                   payable_days=_arrays(draw, 0, 90)),
        district=dc.replace(model.district, canon=_arrays(draw, 0, 500),
                            revenue_share=_arrays(draw, 0.0, 0.1),
                            return_share=_arrays(draw, 0.0, 1.0),
                            return_threshold_irr=_arrays(draw, 0.0, 0.2),
                            availability_payment=_arrays(draw, 0.0, 2000.0),
                            availability_years=_ints(draw, 0, 5)),
        revenues=[dc.replace(rev0, base_value=_arrays(draw, 50, 500),
                             stabilised_occupancy=_arrays(draw, 0.5, 1.0),
                             vacancy=_arrays(draw, 0.0, 0.2),
                             real_growth=_arrays(draw, -0.02, 0.03),
                             index_spread=_arrays(draw, 0.0, 0.03),
                             ramp_up=[_arrays(draw, 0.1, 1.0)] + list(rev0.ramp_up[1:]))]
        + model.revenues[1:],
        costs=[dc.replace(model.costs[0], value=_arrays(draw, 0, 2000)),
               dc.replace(model.costs[1], value=_arrays(draw, 0, 0.3))] + model.costs[2:],
        end=dc.replace(model.end, residual_value=_arrays(draw, 0, 1000)),
        valuation=dc.replace(model.valuation, project_rate=_arrays(draw, 0.11, 0.15),
                             social_rate_real=_arrays(draw, 0.0, 0.12)),
    )
    if model.capex:
        item = model.capex[0]
        changes["capex"] = [dc.replace(item, amount=_arrays(draw, 1000, 30000),
                                       contingency=_arrays(draw, 0.0, 0.2),
                                       life_years=_ints(draw, 3, 40),
                                       replacement_fraction=_arrays(draw, 0.0, 0.2))]
        if model.financing.sizing == "amount":
            changes["financing"] = dc.replace(changes["financing"],
                                              amount=changes["capex"][0].amount * 0.4)
        changes["district"] = dc.replace(changes["district"],
                                         capital_grant=changes["capex"][0].amount * 0.1)
    return dc.replace(model, **changes)


def _single(model, i):
    """Iteration ``i`` of a batch model, with plain numbers."""
    def pick(obj):
        if dc.is_dataclass(obj):
            return dc.replace(obj, **{f.name: pick(getattr(obj, f.name)) for f in dc.fields(obj)})
        if isinstance(obj, list):
            return [pick(v) for v in obj]
        if isinstance(obj, np.ndarray) and obj.ndim == 1 and obj.size == N:
            return float(obj[i])
        return obj
    return pick(model)


# Balance-sheet stocks keep their closing value after a shorter iteration's end (the book
# value and the working capital left under the going-concern view; paid-in equity and retained
# earnings); every flow is zero there.
STOCKS_CARRIED = ("paid_in_equity", "retained_earnings", "fixed_assets", "total_assets",
                  "total_liabilities_equity", "receivables", "payables")


def _compare_batch(batch_model):
    batch = evaluate(batch_model)
    assert batch.n == N
    for name, metric in batch.metrics.items():
        assert np.shape(metric.value) == (N,), name
        assert metric.status is None or np.shape(metric.status) == (N,), name
    for name, ratio in batch.ratios.items():
        assert ratio.shape == (N, batch.grid.T), name
    for i in range(N):
        one = evaluate(_single(batch_model, i))
        T = one.grid.T
        # Iterative solves (funding fixed point, sculpting) stop within a relative 1e-12 of the
        # model's size, and a batch stops when its slowest iteration has: compare at 1e-9 of
        # the model's size (its balance sheet) rather than of each line's own size.
        model_scale = _scale(one)
        for name, values in one.lines.items():
            got = batch.lines[name][i]
            scale = max(model_scale, float(np.abs(values).max()))
            np.testing.assert_allclose(got[:T], values[0], rtol=1e-9, atol=1e-9 * scale,
                                       err_msg=f"iteration {i}, line {name}")
            if name in STOCKS_CARRIED:
                # stocks carry their closing value after the iteration's end
                np.testing.assert_allclose(got[T:], values[0, -1], atol=1e-9 * scale)
            else:
                assert np.abs(got[T:]).max(initial=0.0) <= 1e-9 * scale, \
                    f"iteration {i}, line {name} after its end: {got[T:]}"
        for name, metric in one.metrics.items():
            a, b = metric.value[0], batch.metrics[name].value[i]
            if name == "balance_check":
                continue
            if np.isnan(a):
                assert np.isnan(b), f"iteration {i}, metric {name}: {b} instead of NaN"
            else:
                assert b == pytest.approx(a, rel=1e-6, abs=1e-9), f"iteration {i}, {name}"
            assert one.status(name) == batch.status(name, i), name


@BATCH_SETTINGS
@given(st.data())
def test_batch_equals_each_iteration(data):
    model = data.draw(models())
    _compare_batch(_put(model, data.draw))


@PHASE_SETTINGS
@given(st.data())
def test_batch_with_phase_lengths_varying(data):
    """Iterations of different lengths: each is padded with zeros after its own end."""
    model = data.draw(models())
    ppy = model.timeline.periods_per_year
    op = np.asarray(data.draw(st.lists(st.integers(5, 30), min_size=N, max_size=N)), float)
    tenor = float(data.draw(st.integers(1, int(op.min()))))
    grace = float(data.draw(st.integers(0, int(min(3, tenor - 1)))))
    timeline = dc.replace(model.timeline, operation_years=op)
    if model.capex:
        con = np.asarray(data.draw(st.lists(st.integers(1, 3 * ppy), min_size=N, max_size=N)),
                         float) * 12 / ppy
        timeline = dc.replace(timeline, construction_months=con)
        model = dc.replace(model, capex=[dc.replace(model.capex[0], schedule=[])])
    model = dc.replace(model, timeline=timeline,
                       financing=dc.replace(model.financing, tenor_years=tenor,
                                            grace_years=grace))
    _compare_batch(model)
