"""The vehicle: consolidation is the sum of its parts plus its own items, and balances."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy_financial as npf
import pytest

from pppmodeler import bundled
from pppmodeler.core import finance, paths
from pppmodeler.core.results import evaluate
from pppmodeler.fileformat import document
from pppmodeler.vehicle import stacking
from pppmodeler.vehicle.consolidation import (FLOWS, annual, district_share,
                                              holdings_frame)
from pppmodeler.vehicle.evaluate import VehicleError, evaluate_holdings, evaluate_vehicle
from pppmodeler.vehicle.terms import (Capital, Costs, Dividends, Holding, Setup, Valuation,
                                      Vehicle)


def sample(name: str):
    return document.loads(bundled.sample_text(name)).model


@pytest.fixture(scope="module")
def heritage():
    return sample("heritage_building")


def vehicle_of(models, **terms) -> Vehicle:
    first = models[0]
    setup = Setup(start_year=2027, base_year=first.macro.base_year, cpi=list(first.macro.cpi))
    holdings = [Holding(name=f"P{i}", model=m) for i, m in enumerate(models)]
    return Vehicle(name="Vehículo", setup=setup, holdings=holdings,
                   valuation=Valuation(social_rate_real=first.valuation.social_rate_real),
                   **terms)


def test_a_vehicle_of_one_property_and_nothing_else_is_that_property(heritage):
    alone = evaluate(heritage)
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(district_in_kind=1000.0)))
    assert list(v.years) == [int(y) for y in alone.grid.labels()]
    for name in FLOWS:
        np.testing.assert_allclose(v.properties[name][0], alone.lines[name][0], atol=1e-9)
    # the vehicle passes the property's equity cash straight through to its one shareholder
    equity_cash = alone.lines["distributions"] - alone.lines["equity_injection"]
    np.testing.assert_allclose(v.vehicle["dividends"] - v.vehicle["contributions"],
                               equity_cash, atol=1e-9)
    assert v.metric("district_npv_standalone") == pytest.approx(alone.metric("district_npv"),
                                                                rel=1e-12)
    assert np.abs(v.vehicle["balance_check"]).max() < 1e-6


def test_consolidation_is_the_sum_of_the_parts_in_calendar_years():
    models = [sample(n) for n in bundled.sample_names()]
    models[1] = replace(models[1], property=replace(models[1].property, currency_unit="thousands"))
    v = evaluate_vehicle(vehicle_of(models, capital=Capital(district_in_kind=1.0)))
    own = [evaluate(m) for m in models]
    scale = [1.0, 1e-3, 1.0]           # thousands of pesos in a vehicle counted in millions
    for name in ("revenue", "opex", "district", "capex", "tax"):
        total = sum(r.lines[name].sum() * s for r, s in zip(own, scale))
        assert v.properties[name].sum() == pytest.approx(total, rel=1e-12)
    # the quarterly model's first year is the sum of its first four quarters
    quarterly = own[2]
    assert quarterly.grid.ppy == 4
    year_one = annual(quarterly, v.years)["revenue"][0, list(v.years).index(2029)]
    assert year_one == pytest.approx(quarterly.lines["revenue"][0, 8:12].sum())
    # a balance at the end of a year is the one at the end of its last quarter
    debt = annual(quarterly, v.years)["debt_balance"][0, list(v.years).index(2030)]
    assert debt == quarterly.lines["debt_balance"][0, 15]


def test_the_consolidated_balance_sheet_balances_with_every_vehicle_item():
    models = [sample(n) for n in bundled.sample_names()]
    v = evaluate_vehicle(vehicle_of(
        models, costs=Costs(overheads=350.0, structuring=900.0),
        capital=Capital(district_in_kind=8000.0, partner_equity=5000.0, debt_amount=3000.0,
                        debt_rate=0.12, debt_tenor_years=8),
        dividends=Dividends(payout_ratio=0.7, minimum_cash=200.0)))
    lines = v.vehicle
    assert np.abs(lines["balance_check"]).max() < 1e-6 * lines["total_assets"].max()
    assert (lines["cash"] >= -1e-9).all()
    assert lines["cash"][0, -1] == pytest.approx(0.0, abs=1e-9)   # wound up: all paid out
    assert lines["overheads"][0, 1] == pytest.approx(350.0 * (1 + models[0].macro.cpi[0]))


def test_the_vehicle_debt_is_an_annuity_from_the_year_after_it_is_drawn(heritage):
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=1000.0, debt_rate=0.1, debt_tenor_years=5)))
    k = np.arange(1, 6)
    np.testing.assert_allclose(v.vehicle["interest"][0, 1:6], -npf.ipmt(0.1, k, 5, 1000.0))
    np.testing.assert_allclose(v.vehicle["principal"][0, 1:6], -npf.ppmt(0.1, k, 5, 1000.0))
    assert v.vehicle["debt_balance"][0, 5] == pytest.approx(0.0, abs=1e-9)
    assert v.vehicle["interest"][0, [0, 6]].tolist() == [0.0, 0.0]


@pytest.mark.parametrize("grace", [2, 4])
def test_the_vehicle_debt_pays_interest_only_in_its_grace_years(heritage, grace):
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=1000.0, debt_rate=0.1, debt_tenor_years=5,
        debt_grace_years=grace)))
    interest, principal = v.vehicle["interest"][0], v.vehicle["principal"][0]
    np.testing.assert_allclose(interest[1:grace + 1], 100.0)
    np.testing.assert_allclose(principal[1:grace + 1], 0.0, atol=1e-12)
    k = np.arange(1, 5 - grace + 1)
    np.testing.assert_allclose(interest[grace + 1:6], -npf.ipmt(0.1, k, 5 - grace, 1000.0))
    np.testing.assert_allclose(principal[grace + 1:6], -npf.ppmt(0.1, k, 5 - grace, 1000.0))
    assert v.vehicle["debt_balance"][0, 5] == pytest.approx(0.0, abs=1e-9)
    assert interest[6] == 0.0 and principal[6] == 0.0


@pytest.mark.parametrize("grace", [5, 9])
def test_a_grace_as_long_as_the_tenor_is_a_bullet_repayment(heritage, grace):
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=1000.0, debt_rate=0.1, debt_tenor_years=5,
        debt_grace_years=grace)))
    np.testing.assert_allclose(v.vehicle["interest"][0, 1:6], 100.0)
    np.testing.assert_allclose(v.vehicle["principal"][0, 1:6], [0, 0, 0, 0, 1000.0],
                               atol=1e-9)


def test_the_district_view_adds_its_share_of_dividends_less_contributions(heritage):
    parking = sample("public_parking")
    vehicle = vehicle_of([heritage, parking], capital=Capital(district_in_kind=6000.0,
                                                              partner_equity=4000.0))
    v = evaluate_vehicle(vehicle)
    share = float(district_share(vehicle)[0, 0])
    assert share == pytest.approx(0.6)
    equity = v.vehicle["dividends"] - v.vehicle["contributions"]
    cpi = np.array([heritage.macro.cpi[min(k, 2)] for k in range(v.years.size)])
    factors = finance.discount_factors((1.09 * (1 + cpi) - 1)[None, :])
    gain = finance.present_value(share * equity, factors)
    assert v.metric("district_gain") == pytest.approx(float(gain[0]), rel=1e-9)
    partner = v.vehicle["partner"][0]
    assert partner[0] == pytest.approx(-4000.0 + 0.4 * equity[0, 0])
    assert v.metric("partner_irr") == pytest.approx(npf.irr(partner), rel=1e-8)


def test_holdings_of_one_template_are_one_batch_with_the_numbers_of_each(heritage):
    models = [paths.with_value(heritage, "revenues[0].area_m2", a) for a in (800.0, 1500.0)]
    models.append(paths.with_value(heritage, "timeline.operation_years", 25))
    models.append(paths.with_value(heritage, "financing.repayment", "annuity"))
    assert stacking.groups(models) == [[0, 1, 2], [3]]
    together = evaluate_holdings(vehicle_of(models))
    for model, got in zip(models, together):
        alone = evaluate(model)
        assert got.metric("equity_irr") == pytest.approx(alone.metric("equity_irr"), rel=1e-12)
        np.testing.assert_allclose(got.lines["fcfe"][0, :alone.grid.T], alone.lines["fcfe"][0])


def test_holdings_with_the_same_model_count_once_each(heritage):
    # equal in every number, they stack into a batch of one iteration
    twice = evaluate_vehicle(vehicle_of([heritage, heritage]))
    once = evaluate_vehicle(vehicle_of([heritage]))
    for name in ("distributions", "district", "debt_balance"):
        np.testing.assert_allclose(twice.properties[name], 2 * once.properties[name])
    assert [r.metric("equity_irr") for r in twice.results] == [
        once.results[0].metric("equity_irr")] * 2


def test_holdings_that_cannot_be_used_are_all_named(heritage, tmp_path):
    short = paths.with_value(heritage, "timeline.operation_years", 5)
    vehicle = vehicle_of([heritage, short, heritage])
    vehicle.holdings[2] = Holding(name="Lejano", source="file", file="no_existe.pppm")
    with pytest.raises(VehicleError) as caught:
        evaluate_vehicle(vehicle, folder=tmp_path)
    named = dict(caught.value.problems)
    assert set(named) == {"P1", "Lejano"}
    assert "financing.tenor_years" in named["P1"]
    assert "no_existe.pppm" in named["Lejano"]


def test_a_holding_read_from_its_file_at_a_scenario(tmp_path):
    doc = document.loads(bundled.sample_text("heritage_building"))
    document.save(doc, tmp_path / "edificio.pppm")
    scenario = doc.scenarios[0]
    vehicle = vehicle_of([doc.model])
    vehicle.holdings[0] = Holding(name="Edificio", source="file", file="edificio.pppm",
                                  scenario=scenario.name)
    got = evaluate_holdings(vehicle, folder=tmp_path)[0]
    expected = evaluate(paths.apply(doc.model, scenario.overrides))
    assert got.metric("equity_irr") == pytest.approx(expected.metric("equity_irr"), rel=1e-12)


def test_one_row_per_holding_whose_district_values_add_up_to_the_stand_alone_view():
    models = [sample(n) for n in bundled.sample_names()]
    vehicle = vehicle_of(models, capital=Capital(district_in_kind=5.0, partner_equity=5.0))
    vehicle.holdings[1].included = False
    v = evaluate_vehicle(vehicle)
    table = holdings_frame(vehicle, v)
    assert list(table["name"]) == ["P0", "P2"]
    assert table["district_npv_in_vehicle"].sum() == pytest.approx(
        v.metric("district_npv_standalone"), rel=1e-12)
    alone = evaluate(models[2])
    assert table.loc[1, "equity_irr"] == pytest.approx(alone.metric("equity_irr"), rel=1e-12)
    assert table.loc[1, "district_npv"] == pytest.approx(alone.metric("district_npv"), rel=1e-12)


def test_properties_whose_assumptions_differ_from_the_vehicle_are_named(heritage):
    other = replace(heritage, macro=replace(heritage.macro, cpi=[0.06]))
    v = evaluate_vehicle(vehicle_of([heritage, other]))
    assert [(m.code, m.values["name"]) for m in v.messages] == [("vehicle.check.cpi", "P1")]
    assert "P1: its model assumes a CPI path" in v.messages[0].text("en")


def test_a_vehicle_debt_the_properties_cash_does_not_cover_is_said(heritage):
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=1000.0, debt_rate=0.1, debt_tenor_years=5)))
    cover = [m for m in v.messages if m.code == "vehicle.check.debt_cover"]
    assert len(cover) == 1 and cover[0].values["first"] == 2028
    assert v.metric("min_vehicle_dscr") < 0        # 2028: the building is still being built
    quiet = evaluate_vehicle(vehicle_of([heritage], capital=Capital(district_in_kind=1.0)))
    assert not [m for m in quiet.messages if m.code == "vehicle.check.debt_cover"]


def test_a_vehicle_without_a_partner_says_so(heritage):
    v = evaluate_vehicle(vehicle_of([heritage], capital=Capital(district_in_kind=1.0)))
    assert v.metric("partner_irr") is None
    assert v.status("partner_irr") == "no_partner"
    with_partner = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, partner_equity=500.0)))
    assert with_partner.status("partner_irr") == "ok"


def test_a_vehicle_without_included_properties_says_so(heritage):
    vehicle = vehicle_of([heritage])
    vehicle.holdings[0].included = False
    v = evaluate_vehicle(vehicle)
    assert [m.code for m in v.messages] == ["vehicle.check.empty"]


def test_a_vehicle_debt_above_its_needs_is_said(heritage):
    big = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=100_000.0, debt_rate=0.05, debt_tenor_years=10)))
    found = [m for m in big.messages if m.code == "vehicle.check.debt_above_needs"]
    assert len(found) == 1 and found[0].values["debt"] == 100_000.0
    need = found[0].values["need"]
    # the vehicle's own cash need is the property's equity injections before distributions
    equity = evaluate(heritage).lines
    cash = (equity["distributions"] - equity["equity_injection"])[0]
    assert need == pytest.approx(-np.cumsum(cash).min(), abs=0.01)   # shown to the cent
    fits = evaluate_vehicle(vehicle_of([heritage], capital=Capital(
        district_in_kind=1.0, debt_amount=need * 0.5, debt_rate=0.05, debt_tenor_years=10)))
    assert not [m for m in fits.messages if m.code == "vehicle.check.debt_above_needs"]
