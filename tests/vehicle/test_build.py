"""A first vehicle from an inventory: each property's screening model, embedded."""

from __future__ import annotations

import pytest

from pppmodeler.core.results import evaluate
from pppmodeler.i18n.messages import in_language
from pppmodeler.vehicle.build import vehicle_from_records
from pppmodeler.vehicle.evaluate import evaluate_holdings
from pppmodeler.vehicle.records import InventoryRecord
from pppmodeler.vehicle.scaling import templates_by_kind
from pppmodeler.vehicle.screening import screen

RECORDS = [
    InventoryRecord(code="A-1", name="Casa patrimonial", kind="bic", area_m2=2400.0,
                    comuna="10 - La Candelaria", latitude=6.25, longitude=-75.57,
                    cadastral_value=3_500_000_000.0, row=2),
    InventoryRecord(code="A-2", name="Lote de parqueo", kind="fiscal", area_m2=900.0,
                    cadastral_value=1_200_000_000.0, row=3),
    InventoryRecord(code="A-3", name="Plazoleta", kind="uso_publico", area_m2=5000.0, row=4),
    InventoryRecord(code="A-4", name="Plazoleta", kind="uso_publico", area_m2=700.0, row=5),
]


def test_each_holding_carries_the_model_screening_gives_its_property():
    vehicle, notes = vehicle_from_records(RECORDS, "Vehículo")
    assert [h.code for h in vehicle.holdings] == ["A-1", "A-2", "A-3", "A-4"]
    assert len({h.name for h in vehicle.holdings}) == 4        # repeated names made distinct
    ranking = screen(RECORDS)
    for holding, (_, row) in zip(vehicle.holdings, ranking.iterrows()):
        results = evaluate(holding.model)
        assert results.metric("project_npv") == pytest.approx(row["project_npv"], rel=1e-9)
        assert holding.model.property.area_m2 == row["area_m2"]
    assert vehicle.holdings[0].latitude == 6.25 and vehicle.holdings[0].kind == "bic"
    batch = evaluate_holdings(vehicle)
    assert batch[2].metric("equity_npv") == pytest.approx(
        evaluate(vehicle.holdings[2].model).metric("equity_npv"), rel=1e-12)


def test_the_district_contributes_the_cadastral_values_and_the_notes_say_what_is_missing():
    vehicle, notes = vehicle_from_records(RECORDS)
    assert vehicle.setup.currency_unit == "millions"
    assert vehicle.capital.district_in_kind == pytest.approx(4700.0)   # millions of pesos
    assert notes == ["2 properties have no cadastral value; the District's contribution in "
                     "kind counts them as zero"]


def test_the_notes_in_spanish_say_which_property_and_what_was_left_out():
    records = [*RECORDS, InventoryRecord(code="B-9", name="Bodega", kind="fiscal",
                                         area_m2=300.0, row=7)]
    templates = {k: t for k, t in templates_by_kind().items() if k != "bic"}
    _, notes = vehicle_from_records(records, templates=templates)
    assert notes == ["A-1: no template for kind 'bic'; left out",
                     "3 properties have no cadastral value; the District's contribution in "
                     "kind counts them as zero"]
    assert [in_language(n, "es") for n in notes] == [
        "A-1: no hay plantilla para el tipo 'bic'; el inmueble queda por fuera",
        "3 inmuebles no tienen avalúo catastral; el aporte en especie del Distrito los "
        "cuenta como cero"]


def test_one_property_without_a_cadastral_value_is_one():
    _, notes = vehicle_from_records(RECORDS[:3])
    assert notes == ["1 property has no cadastral value; the District's contribution in kind "
                     "counts it as zero"]
    assert notes[0].text("es") == ("1 inmueble no tiene avalúo catastral; el aporte en especie "
                                   "del Distrito lo cuenta como cero")
