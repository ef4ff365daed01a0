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
    assert "not a pppmodeler vehicle file" in capsys.readouterr().err
