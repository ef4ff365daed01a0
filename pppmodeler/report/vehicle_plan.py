"""The vehicle's calculation sheets, planned as rows of formulas (``report/book.py``).

Líneas por inmueble holds each included property's annual lines (the engine's values, one
section per line, one row per property). Consolidado reads them and computes the vehicle with
live formulas, one per row and the same in every year column, implementing the conventions of
:mod:`pppmodeler.vehicle.consolidation` exactly:

- each consolidated line is the SUM of its section of Líneas por inmueble;
- the CPI index of a year (January indexation, 1 in the base year) comes from the CPI path of
  the Supuestos sheet through its running product: ``(1 + first CPI)^m`` before the base year
  (``m`` years from it), the running product up to the end of the path, then the last CPI
  compounded;
- overheads are indexed from the year of incorporation; structuring, partner equity and the debt
  fall in that year; the debt is an annuity (``-PMT``) starting the year after, its balance the
  recursion ``opening + drawn − principal``;
- cash: ``available = previous cash + from the properties + partner equity + debt drawn −
  overheads − structuring − debt service``; contributions ``MAX(−available, 0)``; dividends
  ``payout × MAX(available − minimum cash, 0)``, everything in the last year;
- the District's flows with the vehicle add its share of dividends less contributions to the
  properties' District flows; both views are discounted with the social rate (real) along the
  CPI of each year, flows at the end of their year, to 1 January of the first year;
- the partner: ``−equity + its share of (dividends − contributions)``; its IRR by ``IRR()``,
  its NPV by Excel's ``NPV()`` (which discounts the first year, as the engine does).

Rows that mirror an engine line carry the engine's numbers (cached in the file and checked
against the formulas before anything is written: :meth:`Book.verify`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, make_dataclass

import numpy as np
from openpyxl.utils import get_column_letter

from ..core import finance
from ..core.irr import irr
from ..i18n import CATALOGUE
from ..vehicle.consolidation import FLOWS, STOCKS, UNITS, VehicleResults, cpi_index
from ..vehicle.terms import Vehicle
from .book import Blank, Book, Heading, Note, Row, Scalar, SheetPlan
from .expr import (
    AND,
    IF,
    INDEX,
    MAX,
    MIN,
    SUMPRODUCT,
    Cum,
    Expr,
    Name,
    Range,
    Ref,
    Text,
    agg,
    flag,
    quote_sheet,
)
from .words import Words

SECTIONS = ("setup", "costs", "capital", "dividends", "valuation")
LINES = FLOWS + STOCKS
METRIC_NAMES = {
    "partner_irr": "PartnerIRR", "partner_npv": "PartnerNPV",
    "district_npv_vehicle": "DistrictNPVVehicle",
    "district_npv_standalone": "DistrictNPVStandalone", "district_gain": "DistrictGain",
    "peak_contributions": "PeakContributions", "min_vehicle_dscr": "MinVehicleDSCR",
    "total_dividends": "TotalDividends",
}
"""Each vehicle metric's defined name (a single cell of Consolidado computed by a formula)."""
VEHICLE_ROWS = {
    "from_properties": "v.from_props", "overheads": "v.overheads",
    "structuring": "v.structuring", "partner_equity": "v.partner_in",
    "debt_drawdown": "v.draw", "interest": "v.interest", "principal": "v.principal",
    "debt_balance": "v.debt_bal", "contributions": "v.contrib", "dividends": "v.div",
    "cash": "v.cash", "district": "v.district", "partner": "v.partner",
    "total_assets": "v.assets", "total_liabilities": "v.liab", "paid_in_equity": "v.paid",
    "retained_earnings": "v.retained", "balance_check": "v.check",
}
"""Each line of ``VehicleResults.vehicle`` and the Consolidado row that computes it."""


def _inputs_class():
    """The vehicle's terms without its holdings and Monte Carlo: what the Supuestos sheet
    lists (same labels as :class:`Vehicle`)."""
    own = {f.name: f for f in fields(Vehicle)}
    return make_dataclass("VehicleInputs", [
        (name, own[name].type, field(default_factory=own[name].default_factory,
                                     metadata=own[name].metadata)) for name in SECTIONS])


VehicleInputs = _inputs_class()


def inputs_of(vehicle: Vehicle):
    return VehicleInputs(**{name: getattr(vehicle, name) for name in SECTIONS})


