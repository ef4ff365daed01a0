"""Motor / Solved: the values the engine solves and a plain formula cannot reproduce.

- the total funding needs and the debt: the fixed point of IDC and fees (``core/financing.py``);
- a sculpted debt service (proportional to CFADS, floored at the interest: ``core/debt.py``);
- taxable income after losses carried forward first in, first out, with expiry
  (``core/tax.py``), levered and unlevered;
- the waterfall's reserve, trapped cash, sponsor support and District return share
  (``core/waterfall.py``).

They are written as inputs (their own colour), each with a note, and the calculation sheets
carry CHECK rows proving the formulas consistent with them: the workbook never silently
disagrees with the engine.
"""

from __future__ import annotations

import numpy as np

from ..core.tax import income_tax
from .book import Blank, Heading, Note, Row, Scalar, SheetPlan
from .context import Ctx


def _taxable(ctx: Ctx, profit_key: str):
    """Taxable income after losses, as the engine computes it, on the workbook's own profit."""
    carry = ctx.grid.periods(ctx.model.taxes.loss_carryforward_years,
                             "taxes.loss_carryforward_years")

    def solve(book):
        profit = np.asarray(book.values_of(profit_key), dtype=float)[None, :]
        return income_tax(profit, np.ones((1, 1)), carry)[0]
    return solve


def build(ctx: Ctx) -> SheetPlan:
    t = ctx.t
    cur = ctx.currency
    lines = ctx.line
    plan = SheetPlan(ctx.sheet_titles["solved"], t("sheet.solved.heading"))
    plan.add(
        Note(t("note.solved")),
        Blank(),
        Heading(t("heading.solved_funding")),
        Note(t("note.solved_funding")),
        Scalar("TotalNeeds", t("row.total_needs"), cur, constant=float(lines("needs").sum()),
               style="solved"),
        Scalar("DebtAmount", t("row.debt_amount"), cur,
               constant=float(lines("debt_drawdown").sum()), style="solved"),
    )
    if ctx.model.financing.repayment == "sculpted":
        plan.add(Blank(), Heading(t("heading.solved_sculpted")), Note(t("note.solved_sculpted")),
                 Row("sv.ds", t("row.sculpted_service"), cur, constants=lines("debt_service"),
                     total=True, style="solved"))
    plan.add(
        Blank(),
        Heading(t("heading.solved_tax")),
        Note(t("note.solved_tax",
               years=ctx.words.count("years", ctx.model.taxes.loss_carryforward_years))),
        Row("sv.taxable", t("row.taxable_income"), cur, constants=_taxable(ctx, "st.profit"),
            total=True, style="solved"),
        Row("sv.utaxable", t("row.taxable_income_unlevered"), cur,
            constants=_taxable(ctx, "st.uprofit"), total=True, style="solved"),
        Blank(),
        Heading(t("heading.solved_waterfall")),
        Note(t("note.solved_waterfall")),
        Row("sv.dsra", t("row.dsra_balance"), cur, constants=lines("dsra_balance"),
            style="solved"),
        Row("sv.cash", t("row.cash_balance"), cur, constants=lines("cash_balance"),
            style="solved"),
        Row("sv.support", t("row.equity_support"), cur, constants=lines("equity_support"),
            total=True, style="solved"),
        Row("sv.return_share", t("row.return_share"), cur, constants=lines("return_share"),
            total=True, style="solved"),
    )
    return plan
