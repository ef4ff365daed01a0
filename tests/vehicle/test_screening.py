"""Screening many properties: batches equal single evaluations, the scaling rule, ranks, filters."""

from __future__ import annotations

import math

import numpy as np
import pytest

from pppmodeler.analysis import cases
from pppmodeler.core import paths
from pppmodeler.core.guardrails import Message
from pppmodeler.core.results import ModelError, evaluate
from pppmodeler.vehicle import screening
from pppmodeler.vehicle.records import InventoryRecord
from pppmodeler.vehicle.scaling import scaled_inputs, templates_by_kind

TEMPLATES = templates_by_kind()


def prop(code: str, kind: str, area: float, comuna: str = "10 - La Candelaria",
         value: float | None = None) -> InventoryRecord:
    return InventoryRecord(code=code, name=f"Inmueble {code}", kind=kind, area_m2=area,
                           comuna=comuna, cadastral_value=value, row=int(code[1:]) + 1)


SMALL = [
    prop("P1", "bic", 6800.0, value=6800 * 2.5e6),
    prop("P2", "bic", 950.0, "14 - El Poblado", value=950 * 4.0e6),
    prop("P3", "fiscal", 16000.0, "05 - Castilla", value=16000 * 1.8e6),
    prop("P4", "fiscal", 420.0, value=None),
    prop("P5", "uso_publico", 9000.0, "11 - Laureles-Estadio", value=9000 * 4e5),
    prop("P6", "uso_publico", 35.5, "01 - Popular", value=35.5 * 9e5),
    prop("P7", "uso_publico", 120000.0, value=120000 * 1e5),
    prop("P8", "fiscal", 3000.0, "05 - Castilla", value=3000 * 0.9e6),
]


def single(record: InventoryRecord, price: float):
    """The model of one property, built and evaluated on its own (no arrays)."""
    template = TEMPLATES[record.kind]
    overrides = {p: float(v[0]) for p, v in
                 scaled_inputs(template, np.array([record.area_m2]), price).items()}
    return evaluate(paths.apply(template.model, overrides))


def test_each_kind_has_the_sample_that_declares_it():
    assert {k: t.name for k, t in TEMPLATES.items()} == {
        "bic": "heritage_building", "fiscal": "public_parking",
        "uso_publico": "public_space_aeep"}


@pytest.mark.parametrize("elasticity", [0.0, 0.5])
def test_a_batch_equals_evaluating_each_property_on_its_own(elasticity):
    table = screening.screen(SMALL, price_elasticity=elasticity)
    prices = screening.price_index(SMALL, elasticity)
    for i, record in enumerate(SMALL):
        alone = single(record, prices[i])
        row = table.iloc[i]
        assert (row["code"], row["kind"], row["area_m2"]) == (record.code, record.kind,
                                                             record.area_m2)
        for name in screening.METRICS:
            expected = alone.metric(name)
            if expected is None:
                assert math.isnan(row[name]), name
            else:
                assert row[name] == pytest.approx(expected, rel=1e-9, abs=1e-9), name


def test_a_property_of_the_templates_area_has_the_samples_own_results():
    table = screening.screen(SMALL)
    for i in (0, 2, 4):   # areas 6,800, 16,000 and 9,000 m²: the samples' own
        sample = evaluate(TEMPLATES[SMALL[i].kind].model)
        for name in screening.METRICS:
            assert table.iloc[i][name] == pytest.approx(sample.metric(name), rel=1e-9)


def test_area_sets_the_size_of_a_deal_not_its_returns():
    table = screening.screen([prop("P1", "fiscal", 16000.0), prop("P2", "fiscal", 4000.0)])
    big, small = table.iloc[0], table.iloc[1]
    for name in ("project_npv", "equity_npv", "district_npv", "peak_funding"):
        assert small[name] == pytest.approx(big[name] / 4, rel=1e-9), name
    for name in ("project_irr", "equity_irr", "min_dscr", "payback_years"):
        assert small[name] == pytest.approx(big[name], rel=1e-9), name


def test_the_scaling_rule_on_the_car_park():
    template = TEMPLATES["fiscal"]
    scaled = {p: float(v[0]) for p, v in
              scaled_inputs(template, np.array([8000.0]), 1.1).items()}
    model = paths.apply(template.model, scaled)
    assert model.property.area_m2 == 8000.0
    cars = paths.get(model, "revenues[Automóviles por hora]")
    assert (cars.volume, cars.base_value) == (575000.0, pytest.approx(0.0045 * 1.1))
    shops = paths.get(model, "revenues[Locales y publicidad en accesos]")   # fixed: area, price
    assert shops.base_value == pytest.approx(200.0 * 0.5 * 1.1)
    assert paths.get(model, "costs[Personal de operación].value") == 390.0
    assert paths.get(model, "costs[Energía, ventilación y aseo].area_m2") == 8000.0
    assert paths.get(model, "costs[Energía, ventilación y aseo].value") == 0.03
    assert paths.get(model, "costs[Seguros y administración].value") == 0.04   # a percentage
    assert paths.get(model, "capex[Estructura y obra civil].amount") == 8800.0
    assert model.district.revenue_share == 0.1
    assert model.financing.gearing == template.model.financing.gearing