def line_label(name: str, t: Words) -> str:
    key = f"line.{name}"
    return t(key if key in CATALOGUE else f"vbook.line.{name}")


# -- expressions this workbook needs beyond report/expr.py --------------------------------
@dataclass(eq=False)
class ColumnSum(Expr):
    """``SUM('Sheet'!E12:E211)``: the same column of contiguous rows ``keys`` (0 for none)."""

    keys_: tuple

    def render(self, where, spot):
        if not self.keys_:
            return "0"
        first, last = self.keys_[0], self.keys_[-1]
        col = get_column_letter(spot.col)
        sheet = where.sheet_of(first)
        prefix = "" if sheet == spot.sheet else quote_sheet(sheet) + "!"
        return f"SUM({prefix}{col}{where.row_of(first)}:{col}{where.row_of(last)})"

    def value(self, where):
        if not self.keys_:
            return 0.0
        return np.sum([np.asarray(where.values_of(k), float) for k in self.keys_], axis=0)[:, None]

    def keys(self):
        return set(self.keys_)


@dataclass(eq=False)
class Call(Expr):
    """An Excel function of whole rows giving one number, with its numpy twin ``compute``."""

    name: str
    args: tuple
    compute: Callable[..., float]

    def render(self, where, spot):
        return f"{self.name}({','.join(a.render(where, spot) for a in self.args)})"

    def value(self, where):
        return float(self.compute(*[np.asarray(a.value(where), float) for a in self.args]))

    def keys(self):
        return set().union(*(a.keys() for a in self.args))


def _npv(rate, flows) -> float:
    return float(finance.npv(float(np.ravel(rate)[0]), flows.reshape(1, -1))[0])


def _irr(flows) -> float:
    return float(irr(flows.reshape(1, -1)).rate[0])


# -- the plan --------------------------------------------------------------------------------
@dataclass
class VehiclePlan:
    book: Book
    lines_plan: SheetPlan
    consolidated: SheetPlan
    checks: list = field(default_factory=list)


