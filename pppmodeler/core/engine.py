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
  and are depreciated, like the capitalised IDC and fees, over the operation phase.
- Working capital: receivables = gross revenue × receivable days / days in the period;
  payables = operating costs × payable days / days in the period; both are settled in the last
  period of the concession.
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

import numpy as np

from .batch import col, iterations
from .capex import at_operation_start, capex, straight_line
from .district import district_flows
from .errors import InputError
from .financing import Construction, construction, schedule, solve_fixed_point, TOLERANCE
from .indexation import Prices
from .inputs import Model
from .operations import operations
from .tax import income_tax
from .terminal import perpetuity
from .timeline import build_grid, periodic_rate
from .waterfall import dsra_target, run

MAX_SCULPT_STEPS = 200


def _write_off(additions: np.ndarray, depreciation: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Remaining book value at the end of the concession, written off in its last period."""
    return (additions.sum(axis=1, keepdims=True)
            - depreciation.sum(axis=1, keepdims=True)) * last


def _settled_at_end(balance: np.ndarray, grid) -> np.ndarray:
    return balance * (grid.operation - grid.last)


def evaluate_lines(model: Model) -> tuple[dict, object, Prices]:
    """All period lines of a model, as (n, T) arrays, with its grid and prices."""
    n = iterations(model)
    grid = build_grid(model.timeline, n)
    prices = Prices(model.macro, grid)
    shape = (grid.n, grid.T)
    ppy = grid.ppy
    in_term = (grid.t < grid.n_con + grid.n_op).astype(float)
    last = np.broadcast_to(grid.last, shape)
    reversion = model.end.mode == "reversion"

    ops = operations(model.revenues, model.costs, grid, prices)
    cap = capex(model.capex, grid, prices)
    dist = district_flows(model.district, model.end, grid, prices, ops.revenue_shared,
                          cap.construction)
    tx = model.taxes
    gross = ops.revenue + dist.availability
    ica = col(tx.ica_rate) * gross
    gmf_rate = col(tx.gmf_rate) * float(bool(tx.gmf_enabled))
    gmf_op = gmf_rate * (ops.opex + dist.canon + dist.revenue_share + ica + cap.lifecycle)
    gmf_con = gmf_rate * cap.construction
    gmf_nondeductible = (1 - col(tx.gmf_deductible_share)) * gmf_op
    ebitda = gross - ops.opex - dist.canon - dist.revenue_share - ica - gmf_op

    period_days = 365.0 / ppy
    receivables = _settled_at_end(gross * col(model.working_capital.receivable_days)
                                  / period_days, grid)
    payables = _settled_at_end(ops.opex * col(model.working_capital.payable_days)
                               / period_days, grid)
    wc_change = np.diff(receivables - payables, axis=1, prepend=0.0)

    # Assets other than financing costs: CAPEX (own lives), construction GMF less the grant
    # (over the operation phase).
    n_op = grid.n_op
    net_con = gmf_con - dist.grant
    dep_common = (cap.depreciation
                  + straight_line(at_operation_start(net_con, grid), n_op) * in_term)
    add_common = cap.construction + cap.lifecycle + net_con
    wo_common = _write_off(add_common, dep_common, last) if reversion else np.zeros(shape)

    carry = grid.periods(tx.loss_carryforward_years, "taxes.loss_carryforward_years")
    rate = col(tx.income_tax_rate)
    ebit_unlevered = ebitda - dep_common - wo_common
    unlevered_tax = income_tax(np.broadcast_to(ebit_unlevered + gmf_nondeductible, shape),
                               rate, carry)

    fin = model.financing
    r_p = periodic_rate(col(fin.rate), ppy)
    c_p = col(fin.commitment_fee) / ppy
    grace = grid.periods(fin.grace_years, "financing.grace_years")
    tenor = grid.periods(fin.tenor_years, "financing.tenor_years")
    spend = cap.construction + gmf_con
    grant = dist.grant
    equity_first = fin.drawdown == "equity_first"

    def size(total):
        if fin.sizing == "amount":
            return np.broadcast_to(col(fin.amount), total.shape)
        return col(fin.gearing) * total

    def fund(debt, total) -> Construction:
        return construction(debt, total, spend, grant, grid, r_p, col(fin.upfront_fee), c_p,
                            equity_first)

    def levered(con: Construction, sched):
        fin_costs = con.idc + con.fees
        dep_fin = straight_line(at_operation_start(fin_costs, grid), n_op) * in_term
        wo_fin = _write_off(fin_costs, dep_fin, last) if reversion else np.zeros(shape)
        ebit = ebitda - dep_common - dep_fin - wo_common - wo_fin
        ebt = ebit - sched.interest
        tax = income_tax(np.broadcast_to(ebt + gmf_nondeductible, shape), rate, carry)
        cfads = ebitda - wc_change - tax - cap.lifecycle
        return dict(dep_fin=dep_fin, wo_fin=wo_fin, ebit=ebit, ebt=ebt, tax=tax, cfads=cfads)

    def solve_needs(cap_debt):
        def step(total):
            return fund(np.minimum(size(total), cap_debt), total).needs.sum(axis=1, keepdims=True)
        total, ok = solve_fixed_point(step, (spend - grant).sum(axis=1, keepdims=True) + 0.0 * r_p)
        if not ok:
            raise InputError("financing", "the funding of the construction phase does not "
                                          "converge (interest and fees exceed what they fund)")
        return fund(np.minimum(size(total), cap_debt), total), total

    if fin.repayment == "sculpted":
        k = np.maximum(grid.t - grid.n_con - grace + 1, 0)
        repaying = (k >= 1) & (grid.t < grid.n_con + tenor)
        cfads = ebitda - wc_change - unlevered_tax - cap.lifecycle
        for _ in range(MAX_SCULPT_STEPS):
            pv = (cfads * np.where(repaying, (1 + r_p) ** -k.astype(float), 0.0)).sum(
                axis=1, keepdims=True)
            capacity = np.maximum(pv, 0.0) / col(fin.target_dscr)
            con, total = solve_needs(capacity)
            debt = con.debt
            scale = np.divide(debt, pv, out=np.zeros_like(debt), where=pv > 0)
            sched = schedule(debt, r_p, grid, grace, tenor, "sculpted",
                             np.where(repaying, cfads * scale, 0.0))
            lev = levered(con, sched)
            change = np.abs(lev["cfads"] - cfads).max()
            cfads = lev["cfads"]
            if change <= TOLERANCE * max(1.0, np.abs(cfads).max()):
                break
        else:
            raise InputError("financing.repayment", "the sculpted repayment does not converge")
    else:
        con, total = solve_needs(np.inf)
        debt = con.debt
        sched = schedule(debt, r_p, grid, grace, tenor, fin.repayment)
        lev = levered(con, sched)
    if fin.sizing == "amount" and np.any(col(fin.amount) > total * (1 + 1e-9) + 1e-9):
        raise InputError("financing.amount", "the debt exceeds 100 % of the funding needs "
                                             f"({float(total.ravel()[0]):,.2f})")

    service = sched.interest + sched.principal
    hurdle_p = periodic_rate(col(model.district.return_threshold_irr), ppy)
    wf = run(np.broadcast_to(lev["cfads"], shape), np.broadcast_to(service, shape),
             np.broadcast_to(con.equity, shape), last,
             np.broadcast_to(dsra_target(service, fin.dsra_months, ppy), shape),
             col(fin.lockup_dscr), col(model.district.return_share), hurdle_p)

    capex_total = cap.total
    terminal_project = terminal_pretax = terminal_equity = np.zeros(shape)
    if not reversion:
        cpi_last = (prices.cpi() * grid.last).sum(axis=1, keepdims=True)
        v, end = model.valuation, model.end
        normal = ebitda - cap.lifecycle
        terminal_project = perpetuity(normal - unlevered_tax, v.project_rate,
                                      end.terminal_growth_real, cpi_last, grid,
                                      "valuation.project_rate")
        terminal_pretax = perpetuity(normal, v.project_rate, end.terminal_growth_real, cpi_last,
                                     grid, "valuation.project_rate")
        terminal_equity = perpetuity(normal - lev["tax"] - service, v.equity_rate,
                                     end.terminal_growth_real, cpi_last, grid,
                                     "valuation.equity_rate")
    net_income = lev["ebt"] - lev["tax"] - wf.return_share
    fcff_pretax = ebitda - wc_change - capex_total - gmf_con + grant
    fcff = fcff_pretax - unlevered_tax + terminal_project
    fcff_pretax = fcff_pretax + terminal_pretax
    equity_in = con.equity + wf.support
    fcfe = wf.distributions - equity_in + terminal_equity
    district = (dist.canon + dist.revenue_share + wf.return_share + ica + dist.residual_value
                - grant - dist.availability)
    debt_balance = con.balance + sched.balance

    lines = dict(
        revenue=ops.revenue, availability_payments=dist.availability, opex=ops.opex,
        canon=dist.canon, revenue_share=dist.revenue_share, ica=ica, gmf=gmf_op,
        ebitda=ebitda, depreciation=dep_common + lev["dep_fin"],
        write_off=wo_common + lev["wo_fin"], ebit=lev["ebit"], interest=sched.interest,
        ebt=lev["ebt"], tax=lev["tax"], return_share=wf.return_share, net_income=net_income,
        wc_change=wc_change, lifecycle_capex=cap.lifecycle, cfads=lev["cfads"],
        principal=sched.principal, debt_service=service, dsra_balance=wf.dsra,
        cash_balance=wf.cash, equity_support=wf.support, distributions=wf.distributions,
        capex=capex_total, construction_capex=cap.construction, gmf_capex=gmf_con,
        idc=con.idc, fees=con.fees, grant=grant, debt_drawdown=con.draws,
        equity_injection=equity_in, debt_balance=debt_balance, needs=con.needs,
        unlevered_tax=unlevered_tax, fcff=fcff, fcff_pretax=fcff_pretax, fcfe=fcfe,
        residual_value=dist.residual_value, district=district,
        terminal_value=terminal_project, terminal_value_equity=terminal_equity,
        receivables=receivables, payables=payables,
    )
    for name, line in ops.revenue_lines.items():
        lines[f"revenue:{name}"] = line
    for name, line in ops.cost_lines.items():
        lines[f"cost:{name}"] = line
    lines = {k: np.broadcast_to(v, shape) for k, v in lines.items()}
    return lines, grid, prices
