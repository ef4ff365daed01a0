"""Indicadores / Ratios: DSCR against the covenant, LLCR and PLCR, period by period
(``core/metrics.py``). A period without debt service (or without debt owed) shows a blank:
the formulas return "" and MIN/AVERAGE skip it, as the engine skips NaN."""

from __future__ import annotations

from .book import Blank, Heading, Row, SheetPlan
from .context import Ctx
from .expr import AND, IF, SUMPRODUCT


def _cover(ctx: Ctx, horizon) -> object:
    """(PV of CFADS from this period to ``horizon`` at the debt rate + DSRA at the start of the
    period) ÷ debt at the start of the period, where debt is owed in operation."""
    r, rng = ctx.r, ctx.rng
    t_all, t_now = rng("tl.t"), r("tl.t")
    pv = SUMPRODUCT(rng("rt.cfads"), t_all.ge(t_now) * t_all.le(horizon),
                    (1 + r("DebtRateP")) ** (t_now - t_all - 1))
    return IF(AND(r("rt.open").gt(r("Tolerance")), r("tl.op").eq(1)),
              (pv + r("rt.open_dsra")) / r("rt.open"), "")


def build(ctx: Ctx) -> SheetPlan:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    cur = ctx.currency
    plan = SheetPlan(ctx.sheet_titles["ratios"], t("sheet.ratios.heading"))
    has_service = r("rt.ds").gt(r("Tolerance"))
    plan.add(
        Heading(t("heading.dscr")),
        Row("rt.cfads", t("row.cfads"), cur, r("cf.cfads"), total=True, style="link"),
        Row("rt.ds", t("row.debt_service"), cur, r("fin.ds"), total=True, style="link"),
        Row("rt.dscr", t("row.dscr"), "x", IF(has_service, r("rt.cfads") / r("rt.ds"), ""),
            known=ctx.ratio("dscr"), fmt="multiple", style="key", blank_ok=True,
            source="dscr"),
        Row("rt.cov", t("row.covenant"), "x",
            IF(has_service, inp("financing.covenant_dscr"), ""), fmt="multiple", blank_ok=True),
        Row("rt.lockup", t("row.lockup_threshold"), "x",
            IF(AND(has_service, inp("financing.lockup_dscr").gt(0)),
               inp("financing.lockup_dscr"), ""), fmt="multiple", blank_ok=True),
        Blank(),
        Heading(t("heading.cover_ratios")),
        Row("rt.open", t("row.opening_balance"), cur, ctx.prev("fin.close")),
        Row("rt.open_dsra", t("row.opening_dsra"), cur, ctx.prev("fin.dsra")),
        Row("rt.llcr", t("row.llcr"), "x", _cover(ctx, r("ConPeriods") + r("TenorPeriods")),
            known=ctx.ratio("llcr"), fmt="multiple", style="key", blank_ok=True, source="llcr"),
        Row("rt.plcr", t("row.plcr"), "x", _cover(ctx, r("EndPeriod")),
            known=ctx.ratio("plcr"), fmt="multiple", style="key", blank_ok=True, source="plcr"),
    )
    return plan
