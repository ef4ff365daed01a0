"""From the inputs of a concession to its period lines: the order in which they are computed.

Each step lives in its own module (operations, capex, district, tax, financing, waterfall); this
one wires them and names the lines. See ``statements.py`` for the balance sheet and
``metrics.py`` for the metrics.

Conventions stated here
-----------------------
- EBITDA = revenue + availability payments − operating costs − canon − revenue share − ICA −
  GMF. Canon, revenue share, ICA and the deductible part of GMF are deductible for income tax;
  GMF is charged on operating payments and investment (not on debt service or distributions).
- The District's grant and the GMF on construction spend reduce / add to the depreciable base
  of the CAPEX items (``capex.py``); the capitalised IDC and fees are depreciated over the
  operation phase.
- Working capital: receivables = gross revenue × receivable days / days in the period;
  payables = operating costs × payable days / days in the period; under reversion both are
  settled in the last period of the concession.
- CFADS = EBITDA − increase in working capital − income tax − lifecycle CAPEX.
- FCFF (project, post-tax unlevered) = EBITDA − increase in working capital − unlevered tax −
  CAPEX − GMF on construction + District grant (+ terminal value). FCFF pre-tax omits the tax.
- FCFE = distributions − equity injections (construction and sponsor support) (+ terminal
  value to equity).
- Under ``end.mode = terminal_value`` nothing is written off or reverts; see ``terminal.py``.
- District = canon + revenue share + return share + ICA + residual value − grant −
  availability payments.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import col, iterations
from .capex import Capex, capex
from .debt import Before, DebtSolver, Levered, write_off
from .district import DistrictFlows, district_flows
from .finance import periodic_rate
from .indexation import Prices
from .inputs import Model
from .operations import Operations, operations
from .tax import income_tax
from .terminal import perpetuity
from .timeline import Grid, build_grid
from .waterfall import Waterfall, dsra_target, run


@dataclass
class Operating:
    """The concession before financing: operations, investment, District flows, taxes."""

    ops: Operations
    cap: Capex
    dist: DistrictFlows
    ica: np.ndarray
    gmf_op: np.ndarray
    gmf_con: np.ndarray
    receivables: np.ndarray
    payables: np.ndarray
    before: Before            # what the debt solve needs

    @property
    def ebitda(self) -> np.ndarray:
        return self.before.ebitda


def _settled_at_end(balance: np.ndarray, grid: Grid, reversion: bool) -> np.ndarray:
    """A working-capital balance over the operation; under reversion it is settled (falls to
    zero) in the last period, in the going-concern view it stays at its closing value."""
    if reversion:
        return balance * (grid.operation - grid.last)
    closing = (balance * grid.last).sum(axis=1, keepdims=True)
    return balance * grid.operation + closing * (grid.t >= grid.n_con + grid.n_op)


def operating(model: Model, grid: Grid, prices: Prices) -> Operating:
    """Everything that does not depend on the debt (see the conventions above)."""
    shape = (grid.n, grid.T)
    ops = operations(model.revenues, model.costs, grid, prices)
    cap = capex(model.capex, grid, prices)
    dist = district_flows(model.district, model.end, grid, prices, ops.revenue_shared,
                          cap.construction)
    tx, wc = model.taxes, model.working_capital
    gross = ops.revenue + dist.availability
    ica = col(tx.ica_rate) * gross
    gmf_rate = col(tx.gmf_rate) * float(bool(tx.gmf_enabled))
    gmf_op = gmf_rate * (ops.opex + dist.canon + dist.revenue_share + ica + cap.lifecycle)
    gmf_con = gmf_rate * cap.construction
    ebitda = gross - ops.opex - dist.canon - dist.revenue_share - ica - gmf_op

    period_days = 365.0 / grid.ppy
    reversion = model.end.mode == "reversion"
    receivables = _settled_at_end(gross * col(wc.receivable_days) / period_days, grid,
                                  reversion)
    payables = _settled_at_end(ops.opex * col(wc.payable_days) / period_days, grid, reversion)
    wc_change = np.diff(receivables - payables, axis=1, prepend=0.0) * grid.in_term

    # Construction GMF less the grant adjusts the depreciable base of the items.
    net_con = gmf_con - dist.grant
    dep_common = cap.depreciation(net_con)
    wo_common = (write_off(cap.construction + cap.lifecycle + net_con, dep_common, grid.last)
                 if reversion else np.zeros(shape))
    gmf_nondeductible = (1 - col(tx.gmf_deductible_share)) * gmf_op
    carry = grid.periods(tx.loss_carryforward_years, "taxes.loss_carryforward_years")
    rate = col(tx.income_tax_rate)
    unlevered_tax = income_tax(
        np.broadcast_to(ebitda - dep_common - wo_common + gmf_nondeductible, shape), rate, carry)
    before = Before(ebitda=ebitda, wc_change=wc_change, lifecycle=cap.lifecycle,
                    dep_common=dep_common, wo_common=wo_common,
                    gmf_nondeductible=gmf_nondeductible, unlevered_tax=unlevered_tax,
                    spend=cap.construction + gmf_con, grant=dist.grant, tax_rate=rate,
                    carry=carry, reversion=reversion)
    return Operating(ops, cap, dist, ica, gmf_op, gmf_con, receivables, payables, before)


def waterfall(model: Model, grid: Grid, lev: Levered) -> Waterfall:
    fin, shape = model.financing, (grid.n, grid.T)
    service = lev.schedule.interest + lev.schedule.principal
    return run(np.broadcast_to(lev.cfads, shape), np.broadcast_to(service, shape),
               np.broadcast_to(lev.construction.equity, shape),
               np.broadcast_to(grid.last, shape),
               np.broadcast_to(dsra_target(service, fin.dsra_months, grid.ppy)
                               * grid.operation, shape),
               col(fin.lockup_dscr), col(model.district.return_share),
               periodic_rate(col(model.district.return_threshold_irr), grid.ppy))


def terminal_values(model: Model, grid: Grid, prices: Prices, op: Operating,
                    lev: Levered) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Terminal values (project post-tax, project pre-tax, equity); zero under reversion."""
    if op.before.reversion:
        zero = np.zeros((grid.n, grid.T))
        return zero, zero, zero
    cpi_last = (prices.cpi() * grid.last).sum(axis=1, keepdims=True)
    v, g = model.valuation, model.end.terminal_growth_real
    normal = op.ebitda - op.cap.lifecycle
    project = "valuation.project_rate"
    return (perpetuity(normal - op.before.unlevered_tax, v.project_rate, g, cpi_last, grid,
                       project),
            perpetuity(normal, v.project_rate, g, cpi_last, grid, project),
            # The debt is repaid by the end of the concession: the equity's perpetual flow is
            # the debt-free one, discounted at the cost of equity.
            perpetuity(normal - op.before.unlevered_tax, v.equity_rate, g, cpi_last, grid,
                       "valuation.equity_rate"))


