"""``pppmodeler vehicle evaluate``: the vehicle's numbers, or every property it cannot use."""

from __future__ import annotations

import json

import pytest

from pppmodeler import bundled
from pppmodeler.cli.main import main
from pppmodeler.fileformat import document
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle.evaluate import evaluate_vehicle
from pppmodeler.vehicle.terms import Capital, Holding, Vehicle


@pytest.fixture
def vehicle_file(tmp_path):
    heritage = document.loads(bundled.sample_text("heritage_building"))
    document.save(document.loads(bundled.sample_text("public_parking")),
                  tmp_path / "parqueadero.pppm")
    vehicle = Vehicle(name="Vehículo", capital=Capital(district_in_kind=7.0, partner_equity=3.0),
                      holdings=[Holding(code="BIC-1", name="Edificio", model=heritage.model),
                                Holding(code="F-1", name="Parqueadero", source="file",
                                        file="parqueadero.pppm")])
    path = tmp_path / "vehiculo.pppv"
    vf.save(vf.VehicleDocument(vehicle=vehicle), path)
    return path


def test_json_carries_the_vehicle_metrics_and_a_row_per_property(vehicle_file, capsys):
    assert main(["vehicle", "evaluate", str(vehicle_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    expected = evaluate_vehicle(vf.load(vehicle_file).vehicle, folder=vehicle_file.parent)
    assert out["metrics"]["district_gain"] == pytest.approx(expected.metric("district_gain"))
    assert out["metrics"]["partner_irr"] == pytest.approx(expected.metric("partner_irr"))
    assert [p["code"] for p in out["properties"]] == ["BIC-1", "F-1"]
    assert out["years"][0] == 2027


def test_the_table_names_the_properties_in_the_chosen_language(vehicle_file, capsys):
    assert main(["vehicle", "evaluate", str(vehicle_file), "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Vehicle: Vehículo — 2 properties")
    assert "District's gain from the vehicle (COP millions)" in text
    assert "Parqueadero" in text


def test_a_property_whose_file_is_missing_is_named_and_exit_is_1(vehicle_file, capsys):
    (vehicle_file.parent / "parqueadero.pppm").unlink()
    assert main(["vehicle", "evaluate", str(vehicle_file)]) == 1
    err = capsys.readouterr().err
    assert "Parqueadero:" in err and "parqueadero.pppm" in err
    assert "Traceback" not in err


def test_a_scenario_file_given_as_a_vehicle_says_what_it_is(tmp_path, capsys):
    path = tmp_path / "modelo.pppm"
    document.save(document.loads(bundled.sample_text("heritage_building")), path)
    assert main(["vehicle", "evaluate", str(path)]) == 1
    assert "format: no es un archivo de vehículo de pppmodeler" in capsys.readouterr().err
    assert main(["vehicle", "evaluate", str(path), "--lang", "en"]) == 1
    assert "format: this is not a pppmodeler vehicle file" in capsys.readouterr().err


def test_inventory_import_writes_a_vehicle_of_the_good_rows_and_reports_the_others(
        tmp_path, capsys):
    inventory = tmp_path / "inventario.csv"
    inventory.write_text("Código;Nombre;Tipo;Superficie útil;Avalúo catastral\n"
                         "X-1;Casa;BIC;1.200,5;2.000.000.000\n"
                         "X-2;Lote;Fiscal;abc;\n"
                         "X-3;Plaza;Uso público;3000;\n", encoding="cp1252")
    out = tmp_path / "vehiculo.pppv"
    args = ["inventory", "import", str(inventory), "-o", str(out), "--column",
            "area_m2=Superficie útil", "--lang", "en"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "row 3, column 'Superficie útil': 'abc' is not a number" in captured.err
    assert "vehicle written with 2 property(ies)" in captured.out
    vehicle = vf.load(out).vehicle
    assert [h.code for h in vehicle.holdings] == ["X-1", "X-3"]
    assert vehicle.holdings[0].area_m2 == 1200.5
    assert vehicle.capital.district_in_kind == pytest.approx(2000.0)
    assert main(args) == 1                                    # never over an existing file
    assert "exists; use --force" in capsys.readouterr().err


def test_inventory_import_of_a_file_that_is_not_an_inventory_says_so(tmp_path, capsys):
    bad = tmp_path / "foto.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["inventory", "import", str(bad), "-o", str(tmp_path / "v.pppv")]) == 1
    err = capsys.readouterr().err
    assert "foto.csv" in err and "Traceback" not in err
    assert not (tmp_path / "v.pppv").exists()


def test_screen_tells_the_rows_it_could_not_take_in_spanish(tmp_path, capsys):
    inventory = tmp_path / "inventario.csv"
    inventory.write_text("Código;Nombre;Tipo;Área (m²)\n"
                         "B-1;Casa;BIC;2.400\n"
                         "F-1;Lote;Fiscal;mucho\n", encoding="utf-8")
    assert main(["screen", str(inventory), "--lang", "es"]) == 0
    captured = capsys.readouterr()
    assert "fila 3, columna 'Área (m²)': 'mucho' no es un número (fila no importada)" in \
        captured.err
    assert "filas leídas: 2; importadas: 1; rechazadas: 1" in captured.out


def test_warnings_about_assumptions_are_printed(vehicle_file, capsys):
    doc = vf.load(vehicle_file)
    doc.vehicle.setup.cpi = [0.05]
    vf.save(doc, vehicle_file)
    assert main(["vehicle", "evaluate", str(vehicle_file), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "- Edificio: its model assumes a CPI path" in out
    assert "- Parqueadero: its model assumes a CPI path" in out


def test_screen_ranks_an_inventory_and_writes_the_whole_ranking(tmp_path, capsys):
    from openpyxl import load_workbook

    from pppmodeler.vehicle.inventory import import_inventory
    from pppmodeler.vehicle.screening import screen

    inventory = tmp_path / "inventario.csv"
    inventory.write_text("Código;Nombre;Tipo;Área (m²);Comuna\n"
                         "B-1;=Casa;BIC;2.400;10 - La Candelaria\n"
                         "F-1;Lote;Fiscal;900;14 - El Poblado\n"
                         "U-1;Plaza;Uso público;5000;10 - La Candelaria\n", encoding="utf-8")
    out = tmp_path / "ranking.xlsx"
    assert main(["screen", str(inventory), "-o", str(out), "--comuna", "10", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["code"] for r in rows} == {"U-1", "B-1"}       # comuna 10 only
    expected = screen(import_inventory(inventory).records).set_index("code")
    for r in rows:
        assert r["project_npv"] == pytest.approx(expected.loc[r["code"], "project_npv"])
    assert rows[0]["project_npv"] >= rows[1]["project_npv"]
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[4]]
    assert header[:3] == ["Fila del inventario", "Código", "Nombre"]
    names = [sheet.cell(r, 3).value for r in (5, 6)]
    assert "=Casa" in names                                  # written as text, not a formula
    assert sheet.auto_filter.ref.startswith("A4:")


def test_screen_csv_opens_in_a_spanish_excel(tmp_path, capsys):
    inventory = tmp_path / "inventario.csv"
    inventory.write_text("Código;Nombre;Tipo;Área (m²)\nB-1;Casa;BIC;2.400,5\n", encoding="utf-8")
    out = tmp_path / "ranking.csv"
    assert main(["screen", str(inventory), "-o", str(out)]) == 0
    assert "Bien de Interés Cultural (BIC)" in capsys.readouterr().out
    header, row = out.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.startswith("row;code;name;kind")
    assert ";2400,5;" in row


def test_vehicle_montecarlo_prints_the_percentiles_of_the_vehicle_metrics(vehicle_file, capsys):
    from pppmodeler.vehicle import montecarlo

    doc = vf.load(vehicle_file)
    factor = doc.vehicle.montecarlo.factors.revenue_price
    factor.kind, factor.low, factor.mode, factor.high = "triangular", 0.8, 1.0, 1.1
    vf.save(doc, vehicle_file)
    assert main(["vehicle", "montecarlo", str(vehicle_file), "--iterations", "40",
                 "--workers", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    expected = montecarlo.run(vf.load(vehicle_file).vehicle, folder=vehicle_file.parent,
                              iterations=40, workers=1)
    assert out["iterations"] == 40
    assert out["metrics"]["district_gain"]["P50"] == pytest.approx(
        expected.percentiles("district_gain")["P50"], rel=1e-12)
    assert main(["vehicle", "montecarlo", str(vehicle_file), "--iterations", "40",
                 "--workers", "1", "--lang", "en"]) == 0
    assert "District's gain from the vehicle" in capsys.readouterr().out