class Planner:
    def __init__(self, vehicle: Vehicle, results: VehicleResults, book: Book, t: Words,
                 titles: dict, currency: str):
        self.vehicle, self.results, self.book, self.t = vehicle, results, book, t
        self.titles, self.currency = titles, currency
        self.holdings = [h for h in vehicle.holdings if h.included]

    @staticmethod
    def inp(name: str) -> Name:
        return Name(f"in_{name}")

    def engine(self, name: str) -> np.ndarray:
        return np.asarray(self.results.vehicle[name][0], float)

    def vrow(self, name: str, label: str, expr: Expr, **kw) -> Row:
        """A row that computes the engine's vehicle line ``name``."""
        return Row(VEHICLE_ROWS[name], label, self.currency, expr, known=self.engine(name),
                   source=f"vehicle.{name}", axis="year", **kw)

    def lines(self) -> SheetPlan:
        """One section per line, one row per included property: the engine's values."""
        t = self.t
        plan = SheetPlan(self.titles["lines"], t("vbook.sheet.lines.heading"), timeline=False)
        plan.add(self.year_header("p.year", t("vbook.column.code")),
                 Note(t("vbook.note.lines")))
        for name in LINES:
            plan.add(Blank(), Heading(line_label(name, t)))
            for i, (holding, part) in enumerate(zip(self.holdings, self.results.parts)):
                plan.add(Row(f"p.{name}.{i}", holding.name or holding.code, holding.code,
                             constants=np.asarray(part[name][0], float), axis="year",
                             total=name in FLOWS))
        return plan

    def year_header(self, key: str, column_b: str) -> Row:
        """The header row of a sheet of years: "Year" over the labels, ``column_b`` over what
        column B holds (units on Consolidado, codes on Líneas por inmueble)."""
        return Row(key, self.t("vbook.row.year"), column_b,
                   constants=self.results.years.astype(float), fmt="integer", axis="year",
                   style="header")

    def consolidated(self) -> tuple[SheetPlan, list[str]]:
        t = self.t
        plan = SheetPlan(self.titles["consolidated"], t("vbook.sheet.consolidated.heading"),
                         timeline=False)
        plan.add(self.year_header("v.year", t("col.unit")), Note(t("vbook.note.consolidated")))
        self.metrics(plan)
        self.calendar(plan)
        plan.add(Blank(), Heading(t("vbook.heading.properties")),
                 Note(t("vbook.note.sums", sheet=self.titles["lines"])))
        n = len(self.holdings)
        for name in LINES:
            plan.add(Row(f"c.{name}", line_label(name, t), self.currency,
                         ColumnSum(tuple(f"p.{name}.{i}" for i in range(n))),
                         known=np.asarray(self.results.properties[name][0], float),
                         axis="year", total=name in FLOWS, source=f"properties.{name}",
                         **({"fmt": "check", "style": "check"} if name == "balance_check"
                            else {})))
        self.waterfall(plan)
        self.balance(plan)
        self.views(plan)
        return plan, ["v.check"]

    def calendar(self, plan: SheetPlan) -> None:
        t, r, inp = self.t, Ref, self.inp
        cpi, base, start = inp("setup_cpi"), inp("setup_base_year"), inp("setup_start_year")
        count, m = r("CpiCount"), r("v.m")
        years = self.results.years
        k = len(self.vehicle.setup.cpi)
        flag_unit = t("unit.flag")
        plan.add(
            Blank(), Heading(t("vbook.heading.calendar")),
            Scalar("CpiCount", t("vbook.row.cpi_count"), "#", agg("COUNT", cpi), fmt="integer"),
            Scalar("LastYear", t("vbook.row.last_year"), t("unit.year"),
                   agg("MAX", Range("v.year")), fmt="integer"),
            Row("v.k", t("vbook.row.years_since_start"), "#", r("v.year") - start,
                axis="year", fmt="integer"),
            Row("v.start", t("vbook.row.start_flag"), flag_unit, flag(r("v.k").eq(0)),
                axis="year", fmt="flag", style="flag"),
            Row("v.last", t("vbook.row.last_flag"), flag_unit, flag(r("v.year").eq(
                r("LastYear"))), axis="year", fmt="flag", style="flag"),
            Row("v.m", t("vbook.row.years_since_base"), "#", r("v.year") - base, axis="year",
                fmt="integer"),
            Row("v.idx", t("vbook.row.cpi_index"), t("unit.index"),
                IF(m.le(0), (1 + INDEX(cpi, 1)) ** m,
                   INDEX(Range("v.cpi.l"), MIN(m, count))
                   * (1 + INDEX(cpi, count)) ** (m - MIN(m, count))),
                known=cpi_index(self.vehicle, years, 1)[0], axis="year", fmt="index",
                source="cpi_index"),
            Row("v.cpi", t("vbook.row.cpi_of_year"), "%",
                INDEX(cpi, MIN(MAX(m, 0), count - 1) + 1), axis="year", fmt="rate"),
            Row("v.cpi.n", t("vbook.row.cpi_path_year"), "#", Ref("v.cpi.n", -1) + 1,
                known=np.arange(1, k + 1, dtype=float), axis="cpi", fmt="integer",
                style="header"),
            Row("v.cpi.g", t("vbook.row.cpi_growth"), t("unit.factor"),
                1 + INDEX(cpi, r("v.cpi.n")), axis="cpi", fmt="factor"),
            Row("v.cpi.l", t("vbook.row.cpi_level"), t("unit.factor"),
                Cum("v.cpi.g", product=True), axis="cpi", fmt="factor"),
        )

    def waterfall(self, plan: SheetPlan) -> None:
        t, r, inp = self.t, Ref, self.inp
        rate, tenor, amount = (inp("capital_debt_rate"), inp("capital_debt_tenor_years"),
                               inp("capital_debt_amount"))
        grace = r("DebtGrace")
        k, start = r("v.k"), r("v.start")
        plan.add(
            Blank(), Heading(t("vbook.heading.vehicle")),
            self.vrow("from_properties", t("vbook.row.from_properties"),
                      r("c.distributions") - r("c.equity_injection"), total=True),
            self.vrow("overheads", t("vbook.row.overheads"),
                      inp("costs_overheads") * r("v.idx") * flag(k.ge(0)), total=True),
            self.vrow("structuring", t("vbook.row.structuring"),
                      inp("costs_structuring") * start, total=True),
            self.vrow("partner_equity", t("vbook.row.partner_equity"),
                      inp("capital_partner_equity") * start, total=True),
            self.vrow("debt_drawdown", t("vbook.row.debt_drawn"), amount * start, total=True),
            Blank(), Heading(t("vbook.heading.debt"), 2),
            # A grace as long as the tenor leaves the last year to repay (a bullet).
            Scalar("DebtGrace", t("vbook.row.debt_grace"), t("unit.years"),
                   MIN(inp("capital_debt_grace_years"), tenor - 1)),
            Scalar("DebtPayment", t("vbook.row.debt_payment"), self.currency,
                   IF(rate.gt(0), amount * rate / (1 - (1 + rate) ** (-(tenor - grace))),
                      amount / (tenor - grace))),
            Row("v.debt_open", t("vbook.row.debt_opening"), self.currency,
                Ref("v.debt_bal", -1), axis="year"),
            Row("v.serving", t("vbook.row.serving_flag"), t("unit.flag"),
                flag(AND(k.ge(1), k.le(tenor))), axis="year", fmt="flag", style="flag"),
            Row("v.repaying", t("vbook.row.repaying_flag"), t("unit.flag"),
                flag(AND(k.gt(grace), k.le(tenor))), axis="year", fmt="flag", style="flag"),
            self.vrow("interest", t("vbook.row.interest"),
                      r("v.debt_open") * rate * r("v.serving"), total=True),
            self.vrow("principal", t("vbook.row.principal"),
                      r("v.repaying") * (r("DebtPayment") - r("v.interest")), total=True),
            self.vrow("debt_balance", t("vbook.row.debt_balance"),
                      r("v.debt_open") + r("v.draw") - r("v.principal")),
            Row("v.ds", t("vbook.row.debt_service"), self.currency,
                r("v.interest") + r("v.principal"), axis="year", total=True),
            Row("v.dscr", t("vbook.row.dscr"), "x",
                IF(r("v.ds").gt(0), (r("v.from_props") - r("v.overheads")) / r("v.ds"), ""),
                axis="year", fmt="multiple", blank_ok=True),
            Blank(), Heading(t("vbook.heading.cash"), 2),
            Row("v.before", t("vbook.row.cash_before"), self.currency,
                r("v.from_props") + r("v.partner_in") + r("v.draw") - r("v.overheads")
                - r("v.structuring") - r("v.interest") - r("v.principal"), axis="year",
                total=True),
            Row("v.avail_pre", t("vbook.row.available_before"), self.currency,
                Ref("v.cash", -1) + r("v.before"), axis="year"),
            self.vrow("contributions", t("vbook.row.contributions"),
                      MAX(-r("v.avail_pre"), 0), total=True),
            Row("v.avail", t("vbook.row.available"), self.currency,
                r("v.avail_pre") + r("v.contrib"), axis="year"),
            Row("v.min_cash", t("vbook.row.minimum_cash"), self.currency,
                inp("dividends_minimum_cash") * r("v.idx"), axis="year"),
            Row("v.payout", t("vbook.row.payout"), "%",
                IF(r("v.last").eq(1), 1, inp("dividends_payout_ratio")), axis="year",
                fmt="rate"),
            self.vrow("dividends", t("vbook.row.dividends"),
                      r("v.payout") * MAX(r("v.avail") - (1 - r("v.last")) * r("v.min_cash"),
                                          0), total=True, style="key"),
            self.vrow("cash", t("vbook.row.cash"), r("v.avail") - r("v.div")),
        )

    def balance(self, plan: SheetPlan) -> None:
        t, r = self.t, Ref
        plan.add(
            Blank(), Heading(t("vbook.heading.balance")),
            self.vrow("total_assets", t("vbook.row.total_assets"),
                      r("c.total_assets") + r("v.cash")),
            self.vrow("total_liabilities", t("vbook.row.total_liabilities"),
                      r("c.debt_balance") + r("c.payables") + r("v.debt_bal")),
            self.vrow("paid_in_equity", t("vbook.row.paid_in"),
                      Ref("v.paid", -1) + r("v.partner_in") + r("v.contrib")),
            self.vrow("retained_earnings", t("vbook.row.retained"),
                      Ref("v.retained", -1) + r("c.net_income") - r("v.overheads")
                      - r("v.structuring") - r("v.interest") - r("v.div")),
            self.vrow("balance_check", t("vbook.row.balance_check"),
                      r("v.assets") - r("v.liab") - r("v.paid") - r("v.retained"),
                      fmt="check", style="check"),
        )

    def views(self, plan: SheetPlan) -> None:
        t, r, inp = self.t, Ref, self.inp
        plan.add(
            Blank(), Heading(t("vbook.heading.shareholders")),
            Scalar("DistrictShare", t("vbook.row.district_share"), "%",
                   IF((inp("capital_district_in_kind") + inp("capital_partner_equity")).gt(0),
                      inp("capital_district_in_kind") / (inp("capital_district_in_kind")
                                                         + inp("capital_partner_equity")), 1),
                   fmt="rate"),
            Row("v.district_alone", t("vbook.row.district_standalone"), self.currency,
                r("c.district"), axis="year", total=True),
            self.vrow("district", t("vbook.row.district_vehicle"),
                      r("c.district") + r("DistrictShare") * (r("v.div") - r("v.contrib")),
                      total=True, style="key"),
            self.vrow("partner", t("vbook.row.partner"),
                      -r("v.partner_in") + (1 - r("DistrictShare"))
                      * (r("v.div") - r("v.contrib")), total=True, style="key"),
            Row("v.cum_contrib", t("vbook.row.cumulative_contributions"), self.currency,
                Cum("v.contrib"), axis="year"),
            Row("v.soc_g", t("vbook.row.social_growth"), t("unit.factor"),
                (1 + inp("valuation_social_rate_real")) * (1 + r("v.cpi")), axis="year",
                fmt="factor"),
            Row("v.soc_df", t("vbook.row.social_factor"), t("unit.factor"),
                1 / Cum("v.soc_g", product=True), axis="year", fmt="factor"),
        )

    def metrics(self, plan: SheetPlan) -> None:
        t, res = self.t, self.results
        reason = {name: t(f"status.{res.status(name)}") for name in METRIC_NAMES
                  if res.status(name) != "ok"}
        reason.setdefault("min_vehicle_dscr", t("status.no_debt_service"))
        district = SUMPRODUCT(Range("v.district"), Range("v.soc_df"))
        alone = SUMPRODUCT(Range("c.district"), Range("v.soc_df"))
        irr_expr = Call("IRR", (Range("v.partner"),), _irr)
        if res.status("partner_irr") != "ok":
            irr_expr = Text(reason["partner_irr"])
        dscr = IF(agg("COUNT", Range("v.dscr")).eq(0), reason["min_vehicle_dscr"],
                  agg("MIN", Range("v.dscr")))
        exprs = {
            "partner_irr": irr_expr,
            "partner_npv": Call("NPV", (self.inp("valuation_partner_rate"),
                                        Range("v.partner")), _npv),
            "district_npv_vehicle": district, "district_npv_standalone": alone,
            "district_gain": Ref("DistrictNPVVehicle") - Ref("DistrictNPVStandalone"),
            "peak_contributions": agg("MAX", Range("v.cum_contrib")),
            "min_vehicle_dscr": dscr,
            "total_dividends": agg("SUM", Range("v.div")),
        }
        plan.add(Heading(t("vbook.heading.metrics")))
        for name, defined in METRIC_NAMES.items():
            fmt = {"rate": "rate", "money": "amount", "multiple": "multiple"}[
                UNITS[name]]
            plan.add(Scalar(defined, t(f"vehicle.metric.{name}"), self.unit_of(name),
                            exprs[name], known=res.metric(name), fmt=fmt, style="key"))
        row = Range("v.check")
        plan.add(Scalar("BalanceCheck", t("vbook.row.balance_check_max"), self.currency,
                        MAX(agg("MAX", row), -agg("MIN", row)), fmt="check", style="check"))

    def unit_of(self, name: str) -> str:
        return {"rate": "%", "money": self.currency, "multiple": "x"}[UNITS[name]]


def plan_vehicle(vehicle: Vehicle, results: VehicleResults, book: Book, t: Words,
                 titles: dict, currency: str) -> VehiclePlan:
    """Both calculation sheets planned, placed, evaluated and verified against the engine."""
    planner = Planner(vehicle, results, book, t, titles, currency)
    consolidated, checks = planner.consolidated()
    lines = planner.lines()
    book.sheet(consolidated)
    book.sheet(lines)
    book.place()
    book.evaluate()
    book.verify()
    return VehiclePlan(book, lines, consolidated, checks)


__all__ = ["METRIC_NAMES", "VEHICLE_ROWS", "VehicleInputs", "inputs_of", "plan_vehicle"]
