"""The vehicle workbook: its formulas give the engine's numbers, cached and recalculated."""

from __future__ import annotations

import datetime
import math
import time
from dataclasses import replace

import numpy as np
import openpyxl
import pytest

from pppmodeler import bundled
from pppmodeler.fileformat import document, vehiclefile
from pppmodeler.report.cached import formula_cells_without_value
from pppmodeler.report.vehicle import (
    METRIC_NAMES,
    VEHICLE_ROWS,
    about_vehicle,
    export_vehicle,
    plan,
    vehicle_bytes,
)
from pppmodeler.report.words import Words
from pppmodeler.vehicle.build import vehicle_from_records
from pppmodeler.vehicle.consolidation import FLOWS, STOCKS
from pppmodeler.vehicle.evaluate import evaluate_vehicle
from pppmodeler.vehicle.inventory import import_inventory
from pppmodeler.vehicle.terms import (
    Capital,
    Costs,
    Dividends,
    Holding,
    Setup,
    Valuation,
    Vehicle,
)

from .libreoffice import convert

TODAY = datetime.date(2027, 1, 15)
TRICKY = '=HYPERLINK("http://example.com","clic")'


def sample_vehicle(**terms) -> Vehicle:
    """The three bundled samples in one vehicle with every item of the waterfall: overheads,
    structuring, partner equity, an annuity debt, payout below 1 and a minimum cash; a base
    year after the first year, so the CPI index runs before and past its path."""
    models = [document.loads(bundled.sample_text(n)).model for n in bundled.sample_names()]
    names = ["Edificio patrimonial", TRICKY, "Espacio público"]
    holdings = [Holding(code=f"C-{i}", name=name, comuna=f"{i + 10:02d}",
                        latitude=6.25 + 0.01 * i, longitude=-75.57 + 0.01 * i,
                        area_m2=1000.0 * (i + 1), model=m)
                for i, (name, m) in enumerate(zip(names, models))]
    setup = Setup(start_year=2027, base_year=2028, cpi=[0.05, 0.04, 0.03])
    defaults = dict(
        costs=Costs(overheads=350.0, structuring=900.0),
        capital=Capital(district_in_kind=8000.0, partner_equity=5000.0, debt_amount=3000.0,
                        debt_rate=0.12, debt_tenor_years=8, debt_grace_years=2),
        dividends=Dividends(payout_ratio=0.8, minimum_cash=200.0))
    return Vehicle(name="Vehículo de prueba", setup=setup, holdings=holdings,
                   valuation=Valuation(social_rate_real=0.09, partner_rate=0.14),
                   **{**defaults, **terms})


class Exported:
    def __init__(self, vehicle: Vehicle, path, lang: str = "es"):
        self.vehicle = vehicle
        self.results = evaluate_vehicle(vehicle)
        self.planned = plan(vehicle, self.results, lang)
        doc = vehiclefile.VehicleDocument(vehicle=vehicle)
        path.write_bytes(vehicle_bytes(vehicle, self.results,
                                       about_vehicle(doc, "prueba.pppv", TODAY), lang))
        self.path = path
        self.cached = openpyxl.load_workbook(path, data_only=True)

    def row(self, wb, key: str) -> np.ndarray:
        place = self.planned.book.places[key]
        first, last = place.span
        ws = wb[place.sheet]
        return np.array([ws.cell(place.row, c).value for c in range(first, last + 1)], float)

    @staticmethod
    def named(wb, name: str):
        ((sheet, ref),) = wb.defined_names[name].destinations
        return wb[sheet][ref.replace("$", "")].value


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Exported:
    return Exported(sample_vehicle(), tmp_path_factory.mktemp("vehicle") / "vehiculo.xlsx")


@pytest.fixture(scope="module")
def recalculated(exported, tmp_path_factory):
    """The workbook recalculated from scratch by LibreOffice (one soffice run)."""
    (path,) = convert([exported.path], "xlsx", tmp_path_factory.mktemp("recalculated"))
    return openpyxl.load_workbook(path, data_only=True)


def engine_metrics(e: Exported) -> dict:
    return {name: e.results.metric(name) for name in METRIC_NAMES}


