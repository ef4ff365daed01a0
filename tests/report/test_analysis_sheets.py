"""The analysis sheets of the report: scenario comparison, sensitivity and Monte Carlo show the
numbers of the analysis functions, in the report's language, as values; user text stays text;
LibreOffice opens the workbook and recalculates the calculation sheets to the engine's values."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import numpy as np
import openpyxl
import pytest

from pppmodeler import report
from pppmodeler.analysis import montecarlo, scenarios, sensitivity, two_way
from pppmodeler.analysis.settings import (
    Correlation,
    Distribution,
    Hurdle,
    MonteCarlo,
    SensitivityInput,
)
from pppmodeler.core.results import HEADLINE
from pppmodeler.fileformat.wrapper import Scenario
from pppmodeler.report.analyses import AnalysisResults, compute
from pppmodeler.report.montecarlo_sheet import METRICS, STATISTICS, field_label
from pppmodeler.report.sensitivity_sheet import LAST_COL as TORNADO_PATH_COL
from pppmodeler.report.words import Words

from .conftest import TODAY, sample_model
from .libreoffice import convert
from .test_recalculation import formula_cells, same

ITERATIONS = 400
BAD_NAME = '=HYPERLINK("http://example.com","clic")'
MC = MonteCarlo(
    iterations=10_000, seed=424242, sampling="latin_hypercube",
    distributions=[
        Distribution(path="revenues[0].stabilised_occupancy", kind="triangular", low=0.75,
                     mode=0.9, high=0.97),
        Distribution(path="financing.rate", kind="normal", mean=0.105, sd=0.01),
        Distribution(path="capex[0].amount", kind="pert", low=11000, mode=12000, high=15000),
    ],
    correlations=[Correlation(first="financing.rate", second="capex[0].amount", rank=0.3)],
    hurdles=[Hurdle(metric="min_dscr", side="below", threshold=1.2),
             Hurdle(metric="equity_irr", side="below", threshold=0.12)])


def analysed_doc():
    """The default sample with Monte Carlo settings and a scenario that cannot be evaluated
    (a debt tenor past the concession's end), named like a formula."""
    doc, _ = sample_model("heritage_building")
    refused = Scenario(name=BAD_NAME, description="+plazo imposible",
                       overrides={"timeline.operation_years": 1, "financing.tenor_years": 20})
    return replace(doc, scenarios=[*doc.scenarios, refused],
                   analyses=replace(doc.analyses, montecarlo=MC))


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The report in Spanish and English with every analysis sheet, and the Spanish one as
    LibreOffice recalculates it."""
    tmp = tmp_path_factory.mktemp("analysis")
    doc = analysed_doc()
    out = {}
    for lang in ("es", "en"):
        path = tmp / f"analysis_{lang}.xlsx"
        report.export(doc, doc.model, path, lang=lang, file_name="heritage.pppm",
                      iterations=ITERATIONS)
        out[lang] = path
    (out["recalculated"],) = convert([out["es"]], "xlsx", tmp / "recalculated")
    return doc, out


@pytest.fixture(scope="module")
def book(written):
    return openpyxl.load_workbook(written[1]["es"])


def rows_by_label(ws, first_row: int = 1) -> dict:
    """Column A text -> its row number (the first occurrence from ``first_row``)."""
    out = {}
    for row in ws.iter_rows(min_row=first_row, max_col=1):
        cell = row[0]
        if isinstance(cell.value, str) and cell.value not in out:
            out[cell.value] = cell.row
    return out


def header_row(ws, text: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == text)


def test_the_analysis_sheets_follow_the_ratios_in_both_languages(written):
    es = openpyxl.load_workbook(written[1]["es"], read_only=True).sheetnames
    en = openpyxl.load_workbook(written[1]["en"], read_only=True).sheetnames
    assert es[6:10] == ["Indicadores", "Escenarios", "Sensibilidad", "Montecarlo"]
    assert en[6:10] == ["Ratios", "Scenarios", "Sensitivity", "Monte Carlo"]


def test_the_scenario_sheet_shows_the_numbers_of_compare(written, book):
    doc = written[0]
    outcomes = scenarios.compare(doc.model, doc.scenarios)
    ws, t = book["Escenarios"], Words("es")
    top = header_row(ws, t("col.metric"))
    names = [ws.cell(top, 3 + j).value for j in range(len(outcomes))]
    assert names[1:] == [s.name for s in doc.scenarios]
    rows = rows_by_label(ws, top)
    for name in HEADLINE:
        r = rows[t(f"metric.{name}")]
        for j, outcome in enumerate(outcomes):
            got = ws.cell(r, 3 + j).value
            want = outcome.metric(name)
            if outcome.results is None:
                assert got == "—"
            elif want is None:
                assert got == t(f"status.{outcome.results.status(name)}")
            else:
                assert got == pytest.approx(want, rel=1e-12, abs=1e-12), (name, j)


def test_a_scenario_that_cannot_be_evaluated_shows_its_reason(written, book):
    ws, t = book["Escenarios"], Words("es")
    top = header_row(ws, t("col.metric"))
    status = [ws.cell(top + 1, 3 + j).value for j in range(5)]
    assert status == [t("word.evaluated")] * 4 + [t("word.not_evaluated")]
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    refused = [x for x in texts if x.startswith(f"«{BAD_NAME}»")]
    assert len(refused) == 1 and "20" in refused[0]


def test_each_scenario_lists_its_overrides_with_base_and_scenario_values(written, book):
    doc = written[0]
    ws = book["Escenarios"]
    pessimistic = doc.scenarios[0]
    paths_col = {}                       # path -> its first row: the first scenario's
    for r in range(1, ws.max_row + 1):
        paths_col.setdefault(ws.cell(r, 5).value, r)
    for path, value in pessimistic.overrides.items():
        r = paths_col[path]
        assert ws.cell(r, 4).value == pytest.approx(value)
    r = paths_col["financing.rate"]
    assert ws.cell(r, 3).value == pytest.approx(doc.model.financing.rate)
    assert ws.cell(r, 3).number_format.endswith("%")


def test_user_text_starting_with_equals_is_written_as_text(written, book):
    for ws in (book["Escenarios"],):
        cells = [c for row in ws.iter_rows() for c in row if c.value in (BAD_NAME,
                                                                       "+plazo imposible")]
        assert len(cells) >= 3           # column header, subsection, description
        for cell in cells:
            assert cell.data_type == "s", cell.coordinate
    for ws in book.worksheets[7:10]:     # the analysis sheets hold no formula at all
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"], ws.title


def test_tornado_rows_are_those_of_the_sensitivity_analysis(written, book):
    doc = written[0]
    tornado = sensitivity.tornado(doc.model, doc.analyses.sensitivity)
    ws, t = book["Sensibilidad"], Words("es")
    top = header_row(ws, t("col.input")) + 1
    for k, bar in enumerate(tornado.bars):
        r = top + k
        assert ws.cell(r, TORNADO_PATH_COL).value == bar.path
        got = [ws.cell(r, c).value for c in range(3, 9)]
        want = [bar.input_base, bar.input_low, bar.input_high, bar.low.value, bar.high.value,
                bar.swing]
        assert got == pytest.approx(want, rel=1e-12), bar.path
    assert ws.cell(top + len(tornado.bars), 1).value is None
    (chart,) = [c for c in ws._charts if c.type == "bar"]
    assert chart.grouping == "clustered" and len(chart.series) == 2
    # as the desktop's tornado: red with the input low, blue with it high, the legend says so
    low, high = chart.series
    colors = book_colors()
    assert low.graphicalProperties.solidFill.srgbClr == colors["tornado_low"] == "C62828"
    assert high.graphicalProperties.solidFill.srgbClr == colors["tornado_high"] == "1565C0"
    assert (low.tx.v, high.tx.v) == (t("chart.tornado_low"), t("chart.tornado_high"))
    assert chart.legend is not None


def book_colors() -> dict:
    from pppmodeler.report.style import template

    return template()["colors"]


def test_the_two_way_table_names_its_inputs_and_has_a_colour_scale(written, book):
    doc = written[0]
    table = two_way.two_way(doc.model, doc.analyses.two_way)
    ws = book["Sensibilidad"]
    notes = " ".join(c.value for c in ws["A"] if isinstance(c.value, str))
    assert table.row_path in notes and table.column_path in notes
    values = [[c.value for c in row[2:2 + len(table.column_values)]]
              for row in ws.iter_rows() if row[1].value in table.row_values
              and isinstance(row[2].value, float)]
    np.testing.assert_allclose(values, table.values, rtol=1e-12)
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    assert [r.type for r in rules] == ["colorScale"]


def test_monte_carlo_percentiles_and_the_seed_are_on_the_sheet(written, book):
    doc = written[0]
    result = montecarlo.run(doc.model, doc.analyses.montecarlo, iterations=ITERATIONS)
    stats = montecarlo.table(result, METRICS)
    ws, t = book["Montecarlo"], Words("es")
    rows = rows_by_label(ws)
    assert ws.cell(rows[field_label(MonteCarlo, "seed", "es")], 2).value == MC.seed
    assert ws.cell(rows[field_label(MonteCarlo, "iterations", "es")], 2).value == ITERATIONS
    assert str(MC.seed) in ws["A3"].value
    top = header_row(ws, t("col.metric"))
    assert [ws.cell(top, 3 + j).value for j in range(len(STATISTICS))][:5] == \
        ["P5", "P10", "P50", "P90", "P95"]
    for name in METRICS:
        r = next(r for r in range(top, ws.max_row + 1)
                 if ws.cell(r, 1).value == t(f"metric.{name}"))
        for j, stat in enumerate(STATISTICS):
            want = float(stats.at[name, stat])
            got = ws.cell(r, 3 + j).value
            if math.isnan(want):
                assert got == "—"
            else:
                assert got == pytest.approx(want, rel=1e-12, abs=1e-15), (name, stat)
    hurdle_rows = [r for r in range(1, ws.max_row + 1)
                   if ws.cell(r, 3).value == t("side.below")]
    assert [ws.cell(r, 5).value for r in hurdle_rows] == \
        pytest.approx([p for _, p in result.hurdles()])
    (chart,) = ws._charts
    assert chart.type == "col"


def test_libreoffice_opens_the_workbook_and_recalculates_the_calculation_sheets(written):
    path, again = written[1]["es"], written[1]["recalculated"]
    cached = openpyxl.load_workbook(path, data_only=True)
    recalculated = openpyxl.load_workbook(again, data_only=True)
    assert recalculated.sheetnames == cached.sheetnames
    cells = list(formula_cells(path))
    assert len(cells) > 3000
    differ = [(s, c) for s, c in cells
              if not same(cached[s][c].value, recalculated[s][c].value)]
    assert differ == []
    for title in ("Escenarios", "Sensibilidad", "Montecarlo"):
        ws, again_ws = cached[title], recalculated[title]
        for row in ws.iter_rows(max_row=60, max_col=10):
            for cell in row:
                assert same(cell.value, again_ws[cell.coordinate].value), (title, cell)


def test_the_cover_lists_the_analysis_sheets_as_values(written, book):
    t = Words("es")
    cover = {c.value: book["Portada"].cell(c.row, 2).value for c in book["Portada"]["A"]}
    for role in ("scenarios", "sensitivity", "montecarlo"):
        assert cover[t(f"sheet.{role}")] == t(f"sheet.{role}.about")
        assert "no fórmulas" in cover[t(f"sheet.{role}")]


def test_default_sheets_follow_the_document(tmp_path):
    doc, model = sample_model("heritage_building")
    doc = replace(doc, analyses=replace(doc.analyses, montecarlo=MonteCarlo()))
    assert report.default_sheets(doc) == ("scenarios", "sensitivity")
    assert report.default_sheets(analysed_doc()) == ("scenarios", "sensitivity", "montecarlo")
    assert report.default_sheets(replace(doc, scenarios=[])) == ("sensitivity",)
    path = report.export(doc, model, tmp_path / "none.xlsx", sheets=())
    assert "Sensibilidad" not in openpyxl.load_workbook(path, read_only=True).sheetnames
    with pytest.raises(ValueError, match="unknown analysis sheet 'tornado'"):
        report.export(doc, model, tmp_path / "bad.xlsx", sheets=("tornado",))


def test_results_the_caller_has_are_kept_and_progress_can_cancel(tmp_path):
    doc = analysed_doc()
    tornado = sensitivity.tornado(doc.model, doc.analyses.sensitivity)
    seen = []
    found = compute(doc, doc.model, ("sensitivity", "montecarlo"),
                    given=AnalysisResults(tornado=tornado), iterations=50,
                    progress=lambda f, what="": seen.append(f))
    assert found.tornado is tornado and found.scenarios is None
    assert found.montecarlo.n == 50 and found.sheets == ("sensitivity", "montecarlo")
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)

    class Cancelled(Exception):
        pass

    def cancel(fraction, what=""):
        raise Cancelled

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        report.export(doc, doc.model, target, progress=cancel)
    assert not target.exists()


def test_settings_that_cannot_run_are_reported_on_their_sheet(tmp_path):
    doc = analysed_doc()
    broken = replace(doc.analyses, montecarlo=replace(MC, distributions=[
        Distribution(path="financing.rate", kind="triangular", low=0.2, mode=0.1, high=0.3)]))
    doc = replace(doc, analyses=broken)
    path = report.export(doc, doc.model, tmp_path / "broken.xlsx", lang="en",
                         sheets=("montecarlo",))
    ws = openpyxl.load_workbook(path)["Monte Carlo"]
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert any(x.startswith("Could not be computed: analyses.montecarlo.distributions[0]")
               for x in texts)
    # The Spanish report says it in Spanish, from the same results.
    path = report.export(doc, doc.model, tmp_path / "roto.xlsx", lang="es",
                         sheets=("montecarlo",))
    ws = openpyxl.load_workbook(path)["Montecarlo"]
    texts = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert ("No se pudo calcular: analyses.montecarlo.distributions[0] (triangular en "
            "financing.rate): requiere bajo ≤ moda ≤ alto; se recibió bajo 0,2, moda 0,1, "
            "alto 0,3") in texts


def test_a_tornado_that_cannot_be_computed_says_why_in_the_reports_language():
    doc = analysed_doc()
    settings = replace(doc.analyses.sensitivity,
                       inputs=[SensitivityInput(path="property.name")])
    analyses = compute(replace(doc, analyses=replace(doc.analyses, sensitivity=settings)),
                       doc.model, ("sensitivity",))
    assert analyses.problem("tornado", "en") == (
        "analyses.sensitivity.inputs[0]: property.name is not a numeric input: only numbers "
        "can vary")
    assert analyses.problem("tornado", "es") == (
        "analyses.sensitivity.inputs[0]: property.name no es un supuesto numérico: solo los "
        "números pueden variar")


def test_the_report_caps_the_iterations_and_says_so():
    doc = analysed_doc()
    assert report.analyses.report_iterations(10_000, None) == 10_000
    assert report.analyses.report_iterations(500_000, None) == report.REPORT_MAX_ITERATIONS
    assert report.analyses.report_iterations(500_000, 600_000) == 600_000
    found = compute(doc, doc.model, ("montecarlo",), iterations=20)
    assert found.iterations_asked is None


def test_counts_and_numbers_in_texts_follow_the_readers_convention():
    es, en = Words("es"), Words("en")
    assert es.count("iterations", 10_000) == "10.000 iteraciones"
    assert en.count("iterations", 10_000) == "10,000 iterations"
    assert es.count("iterations", 1) == "1 iteración"
    assert en.count("evaluations", 1) == "1 evaluation"
    assert es.count("years", 1) == "1 año" and es.count("years", 12) == "12 años"
    assert es.count("bins", 1) == "1 intervalo"
    assert es.short(0.25) == "0,25" and en.short(0.25) == "0.25"
    assert es.short(1500) == "1.500" and es.short(150) == "150"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_monte_carlo_texts_write_numbers_as_the_reader_does(tmp_path, lang):
    doc = analysed_doc()
    discrete = Distribution(path="capex[0].amount", kind="discrete",
                            values=[11000.0, 12500.5], weights=[0.25, 0.75])
    settings = replace(MC, distributions=[MC.distributions[0], discrete], correlations=[])
    doc = replace(doc, analyses=replace(doc.analyses, montecarlo=settings))
    path = report.export(doc, doc.model, tmp_path / "mc.xlsx", lang=lang,
                         sheets=("montecarlo",), iterations=1_000)
    t = Words(lang)
    ws = openpyxl.load_workbook(path)[t("sheet.montecarlo")]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert ("1.000 iteraciones" if lang == "es" else "1,000 iterations") in ws["A3"].value
    pairs = "11.000 (0,25); 12.500,5 (0,75)" if lang == "es" else "11,000 (0.25); 12,500.5 (0.75)"
    assert pairs in texts
    for text in texts:     # a number of four digits or more is grouped (but the seed)
        assert not re.search(r"\d{4,}", text.replace(str(MC.seed), "")), text
