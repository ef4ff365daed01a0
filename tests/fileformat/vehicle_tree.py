"""A vehicle in a folder tree, as the agency keeps one on its shared drive: the ``.pppv``, a
property model under its folder, one beside it, one embedded. Shared by the file-format, command
line and desktop tests of referenced holdings."""

from __future__ import annotations

import json
from pathlib import Path

from pppmodeler import bundled
from pppmodeler.core import paths
from pppmodeler.core.inputs import Model
from pppmodeler.fileformat import document
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle.terms import Capital, Holding, Vehicle

LEFT_OUT = ("revenues[0].stabilised_occupancy", "financing.rate")
"""What a hand edit takes out of the embedded model (its values differ from the defaults)."""


def sample(name: str) -> document.Document:
    return document.loads(bundled.sample_text(name))


def write_project(root: Path, left_out: bool = False) -> Path:
    """``root/proyecto/vehiculo.pppv`` referencing ``modelos/edificio.pppm`` (under its folder)
    and ``../parqueadero.pppm`` (beside it), both picked as absolute paths as a file dialog gives
    them, and embedding the plaza's model; ``left_out``: that model leaves out :data:`LEFT_OUT`.
    Returns the vehicle file."""
    folder = root / "proyecto"
    (folder / "modelos").mkdir(parents=True)
    document.save(sample("heritage_building"), folder / "modelos" / "edificio.pppm")
    document.save(sample("public_parking"), root / "parqueadero.pppm")
    vehicle = Vehicle(name="Vehículo Centro",
                      capital=Capital(district_in_kind=7000.0, partner_equity=3000.0),
                      holdings=[Holding(code="BIC-1", name="Edificio", kind="bic", source="file",
                                        file=str(folder / "modelos" / "edificio.pppm")),
                                Holding(code="F-1", name="Parqueadero", source="file",
                                        file=str(root / "parqueadero.pppm")),
                                Holding(code="UP-1", name="Plaza", kind="uso_publico",
                                        model=sample("public_space_aeep").model)])
    path = folder / "vehiculo.pppv"
    vf.save(vf.VehicleDocument(vehicle=vehicle), path)
    if left_out:
        data = json.loads(path.read_text(encoding="utf-8"))
        model = data["vehicle"]["holdings"][2]["model"]
        del model["financing"]["rate"]
        del model["revenues"][0]["stabilised_occupancy"]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def defaulted_plaza() -> Model:
    """The plaza's model as a file that left out :data:`LEFT_OUT` is evaluated: at defaults."""
    model = sample("public_space_aeep").model
    return paths.apply(model, {
        "financing.rate": Model().financing.rate,
        "revenues[0].stabilised_occupancy": type(model.revenues[0])().stabilised_occupancy})


def stored_files(path: Path) -> list[str]:
    """The referenced paths as the vehicle file holds them."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [h["file"] for h in data["vehicle"]["holdings"] if h["source"] == "file"]


def as_written_on_windows(path: Path) -> None:
    """Give the vehicle file's referenced paths backslashes, as an older pppmodeler on Windows
    wrote them."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for holding in data["vehicle"]["holdings"]:
        holding["file"] = holding["file"].replace("/", "\\")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
