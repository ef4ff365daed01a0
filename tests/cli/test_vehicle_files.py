"""The ``vehicle`` commands on a vehicle folder that moved, lost a file or was edited by hand."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import pytest

from pppmodeler.cli.main import main
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle.evaluate import evaluate_vehicle

from tests.fileformat.vehicle_tree import (as_written_on_windows, defaulted_plaza,
                                           write_project)


def metrics(capsys, *args):
    assert main(["vehicle", *args, "--json"]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out)["metrics"], captured.err


def test_a_vehicle_folder_moved_elsewhere_evaluates_the_same(tmp_path, capsys):
    path = write_project(tmp_path / "unidad")
    before, _ = metrics(capsys, "evaluate", str(path))
    as_written_on_windows(path)
    shutil.move(tmp_path / "unidad", tmp_path / "compartida")
    after, err = metrics(capsys, "evaluate",
                         str(tmp_path / "compartida" / "proyecto" / "vehiculo.pppv"))
    assert after == before and err == ""


@pytest.mark.parametrize("lang, warning, item, reason", [
    ("es", "aviso: {file}:", "• Parqueadero: se buscó en {looked}",
     "  Parqueadero: no se encuentra el archivo de su modelo; se buscó en {looked}"),
    ("en", "warning: {file}:", "• Parqueadero: looked for at {looked}",
     "  Parqueadero: its model file cannot be found; it was looked for at {looked}"),
])
def test_a_missing_model_file_names_the_property_and_where_it_was_looked_for(
        tmp_path, capsys, lang, warning, item, reason):
    path = write_project(tmp_path)
    looked = tmp_path / "parqueadero.pppm"
    looked.unlink()
    for command in (["evaluate"], ["export", "-o", str(tmp_path / "v.xlsx")]):
        assert main(["vehicle", command[0], str(path), *command[1:], "--lang", lang]) == 1
        lines = capsys.readouterr().err.splitlines()
        assert lines[0] == warning.format(file=path)
        assert item.format(looked=looked) in lines
        assert reason.format(looked=looked) in lines
        assert not any("Errno" in line or "Traceback" in line for line in lines)
    assert not (tmp_path / "v.xlsx").exists()


def test_inputs_an_embedded_model_left_out_are_told_and_defaulted_as_before(tmp_path, capsys):
    path = write_project(tmp_path, left_out=True)
    got, err = metrics(capsys, "evaluate", str(path), "--lang", "es")
    assert err.splitlines()[:4] == [
        f"aviso: {path}:",
        "El modelo de 1 inmueble(s) no trae algunos supuestos; se tomaron sus valores por "
        "defecto. Revíselos antes de usar los resultados.",
        "• Plaza (modelo guardado en el vehículo): 2 supuesto(s)",
        "    – Ingresos › Arriendo de kioscos › Ocupación estabilizada "
        "(revenues[0].stabilised_occupancy)"]
    vehicle = vf.load(path).vehicle
    vehicle = replace(vehicle, holdings=vehicle.holdings[:2] + [
        replace(vehicle.holdings[2], model=defaulted_plaza())])
    expected = evaluate_vehicle(vehicle)
    assert got["district_gain"] == pytest.approx(expected.metric("district_gain"), rel=1e-12)
    assert got["partner_irr"] == pytest.approx(expected.metric("partner_irr"), rel=1e-12)
    _, err = metrics(capsys, "montecarlo", str(path), "--iterations", "4", "--workers", "1",
                     "--lang", "en")
    assert "• Plaza (model kept in the vehicle): 2 input(s)" in err.splitlines()
