"""The vehicle's consolidated statements and metrics, from its properties' own models.

Conventions
-----------
- Calendar years. Each property is evaluated on its own grid (any periods per year, any start)
  and brought to calendar years: flows are summed over the periods that begin in the year,
  balances are those at the end of the year's last period (carried at their final value after
  the concession ends, zero before it starts). Amounts are converted to the vehicle's currency
  unit.
- Each property is a project company wholly owned by the vehicle: the vehicle receives its
  distributions and funds its equity injections (property ``distributions − equity_injection``).
  A going-concern terminal value is a valuation, not cash, and is not consolidated.
- Vehicle level, each year ``y``: overheads in base-year prices indexed by the vehicle's CPI
  (January indexation, as in :mod:`pppmodeler.core.indexation`); structuring costs, partner
  equity and the vehicle debt in the first year; the debt pays interest from the year after it
  is drawn, only interest in its grace years, and is repaid as an annuity over the rest of its
  tenor (a grace as long as the tenor leaves the last year: a bullet repayment). Dividends received from the project companies come out
  of profits already taxed there, so the vehicle pays no income tax of its own (ET art. 49);
  its overheads shelter nothing.
- Cash: ``available = cash(y−1) + property cash + partner equity + debt drawn − overheads −
  structuring − debt service``. When ``available`` is negative the shareholders contribute it,
  in proportion to their shares; dividends are ``payout_ratio × (available − minimum cash)``
  when that is positive, and in the last year everything is paid out (the vehicle winds up).
- Shares follow the contributions at incorporation (:class:`.terms.Capital`). The District's
  view each year: the District's flows of every property (canon, revenue share, ICA, residual
  value, less grants and availability payments, as ``district`` in each model) plus its share of
  dividends less its share of contributions. The stand-alone view is the same properties'
  District flows alone: the District leaves each property as a concession and the partner keeps
  the equity returns. Both are discounted to 1 January of the first year at the social rate
  (real) along the vehicle's CPI path, flows at the end of their year.
- The partner: ``−partner equity − its share of contributions + its share of dividends``;
  its IRR is an effective annual rate (NaN with a status where it does not exist).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from pppmodeler.core import finance
from pppmodeler.core.batch import col, iterations, seq
from pppmodeler.core.irr import irr
from pppmodeler.core.metrics import UNITS as METRIC_UNITS
from pppmodeler.core.results import Results

from .terms import Vehicle

UNIT_SIZE = {"pesos": 1.0, "thousands": 1e3, "millions": 1e6}
STOCKS = ("dsra_balance", "cash_balance", "debt_balance", "receivables", "payables",
          "fixed_assets", "total_assets", "paid_in_equity", "retained_earnings",
          "total_liabilities_equity", "balance_check")
FLOWS = ("revenue", "availability_payments", "opex", "canon", "revenue_share", "ica", "gmf",
         "ebitda", "depreciation", "write_off", "ebit", "interest", "ebt", "tax",
         "return_share", "net_income", "capex", "grant", "debt_drawdown", "debt_service",
         "equity_injection", "distributions", "fcff", "district")
UNITS = {"partner_irr": "rate", "partner_npv": "money", "district_npv_vehicle": "money",
         "district_npv_standalone": "money", "district_gain": "money",
         "peak_contributions": "money", "min_vehicle_dscr": "multiple",
         "total_dividends": "money"}
"""The vehicle's metrics and how each is shown (as :data:`pppmodeler.core.metrics.UNITS`)."""
HOLDING_METRICS = ("project_irr", "equity_irr", "project_npv", "equity_npv", "district_npv",
                   "min_dscr")


@dataclass
class VehicleResults:
    """``years`` (Y,); ``properties[name]`` (n, Y) the sum of the properties' lines;
    ``vehicle[name]`` (n, Y) the vehicle's own lines and the consolidated balance sheet;
    ``metrics[name]`` (n,) with ``status`` where a value is missing; ``parts`` each included
    holding's lines in calendar years (vehicle currency), ``results`` its own results;
    ``messages`` warnings about assumptions (:mod:`.checks`)."""

    years: np.ndarray
    properties: dict
    vehicle: dict
    metrics: dict
    status_codes: dict
    parts: list
    results: list
    messages: list = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.vehicle["cash"].shape[0]

    def metric(self, name: str, i: int = 0) -> float | None:
        v = float(self.metrics[name][i])
        return None if np.isnan(v) else v

    def status(self, name: str, i: int = 0) -> str:
        codes = self.status_codes.get(name)
        return "ok" if codes is None else str(codes[i])


