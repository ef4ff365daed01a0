"""Operación / Operations: each revenue line, cost line and investment item, period by period.

The formulas are those of ``core/operations.py`` and ``core/capex.py`` (see their docstrings);
the kind of each line (rent per m², fee, percentage, every N years, …) and its indexation are
fixed when the report is written, its numbers stay live.
"""

from __future__ import annotations

from .book import Blank, Heading, Row, SheetPlan
from .context import Ctx
from .expr import AND, IF, INDEX, MAX, OR, SUMPRODUCT, Expr, agg, flag, fn, total


def _line_year(ctx: Ctx, base: str) -> Expr:
    """The line's own year (1 = its first), 0 where inactive."""
    r, inp = ctx.r, ctx.inp
    opyear = r("tl.opyear")
    k = opyear - inp(f"{base}.start_year") + 1
    end = inp(f"{base}.end_year")
    return IF(AND(opyear.gt(0), k.ge(1), OR(end.eq(0), opyear.le(end))), k, 0)


def _growth(ctx: Ctx, base: str, k_key: str) -> Expr:
    return (1 + ctx.inp(f"{base}.real_growth")) ** MAX(ctx.r(k_key) - 1, 0)


def _times(a: Expr, b: Expr | None) -> Expr:
    return a if b is None else a * b


