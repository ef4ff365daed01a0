"""Flujo de caja / Cash flow: EBITDA, CFADS, the waterfall to equity, FCFF, FCFE and the
District's flows, with the rows the headline metrics read (discount factors, cumulative
flows for the payback). Conventions of ``core/engine.py`` and ``core/metrics.py``."""

from __future__ import annotations

from .book import Blank, Heading, Row, SheetPlan
from .context import Ctx
from .expr import IF, OR, SUMPRODUCT, Cum, flag, fn, total


def operating(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    d = ctx.model.district
    cur = ctx.currency
    ppy = r("PeriodsPerYear")
    ap_years = inp("district.availability_years")
    # The availability payment has no points over CPI of its own (core/district.py).
    ap_index = ctx.index("none" if d.availability_indexation == "none" else "cpi", "",
                         "availability", "")
    ap = inp("district.availability_payment")
    ap = (ap if ap_index is None else ap * ap_index) * r("tl.op") * flag(
        OR(ap_years.eq(0), r("tl.opyear").le(ap_years))) / ppy
    canon_index = ctx.index(d.canon_indexation, "district.canon_spread", "canon",
                            t("row.index_of", what=t("row.canon")))
    canon = inp("district.canon")
    canon = (canon if canon_index is None else canon * canon_index) * r("tl.op") / ppy
    # Under reversion working capital is settled in the last period; a going concern keeps it.
    settled = r("tl.op") - r("tl.last") * r("ReversionFlag")
    plan.add(
        Heading(t("heading.operating")),
        Row("cf.revenue", t("row.total_revenue"), cur, r("op.revenue"), total=True,
            style="link"),
        Row("cf.ap", t("row.availability"), cur, ap, known=ctx.line("availability_payments"),
            total=True, source="availability_payments"),
        Row("cf.gross", t("row.gross_revenue"), cur, r("cf.revenue") + r("cf.ap"), total=True,
            style="key"),
        Row("cf.opex", t("row.total_opex"), cur, r("op.opex"), total=True, style="link"),
        Row("cf.canon", t("row.canon"), cur, canon, known=ctx.line("canon"), total=True,
            source="canon"),
        Row("cf.rs", t("row.revenue_share"), cur,
            inp("district.revenue_share") * r("op.revenue_shared"),
            known=ctx.line("revenue_share"), total=True, source="revenue_share"),
        Row("cf.ica", t("row.ica"), cur, inp("taxes.ica_rate") * r("cf.gross"),
            known=ctx.line("ica"), total=True, source="ica"),
        Row("cf.gmf", t("row.gmf_operating"), cur,
            r("GMFRate") * total(r("cf.opex"), r("cf.canon"), r("cf.rs"), r("cf.ica"),
                                 r("op.lifecycle")),
            known=ctx.line("gmf"), total=True, source="gmf"),
        Row("cf.ebitda", t("row.ebitda"), cur,
            r("cf.gross") - r("cf.opex") - r("cf.canon") - r("cf.rs") - r("cf.ica") - r("cf.gmf"),
            known=ctx.line("ebitda"), total=True, style="key", source="ebitda"),
        Blank(),
        Heading(t("heading.working_capital")),
        Row("cf.rec", t("row.receivables"), cur,
            r("cf.gross") * inp("working_capital.receivable_days") / r("DaysPerPeriod")
            * settled, known=ctx.line("receivables"), source="receivables"),
        Row("cf.pay", t("row.payables"), cur,
            r("cf.opex") * inp("working_capital.payable_days") / r("DaysPerPeriod")
            * settled, known=ctx.line("payables"), source="payables"),
        Row("cf.wc", t("row.wc_change"), cur,
            (r("cf.rec") - r("cf.pay")) - (ctx.prev("cf.rec") - ctx.prev("cf.pay")),
            known=ctx.line("wc_change"), total=True, source="wc_change"),
    )


def cfads_and_waterfall(ctx: Ctx, plan: SheetPlan) -> None:
    t, r = ctx.t, ctx.r
    cur = ctx.currency
    plan.add(
        Blank(),
        Heading(t("heading.cfads")),
        Row("cf.ebitda2", t("row.ebitda"), cur, r("cf.ebitda"), total=True, style="link"),
        Row("cf.wc2", t("row.wc_change"), cur, r("cf.wc"), total=True, style="link"),
        Row("cf.tax", t("row.income_tax"), cur, r("st.tax"), total=True, style="link"),
        Row("cf.lifecycle", t("row.lifecycle_capex"), cur, r("op.lifecycle"), total=True,
            style="link"),
        Row("cf.cfads", t("row.cfads"), cur,
            r("cf.ebitda2") - r("cf.wc2") - r("cf.tax") - r("cf.lifecycle"),
            known=ctx.line("cfads"), total=True, style="key", source="cfads"),
        Row("cf.ds", t("row.debt_service"), cur, r("fin.ds"), total=True, style="link"),
        Row("cf.after_ds", t("row.after_debt_service"), cur, r("cf.cfads") - r("cf.ds"),
            total=True),
        Row("cf.dsra_move", t("row.dsra_move"), cur, r("fin.dsra") - ctx.prev("fin.dsra"),
            total=True),
        Row("cf.cash_move", t("row.cash_move"), cur, r("fin.cash") - ctx.prev("fin.cash"),
            total=True),
        Row("cf.support", t("row.equity_support"), cur, r("sv.support"), total=True,
            style="link"),
        Row("cf.return_share", t("row.return_share"), cur, r("sv.return_share"), total=True,
            style="link"),
        Row("cf.dist", t("row.distributions"), cur,
            r("cf.after_ds") - r("cf.dsra_move") - r("cf.cash_move") + r("cf.support")
            - r("cf.return_share"), known=ctx.line("distributions"), total=True, style="key",
            source="distributions"),
    )


def _terminal(ctx: Ctx, plan: SheetPlan) -> dict:
    """Terminal values under the going-concern view (``core/terminal.py``); none under
    reversion."""
    if ctx.model.end.mode != "terminal_value":
        return {}
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    cur = ctx.currency
    g = r("TVGrowth")

    def perpetuity(flow: str, rate) -> object:
        return SUMPRODUCT(rng(flow), rng("tl.lastyear")) * (1 + g) / (rate - g) * r("tl.last")

    plan.add(
        Blank(),
        Heading(t("heading.terminal")),
        Row("cf.tv_flow_pre", t("row.tv_flow_pretax"), cur, r("cf.ebitda") - r("op.lifecycle")),
        Row("cf.tv_flow", t("row.tv_flow"), cur, r("cf.tv_flow_pre") - r("st.utax")),
        Row("cf.tv", t("row.terminal_value"), cur,
            perpetuity("cf.tv_flow", inp("valuation.project_rate")),
            known=ctx.line("terminal_value"), total=True, source="terminal_value"),
        Row("cf.tv_pre", t("row.terminal_value_pretax"), cur,
            perpetuity("cf.tv_flow_pre", inp("valuation.project_rate")), total=True),
        Row("cf.tv_eq", t("row.terminal_value_equity"), cur,
            perpetuity("cf.tv_flow", inp("valuation.equity_rate")),
            known=ctx.line("terminal_value_equity"), total=True, source="terminal_value_equity"),
    )
    return {"project": r("cf.tv"), "pretax": r("cf.tv_pre"), "equity": r("cf.tv_eq")}


def project_and_equity(ctx: Ctx, plan: SheetPlan) -> None:
    t, r = ctx.t, ctx.r
    cur = ctx.currency
    tv = _terminal(ctx, plan)
    pre = r("cf.ebitda") - r("cf.wc") - r("cf.capex") - r("cf.gmf_con") + r("cf.grant")
    post = (r("cf.ebitda") - r("cf.wc") - r("cf.utax") - r("cf.capex") - r("cf.gmf_con")
            + r("cf.grant"))
    fcfe = r("cf.dist") - r("cf.eq_in")
    if tv:
        pre, post, fcfe = pre + tv["pretax"], post + tv["project"], fcfe + tv["equity"]
    plan.add(
        Blank(),
        Heading(t("heading.project")),
        Row("cf.utax", t("row.unlevered_tax"), cur, r("st.utax"), total=True, style="link"),
        Row("cf.capex", t("row.total_capex"), cur, r("op.capex"), total=True, style="link"),
        Row("cf.gmf_con", t("row.gmf_capex"), cur, r("op.gmf_con"), total=True, style="link"),
        Row("cf.grant", t("row.grant"), cur, r("op.grant"), total=True, style="link"),
        Row("cf.fcff_pre", t("row.fcff_pretax"), cur, pre, known=ctx.line("fcff_pretax"),
            total=True, source="fcff_pretax"),
        Row("cf.fcff", t("row.fcff"), cur, post, known=ctx.line("fcff"), total=True,
            style="key", source="fcff"),
        Blank(),
        Heading(t("heading.equity")),
        Row("cf.eq_con", t("row.equity_construction"), cur, r("fin.equity"), total=True,
            style="link"),
        Row("cf.eq_in", t("row.equity_injection"), cur, r("cf.eq_con") + r("cf.support"),
            known=ctx.line("equity_injection"), total=True, source="equity_injection"),
        Row("cf.fcfe", t("row.fcfe"), cur, fcfe, known=ctx.line("fcfe"), total=True,
            style="key", source="fcfe"),
    )


def district(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    cur = ctx.currency
    plan.add(
        Blank(),
        Heading(t("heading.district")),
        Row("cf.residual", t("row.residual_value"), cur,
            inp("end.residual_value") * r("tl.idx.cpi") * r("tl.last") * r("ReversionFlag"),
            known=ctx.line("residual_value"), total=True, source="residual_value"),
        Row("cf.district", t("row.district_flow"), cur,
            r("cf.canon") + r("cf.rs") + r("cf.return_share") + r("cf.ica") + r("cf.residual")
            - r("cf.grant") - r("cf.ap"), known=ctx.line("district"), total=True, style="key",
            source="district"),
        Row("cf.soc_p", t("row.social_rate_p"), "%",
            ((1 + inp("valuation.social_rate_real")) * (1 + r("tl.cpi"))) ** (1 / r(
                "PeriodsPerYear")) - 1, fmt="rate"),
        Row("cf.soc_v", t("row.one_period_factor"), t("unit.factor"), 1 / (1 + r("cf.soc_p")),
            fmt="factor"),
        Row("cf.soc_df", t("row.social_discount_factor"), t("unit.factor"),
            Cum("cf.soc_v", product=True), fmt="factor"),
    )


def metrics_rows(ctx: Ctx, plan: SheetPlan) -> None:
    """Rows the headline metrics read: real flows, cumulative flows for the paybacks."""
    t, r, rng = ctx.t, ctx.r, ctx.rng
    cur = ctx.currency

    def last_negative(cum: str, flow: str):
        return IF(r(cum).lt(-(r("PaybackTolerance") * SUMPRODUCT(fn("ABS", rng(flow))))),
                  r("tl.t"), 0)

    plan.add(
        Blank(),
        Heading(t("heading.metric_rows")),
        Row("cf.fcff_real", t("row.fcff_real"), t("unit.base_prices", unit=cur),
            r("cf.fcff") / r("tl.idx.cpi"), total=True),
        Row("cf.fcfe_real", t("row.fcfe_real"), t("unit.base_prices", unit=cur),
            r("cf.fcfe") / r("tl.idx.cpi"), total=True),
        Row("cf.cum_fcff", t("row.cumulative_fcff"), cur, Cum("cf.fcff")),
        Row("cf.neg_fcff", t("row.negative_period"), "#", last_negative("cf.cum_fcff", "cf.fcff"),
            fmt="integer"),
        Row("cf.disc_fcff", t("row.discounted_fcff"), cur,
            r("cf.fcff") / (1 + r("ProjectRateP")) ** r("tl.t"), total=True),
        Row("cf.cum_disc", t("row.cumulative_discounted_fcff"), cur, Cum("cf.disc_fcff")),
        Row("cf.neg_disc", t("row.negative_period"), "#",
            last_negative("cf.cum_disc", "cf.disc_fcff"), fmt="integer"),
    )


def build(ctx: Ctx) -> SheetPlan:
    plan = SheetPlan(ctx.sheet_titles["cashflow"], ctx.t("sheet.cashflow.heading"))
    operating(ctx, plan)
    cfads_and_waterfall(ctx, plan)
    project_and_equity(ctx, plan)
    district(ctx, plan)
    metrics_rows(ctx, plan)
    return plan

