"""The metrics of a concession, each defined once, with its convention.

Common conventions: flows fall at the end of their period and the valuation date is the model
start, so the first period's flow is discounted one period; rates are effective annual and IRRs
are reported as effective annual rates; "real" means computed on flows deflated to base-year
prices by the CPI index. An IRR that does not exist or is not unique has no value (NaN) and a
status saying why (see ``irr.IRR_STATUS_TEXT``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import finance
from .batch import col
from .finance import periodic_rate
from .inputs import Model
from .irr import irr
from .timeline import Grid

# How each metric is shown: a rate (%), money (the model's currency unit), a multiple (x) or
# years.
UNITS = {
    "project_irr": "rate", "project_irr_pretax": "rate", "project_irr_real": "rate",
    "project_irr_pretax_real": "rate", "equity_irr": "rate", "equity_irr_real": "rate",
    "project_npv": "money", "equity_npv": "money", "district_npv": "money",
    "min_dscr": "multiple", "avg_dscr": "multiple", "min_llcr": "multiple",
    "min_plcr": "multiple", "payback_years": "years", "discounted_payback_years": "years",
    "peak_debt": "money", "peak_funding": "money", "value_for_money": "money",
    "balance_check": "money", "public_disbursement_share": "rate",
}


@dataclass(frozen=True)
class Metric:
    """Values of one metric for each iteration, with a status code where a value is missing."""

    value: np.ndarray            # (n,)
    status: np.ndarray | None = None   # (n,) codes, "ok" where the value stands


# name -> (line, real): the IRRs are solved together in one batch.
IRRS = {
    "project_irr": ("fcff", False),
    "project_irr_pretax": ("fcff_pretax", False),
    "project_irr_real": ("fcff", True),
    "project_irr_pretax_real": ("fcff_pretax", True),
    "equity_irr": ("fcfe", False),
    "equity_irr_real": ("fcfe", True),
}
def irrs(lines: dict, grid: Grid, deflator: np.ndarray) -> dict:
    """Every IRR of ``IRRS``, solved in one batch of flows.

    - project_irr: post-tax unlevered project IRR, IRR of FCFF (tax as if there were no debt);
    - project_irr_pretax: IRR of FCFF before any income tax;
    - equity_irr: IRR of equity injections against distributions (FCFE);
    - the ``_real`` variants: the same on flows in base-year prices.
    """
    n = grid.n
    flows = np.concatenate([lines[line] / deflator if real else lines[line]
                            for line, real in IRRS.values()])
    res = irr(flows, periods_per_year=grid.ppy)
    return {name: Metric(res.rate[k * n:(k + 1) * n], res.status[k * n:(k + 1) * n])
            for k, name in enumerate(IRRS)}


def project_npv(lines: dict, model: Model, grid: Grid, social: np.ndarray) -> Metric:
    """NPV of FCFF at the project discount rate (nominal, effective annual)."""
    return Metric(finance.npv(col(model.valuation.project_rate)[:, 0], lines["fcff"], grid.ppy))


def equity_npv(lines: dict, model: Model, grid: Grid, social: np.ndarray) -> Metric:
    """NPV of FCFE at the cost of equity (nominal, effective annual)."""
    return Metric(finance.npv(col(model.valuation.equity_rate)[:, 0], lines["fcfe"], grid.ppy))


def district_npv(lines: dict, model: Model, grid: Grid, social: np.ndarray) -> Metric:
    """NPV of the District's flows at the social discount rate.

    The social rate is real; each period is discounted at the nominal
    ``(1 + real) × (1 + CPI of its year) − 1``, compounded period by period along the CPI path.
    """
    return Metric(finance.present_value(lines["district"], social))


def social_discount_factors(model: Model, grid: Grid, cpi: np.ndarray) -> np.ndarray:
    """(n, T) discount factors of the District's flows (see ``district_npv``)."""
    nominal = (1 + col(model.valuation.social_rate_real)) * (1 + cpi) - 1
    return finance.discount_factors(periodic_rate(nominal, grid.ppy))


def payback_years(lines: dict, model: Model, grid: Grid) -> Metric:
    """Years from the model start until cumulative FCFF turns and stays non-negative,
    interpolated within the period (NaN if it never pays back)."""
    return _years(finance.payback(lines["fcff"], grid.ppy))


def discounted_payback_years(lines: dict, model: Model, grid: Grid) -> Metric:
    """Payback of FCFF discounted at the project rate (same rules as ``payback_years``)."""
    rate = col(model.valuation.project_rate)[:, 0]
    return _years(finance.discounted_payback(lines["fcff"], rate, grid.ppy))


def _years(value: np.ndarray) -> Metric:
    return Metric(value, np.where(np.isnan(value), "never", "ok"))