def test_price_index_by_cadastral_value_per_m2_within_each_kind():
    records = [prop("P1", "fiscal", 100.0, value=100 * 1e6),
               prop("P2", "fiscal", 100.0, value=100 * 4e6),
               prop("P3", "fiscal", 100.0, value=100 * 2e6),
               prop("P4", "fiscal", 100.0, value=None),
               prop("P5", "bic", 100.0, value=100 * 9e6)]
    assert screening.price_index(records, 0.5) == pytest.approx([0.5 ** 0.5, 2 ** 0.5, 1, 1, 1])
    assert list(screening.price_index(records, 0.0)) == [1, 1, 1, 1, 1]


def test_properties_that_cannot_be_screened_say_why_and_the_rest_are_screened():
    records = SMALL[:2] + [prop("P9", "comodato", 100.0), prop("P10", "fiscal", 0.0),
                           prop("P11", "fiscal", float("nan"))]
    table = screening.screen(records, templates={"bic": TEMPLATES["bic"],
                                                 "fiscal": TEMPLATES["fiscal"]})
    assert list(table["problem"][:2]) == ["", ""]
    assert table["problem"][2].startswith("no template for the kind 'comodato'")
    assert "area must be a number above 0" in table["problem"][3]
    assert "area must be a number above 0" in table["problem"][4]
    assert table.iloc[2:][list(screening.METRICS)].isna().all().all()
    assert list(table["viable"][2:]) == [False] * 3


def test_a_property_the_engine_refuses_is_isolated_and_the_others_keep_their_numbers(
        monkeypatch):
    clean = screening.screen(SMALL)
    refused = SMALL[5].area_m2

    def engine(model):
        if np.any(np.asarray(model.property.area_m2) == refused):
            raise ModelError([Message("error", "grant_exceeds_capex", "district.capital_grant")])
        return evaluate(model)

    monkeypatch.setattr(cases, "evaluate", engine)
    table = screening.screen(SMALL)
    assert table["problem"][5].startswith("not evaluated: district.capital_grant: ")
    assert table.iloc[5][list(screening.METRICS)].isna().all()
    others = [i for i in range(len(SMALL)) if i != 5]
    for name in screening.METRICS:
        assert np.allclose(table[name].iloc[others], clean[name].iloc[others], rtol=1e-12)
    assert (table["problem"].iloc[others] == "").all()


def test_ranks_viability_and_filters():
    table = screening.screen(SMALL, price_elasticity=0.5, target_equity_irr=0.15)
    best = table["project_npv"].idxmax()
    assert table.loc[best, "rank_project_npv"] == 1 == table.loc[best, "rank"]
    assert table["rank_equity_irr"].max() <= len(SMALL)
    order = screening.ranked(table, "equity_irr")["equity_irr"].dropna().to_numpy()
    assert (np.diff(order) <= 0).all()
    assert (table["viable"] == (table["equity_irr"] >= 0.15)).all()
    assert (table["target_equity_irr"] == 0.15).all()

    assert list(screening.select(table, kinds=["fiscal"])["code"]) == ["P3", "P4", "P8"]
    for comuna in ("5", "05", "castilla", "05 - Castilla", "CASTILLA"):
        assert list(screening.select(table, comunas=[comuna])["code"]) == ["P3", "P8"]
    viable = screening.select(table, viable_only=True)
    assert viable["viable"].all() and len(viable) == table["viable"].sum()
    both = screening.select(table, kinds=["uso_publico"], comunas=["1", "10"])
    assert list(both["code"]) == ["P6", "P7"]


def test_default_target_is_each_templates_and_rank_by_is_checked():
    table = screening.screen(SMALL[:1])
    assert table["target_equity_irr"][0] == TEMPLATES["bic"].model.valuation.target_equity_irr
    with pytest.raises(ValueError, match="rank_by must be one of"):
        screening.screen(SMALL[:1], rank_by="payback_years")


def test_progress_is_reported_per_batch():
    seen = []
    screening.screen(SMALL, progress=lambda fraction, what: seen.append((fraction, what)))
    assert [f for f, _ in seen] == pytest.approx([1 / 3, 2 / 3, 1.0])
    assert {w for _, w in seen} == {"bic", "fiscal", "uso_publico"}
