"""Tiempo / Timeline: the period columns, phase flags, price indices and derived parameters.

Its first four rows are the masters of the header every calculation sheet repeats (period
label, end date, construction and operation flags). Price indices follow ``core/indexation.py``:
an annual table by calendar year (CPI of the year, the running product of ``1 + CPI (+ points)``
rebased to the base year), looked up by each period's calendar year.
"""

from __future__ import annotations

import numpy as np

from .book import Blank, Heading, Row, Scalar, SheetPlan
from .context import Ctx
from .expr import AND, IF, INDEX, MAX, MIN, SUMPRODUCT, Cum, agg, fn, flag


def build(ctx: Ctx) -> SheetPlan:
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    g = ctx.grid
    plan = SheetPlan(ctx.sheet_titles["timeline"], t("sheet.timeline.heading"), timeline=False)
    start, ppy = inp("timeline.start_date"), r("PeriodsPerYear")
    period = r("tl.t")
    flag_unit = t("unit.flag")
    plan.add(
        Row("tl.label", t("row.period"), constants=g.labels(), fmt="text", style="header"),
        Row("tl.end", t("row.end_date"), t("unit.date"),
            fn("EDATE", start, period * r("MonthsPerYear") / ppy) - 1, fmt="date",
            style="header"),
        Row("tl.con", t("row.construction_flag"), flag_unit, flag(period.le(r("ConPeriods"))),
            fmt="flag", style="flag"),
        Row("tl.op", t("row.operation_flag"), flag_unit,
            flag(AND(period.gt(r("ConPeriods")), period.le(r("EndPeriod")))), fmt="flag",
            style="flag"),
        Blank(),
        Heading(t("heading.periods")),
        Row("tl.t", t("row.period_number"), "#", ctx.prev("tl.t") + 1,
            known=np.arange(1, g.T + 1, dtype=float), fmt="integer"),
        Row("tl.year", t("row.calendar_year"), t("unit.year"),
            fn("YEAR", fn("EDATE", start, (period - 1) * r("MonthsPerYear") / ppy)),
            known=g.year.astype(float), fmt="integer"),
        Row("tl.first", t("row.first_flag"), flag_unit, flag(period.eq(1)), fmt="flag",
            style="flag"),
        Row("tl.opstart", t("row.opstart_flag"), flag_unit,
            flag(period.eq(r("ConPeriods") + 1)), fmt="flag", style="flag"),
        Row("tl.last", t("row.last_flag"), flag_unit, flag(period.eq(r("EndPeriod"))),
            known=g.last[0].astype(float), fmt="flag", style="flag"),
        Row("tl.opyear", t("row.operating_year"), t("unit.year"),
            IF(r("tl.op").eq(1), fn("INT", (period - r("ConPeriods") - 1) / ppy) + 1, 0),
            known=g.op_year[0].astype(float), fmt="integer"),
        Row("tl.lastyear", t("row.last_year_flag"), flag_unit,
            flag(AND(period.gt(r("EndPeriod") - ppy), period.le(r("EndPeriod")))), fmt="flag",
            style="flag"),
        Blank(),
        Heading(t("heading.derived")),
        Scalar("PeriodsPerYear", t("row.ppy"), "#", inp("timeline.periods_per_year"),
               fmt="integer"),
        Scalar("ConPeriods", t("row.con_periods"), "#",
               inp("timeline.construction_months") * ppy / r("MonthsPerYear"),
               known=float(g.n_con[0, 0]), fmt="integer"),
        Scalar("OpPeriods", t("row.op_periods"), "#", inp("timeline.operation_years") * ppy,
               known=float(g.n_op[0, 0]), fmt="integer"),
        Scalar("EndPeriod", t("row.end_period"), "#", r("ConPeriods") + r("OpPeriods"),
               fmt="integer"),
        Scalar("FirstYear", t("row.first_year"), t("unit.year"),
               MIN(inp("macro.base_year"), fn("YEAR", start)), fmt="integer"),
        Scalar("DaysPerPeriod", t("row.days_per_period"), t("unit.days"),
               r("DaysPerYear") / ppy, fmt="number"),
        Scalar("GMFRate", t("row.gmf_rate"), "%",
               inp("taxes.gmf_rate") * inp("taxes.gmf_enabled"), fmt="rate_input"),
        Scalar("ReversionFlag", t("row.reversion_flag"), flag_unit,
               flag(inp("end.mode").eq("reversion")), fmt="flag"),
        Scalar("DebtRateP", t("row.debt_rate_p"), "%",
               (1 + inp("financing.rate")) ** (1 / ppy) - 1, fmt="rate_input"),
        Scalar("CommitmentFeeP", t("row.commitment_fee_p"), "%",
               inp("financing.commitment_fee") / ppy, fmt="rate_input"),
        Scalar("GracePeriods", t("row.grace_periods"), "#", inp("financing.grace_years") * ppy,
               fmt="integer"),
        Scalar("TenorPeriods", t("row.tenor_periods"), "#", inp("financing.tenor_years") * ppy,
               fmt="integer"),
        Scalar("RepayPeriods", t("row.repay_periods"), "#",
               MAX(r("TenorPeriods") - r("GracePeriods"), 1), fmt="integer"),
        Scalar("DSRASpan", t("row.dsra_span"), "#",
               inp("financing.dsra_months") * ppy / r("MonthsPerYear"), fmt="number"),
        Scalar("ProjectRateP", t("row.project_rate_p"), "%",
               (1 + inp("valuation.project_rate")) ** (1 / ppy) - 1, fmt="rate_input"),
        Scalar("EquityRateP", t("row.equity_rate_p"), "%",
               (1 + inp("valuation.equity_rate")) ** (1 / ppy) - 1, fmt="rate_input"),
        Scalar("TVGrowth", t("row.tv_growth"), "%",
               (1 + inp("end.terminal_growth_real"))
               * (1 + SUMPRODUCT(rng("tl.cpi"), rng("tl.last"))) - 1, fmt="rate_input"),
        Blank(),
        Heading(t("heading.prices")),
        Row("tl.cpi", t("row.cpi_of_year"), "%",
            INDEX(rng("tl.y.cpi"), r("tl.year") - r("FirstYear") + 1), fmt="rate"),
    )
    return plan


