"""Referenced holdings of a vehicle file: relative paths that survive moving and sharing the
folder, Windows paths read anywhere, and what opening a vehicle tells its user."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from pppmodeler.fileformat import references
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle.evaluate import VehicleError, evaluate_vehicle
from pppmodeler.vehicle.terms import Holding

from .vehicle_tree import (LEFT_OUT, as_written_on_windows, defaulted_plaza, stored_files,
                           write_project)

W, P = PureWindowsPath, PurePosixPath


@pytest.mark.parametrize("file, folder, expected", [
    (W(r"C:\Proyectos\APP\modelos\edificio.pppm"), W(r"C:\Proyectos\APP"),
     "modelos/edificio.pppm"),
    (W(r"c:\proyectos\comun\plaza.pppm"), W(r"C:\Proyectos\APP"), "../comun/plaza.pppm"),
    (W(r"\\servidor\app\modelos\a.pppm"), W(r"\\SERVIDOR\app\vehiculos"), "../modelos/a.pppm"),
    (W(r"D:\modelos\a.pppm"), W(r"C:\Proyectos\APP"), None),
    (W(r"\\otro\app\a.pppm"), W(r"\\servidor\app"), None),
    (P("/Volumes/APP/modelos/a.pppm"), P("/Volumes/APP/vehiculos"), "../modelos/a.pppm"),
    (P("/Volumes/app/a.pppm"), P("/Volumes/APP"), "../app/a.pppm"),
])
def test_a_relative_path_exists_unless_the_file_is_on_another_drive(file, folder, expected):
    assert references.relative(file, folder) == expected


@pytest.mark.parametrize("file, folder, expected", [
    (r"C:\APP\vehiculo\modelos\a.pppm", W(r"C:\APP\vehiculo"), "modelos/a.pppm"),
    (r"C:\APP\a.pppm", W(r"C:\APP\vehiculo"), "../a.pppm"),
    (r"D:\modelos\a.pppm", W(r"C:\APP\vehiculo"), "D:/modelos/a.pppm"),
    (r"modelos\a.pppm", W(r"C:\APP\vehiculo"), "modelos/a.pppm"),
    ("/Users/ana/APP/modelos/a.pppm", P("/Users/ana/APP"), "modelos/a.pppm"),
    # another system's absolute path is kept for it, never made relative to this folder
    (r"D:\modelos\a.pppm", P("/Users/ana/APP"), "D:/modelos/a.pppm"),
    ("/Users/ana/a.pppm", W(r"C:\APP"), "/Users/ana/a.pppm"),
])
def test_stored_paths_have_forward_slashes_and_are_relative_where_they_can(file, folder,
                                                                           expected):
    assert references.stored(file, folder) == expected


@pytest.mark.parametrize("file, folder, expected", [
    ("modelos/a.pppm", W(r"C:\APP\vehiculo"), r"C:\APP\vehiculo\modelos\a.pppm"),
    ("../comun/a.pppm", W(r"C:\APP\vehiculo"), r"C:\APP\comun\a.pppm"),
    (r"modelos\a.pppm", P("/Volumes/APP"), "/Volumes/APP/modelos/a.pppm"),
    ("D:/modelos/a.pppm", P("/Volumes/APP"), "D:/modelos/a.pppm"),
])
def test_a_path_read_from_a_file_is_located_from_the_vehicles_folder(file, folder, expected):
    assert references.located(file, folder) == expected


def numbers(vehicle, folder=None):
    results = evaluate_vehicle(vehicle, folder=folder)
    return {k: results.metric(k) for k in ("district_gain", "partner_irr",
                                           "district_npv_vehicle")}


def test_a_moved_folder_opens_and_save_as_elsewhere_names_the_same_files(tmp_path):
    path = write_project(tmp_path / "unidad")
    assert stored_files(path) == ["modelos/edificio.pppm", "../parqueadero.pppm"]
    before = numbers(vf.load(path).vehicle)
    saved_hash = vf.load(path).metadata.content_hash

    shutil.move(tmp_path / "unidad", tmp_path / "compartida")       # the whole tree moves
    moved = tmp_path / "compartida" / "proyecto" / "vehiculo.pppv"
    doc = vf.load(moved)
    assert doc.vehicle.holdings[0].file == str(moved.parent / "modelos" / "edificio.pppm")
    assert numbers(doc.vehicle) == before
    assert vf.content_hash(doc) == saved_hash                        # the hash did not move
    assert not references.opening(doc)

    copy = tmp_path / "otra" / "sub" / "copia.pppv"
    copy.parent.mkdir(parents=True)
    saved = vf.save(doc, copy)
    assert stored_files(copy) == ["../../compartida/proyecto/modelos/edificio.pppm",
                                  "../../compartida/parqueadero.pppm"]
    assert saved == vf.load(copy) and saved.folder == copy.parent
    assert numbers(vf.load(copy).vehicle) == before


def test_windows_paths_written_by_hand_or_by_an_older_version_open_here(tmp_path):
    path = write_project(tmp_path)
    before = numbers(vf.load(path).vehicle)
    as_written_on_windows(path)
    assert "modelos\\\\edificio.pppm" in path.read_text(encoding="utf-8")
    doc = vf.load(path)
    assert doc.vehicle.holdings[1].file == str(tmp_path / "parqueadero.pppm")
    assert numbers(doc.vehicle) == before
    vf.save(doc, path)
    assert stored_files(path) == ["modelos/edificio.pppm", "../parqueadero.pppm"]


def test_old_absolute_paths_keep_opening_and_are_written_relative_next_time(tmp_path):
    path = write_project(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["vehicle"]["holdings"][0]["file"] = str(path.parent / "modelos" / "edificio.pppm")
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = vf.load(path)
    assert not references.opening(doc)
    evaluate_vehicle(doc.vehicle)
    vf.save(doc, path)
    assert stored_files(path)[0] == "modelos/edificio.pppm"


def test_a_model_on_another_drive_stays_absolute_and_its_absence_is_explained(tmp_path):
    path = write_project(tmp_path)
    doc = vf.load(path)
    other = r"E:\Modelos\lote.pppm"
    doc.vehicle.holdings.append(Holding(name="Lote", source="file", file=other))
    vf.save(doc, path)
    assert stored_files(path)[-1] == "E:/Modelos/lote.pppm"
    said = references.opening(vf.load(path))
    assert said.missing == [("Lote", "E:/Modelos/lote.pppm")]
    assert "• Lote: se buscó en E:/Modelos/lote.pppm" in said.text("es")
    assert "• Lote: looked for at E:/Modelos/lote.pppm" in said.text("en")


def test_a_missing_file_is_named_with_the_path_looked_for_and_the_holding_kept(tmp_path):
    path = write_project(tmp_path)
    (tmp_path / "parqueadero.pppm").unlink()
    doc = vf.load(path)
    looked = str(tmp_path / "parqueadero.pppm")
    assert references.opening(doc).missing == [("Parqueadero", looked)]
    with pytest.raises(VehicleError) as caught:
        with references.explaining(doc.vehicle, doc.folder):
            evaluate_vehicle(doc.vehicle, folder=doc.folder)
    assert caught.value.reasons("es") == [
        ("Parqueadero", f"no se encuentra el archivo de su modelo; se buscó en {looked}")]
    assert caught.value.reasons("en") == [
        ("Parqueadero", f"its model file cannot be found; it was looked for at {looked}")]
    vf.save(doc, path)                                   # nothing the user had is lost
    assert stored_files(path) == ["modelos/edificio.pppm", "../parqueadero.pppm"]
    excluded = replace(doc.vehicle, holdings=[replace(h, included=h.name != "Parqueadero")
                                              for h in doc.vehicle.holdings])
    with references.explaining(excluded, doc.folder):
        evaluate_vehicle(excluded)                      # an excluded one does not count


def test_inputs_an_embedded_model_left_out_are_named_and_taken_at_their_defaults(tmp_path):
    path = write_project(tmp_path, left_out=True)
    doc = vf.load(path)
    assert doc.defaulted == ((2, LEFT_OUT),)
    plaza = doc.vehicle.holdings[2].model
    assert plaza == defaulted_plaza()
    expected = replace(doc.vehicle, holdings=doc.vehicle.holdings[:2] + [
        replace(doc.vehicle.holdings[2], model=defaulted_plaza())])
    assert numbers(doc.vehicle) == numbers(expected)
    text = references.opening(doc).text("es")
    assert text.startswith("El modelo de 1 inmueble(s) no trae algunos supuestos")
    assert "• Plaza (modelo guardado en el vehículo): 2 supuesto(s)" in text
    assert "– Financiación › Tasa de interés (E.A.) (financing.rate)" in text
    assert "› Arriendo de kioscos › " in text                   # the line by its name
    english = references.opening(doc).text("en")
    assert "• Plaza (model kept in the vehicle): 2 input(s)" in english
    assert "– Financing › Interest rate (effective annual) (financing.rate)" in english
    assert vf.loads(vf.dumps(doc)).defaulted == ()              # written whole again


def test_a_referenced_model_that_left_inputs_out_is_named_with_its_file(tmp_path):
    path = write_project(tmp_path)
    model_file = path.parent / "modelos" / "edificio.pppm"
    data = json.loads(model_file.read_text(encoding="utf-8"))
    del data["model"]["financing"]["tenor_years"]
    model_file.write_text(json.dumps(data), encoding="utf-8")
    said = references.opening(vf.load(path))
    assert [(d.holding, d.where, d.inputs) for d in said.defaulted] == [
        ("Edificio", str(model_file), ("financing.tenor_years",))]
    assert f"• Edificio ({model_file}): 1 input(s)" in said.text("en")


def test_a_long_list_is_cut_and_says_how_many_more(tmp_path):
    path = write_project(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["vehicle"]["holdings"][2]["model"]                 # the whole model at defaults
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = vf.load(path)
    (position, inputs), = doc.defaulted
    assert position == 2 and "financing" in inputs and len(inputs) > references.SHOWN_INPUTS
    text = references.opening(doc).text("en")
    assert f"… and {len(inputs) - references.SHOWN_INPUTS} more" in text