def evaluate_lines(model: Model) -> tuple[dict, Grid, Prices]:
    """All period lines of a model, as (n, T) arrays, with its grid and prices."""
    grid = build_grid(model.timeline, iterations(model))
    prices = Prices(model.macro, grid)
    op = operating(model, grid, prices)
    lev = DebtSolver.on(model.financing, grid, op.before).solve()
    wf = waterfall(model, grid, lev)
    tv_project, tv_pretax, tv_equity = terminal_values(model, grid, prices, op, lev)
    ops, cap, dist, con, sched = op.ops, op.cap, op.dist, lev.construction, lev.schedule
    b = op.before

    fcff_pretax = b.ebitda - b.wc_change - cap.total - op.gmf_con + dist.grant
    equity_in = con.equity + wf.support
    lines = dict(
        revenue=ops.revenue, availability_payments=dist.availability, opex=ops.opex,
        canon=dist.canon, revenue_share=dist.revenue_share, ica=op.ica, gmf=op.gmf_op,
        ebitda=b.ebitda, depreciation=b.dep_common + lev.dep_fin,
        write_off=b.wo_common + lev.wo_fin, ebit=lev.ebit, interest=sched.interest,
        ebt=lev.ebt, tax=lev.tax, return_share=wf.return_share,
        net_income=lev.ebt - lev.tax - wf.return_share,
        wc_change=b.wc_change, lifecycle_capex=cap.lifecycle, cfads=lev.cfads,
        principal=sched.principal, debt_service=sched.interest + sched.principal,
        dsra_balance=wf.dsra, cash_balance=wf.cash, equity_support=wf.support,
        distributions=wf.distributions, capex=cap.total, construction_capex=cap.construction,
        gmf_capex=op.gmf_con, idc=con.idc, fees=con.fees, grant=dist.grant,
        debt_drawdown=con.draws, equity_injection=equity_in,
        debt_balance=con.balance + sched.balance, needs=con.needs,
        unlevered_tax=b.unlevered_tax,
        fcff=fcff_pretax - b.unlevered_tax + tv_project,
        fcff_pretax=fcff_pretax + tv_pretax,
        fcfe=wf.distributions - equity_in + tv_equity,
        residual_value=dist.residual_value,
        district=(dist.canon + dist.revenue_share + wf.return_share + op.ica
                  + dist.residual_value - dist.grant - dist.availability),
        terminal_value=tv_project, terminal_value_equity=tv_equity,
        receivables=op.receivables, payables=op.payables,
    )
    lines.update({f"revenue:{k}": v for k, v in ops.revenue_lines.items()})
    lines.update({f"cost:{k}": v for k, v in ops.cost_lines.items()})
    shape = (grid.n, grid.T)
    return ({k: v if v.shape == shape else np.broadcast_to(v, shape) for k, v in lines.items()},
            grid, prices)