def assert_engine_numbers(e: Exported, wb, rel: float) -> None:
    for name in FLOWS + STOCKS:
        np.testing.assert_allclose(e.row(wb, f"c.{name}"), e.results.properties[name][0],
                                   rtol=rel, atol=1e-6, err_msg=name)
    for name, key in VEHICLE_ROWS.items():
        np.testing.assert_allclose(e.row(wb, key), e.results.vehicle[name][0], rtol=rel,
                                   atol=1e-6, err_msg=name)
    for name, value in engine_metrics(e).items():
        got = e.named(wb, METRIC_NAMES[name])
        assert value is not None, name
        assert math.isclose(got, value, rel_tol=rel, abs_tol=1e-6), (name, got, value)


def test_the_sample_vehicle_exercises_every_branch_of_the_waterfall(exported):
    v = exported.results.vehicle
    assert (v["contributions"][0] > 0).any()                      # shareholders put cash in
    paid = v["dividends"][0][:-1] > 0
    assert paid.any() and (v["cash"][0][:-1][paid] > 0).any()     # payout < 1, minimum cash
    assert v["cash"][0][-1] == 0                                  # everything in the last year
    assert (v["interest"][0] > 0).sum() == 8                      # the annuity over its tenor
    assert exported.results.years[0] < exported.vehicle.setup.base_year


def test_cached_values_are_the_engines(exported):
    assert formula_cells_without_value(exported.path.read_bytes()) == []
    assert_engine_numbers(exported, exported.cached, 1e-9)


def test_libreoffice_recalculates_the_engines_numbers(exported, recalculated):
    assert_engine_numbers(exported, recalculated, 1e-6)
    formulas = openpyxl.load_workbook(exported.path)
    differ = []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                a = exported.cached[ws.title][cell.coordinate].value
                b = recalculated[ws.title][cell.coordinate].value
                a, b = ("" if a is None else a), ("" if b is None else b)   # a blank ratio
                if isinstance(a, str) or isinstance(b, str):
                    same = a == b
                else:
                    same = math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
                if not same:
                    differ.append((ws.title, cell.coordinate, cell.value, a, b))
    assert differ == []


def test_the_balance_check_is_zero_after_recalculation(exported, recalculated):
    assert np.abs(exported.row(recalculated, "v.check")).max() < 1e-6
    assert abs(exported.named(recalculated, "BalanceCheck")) < 1e-6


def test_the_vehicle_lines_are_live_formulas_from_named_inputs(exported):
    wb = openpyxl.load_workbook(exported.path)
    place = exported.planned.book.places["v.overheads"]
    first, last = place.span
    ws = wb[place.sheet]
    formulas = [ws.cell(place.row, c).value for c in range(first, last + 1)]
    assert all(f.startswith("=in_costs_overheads*") for f in formulas)
    place = exported.planned.book.places["c.revenue"]
    assert wb[place.sheet].cell(place.row, first).value.startswith("=SUM(")
    assert wb.defined_names["in_capital_debt_rate"] is not None
    for name in METRIC_NAMES.values():
        ((sheet, ref),) = wb.defined_names[name].destinations
        assert wb[sheet][ref.replace("$", "")].data_type == "f", name


def test_a_property_named_like_a_formula_is_written_as_text(exported):
    wb = openpyxl.load_workbook(exported.path)
    found = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "HYPERLINK" in cell.value:
                    assert cell.data_type == "s", (ws.title, cell)   # never a formula
                    if cell.value == TRICKY:
                        found.append(ws.title)
    titles = exported.planned.titles
    assert {titles["lines"], titles["holdings"], titles["ranking"]} <= set(found)


def test_summary_rows_ranking_and_map(exported):
    wb = openpyxl.load_workbook(exported.path)
    titles = exported.planned.titles
    ranking = wb[titles["ranking"]]
    values = [ranking.cell(r, 13).value for r in range(6, 9)]
    assert values == sorted(values, reverse=True)
    assert [ranking.cell(r, 1).value for r in range(6, 9)] == [1, 2, 3]
    assert len(wb[titles["map"]]._images) == 1
    cover = exported.cached[titles["cover"]]
    texts = [c.value for row in cover.iter_rows() for c in row if isinstance(c.value, str)]
    assert "prueba.pppv" in texts and "3" in texts
    assert any(t.startswith("sha256:") for t in texts)


