"""Every formula cell carries its value, and LibreOffice, recalculating from scratch, finds the
same value in every cell and the engine's number in every named metric."""

from __future__ import annotations

import datetime
import math

import openpyxl
import pytest

from pppmodeler.cli.format import metrics_json
from pppmodeler.report.cached import formula_cells_without_value
from pppmodeler.report.summary import NAMES
from pppmodeler.report.words import Words

from .conftest import SPOILED_CELLS

REPORTS = ["heritage_building_es", "public_parking_es", "public_space_aeep_es",
           "heritage_building_en", "variant_es", "nodebt_es"]
REQUIRED = ("ProjectIRR", "ProjectIRRPreTax", "EquityIRR", "ProjectNPV", "EquityNPV",
            "DistrictNPV", "MinDSCR", "AvgDSCR", "MinLLCR", "PaybackYears", "PeakDebt",
            "BalanceCheck")
EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


def plain(value):
    """A cell value as a number or a text (dates as Excel serials, empty as "")."""
    if isinstance(value, datetime.datetime):
        return (value - EXCEL_EPOCH).total_seconds() / 86400
    if value is None:
        return ""
    if isinstance(value, bool):
        return float(value)
    return value


def same(a, b) -> bool:
    a, b = plain(a), plain(b)
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return abs(a - b) <= max(1e-9 * max(abs(a), abs(b)), 1e-6)


def formula_cells(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    yield ws.title, cell.coordinate


def named_cell(wb, name):
    ((sheet, ref),) = wb.defined_names[name].destinations
    return wb[sheet][ref.replace("$", "")]


@pytest.mark.parametrize("report", REPORTS)
def test_every_formula_cell_carries_a_cached_value(exported, report):
    path = exported[report].path
    assert formula_cells_without_value(path.read_bytes()) == []
    values = openpyxl.load_workbook(path, data_only=True)   # no recalculation
    cells = list(formula_cells(path))
    assert len(cells) > 3000
    empty = {s for s, c in cells if values[s][c].value is None}
    # Only ratios without a value are empty text ("" cached as a string); no number is blank.
    assert empty <= {Words(exported[report].lang)("sheet.ratios")}


@pytest.mark.parametrize("report", REPORTS)
def test_libreoffice_recalculates_every_formula_to_its_cached_value(exported, report):
    e = exported[report]
    cached = openpyxl.load_workbook(e.path, data_only=True)
    again = openpyxl.load_workbook(e.recalculated, data_only=True)
    differ = [(s, c, cached[s][c].value, again[s][c].value) for s, c in formula_cells(e.path)
              if not same(cached[s][c].value, again[s][c].value)]
    assert differ == []


@pytest.mark.parametrize("report", REPORTS)
def test_named_metrics_recalculate_to_the_engine(exported, report):
    e = exported[report]
    engine = metrics_json(e.results, e.lang)        # what `pppmodeler evaluate --json` prints
    for wb in (openpyxl.load_workbook(e.path, data_only=True),
               openpyxl.load_workbook(e.recalculated, data_only=True)):
        for metric, name in NAMES.items():
            got = named_cell(wb, name).value
            want = engine[metric]
            if want is None:
                assert got == engine["notes"][metric], (name, got)
            else:
                assert isinstance(got, (int, float)), (name, got)
                assert math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-6), (name, got, want)


def test_the_required_names_are_single_cells_computed_by_formulas(exported):
    wb = openpyxl.load_workbook(exported["heritage_building_es"].path)
    for name in REQUIRED:
        cell = named_cell(wb, name)
        assert cell.data_type == "f" and "(" in cell.value, (name, cell.value)


def test_recalculation_is_forced_not_read_back_from_the_cache(exported):
    """The spoiled copy carries wrong cached values; LibreOffice must replace them."""
    e = exported["spoiled_es"]
    spoiled = openpyxl.load_workbook(e.path, data_only=True)
    again = openpyxl.load_workbook(e.recalculated, data_only=True)
    for name, wrong in SPOILED_CELLS.items():
        assert named_cell(spoiled, name).value == wrong
        assert named_cell(again, name).value == pytest.approx(
            e.results.metric({"ProjectIRR": "project_irr", "MinDSCR": "min_dscr"}[name]),
            rel=1e-9)


def test_a_metric_without_value_shows_its_reason_from_a_formula(exported):
    """No debt: the DSCR metrics have no value; their formulas give the reason as text."""
    e = exported["nodebt_es"]
    reason = metrics_json(e.results, "es")["notes"]["min_dscr"]
    for path in (e.path, e.recalculated):
        wb = openpyxl.load_workbook(path, data_only=True)
        assert named_cell(wb, "MinDSCR").value == reason
        assert named_cell(wb, "AvgDSCR").value == reason
    assert named_cell(openpyxl.load_workbook(e.path), "MinDSCR").data_type == "f"