def annual(results: Results, years: np.ndarray, scale: float = 1.0) -> dict:
    """The consolidated lines of one property's results in calendar ``years``, times
    ``scale`` (its currency unit in the vehicle's)."""
    return annual_lines(results.lines, results.grid.year, years, scale)


def annual_lines(lines: dict, period_year: np.ndarray, years: np.ndarray,
                 scale: float = 1.0) -> dict:
    """:func:`annual` of period ``lines`` ``(n, T)`` whose periods begin in ``period_year``
    ``(T,)``; ``years`` must cover every period's year. Linear in the lines, so the sum of
    several properties' period lines (on one grid) gives the sum of their annual lines."""
    n = lines["revenue"].shape[0]
    # periods run in calendar order: each year's periods are one run, summed by reduceat
    # (row by row in the same order whatever the number of rows, unlike a BLAS product)
    present = np.isin(years, period_year)
    starts = np.searchsorted(period_year, years[present])
    has = period_year[:, None] <= years[None, :]
    last = np.where(has.any(axis=0), has.cumsum(axis=0).argmax(axis=0), -1)  # (Y,)
    out = {}
    for name in FLOWS:
        flows = np.zeros((n, years.size))
        flows[:, present] = np.add.reduceat(lines[name], starts, axis=1)
        out[name] = flows * scale
    for name in STOCKS:
        stock = lines[name][:, np.maximum(last, 0)]
        out[name] = np.where(last >= 0, stock, 0.0) * scale
    return out


def consolidate(vehicle: Vehicle, results: list[Results]) -> VehicleResults:
    """The vehicle of ``results``, the evaluated models of its included holdings in order."""
    first = min([int(vehicle.setup.start_year)] + [int(r.grid.year.min()) for r in results])
    last = max([first] + [int(r.grid.year.max()) for r in results])
    years = np.arange(first, last + 1)
    n = max([1] + [r.n for r in results] + [_iterations(vehicle)])
    unit = UNIT_SIZE[vehicle.setup.currency_unit]
    own = [annual(r, years, UNIT_SIZE[r.model.property.currency_unit] / unit) for r in results]
    properties = {name: sum((p[name] for p in own), np.zeros((n, years.size)))
                  for name in FLOWS + STOCKS}
    lines, metrics, status = vehicle_level(vehicle, properties, years)
    return VehicleResults(years, properties, lines, metrics, status, own, list(results))


def vehicle_level(vehicle: Vehicle, properties: dict, years: np.ndarray):
    """``(lines, metrics, status)`` of the vehicle itself (its waterfall, see the module) from
    ``properties[name]`` ``(n, Y)``, the sums of its properties' annual lines: what
    :func:`consolidate` does once it has summed them, and what the vehicle Monte Carlo does
    once for all its iterations (the vehicle's own terms may carry ``n`` iterations too)."""
    n = properties["distributions"].shape[0]
    lines = _vehicle_lines(vehicle, properties, years, n)
    metrics, status = _metrics(vehicle, properties, lines, years)
    return lines, metrics, status


def _iterations(vehicle: Vehicle) -> int:
    """Iterations the vehicle's own terms carry (its holdings' models carry their own)."""
    return max(iterations(part) for part in (vehicle.setup, vehicle.costs, vehicle.capital,
                                             vehicle.dividends, vehicle.valuation))


def cpi_index(vehicle: Vehicle, years: np.ndarray, n: int) -> np.ndarray:
    """(n, Y) the vehicle's CPI index of each year, 1 in the base year (January indexation)."""
    rates = seq(vehicle.setup.cpi) * np.ones((n, 1))                         # (n, k)
    base = int(vehicle.setup.base_year)
    span = np.arange(min(base, int(years[0])), max(base, int(years[-1])) + 1)
    inflation = rates[:, np.clip(span - base, 0, rates.shape[1] - 1)]
    level = np.concatenate([np.ones((n, 1)), np.cumprod(1 + inflation, axis=1)[:, :-1]], axis=1)
    level = level / level[:, [base - span[0]]]
    return level[:, years - span[0]]


