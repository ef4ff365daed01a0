"""The Excel report of one model: plan the sheets, evaluate and verify them, write the workbook,
then give every formula cell its cached value.

Sheets, in the order a reader meets them: Portada (cover), Resumen (summary), Supuestos
(inputs), Flujo de caja, Financiación, Estados, Indicadores (the calculation sheets a reviewer
audits), then the analyses when the report has them (Escenarios, Sensibilidad, Montecarlo:
values of many evaluations, not formulas), then the support of the calculation sheets:
Operación (line by line), Tiempo (periods, flags, price indices) and Motor (the values the
engine solves, with the checks that tie them to the formulas).
"""

from __future__ import annotations

import io

import numpy as np
from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName

from ..core.results import Results
from ..i18n import tr
from . import cashflow, financing, operations, ratios, solved, statements, timeline
from .analyses import SHEETS as ANALYSIS_SHEETS
from .analyses import AnalysisResults
from .book import Book, ReportError
from .cached import inject
from .charts import add_charts
from .context import Ctx
from .cover import About, write_cover
from .inputs_sheet import InputsPlan, write_inputs
from .montecarlo_sheet import write_montecarlo
from .scenario_sheet import write_scenarios
from .sensitivity_sheet import write_sensitivity
from .style import styles_for, template
from .summary import SummaryWriter
from .values import Env
from .words import Words
from .writer import Cache, SheetWriter

ORDER = ("cover", "summary", "inputs", "cashflow", "financing", "statements", "ratios",
         "operations", "timeline", "solved")
ANALYSES_AFTER = ORDER.index("ratios") + 1


def sheet_order(analyses: AnalysisResults | None) -> tuple[str, ...]:
    """The roles of the sheets, the analyses the report has after the ratios."""
    extra = analyses.sheets if analyses is not None else ()
    return ORDER[:ANALYSES_AFTER] + tuple(extra) + ORDER[ANALYSES_AFTER:]


def write_analyses(sheets: dict, env: Env, model, analyses: AnalysisResults) -> None:
    for role in analyses.sheets:
        ws = sheets[role]
        if role == "scenarios":
            write_scenarios(ws, env, analyses.scenarios)
        elif role == "sensitivity":
            write_sensitivity(ws, env, model, analyses)
        else:
            write_montecarlo(ws, env, model, analyses)


def _currency(unit: str, lang: str) -> str:
    scaled = unit == "pesos" and template().get("amounts_in_millions_when_pesos")
    return tr("unit.millions" if scaled else f"unit.{unit}", lang)


def plan(results: Results, words: Words) -> tuple[Ctx, InputsPlan, list[str]]:
    """Every sheet planned, placed, evaluated and verified against the engine."""
    model, grid = results.model, results.grid
    if grid.n != 1:
        raise ReportError("the report takes a single model, not a batch of iterations")
    first_year = min(int(model.macro.base_year), int(grid.year.min()))
    book = Book({"period": grid.T, "year": int(grid.year.max()) - first_year + 1})
    titles = {role: words(f"sheet.{role}") for role in ORDER + ANALYSIS_SHEETS}
    ctx = Ctx(model, results, book, words,
              _currency(model.property.currency_unit, words.lang), titles)
    inputs = InputsPlan(model, words, book, titles["inputs"], ctx.currency)
    time_plan = book.sheet(timeline.build(ctx))
    book.sheet(operations.build(ctx))
    book.sheet(cashflow.build(ctx))
    fin_plan, checks = financing.build(ctx)
    book.sheet(fin_plan)
    st_plan, tax_checks = statements.build(ctx)
    book.sheet(st_plan)
    book.sheet(ratios.build(ctx))
    book.sheet(solved.build(ctx))
    timeline.finish(ctx, time_plan)
    book.place()
    book.evaluate()
    book.verify()
    return ctx, inputs, ["st.check"] + checks + tax_checks


def build(results: Results, about: About | None = None, lang: str = "es",
          analyses: AnalysisResults | None = None) -> bytes:
    """The report of ``results`` (one evaluated model) as the bytes of an .xlsx file, with a
    sheet for each analysis of ``analyses`` (see ``analyses.compute``)."""
    words = Words(lang)
    about = about or About()
    ctx, inputs, checks = plan(results, words)
    wb = Workbook()
    wb.remove(wb.active)
    styles = styles_for(wb, ctx.model.property.currency_unit, words("word.yes"), words("word.no"))
    order = sheet_order(analyses)
    sheets = {role: wb.create_sheet(ctx.sheet_titles[role]) for role in order}
    scenario = about.scenario or words("cli.base_case")
    subtitle = f"{ctx.model.property.name or about.file_name} — {scenario} — {ctx.currency}"
    cache = Cache()
    for name, ref in ctx.book.input_refs.items():
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    write_inputs(sheets["inputs"], inputs, styles, words, subtitle)
    header_labels = {key: ctx.book.places[key].item.label for key in
                     ("tl.label", "tl.end", "tl.con", "tl.op")}
    writer = SheetWriter(wb, ctx.book, styles, cache, subtitle, header_labels,
                         words("col.total"))
    for sheet_plan in ctx.book.sheets:
        writer.write(sheet_plan)
    summary = SummaryWriter(sheets["summary"], ctx, styles, cache, subtitle)
    summary.write(checks)
    add_charts(ctx, wb, sheets["summary"], styles.spec["chart"])
    if analyses is not None:
        write_analyses(sheets, Env(styles, words, ctx.currency, subtitle), ctx.model, analyses)
    contents = [(ctx.sheet_titles[role], words(f"sheet.{role}.about")) for role in order[1:]]
    write_cover(sheets["cover"], ctx, styles, cache, about, contents)
    wb.active = 0
    out = io.BytesIO()
    wb.save(out)
    return inject(out.getvalue(), cache)


def engine_values(results: Results) -> dict:
    """The engine's headline metrics (None where missing), as the report names them."""
    from .summary import NAMES
    return {NAMES[k]: (None if v is None or np.isnan(v) else v)
            for k, v in results.summary().items()}
