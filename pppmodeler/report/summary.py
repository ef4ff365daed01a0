"""Resumen / Summary: the headline metrics, each a named cell whose formula computes it from the
calculation sheets; the checks; the engine's warnings in plain words; the charts.

Metric conventions (``core/metrics.py``): IRRs are effective annual, ``(1 + IRR(row))^ppy − 1``
on the period row; NPVs discount end of period from the model start, which is Excel's NPV() on
the period row (no t = 0 term); the District's NPV multiplies its flows by the discount factors
along the CPI path; DSCR/LLCR/PLCR minima and averages skip the periods without a value; the
payback interpolates within the period in which cumulative FCFF turns and stays non-negative.
A metric without a value shows the reason, as text, from its formula.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from ..core.metrics import UNITS
from ..core.results import HEADLINE
from .book import Book
from .context import Ctx
from .expr import quote_sheet
from .text import put_text
from .writer import Cache, setup_print

# metric -> defined name (the first twelve are the list, exactly)
NAMES = {
    "project_irr": "ProjectIRR", "project_irr_pretax": "ProjectIRRPreTax",
    "equity_irr": "EquityIRR", "project_npv": "ProjectNPV", "equity_npv": "EquityNPV",
    "district_npv": "DistrictNPV", "min_dscr": "MinDSCR", "avg_dscr": "AvgDSCR",
    "min_llcr": "MinLLCR", "payback_years": "PaybackYears", "peak_debt": "PeakDebt",
    "balance_check": "BalanceCheck",
    "project_irr_real": "ProjectIRRReal", "equity_irr_real": "EquityIRRReal",
    "min_plcr": "MinPLCR", "discounted_payback_years": "DiscountedPaybackYears",
    "peak_funding": "PeakFunding", "value_for_money": "ValueForMoney",
}
IRR_ROWS = {"project_irr": "cf.fcff", "project_irr_pretax": "cf.fcff_pre",
            "project_irr_real": "cf.fcff_real", "equity_irr": "cf.fcfe",
            "equity_irr_real": "cf.fcfe_real"}
RATIO_ROWS = {"min_dscr": ("MIN", "rt.dscr"), "avg_dscr": ("AVERAGE", "rt.dscr"),
              "min_llcr": ("MIN", "rt.llcr"), "min_plcr": ("MIN", "rt.plcr")}
FORMATS = {"rate": "rate", "money": "amount", "multiple": "multiple", "years": "years"}
COL_LABEL, COL_VALUE, COL_UNIT = 1, 2, 3
FIRST_ROW = 4


def metric_format(name: str) -> str:
    """The number format of a metric: by its unit, the balance check as a check."""
    return "check" if name == "balance_check" else FORMATS[UNITS[name]]


def metric_unit(name: str, currency: str, t) -> str:
    """The unit of a metric as the report shows it (``currency``: the model's, as shown)."""
    return {"rate": "%", "money": currency, "multiple": "x",
            "years": t("unit.years")}[UNITS[name]]


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@dataclass
class Formulas:
    """The formula of each headline metric, reading the calculation sheets."""

    book: Book
    ctx: Ctx

    def rng(self, key: str) -> str:
        first, last = self.book.span_of(key)
        row = self.book.row_of(key)
        return (f"{quote_sheet(self.book.sheet_of(key))}!${get_column_letter(first)}${row}:"
                f"${get_column_letter(last)}${row}")

    def reason(self, name: str) -> str:
        return self.ctx.t(f"status.{self.ctx.results.status(name)}")

    def irr(self, name: str) -> str:
        row = self.rng(IRR_ROWS[name])
        live = f"(1+IRR({row}))^PeriodsPerYear-1"
        status = self.ctx.results.status(name)
        if status == "ok":
            return "=" + live
        if status == "no_sign_change":
            return (f'=IF(AND(COUNTIF({row},">0")>0,COUNTIF({row},"<0")>0),{live},'
                    f"{_q(self.reason(name))})")
        return "=" + _q(self.reason(name))

    def ratio(self, name: str) -> str:
        fn, key = RATIO_ROWS[name]
        row = self.rng(key)
        reason = self.ctx.t("status.no_debt_service")
        return f"=IF(COUNT({row})=0,{_q(reason)},{fn}({row}))"

    def payback(self, name: str, cum: str, flow: str, neg: str) -> str:
        last = f"MAX({self.rng(neg)})"
        frac = (f"MIN(MAX(-INDEX({self.rng(cum)},{last})/INDEX({self.rng(flow)},{last}+1),0),1)")
        return (f"=IF({last}=0,0,IF({last}>=EndPeriod,{_q(self.ctx.t('status.never'))},"
                f"({last}+{frac})/PeriodsPerYear))")

    def formula(self, name: str) -> str:
        if name in IRR_ROWS:
            return self.irr(name)
        if name in RATIO_ROWS:
            return self.ratio(name)
        if name == "project_npv":
            return f"=NPV(ProjectRateP,{self.rng('cf.fcff')})"
        if name == "equity_npv":
            return f"=NPV(EquityRateP,{self.rng('cf.fcfe')})"
        if name == "district_npv":
            return f"=SUMPRODUCT({self.rng('cf.district')},{self.rng('cf.soc_df')})"
        if name == "payback_years":
            return self.payback(name, "cf.cum_fcff", "cf.fcff", "cf.neg_fcff")
        if name == "discounted_payback_years":
            return self.payback(name, "cf.cum_disc", "cf.disc_fcff", "cf.neg_disc")
        if name == "peak_debt":
            return f"=MAX({self.rng('fin.close')})"
        if name == "peak_funding":
            return f"=MAX({self.rng('fin.committed')})"
        if name == "value_for_money":
            psc = "in_valuation_psc_cost_npv"
            reason = self.ctx.t("status.no_comparator")
            return f"=IF({psc}>0,{psc}+DistrictNPV,{_q(reason)})"
        if name == "balance_check":
            row = self.rng("st.check")
            return f"=MAX(MAX({row}),-MIN({row}))"
        raise KeyError(name)


class SummaryWriter:
    def __init__(self, ws, ctx: Ctx, styles, cache: Cache, subtitle: str):
        self.ws, self.ctx, self.styles, self.cache = ws, ctx, styles, cache
        self.subtitle = subtitle
        self.book = ctx.book
        self.row = FIRST_ROW

    def write(self, checks: list[str]) -> None:
        ws, t = self.ws, self.ctx.t
        put_text(ws.cell(1, 1), t("sheet.summary.heading"), self.styles("title"))
        put_text(ws.cell(2, 1), self.subtitle, self.styles("subtitle"))
        self._header(t("col.metric"), t("col.value"), t("col.unit"))
        self.metrics()
        self.row += 1
        self.checks(checks)
        self.row += 1
        self.warnings()
        self._layout()

    def _header(self, *texts: str) -> None:
        for col, text in enumerate(texts, start=1):
            put_text(self.ws.cell(self.row, col), text, self.styles("header"))
        self.row += 1

    def _put_formula(self, formula: str, value, fmt: str):
        cell = self.ws.cell(self.row, COL_VALUE)
        cell.value = formula
        cell.style = self.styles("key", fmt if not isinstance(value, str) else "text")
        self.cache.put(self.ws.title, self.row, COL_VALUE, value)
        return cell

    def metrics(self) -> None:
        ctx, t = self.ctx, self.ctx.t
        formulas = Formulas(self.book, ctx)
        for name in HEADLINE:
            value = ctx.results.metric(name)
            if value is None:
                value = t(f"status.{ctx.results.status(name)}")
            put_text(self.ws.cell(self.row, COL_LABEL), t(f"metric.{name}"),
                     self.styles("label_key" if name in list(NAMES)[:12] else "label"))
            self._put_formula(formulas.formula(name), value, metric_format(name))
            if not isinstance(value, str):
                put_text(self.ws.cell(self.row, COL_UNIT), metric_unit(name, ctx.currency, t),
                         self.styles("unit"))
            ref = f"{quote_sheet(self.ws.title)}!${get_column_letter(COL_VALUE)}${self.row}"
            self.ws.parent.defined_names[NAMES[name]] = DefinedName(NAMES[name], attr_text=ref)
            self.row += 1

    def checks(self, keys: list[str]) -> None:
        t = self.ctx.t
        self._header(t("heading.checks"), t("col.largest_difference"), t("col.status"))
        first = self.row
        for key in keys:
            item = self.book.places[key].item
            value = self.book.values_of(key)
            if isinstance(value, float):
                formula, shown = f"=ABS({key})", abs(value)
            else:
                formula = f"=MAX({Formulas(self.book, self.ctx).rng(key)})"
                shown = float(max(value.max(), 0.0))
            if key == "st.check":
                formula, shown = "=BalanceCheck", float(abs(value).max())
            put_text(self.ws.cell(self.row, COL_LABEL), item.label, self.styles("check"))
            self._put_formula(formula, shown, "check")
            self.row += 1
        last = self.row - 1
        ok, review = t("check.ok"), t("check.review")
        put_text(self.ws.cell(self.row, COL_LABEL), t("check.all"), self.styles("label_key"))
        span = f"{get_column_letter(COL_VALUE)}{first}:{get_column_letter(COL_VALUE)}{last}"
        worst = max(self.cache[(self.ws.title, f"{get_column_letter(COL_VALUE)}{r}")]
                    for r in range(first, last + 1))
        cell = self.ws.cell(self.row, COL_VALUE)
        cell.value = f"=IF(MAX({span})<=CheckTolerance,{_q(ok)},{_q(review)})"
        status = ok if worst <= 1e-6 else review
        cell.style = self.styles("ok" if status == ok else "warn", "text")
        self.cache.put(self.ws.title, self.row, COL_VALUE, status)
        self.row += 2

    def warnings(self) -> None:
        t = self.ctx.t
        put_text(self.ws.cell(self.row, COL_LABEL), t("heading.warnings"), self.styles("section"))
        for col in (COL_VALUE, COL_UNIT):
            self.ws.cell(self.row, col).style = self.styles("section")
        self.row += 1
        messages = self.ctx.results.messages or []
        if not messages:
            put_text(self.ws.cell(self.row, COL_LABEL), t("note.no_warnings"), self.styles("note"))
            self.row += 1
        for m in messages:
            cell = put_text(self.ws.cell(self.row, COL_LABEL), "• " + m.text(self.ctx.words.lang),
                            self.styles("wrap"))
            self.ws.merge_cells(start_row=self.row, start_column=COL_LABEL, end_row=self.row,
                                end_column=COL_UNIT)
            lines = max(1, len(cell.value) // 95 + 1)
            self.ws.row_dimensions[self.row].height = 13 * lines
            self.row += 1

    def _layout(self) -> None:
        widths = self.styles.spec["column_widths"]
        dims = self.ws.column_dimensions
        dims["A"].width = widths["summary_label"]
        dims["B"].width = widths["summary_value"]
        dims["C"].width = widths["summary_unit"]
        dims["D"].width = 3
        self.ws.freeze_panes = None
        setup_print(self.ws, self.styles.spec["print"], 1, None, None)
