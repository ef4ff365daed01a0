"""Financiación / Financing: construction funding, the senior debt's roll-forward, the reserve,
and the checks that prove the sheet consistent with the engine's solved values.

Conventions of ``core/financing.py``: interest on the opening balance (capitalised as IDC in
construction, paid in operation); fees capitalised; drawdown pro rata or equity first;
repayment after the grace period to the tenor, both counted from the start of operation; the
last repayment clears the balance. The total funding needs and the debt are the solution of a
fixed point (IDC and fees depend on the debt, the debt on the needs), and a sculpted debt
service follows CFADS: these come from the engine (sheet Motor) and are checked here.
"""

from __future__ import annotations

from .book import Blank, Heading, Row, Scalar, SheetPlan
from .context import Ctx
from .expr import AND, IF, MAX, MIN, SUMPRODUCT, Cum, agg, fn, flag


def construction(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    cur = ctx.currency
    fin = ctx.model.financing
    equity_first = fin.drawdown == "equity_first"
    plan.add(
        Heading(t("heading.funding_parameters")),
        Scalar("DebtShare", t("row.debt_share"), "%",
               IF(r("TotalNeeds").ne(0), r("DebtAmount") / r("TotalNeeds"), 0), fmt="rate"),
        Scalar("EquityTotal", t("row.equity_total"), cur, r("TotalNeeds") - r("DebtAmount")),
        Blank(),
        Heading(t("heading.construction_funding")),
        Row("fin.spend", t("row.spend_to_fund"), cur, r("op.construction") + r("op.gmf_con"),
            total=True),
        Row("fin.grant", t("row.grant"), cur, r("op.grant"), total=True, style="link"),
        Row("fin.idc", t("row.idc"), cur, r("fin.int_all") * r("tl.con"),
            known=ctx.line("idc"), total=True, source="idc"),
        Row("fin.fees", t("row.fees"), cur,
            (r("CommitmentFeeP") * MAX(r("DebtAmount") - r("fin.open"), 0)
             + inp("financing.upfront_fee") * r("DebtAmount") * r("tl.first")) * r("tl.con"),
            known=ctx.line("fees"), total=True, source="fees"),
        Row("fin.needs", t("row.funding_needs"), cur,
            (r("fin.spend") - r("fin.grant") + r("fin.idc") + r("fin.fees")) * r("tl.con"),
            known=ctx.line("needs"), total=True, style="key", source="needs"),
    )
    equity_con = ctx.line("equity_injection") - ctx.line("equity_support")
    if equity_first:
        plan.add(
            Row("fin.equity", t("row.equity_construction"), cur,
                MIN(MAX(r("EquityTotal") - Cum("fin.equity", before=True), 0),
                    MAX(r("fin.needs"), 0)), known=equity_con, total=True,
                source="equity_injection - equity_support"),
            Row("fin.draws", t("row.drawdown"), cur, r("fin.needs") - r("fin.equity"),
                known=ctx.line("debt_drawdown"), total=True, source="debt_drawdown"))
    else:
        plan.add(
            Row("fin.draws", t("row.drawdown"), cur, r("DebtShare") * r("fin.needs"),
                known=ctx.line("debt_drawdown"), total=True, source="debt_drawdown"),
            Row("fin.equity", t("row.equity_construction"), cur, r("fin.needs") - r("fin.draws"),
                known=equity_con, total=True, source="equity_injection - equity_support"))


def debt(ctx: Ctx, plan: SheetPlan) -> None:
    t, r = ctx.t, ctx.r
    cur = ctx.currency
    kind = ctx.model.financing.repayment
    period = r("tl.t")
    k = period - r("ConPeriods") - r("GracePeriods")
    if kind == "annuity":
        plan.add(Scalar("Annuity", t("row.annuity"), cur,
                        IF(r("DebtRateP").gt(0),
                           r("DebtAmount") * r("DebtRateP")
                           / (1 - (1 + r("DebtRateP")) ** -r("RepayPeriods")),
                           r("DebtAmount") / r("RepayPeriods"))))
        scheduled = r("Annuity") - r("fin.interest")
    elif kind == "equal_principal":
        scheduled = r("DebtAmount") / r("RepayPeriods")
    else:
        scheduled = r("sv.ds") - r("fin.interest")
    plan.add(
        Blank(),
        Heading(t("heading.senior_debt")),
        Row("fin.k", t("row.repayment_number"), "#",
            IF(AND(k.ge(1), period.le(r("ConPeriods") + r("TenorPeriods"))), k, 0),
            fmt="integer"),
        Row("fin.open", t("row.opening_balance"), cur, ctx.prev("fin.close")),
        Row("fin.draws2", t("row.drawdown"), cur, r("fin.draws"), total=True, style="link"),
        Row("fin.principal", t("row.principal"), cur,
            IF(r("fin.k").gt(0), IF(r("fin.k").ge(r("RepayPeriods")), r("fin.open"), scheduled),
               0), known=ctx.line("principal"), total=True, source="principal"),
        Row("fin.close", t("row.closing_balance"), cur,
            r("fin.open") + r("fin.draws2") - r("fin.principal"),
            known=ctx.line("debt_balance"), style="key", source="debt_balance"),
        Row("fin.int_all", t("row.interest_on_opening"), cur,
            r("DebtRateP") * r("fin.open"), total=True),
        Row("fin.interest", t("row.interest_paid"), cur, r("fin.int_all") * r("tl.op"),
            known=ctx.line("interest"), total=True, source="interest"),
        Row("fin.ds", t("row.debt_service"), cur, r("fin.interest") + r("fin.principal"),
            known=ctx.line("debt_service"), total=True, style="key", source="debt_service"),
        Row("fin.committed", t("row.committed_capital"), cur, r("fin.close") + r("st.paid")),
    )


def reserve(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, rng = ctx.t, ctx.r, ctx.rng
    cur = ctx.currency
    ahead = rng("tl.t") - r("tl.t")                      # periods ahead of this one
    weight = r("DSRASpan") - ahead + 1                   # share of that period's service held
    clipped = weight.ge(1) + weight.gt(0) * weight.lt(1) * weight
    plan.add(
        Blank(),
        Heading(t("heading.reserve")),
        Row("fin.dsra_target", t("row.dsra_target"), cur,
            SUMPRODUCT(rng("fin.ds"), ahead.ge(1) * clipped) * r("tl.op")),
        Row("fin.dsra", t("row.dsra_balance"), cur, r("sv.dsra"), style="link"),
        Row("fin.cash", t("row.cash_balance"), cur, r("sv.cash"), style="link"),
    )


def checks(ctx: Ctx, plan: SheetPlan) -> list[str]:
    """Rows and cells that are 0 when the sheet agrees with the engine's solved values."""
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    fin = ctx.model.financing
    cur = ctx.currency
    size = inp("financing.amount") if fin.sizing == "amount" else (
        inp("financing.gearing") * r("TotalNeeds"))
    sized = (MAX(r("DebtAmount") - size, 0) if fin.repayment == "sculpted"
             else fn("ABS", r("DebtAmount") - size))
    plan.add(
        Blank(),
        Heading(t("heading.checks")),
        Row("fin.chk_sources", t("check.sources_uses"), cur,
            fn("ABS", r("fin.draws") + r("fin.equity") - r("fin.needs")), fmt="check",
            style="check"),
        Row("fin.chk_repaid", t("check.repaid"), cur,
            fn("ABS", r("fin.close")) * flag(r("tl.t").ge(r("ConPeriods") + r("TenorPeriods"))),
            fmt="check", style="check"),
        Row("fin.chk_principal", t("check.principal_positive"), cur,
            MAX(-r("fin.principal"), 0), fmt="check", style="check"),
        Row("fin.chk_reserve", t("check.reserve_positive"), cur,
            MAX(-r("fin.dsra"), 0) + MAX(-r("fin.cash"), 0) + MAX(-r("sv.support"), 0),
            fmt="check", style="check"),
        Scalar("CheckNeeds", t("check.total_needs"), cur,
               fn("ABS", agg("SUM", rng("fin.needs")) - r("TotalNeeds")), fmt="check",
               style="check"),
        Scalar("CheckDebt", t("check.debt_drawn"), cur,
               fn("ABS", agg("SUM", rng("fin.draws")) - r("DebtAmount")), fmt="check",
               style="check"),
        Scalar("CheckSizing", t("check.sizing_capped" if fin.repayment == "sculpted"
                                else "check.sizing"), cur, sized, fmt="check", style="check"),
    )
    keys = ["fin.chk_sources", "fin.chk_repaid", "fin.chk_principal", "fin.chk_reserve",
            "CheckNeeds", "CheckDebt", "CheckSizing"]
    if fin.repayment == "sculpted":
        plan.add(Row("fin.chk_service", t("check.sculpted_service"), cur,
                     fn("ABS", r("sv.ds") - r("fin.ds")), fmt="check", style="check"))
        keys.append("fin.chk_service")
    return keys


def build(ctx: Ctx) -> tuple[SheetPlan, list[str]]:
    plan = SheetPlan(ctx.sheet_titles["financing"], ctx.t("sheet.financing.heading"))
    construction(ctx, plan)
    debt(ctx, plan)
    reserve(ctx, plan)
    return plan, checks(ctx, plan)