def _vehicle_lines(vehicle: Vehicle, properties: dict, years: np.ndarray, n: int) -> dict:
    Y = years.size
    cap, costs, div = vehicle.capital, vehicle.costs, vehicle.dividends
    index = cpi_index(vehicle, years, n)
    start = (years == int(vehicle.setup.start_year)).astype(float)[None, :]
    overheads = col(costs.overheads) * index * (years >= int(vehicle.setup.start_year))
    structuring = col(costs.structuring) * start
    partner_in = col(cap.partner_equity) * start
    draw = col(cap.debt_amount) * start
    interest, principal, balance = _vehicle_debt(vehicle, years, n)
    from_properties = properties["distributions"] - properties["equity_injection"]
    before = from_properties + partner_in + draw - overheads - structuring - interest - principal
    share = district_share(vehicle) * np.ones((n, 1))
    minimum = col(div.minimum_cash) * index
    payout = col(div.payout_ratio) * np.ones((n, 1))
    cash, contributions, dividends = (np.zeros((n, Y)) for _ in range(3))
    held = np.zeros((n, 1))
    for y in range(Y):   # a year's cash depends on what the previous year kept
        available = held[:, 0] + before[:, y]
        contributions[:, y] = np.maximum(-available, 0.0)
        available = available + contributions[:, y]
        ratio = 1.0 if y == Y - 1 else payout[:, 0]
        dividends[:, y] = ratio * np.maximum(available - (y < Y - 1) * minimum[:, y], 0.0)
        cash[:, y] = available - dividends[:, y]
        held = cash[:, [y]]
    district = properties["district"] + share * (dividends - contributions)
    partner = -partner_in + (1 - share) * (dividends - contributions)
    paid_in = np.cumsum(partner_in + contributions, axis=1)
    retained = np.cumsum(properties["net_income"] - overheads - structuring - interest
                         - dividends, axis=1)
    assets = (properties["total_assets"] + cash)
    liabilities = properties["debt_balance"] + properties["payables"] + balance
    return dict(from_properties=from_properties, overheads=overheads, structuring=structuring,
                partner_equity=partner_in, debt_drawdown=draw, interest=interest,
                principal=principal, debt_balance=balance, contributions=contributions,
                dividends=dividends, cash=cash, district=district, partner=partner,
                total_assets=assets, total_liabilities=liabilities, paid_in_equity=paid_in,
                retained_earnings=retained,
                balance_check=assets - liabilities - paid_in - retained)


def district_share(vehicle: Vehicle) -> np.ndarray:
    """(n, 1) the District's share of the vehicle (see :class:`.terms.Capital`)."""
    in_kind, partner = col(vehicle.capital.district_in_kind), col(vehicle.capital.partner_equity)
    total = in_kind + partner
    return np.where(total > 0, in_kind / np.where(total > 0, total, 1.0), 1.0)


def _vehicle_debt(vehicle: Vehicle, years: np.ndarray, n: int):
    """Interest, principal and closing balance (n, Y) of the vehicle's debt: interest only in
    the grace years, then an annuity over the rest of the tenor (module notes)."""
    cap = vehicle.capital
    k = years - int(vehicle.setup.start_year)                   # years since drawn
    tenor = col(cap.debt_tenor_years)
    grace = np.minimum(col(cap.debt_grace_years), tenor - 1)
    rate = col(cap.debt_rate) * np.ones((n, 1))
    amount = col(cap.debt_amount) * np.ones((n, 1))
    payment = finance.annuity_payment(rate, tenor - grace, amount)
    # Balance after j annual payments of an annuity: B_j = A(1+r)^j − P((1+r)^j − 1)/r.
    j = np.clip(k[None, :] - grace, 0, None) * np.ones((n, 1))
    j = np.minimum(j, tenor - grace)
    growth = (1 + rate) ** j
    safe = np.where(rate > 0, rate, 1.0)
    paid = np.where(rate > 0, payment * (growth - 1) / safe, payment * j)
    balance = np.where(k[None, :] >= 0, amount * growth - paid, 0.0)
    opening = np.where(k[None, :] >= 1, np.concatenate([np.zeros((n, 1)), balance[:, :-1]],
                                                       axis=1), 0.0)
    serving = (k[None, :] >= 1) & (k[None, :] <= tenor)
    interest = np.where(serving, opening * rate, 0.0)
    principal = np.where(serving, opening - balance, 0.0)
    return interest, principal, balance