def dscr(lines: dict) -> np.ndarray:
    """(n, T) DSCR = CFADS ÷ (interest + scheduled principal); NaN without debt service."""
    service = lines["debt_service"]
    return np.divide(lines["cfads"], service, out=np.full(service.shape, np.nan),
                     where=service > 1e-9)


def cover_ratios(lines: dict, model: Model, grid: Grid) -> dict:
    """(n, T) loan and project life cover ratios: (PV of CFADS from the period to the loan's
    maturity (LLCR) or to the end of the concession (PLCR), at the debt rate, + DSRA at the
    start of the period) ÷ debt outstanding at the start of the period; NaN where no debt is
    owed."""
    r = periodic_rate(col(model.financing.rate), grid.ppy)
    growth = (1 + r) ** -(grid.t + 1.0)
    back = (1 + r) ** -(grid.t * 1.0)
    opening = np.zeros_like(lines["debt_balance"])
    opening[:, 1:] = lines["debt_balance"][:, :-1]
    reserve = np.zeros_like(opening)
    reserve[:, 1:] = lines["dsra_balance"][:, :-1]
    owed = (opening > 1e-9) & (grid.operation > 0)
    maturity = grid.n_con + grid.periods(model.financing.tenor_years, "financing.tenor_years") - 1
    ratios = {}
    for name, horizon in (("llcr", maturity), ("plcr", grid.n_con + grid.n_op - 1)):
        weighted = lines["cfads"] * (grid.t <= horizon) * growth
        tail = np.cumsum(weighted[:, ::-1], axis=1)[:, ::-1]      # Σ_{s≥t} CFADS_s v^(s+1)
        pv = tail / back                                           # → Σ CFADS_s v^(s−t+1)
        ratios[name] = np.divide(pv + reserve, opening, out=np.full(opening.shape, np.nan),
                                 where=owed)
    return ratios


def _over_periods(ratio: np.ndarray, reduce) -> Metric:
    """``reduce`` (nanmin, nanmean) of a ratio over the periods where it has a value; missing,
    with status ``no_debt_service``, for an iteration where it has none."""
    has = ~np.all(np.isnan(ratio), axis=1)
    value = np.full(ratio.shape[0], np.nan)
    value[has] = reduce(ratio[has], axis=1)
    return Metric(value, np.where(has, "ok", "no_debt_service"))


def compute(lines: dict, model: Model, grid: Grid, deflator: np.ndarray,
            cpi: np.ndarray) -> tuple[dict, dict]:
    """All metrics (name -> Metric) and the ratio lines (name -> (n, T))."""
    social = social_discount_factors(model, grid, cpi)
    ratios = dict(dscr=dscr(lines), **cover_ratios(lines, model, grid))
    m = irrs(lines, grid, deflator)
    for f in (project_npv, equity_npv, district_npv):
        m[f.__name__] = f(lines, model, grid, social)
    for f in (payback_years, discounted_payback_years):
        m[f.__name__] = f(lines, model, grid)
    m["min_dscr"] = _over_periods(ratios["dscr"], np.nanmin)
    m["avg_dscr"] = _over_periods(ratios["dscr"], np.nanmean)
    m["min_llcr"] = _over_periods(ratios["llcr"], np.nanmin)
    m["min_plcr"] = _over_periods(ratios["plcr"], np.nanmin)
    m["peak_debt"] = Metric(lines["debt_balance"].max(axis=1))
    m["peak_funding"] = peak_funding(lines)
    m["value_for_money"] = value_for_money(model, m["district_npv"])
    m["public_disbursement_share"] = public_disbursement_share(lines, social)
    m["balance_check"] = Metric(np.abs(lines["balance_check"]).max(axis=1))
    return m, ratios


def peak_funding(lines: dict) -> Metric:
    """Largest capital committed at a period end: debt outstanding + equity injected to date."""
    committed = lines["debt_balance"] + np.cumsum(lines["equity_injection"], axis=1)
    return Metric(committed.max(axis=1))


def public_disbursement_share(lines: dict, social: np.ndarray) -> Metric:
    """The District's capital grant and availability payments as a share of the investment,
    both in present value at the social discount rate (the test of Ley 1508, art. 17)."""
    public = finance.present_value(lines["grant"] + lines["availability_payments"], social)
    invested = finance.present_value(lines["capex"], social)
    return Metric(np.divide(public, invested, out=np.zeros_like(public), where=invested > 0))


def value_for_money(model: Model, district: Metric) -> Metric:
    """Public sector comparator's net cost (NPV) − the District's net cost under the concession
    (= PSC + District NPV); positive favours the concession. Missing when no PSC is entered."""
    value = district.value + col(model.valuation.psc_cost_npv)[:, 0]
    psc = np.broadcast_to(col(model.valuation.psc_cost_npv)[:, 0], value.shape)
    entered = psc > 0
    return Metric(np.where(entered, value, np.nan), np.where(entered, "ok", "no_comparator"))