def finish(ctx: Ctx, plan: SheetPlan) -> None:
    """The price-index rows (one per IPC + x owner found while building) and the annual
    table they read."""
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    owners = [("cpi", t("row.index_cpi"), "")] + ctx.indices
    for owner, label, _ in owners:
        plan.add(Row(f"tl.idx.{owner}", label, t("unit.index"),
                     INDEX(rng(f"tl.y.idx.{owner}"), r("tl.year") - r("FirstYear") + 1),
                     known=ctx.results.deflator[0] if owner == "cpi" else None,
                     fmt="index", source="deflator" if owner == "cpi" else ""))
    g = ctx.grid
    first = min(int(ctx.model.macro.base_year), int(g.year.min()))
    years = np.arange(first, int(g.year.max()) + 1)
    cpi = inp("macro.cpi")
    base = inp("macro.base_year")

    def cpi_of(year):
        return INDEX(cpi, MIN(MAX(year - base, 0), agg("COUNT", cpi) - 1) + 1)

    plan.add(
        Blank(),
        Heading(t("heading.annual_prices")),
        Row("tl.y.n", t("row.year_number"), "#", ctx.prev("tl.y.n") + 1, axis="year",
            known=np.arange(1, years.size + 1, dtype=float), fmt="integer"),
        Row("tl.y.year", t("row.calendar_year"), t("unit.year"),
            r("FirstYear") + r("tl.y.n") - 1, axis="year", fmt="integer", style="header",
            known=years.astype(float)),
        Row("tl.y.cpi", t("row.cpi_of_year"), "%", cpi_of(r("tl.y.year")), axis="year",
            fmt="rate"),
        # Each January prices move by the inflation of the year just ended (indexation.py).
        Row("tl.y.applied", t("row.cpi_applied"), "%", cpi_of(r("tl.y.year") - 1), axis="year",
            fmt="rate"),
    )
    for owner, label, spread in owners:
        applied = r("tl.y.applied")
        plan.add(
            Row(f"tl.y.g.{owner}", t("row.growth_factor", what=label), t("unit.factor"),
                1 + applied + inp(spread) if spread else 1 + applied, axis="year",
                fmt="factor"),
            Row(f"tl.y.l.{owner}", t("row.cumulative_factor", what=label), t("unit.factor"),
                Cum(f"tl.y.g.{owner}", product=True), axis="year", fmt="factor"),
            Row(f"tl.y.idx.{owner}", t("row.rebased_index", what=label), t("unit.index"),
                r(f"tl.y.l.{owner}") / INDEX(rng(f"tl.y.l.{owner}"), base - r("FirstYear") + 1),
                axis="year", fmt="index"),
        )
