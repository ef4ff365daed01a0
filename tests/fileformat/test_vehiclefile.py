"""The vehicle file: round trip, hash, every problem with its place, atomic save."""

from __future__ import annotations

import json

import pytest

from pppmodeler import bundled
from pppmodeler.fileformat import FileFormatError, document
from pppmodeler.fileformat import vehiclefile as vf
from pppmodeler.vehicle.terms import Capital, Holding, Vehicle


@pytest.fixture
def vdoc():
    model = document.loads(bundled.sample_text("heritage_building")).model
    vehicle = Vehicle(name="Vehículo Medellín", capital=Capital(district_in_kind=9000.0),
                      holdings=[Holding(code="BIC-1", name="Edificio", kind="bic", model=model),
                                Holding(name="Plaza", source="file", file="plaza.pppm")])
    return vf.VehicleDocument(vehicle=vehicle)


def test_a_saved_vehicle_opens_as_it_was_with_its_hash(vdoc, tmp_path):
    saved = vf.save(vdoc, tmp_path / "v.pppv")
    loaded = vf.load(tmp_path / "v.pppv")
    assert loaded == saved
    assert loaded.vehicle.holdings[0].model == vdoc.vehicle.holdings[0].model
    assert loaded.metadata.content_hash == vf.content_hash(loaded)
    text = (tmp_path / "v.pppv").read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": "pppmodeler-vehicle",\n  "version": 1,\n')
    assert "Vehículo Medellín" in text
    assert [p.name for p in tmp_path.iterdir()] == ["v.pppv"]   # no temporary file left


def test_the_hash_follows_the_vehicle_not_the_metadata(vdoc):
    before = vf.content_hash(vdoc)
    vdoc.metadata.author = "otra persona"
    assert vf.content_hash(vdoc) == before
    vdoc.vehicle.capital.partner_equity = 10.0
    assert vf.content_hash(vdoc) != before


def test_every_problem_is_reported_with_its_place(vdoc):
    data = json.loads(vf.dumps(vdoc))
    data["vehicle"]["holdings"][0]["model"]["financing"]["rate"] = "diez"
    data["vehicle"]["holdings"][1]["name"] = "Edificio"
    data["vehicle"]["dividends"]["payout_ratio"] = 1.5
    with pytest.raises(FileFormatError) as caught:
        vf.from_data(data, "v.pppv")
    messages = caught.value.messages
    assert any(m.startswith("vehicle.holdings[0].model.financing.rate: expected a number")
               for m in messages)
    assert any(m.startswith("vehicle.holdings[1].name:") for m in messages)
    assert any(m.startswith("vehicle.dividends.payout_ratio: 1.5 is above the maximum 1")
               for m in messages)


@pytest.mark.parametrize("change, says", [
    (lambda d: d.__setitem__("format", "pppmodeler-scenario"), "not a pppmodeler vehicle file"),
    (lambda d: d.__setitem__("version", 9), "version: 9 is not a vehicle file version"),
    (lambda d: d.pop("vehicle"), "vehicle: missing"),
    (lambda d: d.__setitem__("extra", 1), 'unknown top-level key "extra"'),
])
def test_a_file_that_is_not_a_vehicle_of_this_version_says_so(vdoc, change, says):
    data = json.loads(vf.dumps(vdoc))
    change(data)
    with pytest.raises(FileFormatError, match=says):
        vf.from_data(data, "v.pppv")


def test_text_that_is_not_json_names_the_file(tmp_path):
    bad = tmp_path / "roto.pppv"
    bad.write_bytes(b"{ no es json")
    with pytest.raises(FileFormatError, match="roto.pppv"):
        vf.load(bad)


def test_an_invalid_vehicle_is_not_saved_and_the_old_file_is_kept(vdoc, tmp_path):
    path = tmp_path / "v.pppv"
    vf.save(vdoc, path)
    before = path.read_bytes()
    vdoc.vehicle.capital.debt_rate = float("nan")
    with pytest.raises(FileFormatError, match="vehicle not saved"):
        vf.save(vdoc, path)
    assert path.read_bytes() == before
