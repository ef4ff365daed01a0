"""Estados / Statements: the income statement with its income tax, and the balance sheet with
its check row (``core/statements.py``: it balances every period).

Income tax is the rate × taxable income after losses; the taxable income comes from the engine
(sheet Motor, losses carried forward first in, first out with expiry), and CHECK rows prove it
consistent: losses used are never negative and never exceed what earlier losses left to use.
"""

from __future__ import annotations

import numpy as np

from .book import Blank, Heading, Row, SheetPlan
from .context import Ctx
from .expr import MAX


def _loss_pool(ctx: Ctx, profit: str, used: str):
    """Losses left to carry forward at each period end, if none expired: an upper bound of
    what the engine (with expiry) may use in the next period."""
    def run(book):
        p = np.asarray(book.values_of(profit), float)
        u = np.asarray(book.values_of(used), float)
        pool, out = 0.0, np.zeros_like(p)
        for j in range(p.size):
            pool = max(0.0, pool + max(-p[j], 0.0) - u[j])
            out[j] = pool
        return out
    return run


def income_statement(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    cur = ctx.currency
    plan.add(
        Heading(t("heading.income_statement")),
        Row("st.gross", t("row.gross_revenue"), cur, r("cf.gross"), total=True, style="link"),
        Row("st.opex", t("row.total_opex"), cur, -r("cf.opex"), total=True, style="link"),
        Row("st.district_costs", t("row.district_payments"), cur, -(r("cf.canon") + r("cf.rs")),
            total=True),
        Row("st.taxes_op", t("row.ica_gmf"), cur, -(r("cf.ica") + r("cf.gmf")), total=True),
        Row("st.ebitda", t("row.ebitda"), cur,
            r("st.gross") + r("st.opex") + r("st.district_costs") + r("st.taxes_op"),
            known=ctx.line("ebitda"), total=True, style="key", source="ebitda"),
        Row("st.dep", t("row.depreciation"), cur, r("op.dep_common") + r("op.dep_fin"),
            known=ctx.line("depreciation"), total=True, source="depreciation"),
        Row("st.wo", t("row.write_off"), cur, r("op.wo_common") + r("op.wo_fin"),
            known=ctx.line("write_off"), total=True, source="write_off"),
        Row("st.ebit", t("row.ebit"), cur, r("st.ebitda") - r("st.dep") - r("st.wo"),
            known=ctx.line("ebit"), total=True, style="key", source="ebit"),
        Row("st.interest", t("row.interest_paid"), cur, r("fin.interest"), total=True,
            style="link"),
        Row("st.ebt", t("row.ebt"), cur, r("st.ebit") - r("st.interest"), known=ctx.line("ebt"),
            total=True, style="key", source="ebt"),
        Row("st.gmf_nd", t("row.gmf_nondeductible"), cur,
            (1 - inp("taxes.gmf_deductible_share")) * r("cf.gmf"), total=True),
        Row("st.profit", t("row.taxable_before_losses"), cur, r("st.ebt") + r("st.gmf_nd"),
            total=True),
        Row("st.taxable", t("row.taxable_income"), cur, r("sv.taxable"), total=True,
            style="link"),
        Row("st.used", t("row.losses_used"), cur, MAX(r("st.profit"), 0) - r("st.taxable"),
            total=True),
        Row("st.tax", t("row.income_tax"), cur, inp("taxes.income_tax_rate") * r("st.taxable"),
            known=ctx.line("tax"), total=True, source="tax"),
        Row("st.return_share", t("row.return_share"), cur, r("sv.return_share"), total=True,
            style="link"),
        Row("st.ni", t("row.net_income"), cur, r("st.ebt") - r("st.tax") - r("st.return_share"),
            known=ctx.line("net_income"), total=True, style="key", source="net_income"),
        Blank(),
        Heading(t("heading.unlevered_tax")),
        Row("st.uprofit", t("row.unlevered_base"), cur,
            r("st.ebitda") - r("op.dep_common") - r("op.wo_common") + r("st.gmf_nd"), total=True),
        Row("st.utaxable", t("row.taxable_income_unlevered"), cur, r("sv.utaxable"), total=True,
            style="link"),
        Row("st.uused", t("row.losses_used"), cur, MAX(r("st.uprofit"), 0) - r("st.utaxable"),
            total=True),
        Row("st.utax", t("row.unlevered_tax"), cur,
            inp("taxes.income_tax_rate") * r("st.utaxable"), known=ctx.line("unlevered_tax"),
            total=True, source="unlevered_tax"),
    )


def loss_checks(ctx: Ctx, plan: SheetPlan) -> list[str]:
    t, r = ctx.t, ctx.r
    cur = ctx.currency
    keys = []
    plan.add(Blank(), Heading(t("heading.tax_checks")))
    for tag, profit, used in (("", "st.profit", "st.used"), ("u", "st.uprofit", "st.uused")):
        pool = f"st.{tag}pool"
        plan.add(
            Row(pool, t(f"row.loss_pool{'_unlevered' if tag else ''}"), cur,
                MAX(ctx.prev(pool) + MAX(-r(profit), 0) - r(used), 0),
                known=_loss_pool(ctx, profit, used)),
            Row(f"st.chk_{tag}tax", t(f"check.losses{'_unlevered' if tag else ''}"), cur,
                MAX(-r(used), 0) + MAX(r(used) - ctx.prev(pool), 0), fmt="check",
                style="check"),
        )
        keys.append(f"st.chk_{tag}tax")
    return keys


def balance_sheet(ctx: Ctx, plan: SheetPlan) -> None:
    t, r = ctx.t, ctx.r
    cur = ctx.currency
    plan.add(
        Blank(),
        Heading(t("heading.balance_sheet")),
        Row("st.additions", t("row.capitalised"), cur,
            r("op.construction") + r("op.lifecycle") + r("op.gmf_con") - r("op.grant")
            + r("fin.idc") + r("fin.fees"), total=True),
        Row("st.fa", t("row.fixed_assets"), cur,
            ctx.prev("st.fa") + r("st.additions") - r("st.dep") - r("st.wo"),
            known=ctx.line("fixed_assets"), source="fixed_assets"),
        Row("st.cash", t("row.cash_balance"), cur, r("fin.cash"), style="link"),
        Row("st.dsra", t("row.dsra_balance"), cur, r("fin.dsra"), style="link"),
        Row("st.rec", t("row.receivables"), cur, r("cf.rec"), style="link"),
        Row("st.ta", t("row.total_assets"), cur,
            r("st.fa") + r("st.cash") + r("st.dsra") + r("st.rec"),
            known=ctx.line("total_assets"), style="key", source="total_assets"),
        Blank(),
        Row("st.debt", t("row.senior_debt"), cur, r("fin.close"), style="link"),
        Row("st.pay", t("row.payables"), cur, r("cf.pay"), style="link"),
        Row("st.paid", t("row.paid_in_equity"), cur, ctx.prev("st.paid") + r("cf.eq_in"),
            known=ctx.line("paid_in_equity"), source="paid_in_equity"),
        Row("st.re", t("row.retained_earnings"), cur,
            ctx.prev("st.re") + r("st.ni") - r("cf.dist"),
            known=ctx.line("retained_earnings"), source="retained_earnings"),
        Row("st.tle", t("row.total_liabilities_equity"), cur,
            r("st.debt") + r("st.pay") + r("st.paid") + r("st.re"),
            known=ctx.line("total_liabilities_equity"), style="key",
            source="total_liabilities_equity"),
        Blank(),
        Row("st.check", t("check.balance"), cur, r("st.ta") - r("st.tle"),
            known=ctx.line("balance_check"), fmt="check", style="check",
            source="balance_check"),
    )


def build(ctx: Ctx) -> tuple[SheetPlan, list[str]]:
    plan = SheetPlan(ctx.sheet_titles["statements"], ctx.t("sheet.statements.heading"))
    income_statement(ctx, plan)
    balance_sheet(ctx, plan)
    keys = loss_checks(ctx, plan)
    return plan, keys