def revenues(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    model = ctx.model
    used_units = {c.units_from for c in model.costs if c.kind == "per_unit" and c.units_from}
    names = {ln.name: i for i, ln in enumerate(model.revenues)}
    plan.add(Heading(t("heading.revenue_lines")))
    keys = []
    for i, ln in enumerate(model.revenues):
        base = f"revenues[{i}]"
        key = f"op.rev{i}"
        keys.append(key)
        plan.add(Heading(ln.name or f"{t('word.line')} {i + 1}", level=2))
        plan.add(Row(f"{key}.k", t("row.line_year"), t("unit.year"), _line_year(ctx, base),
                     fmt="integer"))
        k = r(f"{key}.k")
        ramp = model.revenues[i].ramp_up
        stable = inp(f"{base}.stabilised_occupancy")
        if ramp:
            occupancy = IF(k.le(agg("COUNT", inp(f"{base}.ramp_up"))),
                           INDEX(inp(f"{base}.ramp_up"), k), stable)
        else:
            occupancy = stable
        plan.add(Row(f"{key}.occ", t("row.occupancy"), "%",
                     IF(k.gt(0), occupancy, 0) * (1 - inp(f"{base}.vacancy")), fmt="rate"))
        factor = r(f"{key}.occ") * (1 - inp(f"{base}.collection_loss")) * _growth(ctx, base,
                                                                                   f"{key}.k")
        if ln.kind == "percent_of_line":
            other = f"op.rev{names[ln.of_line]}"
            expr = inp(f"{base}.base_value") * r(other) * factor
        else:
            quantity = {"rent_per_m2": inp(f"{base}.area_m2"), "unit_fee": inp(f"{base}.volume"),
                        "fixed": None}[ln.kind]
            index = ctx.index(ln.indexation, f"{base}.index_spread", f"rev{i}",
                              t("row.index_of", what=ln.name))
            expr = _times(_times(_times(inp(f"{base}.base_value"), quantity), factor), index) \
                / r("PeriodsPerYear")
        plan.add(Row(key, t("row.revenue_of", what=ln.name), ctx.currency, expr,
                     known=ctx.line(f"revenue:{ln.name}"), total=True, style="key",
                     source=f"revenue:{ln.name}"))
        if ln.name in used_units:
            plan.add(Row(f"{key}.units", t("row.units_of", what=ln.name), t("unit.units"),
                         inp(f"{base}.volume") * r(f"{key}.occ") * _growth(ctx, base, f"{key}.k")
                         / r("PeriodsPerYear"), fmt="number"))
    plan.add(Blank(),
             Row("op.revenue", t("row.total_revenue"), ctx.currency,
                 total(*(r(k) for k in keys)), known=ctx.line("revenue"), total=True,
                 style="key", source="revenue"),
             Row("op.revenue_shared", t("row.revenue_shared"), ctx.currency,
                 total(*(r(k) * inp(f"revenues[{i}].revenue_share_applies")
                         for i, k in enumerate(keys))), total=True))


def costs(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp = ctx.t, ctx.r, ctx.inp
    model = ctx.model
    revenue_key = {ln.name: f"op.rev{i}" for i, ln in enumerate(model.revenues)}
    plan.add(Blank(), Heading(t("heading.cost_lines")))
    keys = []
    for j, ln in enumerate(model.costs):
        base = f"costs[{j}]"
        key = f"op.cost{j}"
        keys.append(key)
        plan.add(Heading(ln.name or f"{t('word.line')} {j + 1}", level=2))
        plan.add(Row(f"{key}.k", t("row.line_year"), t("unit.year"), _line_year(ctx, base),
                     fmt="integer"))
        k, every = r(f"{key}.k"), inp(f"{base}.every_years")
        on = flag(AND(k.gt(0), OR(every.eq(0), fn("MOD", r("tl.opyear"), MAX(every, 1)).eq(0))))
        grown = inp(f"{base}.value") * _growth(ctx, base, f"{key}.k") * on
        index = None
        if ln.kind != "percent_of_revenue":
            index = ctx.index(ln.indexation, f"{base}.index_spread", f"cost{j}",
                              t("row.index_of", what=ln.name))
        ppy = r("PeriodsPerYear")
        if ln.kind == "percent_of_revenue":
            expr = grown * r("op.revenue")
        elif ln.kind == "fixed":
            expr = _times(grown, index) / ppy
        elif ln.kind == "per_m2":
            expr = _times(grown * inp(f"{base}.area_m2"), index) / ppy
        elif ln.units_from:
            expr = _times(grown * r(f"{revenue_key[ln.units_from]}.units"), index)
        else:
            expr = _times(grown * inp(f"{base}.volume"), index) / ppy
        plan.add(Row(key, t("row.cost_of", what=ln.name), ctx.currency, expr,
                     known=ctx.line(f"cost:{ln.name}"), total=True, style="key",
                     source=f"cost:{ln.name}"))
    plan.add(Blank(),
             Row("op.opex", t("row.total_opex"), ctx.currency, total(*(r(k) for k in keys)),
                 known=ctx.line("opex"), total=True, style="key", source="opex"))


def capex(ctx: Ctx, plan: SheetPlan) -> None:
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    model = ctx.model
    plan.add(Blank(), Heading(t("heading.capex_items")))
    builds, replaces = [], []
    for m, item in enumerate(model.capex):
        base = f"capex[{m}]"
        key = f"op.capex{m}"
        plan.add(Heading(item.name or f"{t('word.item')} {m + 1}", level=2))
        if item.schedule:
            share = IF(r("tl.con").eq(1), INDEX(inp(f"{base}.schedule"), r("tl.t")), 0)
        else:
            share = r("tl.con") / r("ConPeriods")
        plan.add(Row(f"{key}.share", t("row.schedule_share"), "%", share, fmt="rate"))
        index = ctx.index(item.indexation, f"{base}.index_spread", f"capex{m}",
                          t("row.index_of", what=item.name))
        cost = _times(inp(f"{base}.amount") * (1 + inp(f"{base}.contingency")), index)
        plan.add(Row(f"{key}.build", t("row.construction_spend"), ctx.currency,
                     cost * r(f"{key}.share"), total=True))
        builds.append(f"{key}.build")
        if item.replacement_every_years > 0:
            every = inp(f"{base}.replacement_every_years")
            opyear = r("tl.opyear")
            due = flag(AND(every.gt(0), opyear.gt(0), fn("MOD", opyear, MAX(every, 1)).eq(0)))
            plan.add(Row(f"{key}.replace", t("row.replacement_spend"), ctx.currency,
                         cost * inp(f"{base}.replacement_fraction") * due / r("PeriodsPerYear"),
                         total=True))
            replaces.append(f"{key}.replace")
    plan.add(Blank(),
             Row("op.construction", t("row.construction_capex"), ctx.currency,
                 total(*(r(k) for k in builds)), known=ctx.line("construction_capex"),
                 total=True, style="key", source="construction_capex"),
             Row("op.lifecycle", t("row.lifecycle_capex"), ctx.currency,
                 total(*(r(k) for k in replaces)), known=ctx.line("lifecycle_capex"),
                 total=True, source="lifecycle_capex"),
             Row("op.capex", t("row.total_capex"), ctx.currency,
                 r("op.construction") + r("op.lifecycle"), known=ctx.line("capex"), total=True,
                 style="key", source="capex"),
             Row("op.gmf_con", t("row.gmf_capex"), ctx.currency,
                 r("GMFRate") * r("op.construction"), known=ctx.line("gmf_capex"), total=True,
                 source="gmf_capex"),
             Row("op.grant", t("row.grant"), ctx.currency,
                 inp("district.capital_grant") * r("tl.idx.cpi")
                 * IF(agg("SUM", rng("op.construction")).gt(0),
                      r("op.construction") / agg("SUM", rng("op.construction")), 0),
                 known=ctx.line("grant"), total=True, source="grant"))
    depreciation(ctx, plan, builds)


def _straight_line(ctx: Ctx, additions: str, life: Expr) -> Expr:
    """Additions put in service in each period, depreciated evenly over ``life`` periods:
    the sum of the additions of the last ``life`` periods, divided by ``life``."""
    t_all, t_now = ctx.rng("tl.t"), ctx.r("tl.t")
    return SUMPRODUCT(ctx.rng(additions), t_all.le(t_now) * t_all.gt(t_now - life)) / life


def depreciation(ctx: Ctx, plan: SheetPlan, builds: list[str]) -> None:
    t, r, inp, rng = ctx.t, ctx.r, ctx.inp, ctx.rng
    model = ctx.model
    plan.add(Blank(), Heading(t("heading.depreciation")),
             Row("op.adj", t("row.base_adjustment"), "%",
                 IF(r("op.construction").ne(0),
                    (r("op.gmf_con") - r("op.grant")) / r("op.construction"), 0), fmt="factor"))
    deps = []
    for m, item in enumerate(model.capex):
        key = f"op.capex{m}"
        in_service = r("tl.opstart") * SUMPRODUCT(rng(f"{key}.build"), 1 + rng("op.adj"))
        if item.replacement_every_years > 0:
            in_service = in_service + ctx.prev(f"{key}.replace")    # in service a period later
        plan.add(Heading(item.name or f"{t('word.item')} {m + 1}", level=2),
                 Row(f"{key}.svc", t("row.in_service"), ctx.currency, in_service, total=True),
                 Row(f"{key}.dep", t("row.depreciation"), ctx.currency,
                     _straight_line(ctx, f"{key}.svc", fn("ROUND", inp(f"capex[{m}].life_years")
                                                          * r("PeriodsPerYear"), 0)),
                     total=True))
        deps.append(f"{key}.dep")
    sums = lambda *keys: total(*(agg("SUM", rng(k)) for k in keys))  # noqa: E731
    plan.add(Blank(),
             Row("op.dep_common", t("row.dep_assets"), ctx.currency, total(*(r(k) for k in deps)),
                 total=True, style="key"),
             Row("op.wo_common", t("row.wo_assets"), ctx.currency,
                 r("ReversionFlag") * (sums("op.construction", "op.lifecycle", "op.gmf_con")
                                       - sums("op.grant", "op.dep_common")) * r("tl.last"),
                 total=True),
             Row("op.fin_svc", t("row.fin_costs_in_service"), ctx.currency,
                 r("tl.opstart") * sums("fin.idc", "fin.fees"), total=True),
             Row("op.dep_fin", t("row.dep_fin"), ctx.currency,
                 _straight_line(ctx, "op.fin_svc", r("OpPeriods")), total=True),
             Row("op.wo_fin", t("row.wo_fin"), ctx.currency,
                 r("ReversionFlag") * (sums("fin.idc", "fin.fees") - sums("op.dep_fin"))
                 * r("tl.last"), total=True))


def build(ctx: Ctx) -> SheetPlan:
    plan = SheetPlan(ctx.sheet_titles["operations"], ctx.t("sheet.operations.heading"))
    revenues(ctx, plan)
    costs(ctx, plan)
    capex(ctx, plan)
    return plan
