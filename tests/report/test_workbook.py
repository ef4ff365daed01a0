"""The workbook a modeller expects (FAST): one formula per row across the periods, no numbers
hard-coded in formulas, inputs as defined names, frozen panes, print set-up, number formats,
labels in Spanish and English, native charts; and user text never becomes a formula."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest
from openpyxl.formula import Tokenizer
from openpyxl.formula.translate import Translator

from pppmodeler.core import paths
from pppmodeler.report.inputs_sheet import input_name
from pppmodeler.report.words import Words

from .test_recalculation import named_cell

CALCULATION = ("cashflow", "financing", "statements", "ratios", "operations", "timeline",
               "solved")


@pytest.fixture(scope="module")
def book(exported):
    return openpyxl.load_workbook(exported["heritage_building_es"].path)


def titles(lang: str) -> dict:
    words = Words(lang)
    return {role: words(f"sheet.{role}") for role in CALCULATION}


def test_sheets_in_order_with_spanish_or_english_names(exported):
    es = openpyxl.load_workbook(exported["heritage_building_es"].path, read_only=True)
    en = openpyxl.load_workbook(exported["heritage_building_en"].path, read_only=True)
    assert es.sheetnames == ["Portada", "Resumen", "Supuestos", "Flujo de caja", "Financiación",
                             "Estados", "Indicadores", "Operación", "Tiempo", "Motor"]
    assert en.sheetnames == ["Cover", "Summary", "Inputs", "Cash flow", "Financing",
                             "Statements", "Ratios", "Operations", "Timeline", "Solved"]


@pytest.mark.parametrize("lang, texts", [
    ("es", {"Resumen": ["TIR del proyecto (después de impuestos, nominal)", "ICSD mínimo"],
            "Flujo de caja": ["Flujo libre del proyecto (FCFF)", "Dividendos al inversionista"],
            "Estados": ["Total activos", "CONTROL: activos − pasivos − patrimonio"],
            "Supuestos": ["Tasa de interés (E.A.)", "Constantes de las fórmulas"]}),
    ("en", {"Summary": ["Project IRR (post-tax, nominal)", "Minimum DSCR"],
            "Cash flow": ["Free cash flow to the firm (FCFF)", "Distributions to equity"],
            "Statements": ["Total assets", "CHECK: assets − liabilities − equity"],
            "Inputs": ["Interest rate (effective annual)", "Constants of the formulas"]}),
])
def test_labels_speak_the_report_language(exported, lang, texts):
    wb = openpyxl.load_workbook(exported[f"heritage_building_{lang}"].path)
    for sheet, wanted in texts.items():
        labels = {c.value for c in wb[sheet]["A"]}
        assert set(wanted) <= labels, (sheet, set(wanted) - labels)


def calculation_sheets(wb, lang="es"):
    return [wb[t] for t in titles(lang).values()]


def test_one_formula_per_row_consistent_across_the_period_columns(book):
    rows = 0
    for ws in calculation_sheets(book):
        for row in ws.iter_rows(min_row=4, min_col=5):
            cells = [c for c in row if c.data_type == "f"]
            if len(cells) < 2:
                continue
            first = cells[0]
            for cell in cells[1:]:
                expected = Translator(first.value, origin=first.coordinate).translate_formula(
                    cell.coordinate)
                assert cell.value == expected, (ws.title, cell.coordinate, cell.value, expected)
            rows += 1
    assert rows > 200


NUMBER = re.compile(r"^\d+(\.\d*)?([eE][+-]?\d+)?$")


def test_no_number_other_than_0_and_1_is_hard_coded_in_a_formula(book):
    found = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                for token in Tokenizer(cell.value).items:
                    if token.type == "OPERAND" and token.subtype == "NUMBER" \
                            and token.value not in ("0", "1"):
                        found.add((ws.title, cell.coordinate, token.value))
    assert not found, sorted(found)[:10]


def test_every_input_is_on_the_inputs_sheet_as_a_defined_name(exported, book):
    model = exported["heritage_building_es"].results.model
    ws = book["Supuestos"]
    listed = {c.value for c in ws["B"]}
    for path in paths.numeric_paths(model):
        whole = re.sub(r"\[\d+\]$", "", path)
        assert whole in listed, path
        name = input_name(whole)
        cells = [book[s][r.replace("$", "")] for s, r in book.defined_names[name].destinations]
        assert all(s == "Supuestos" for s, _ in book.defined_names[name].destinations)
        flat = [c for block in cells for c in (block if isinstance(block, tuple) else [block])]
        flat = [c for row in flat for c in (row if isinstance(row, tuple) else [row])]
        element = int(re.search(r"\[(\d+)\]$", path).group(1)) if whole != path else 0
        assert flat[element].value == pytest.approx(paths.get(model, path)), path


def test_formulas_read_inputs_only_through_names(book):
    """No calculation sheet refers to a cell of the inputs sheet by its address."""
    for ws in calculation_sheets(book):
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "Supuestos" not in cell.value, (ws.title, cell.coordinate)


def test_frozen_panes_and_print_setup(book):
    for ws in calculation_sheets(book):
        assert ws.freeze_panes == "E8"
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows and ws.print_title_cols
    assert book["Resumen"].page_setup.orientation == "landscape"


def test_number_formats(book):
    assert named_cell(book, "ProjectIRR").number_format == "0.00%"
    assert named_cell(book, "MinDSCR").number_format == '0.00"x"'
    assert named_cell(book, "ProjectNPV").number_format.startswith("#,##0")
    assert named_cell(book, "PaybackYears").number_format == "0.00"
    assert book["Flujo de caja"]["E30"].number_format.startswith("#,##0")


def test_native_charts_with_straight_lines(exported):
    archive = zipfile.ZipFile(exported["heritage_building_es"].path)
    charts = sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart"))
    assert len(charts) == 3
    xml = [archive.read(n).decode() for n in charts]
    assert re.search(r"<(c:)?barChart>", xml[0])
    for text in xml[1:]:
        assert re.search(r"<(c:)?lineChart>", text)
        assert not re.search(r'smooth val="1"', text)
        assert len(re.findall(r'smooth val="0"', text)) == len(re.findall(r"<(c:)?ser>", text))


HOSTILE = {
    "property.name": '=HYPERLINK("http://x")',
    "revenues[0].name": "@SUM(1)",
    "costs[0].name": "+1-2",
    "capex[0].name": "-2+3",
    "property.code": "=cmd|' /C calc'!A0",
}


def test_text_from_users_is_written_as_text_never_as_a_formula(tmp_path):
    from pppmodeler.core.results import evaluate
    from pppmodeler.report import About, report_bytes

    from .conftest import sample_model

    doc, model = sample_model("heritage_building", HOSTILE)
    about = About(file_name="=1+1.pppm", scenario="=2+2", author="@author",
                  notes='=HYPERLINK("http://y")', overrides=["=3+3"])
    data = report_bytes(evaluate(model), about, "es")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    shown = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "HYPERLINK" not in cell.value and "cmd|" not in cell.value
                    assert "@" not in cell.value
                elif isinstance(cell.value, str):
                    shown.add(cell.value)
    for text in list(HOSTILE.values()) + ['=HYPERLINK("http://y")', "@author", "=2+2"]:
        assert any(text in s for s in shown), text
    sheet_xml = b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n) for n in
                         zipfile.ZipFile(io.BytesIO(data)).namelist() if "worksheets/" in n)
    assert b"<f>HYPERLINK" not in sheet_xml and b'<f>=HYPERLINK' not in sheet_xml
    assert b'<t>=HYPERLINK(&quot;http://x&quot;)</t>' in sheet_xml or \
        b'<t>=HYPERLINK("http://x")</t>' in sheet_xml