def _social_factors(vehicle: Vehicle, years: np.ndarray, n: int) -> np.ndarray:
    """(n, Y) discount factors at the social rate (real) along the vehicle's CPI path."""
    cpi = seq(vehicle.setup.cpi) * np.ones((n, 1))
    base = int(vehicle.setup.base_year)
    inflation = cpi[:, np.clip(years - base, 0, cpi.shape[1] - 1)]
    return finance.discount_factors((1 + col(vehicle.valuation.social_rate_real))
                                    * (1 + inflation) - 1)


def _metrics(vehicle: Vehicle, properties: dict, lines: dict, years: np.ndarray):
    n = lines["cash"].shape[0]
    social = _social_factors(vehicle, years, n)
    partner_rate = col(vehicle.valuation.partner_rate) * np.ones((n, 1))
    with_vehicle = finance.present_value(lines["district"], social)
    standalone = finance.present_value(properties["district"], social)
    partner_irr = irr(lines["partner"])
    debt_service = lines["interest"] + lines["principal"]
    cover = np.where(debt_service > 0, (lines["from_properties"] - lines["overheads"])
                     / np.where(debt_service > 0, debt_service, 1.0), np.nan)
    lowest = np.min(np.where(np.isfinite(cover), cover, np.inf), axis=1)
    serviced = np.isfinite(lowest)
    metrics = {
        "partner_irr": partner_irr.rate,
        "partner_npv": finance.npv(partner_rate[:, 0], lines["partner"]),
        "district_npv_vehicle": with_vehicle,
        "district_npv_standalone": standalone,
        "district_gain": with_vehicle - standalone,
        "peak_contributions": lines["contributions"].cumsum(axis=1).max(axis=1),
        "min_vehicle_dscr": np.where(serviced, lowest, np.nan),
        "total_dividends": lines["dividends"].sum(axis=1),
    }
    # A vehicle the District holds alone has no partner flows: say so rather than report
    # that an IRR of all-zero flows does not exist.
    no_partner = ~np.any(lines["partner"] != 0, axis=1)
    status = {"partner_irr": np.where(no_partner, "no_partner", partner_irr.status),
              "min_vehicle_dscr": np.where(serviced, "ok", "no_debt_service")}
    return metrics, status


def holdings_frame(vehicle: Vehicle, results: VehicleResults, i: int = 0) -> pd.DataFrame:
    """One row per included holding: who it is, its own headline metrics (money in the
    vehicle's unit) and what it brings the District on the vehicle's timeline
    (``district_npv_in_vehicle``: its District flows at the social rate, as the vehicle
    discounts them), iteration ``i``."""
    unit = UNIT_SIZE[vehicle.setup.currency_unit]
    social = _social_factors(vehicle, results.years, results.n)
    rows = []
    holdings = [h for h in vehicle.holdings if h.included]
    for holding, own, part in zip(holdings, results.results, results.parts):
        scale = UNIT_SIZE[own.model.property.currency_unit] / unit
        row = {"code": holding.code, "name": holding.name, "kind": holding.kind,
               "comuna": holding.comuna, "area_m2": holding.area_m2,
               "latitude": holding.latitude, "longitude": holding.longitude}
        for name in HOLDING_METRICS:
            value = own.metric(name, min(i, own.n - 1))
            value = float("nan") if value is None else value
            row[name] = value * scale if METRIC_UNITS[name] == "money" else value
        row["district_npv_in_vehicle"] = float(
            finance.present_value(part["district"][min(i, part["district"].shape[0] - 1)]
                                  [None, :], social[[min(i, social.shape[0] - 1)]])[0])
        rows.append(row)
    return pd.DataFrame(rows)