def test_a_metric_without_a_value_shows_its_reason(tmp_path):
    """No debt and no partner: no DSCR and no partner IRR, each with its reason."""
    e = Exported(sample_vehicle(capital=Capital(district_in_kind=1.0)), tmp_path / "x.xlsx",
                 "en")
    assert e.results.status("min_vehicle_dscr") == "no_debt_service"
    assert e.named(e.cached, "MinVehicleDSCR") == e.planned.t("status.no_debt_service")
    known = {k: v for k, v in engine_metrics(e).items() if v is not None}
    assert len(known) == len(METRIC_NAMES) - 2
    status = e.results.status("partner_irr")
    assert status == "no_partner"
    assert e.named(e.cached, "PartnerIRR") == e.planned.t(f"status.{status}")
    ((sheet, ref),) = e.cached.defined_names["PartnerIRR"].destinations
    cell = e.cached[sheet][ref.replace("$", "")]
    assert cell.alignment.wrap_text      # inside its column: not cut on the next pages
    for name, value in known.items():
        assert math.isclose(e.named(e.cached, METRIC_NAMES[name]), value, rel_tol=1e-9,
                            abs_tol=1e-6)


def test_an_irr_that_does_not_exist_wraps_inside_the_total_column(tmp_path):
    e = Exported(sample_vehicle(costs=Costs(overheads=1e6)), tmp_path / "x.xlsx")
    assert e.results.status("partner_irr") == "no_sign_change"
    ((sheet, ref),) = e.cached.defined_names["PartnerIRR"].destinations
    ws = e.cached[sheet]
    cell = ws[ref.replace("$", "")]
    assert cell.value == e.planned.t("status.no_sign_change")
    assert cell.alignment.wrap_text
    assert ws.row_dimensions[cell.row].height >= 24     # two lines at least
    assert ws.column_dimensions["C"].width >= 20


def test_the_lines_by_property_are_hidden_and_the_cover_says_how_to_show_them(exported):
    wb = openpyxl.load_workbook(exported.path)
    titles, t = exported.planned.titles, exported.planned.t
    assert wb[titles["lines"]].sheet_state == "hidden"
    assert all(wb[titles[role]].sheet_state == "visible" for role in titles if role != "lines")
    cover = [c.value for row in wb[titles["cover"]].iter_rows() for c in row]
    assert t("vbook.sheet.lines.about") in cover
    assert "Mostrar" in t("vbook.sheet.lines.about")
    assert "Unhide" in Words("en")("vbook.sheet.lines.about")


def test_column_b_is_headed_by_what_it_holds(exported):
    wb = openpyxl.load_workbook(exported.path)
    titles, t = exported.planned.titles, exported.planned.t
    for role, heading in (("consolidated", t("col.unit")),
                          ("lines", t("vbook.column.code"))):
        ws = wb[titles[role]]
        row = exported.planned.book.places["v.year" if role == "consolidated"
                                           else "p.year"].row
        assert ws.cell(row, 1).value == t("vbook.row.year")
        assert ws.cell(row, 2).value == heading


def test_export_vehicle_writes_a_vehicle_file_workbook(tmp_path):
    saved = vehiclefile.save(vehiclefile.VehicleDocument(vehicle=sample_vehicle()),
                             tmp_path / "v.pppv")
    out = export_vehicle(vehiclefile.load(tmp_path / "v.pppv"), tmp_path / "v.xlsx",
                         folder=tmp_path, file_name="v.pppv")
    wb = openpyxl.load_workbook(out, data_only=True)
    texts = [c.value for c in wb.worksheets[0]["B"] if isinstance(c.value, str)]
    assert saved.metadata.content_hash in texts


def test_two_hundred_properties_export_in_reasonable_time(tmp_path):
    records = import_inventory(str(bundled.resource("inventory", "synthetic_inventory.csv")))
    vehicle, _ = vehicle_from_records(records.records[:200], "Sintético")
    vehicle = replace(vehicle, costs=Costs(overheads=500.0))
    results = evaluate_vehicle(vehicle)
    start = time.perf_counter()
    data = vehicle_bytes(vehicle, results)
    print(f"\n200 properties: workbook of {len(data) / 1e6:.1f} MB in "
          f"{time.perf_counter() - start:.1f} s")
    assert formula_cells_without_value(data) == []


def test_the_command_line_exports_a_vehicle_file(tmp_path, capsys):
    from pppmodeler.cli.main import main

    vehiclefile.save(vehiclefile.VehicleDocument(vehicle=sample_vehicle()), tmp_path / "v.pppv")
    assert main(["vehicle", "export", str(tmp_path / "v.pppv"), "-o",
                 str(tmp_path / "v.xlsx"), "--lang", "en"]) == 0
    assert "v.xlsx" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "v.xlsx").sheetnames[:2] == ["Cover", "Consolidated"]
