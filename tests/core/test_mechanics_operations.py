"""Revenue, operating costs, indexation and the period grid, against hand-worked numbers.

Every expected value is derived in the comments from the inputs, not from the engine's code.
The base is the reference case with everything that does not matter to a test switched off.
"""

from __future__ import annotations

import dataclasses as dc
from datetime import date

import numpy as np
import pytest

from pppmodeler.core.inputs import CostLine, Macro, RevenueLine, Timeline
from pppmodeler.core.results import ModelError, evaluate

from .reference_case import reference_model


def plain(**timeline):
    """Reference case without CAPEX, debt, District terms or taxes; 1 year of construction."""
    m = reference_model()
    tl = dc.replace(m.timeline, **timeline) if timeline else m.timeline
    return dc.replace(
        m, timeline=tl, capex=[], costs=[],
        district=dc.replace(m.district, canon=0.0, revenue_share=0.0),
        taxes=dc.replace(m.taxes, income_tax_rate=0.0, ica_rate=0.0),
        financing=dc.replace(m.financing, gearing=0.0))


def with_lines(model, revenues=None, costs=None, cpi=None):
    changes = {}
    if revenues is not None:
        changes["revenues"] = revenues
    if costs is not None:
        changes["costs"] = costs
    if cpi is not None:
        changes["macro"] = Macro(base_year=2027, cpi=cpi)
    return dc.replace(model, **changes)


# ---------------------------------------------------------------------------------------------
# Indexation
# ---------------------------------------------------------------------------------------------

CPI_PATH = [0.03, 0.05, 0.04, 0.06]   # 2027, 2028, 2029, 2030 and after


def test_cpi_index_along_a_varying_path():
    # Convention (indexation.py): prices move each January by the inflation of the year just
    # ended: I(2027) = 1, I(y) = I(y-1) × (1 + cpi[y-1]); the last CPI holds.
    # A fixed 1,000 a year, indexed to CPI; operation 2028–2032.
    #   2028: 1,000 × 1.03 (2027's CPI)            = 1,030
    #   2029: 1,030 × 1.05 (2028's)                = 1,081.5
    #   2030: 1,081.5 × 1.04 (2029's)              = 1,124.76
    #   2031: 1,124.76 × 1.06 (2030's)             = 1,192.2456
    #   2032: 1,192.2456 × 1.06 (2031's = last)    = 1,263.780336
    m = with_lines(plain(operation_years=5),
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=1000.0)], cpi=CPI_PATH)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"),
                               [0, 1030, 1081.5, 1124.76, 1192.2456, 1263.780336], rtol=1e-12)
    # the real view deflates by the plain CPI index: 1,000 every year
    np.testing.assert_allclose(res.line("revenue", real=True), [0] + [1000] * 5, rtol=1e-12)


def test_cpi_plus_spread_and_no_indexation():
    # cpi_plus 2 points: growth (1 + cpi of the year just ended + 0.02) each January:
    #   2028: 1,000 × 1.05 (2027: 3 % + 2) = 1,050; 2029: 1,050 × 1.07 (2028: 5 % + 2) = 1,123.5;
    #   2030: 1,123.5 × 1.06 (2029: 4 % + 2) = 1,190.91
    # none: 1,000 nominal every year.
    m = with_lines(plain(operation_years=3), cpi=CPI_PATH, revenues=[
        RevenueLine(name="Plus", kind="fixed", base_value=1000.0, indexation="cpi_plus",
                    index_spread=0.02),
        RevenueLine(name="Flat", kind="fixed", base_value=1000.0, indexation="none")])
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue:Plus"), [0, 1050, 1123.5, 1190.91], rtol=1e-12)
    np.testing.assert_allclose(res.line("revenue:Flat"), [0, 1000, 1000, 1000], rtol=1e-12)
    # in real terms the unindexed line loses value: 1000 / 1.03, / 1.0815, / 1.12476
    np.testing.assert_allclose(res.line("revenue:Flat", real=True),
                               [0, 1000 / 1.03, 1000 / 1.0815, 1000 / 1.12476], rtol=1e-12)


def test_indexation_is_yearly_in_a_quarterly_model_starting_mid_year():
    # Start 1 July 2027, quarterly, 2 quarters of construction (Jul–Dec 2027), 2 years of
    # operation: Q1 2028 … Q4 2029. Prices move once a year, in January, by the CPI of the
    # year just ended (I(2028) = 1.03, I(2029) = 1.03 × 1.05 = 1.0815):
    #   each 2028 quarter: 1,000 × 1.03 / 4 = 257.5; each 2029 quarter: 1,000 × 1.0815 / 4
    #   = 270.375
    m = with_lines(plain(start_date="2027-07-01", periods_per_year=4, construction_months=6,
                         operation_years=2),
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=1000.0)], cpi=CPI_PATH)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"), [0, 0] + [257.5] * 4 + [270.375] * 4,
                               rtol=1e-12)
    # a period's flow falls at its end: 30 Sep 2027, 31 Dec 2027, …, 30 Jun 2029 … 31 Dec 2029
    ends = res.grid.end_dates()
    assert ends[0] == date(2027, 9, 30)
    assert ends[1] == date(2027, 12, 31)
    assert ends[-1] == date(2029, 12, 31)
    assert res.grid.labels()[2] == "2028-T1"


def test_quarterly_index_starting_mid_year_crosses_into_new_year_mid_operating_year():
    # Start 1 April 2027, quarterly, no construction, 1 year of operation: Q2 2027 … Q1 2028.
    # Base prices are 2027's: three quarters at 1,000/4 = 250, then Q1 2028, indexed in January
    # by 2027's CPI (3 %), at 1,030/4 = 257.5.
    m = with_lines(plain(start_date="2027-04-01", periods_per_year=4, construction_months=0,
                         operation_years=1),
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=1000.0)], cpi=CPI_PATH)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"), [250, 250, 250, 257.5], rtol=1e-12)


def test_model_starting_before_the_base_year_deflates_backwards():
    # Base year of prices 2028, model starts in 2027 (one year of construction), CPI 4 % flat.
    # I(2027) = 1 / 1.04; operation 2028–2029 at 1,000 and 1,040.
    m = plain(operation_years=2)
    m = dc.replace(m, macro=Macro(base_year=2028, cpi=[0.04]), revenues=[
        RevenueLine(name="R", kind="fixed", base_value=1000.0)])
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"), [0, 1000, 1040], rtol=1e-12)
    np.testing.assert_allclose(res.deflator[0], [1 / 1.04, 1, 1.04], rtol=1e-12)


# ---------------------------------------------------------------------------------------------
# Revenue lines
# ---------------------------------------------------------------------------------------------

def test_rent_per_m2_with_ramp_up_vacancy_collection_loss_and_real_growth():
    # 100 per m² a year × 20 m² = 2,000 at full occupancy; ramp-up [0.5] then 0.9 stabilised;
    # vacancy 10 %, collection loss 5 %, real growth 2 % a year, CPI path as above
    # (I(2028) = 1.03, I(2029) = 1.03 × 1.05 = 1.0815, I(2030) = 1.0815 × 1.04 = 1.12476).
    #   2028 (k=1): 2,000 × 0.5 × 0.9 × 0.95 × 1.02^0 × 1.03           =   880.65
    #   2029 (k=2): 2,000 × 0.9 × 0.9 × 0.95 × 1.02^1 × 1.0815         = 1,697.71707
    #   2030 (k=3): 2,000 × 0.9 × 0.9 × 0.95 × 1.02^2 × 1.12476        = 1,800.9382…
    line = RevenueLine(name="Rent", kind="rent_per_m2", base_value=100.0, area_m2=20.0,
                       ramp_up=[0.5], stabilised_occupancy=0.9, vacancy=0.1,
                       collection_loss=0.05, real_growth=0.02)
    res = evaluate(with_lines(plain(operation_years=3), revenues=[line], cpi=CPI_PATH))
    expected = [0, 2000 * 0.5 * 0.9 * 0.95 * 1.03,
                2000 * 0.9 * 0.9 * 0.95 * 1.02 * 1.0815,
                2000 * 0.9 * 0.9 * 0.95 * 1.02 ** 2 * 1.12476]
    assert expected[1] == pytest.approx(880.65)
    assert expected[2] == pytest.approx(1697.71707)
    np.testing.assert_allclose(res.line("revenue"), expected, rtol=1e-12)


def test_unit_fee_percent_of_line_and_active_window():
    # Parking: fee 5 × 300 units a year = 1,500, CPI 0, active operating years 2–3 only.
    # Commission: 10 % of Parking's revenue: 150 where Parking runs.
    # Shop: fixed 800, from year 3 to the end.
    m = with_lines(plain(operation_years=4), cpi=[0.0], revenues=[
        RevenueLine(name="Parking", kind="unit_fee", base_value=5.0, volume=300.0,
                    start_year=2, end_year=3),
        RevenueLine(name="Commission", kind="percent_of_line", of_line="Parking",
                    base_value=0.10),
        RevenueLine(name="Shop", kind="fixed", base_value=800.0, start_year=3)])
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue:Parking"), [0, 0, 1500, 1500, 0])
    np.testing.assert_allclose(res.line("revenue:Commission"), [0, 0, 150, 150, 0])
    np.testing.assert_allclose(res.line("revenue:Shop"), [0, 0, 0, 800, 800])
    np.testing.assert_allclose(res.line("revenue"), [0, 0, 1650, 2450, 800])


def test_line_ramp_up_counts_from_the_line_own_start():
    # A line starting in operating year 3 with ramp-up [0.25, 0.5]: its own years 1, 2 are
    # operating years 3, 4. 1,000 × 0.25 = 250 in year 3, 500 in year 4, 1,000 in year 5.
    m = with_lines(plain(operation_years=5), cpi=[0.0], revenues=[
        RevenueLine(name="Late", kind="fixed", base_value=1000.0, start_year=3,
                    ramp_up=[0.25, 0.5])])
    np.testing.assert_allclose(evaluate(m).line("revenue"), [0, 0, 0, 250, 500, 1000])


def test_percent_line_is_not_indexed_twice():
    # Base line indexed at CPI (4 %): 1,000 × 1.04 = 1,040 in 2028. A 10 % line on it is 104,
    # not 104 × 1.04.
    m = with_lines(plain(operation_years=1), cpi=[0.04], revenues=[
        RevenueLine(name="Base", kind="fixed", base_value=1000.0),
        RevenueLine(name="Pct", kind="percent_of_line", of_line="Base", base_value=0.10)])
    assert evaluate(m).line("revenue:Pct")[1] == pytest.approx(104.0, rel=1e-12)


def test_percent_lines_are_evaluated_after_the_line_they_take_from():
    # The percentage line is listed first; it still sees its base (order-independent).
    m = with_lines(plain(operation_years=1), cpi=[0.0], revenues=[
        RevenueLine(name="Pct", kind="percent_of_line", of_line="Base", base_value=0.5),
        RevenueLine(name="Base", kind="fixed", base_value=1000.0)])
    assert evaluate(m).line("revenue:Pct")[1] == pytest.approx(500.0)


def test_circular_percentage_lines_are_refused():
    m = with_lines(plain(operation_years=1), revenues=[
        RevenueLine(name="A", kind="percent_of_line", of_line="B", base_value=0.5),
        RevenueLine(name="B", kind="percent_of_line", of_line="A", base_value=0.5)])
    with pytest.raises(ModelError):
        evaluate(m)


# ---------------------------------------------------------------------------------------------
# Operating costs
# ---------------------------------------------------------------------------------------------

def test_cost_kinds():
    # Revenue: unit fee 10 × 200 units × occupancy 0.5 = 1,000 a year, CPI 0.
    # fixed 100; per m² 2 × 50 m² = 100; 10 % of revenue = 100; per unit 0.3 × occupied units
    # of "Fees" (200 × 0.5 = 100) = 30; per unit 0.5 × its own 40 units = 20.
    m = with_lines(plain(operation_years=2), cpi=[0.0], revenues=[
        RevenueLine(name="Fees", kind="unit_fee", base_value=10.0, volume=200.0,
                    stabilised_occupancy=0.5)], costs=[
        CostLine(name="Fixed", kind="fixed", value=100.0),
        CostLine(name="Area", kind="per_m2", value=2.0, area_m2=50.0),
        CostLine(name="Pct", kind="percent_of_revenue", value=0.10),
        CostLine(name="Units", kind="per_unit", value=0.3, units_from="Fees"),
        CostLine(name="Own", kind="per_unit", value=0.5, volume=40.0)])
    res = evaluate(m)
    assert res.line("revenue")[1] == pytest.approx(1000.0)
    for name, value in [("Fixed", 100), ("Area", 100), ("Pct", 100), ("Units", 30),
                        ("Own", 20)]:
        np.testing.assert_allclose(res.line(f"cost:{name}"), [0, value, value], rtol=1e-12,
                                   err_msg=name)
    np.testing.assert_allclose(res.line("opex"), [0, 350, 350], rtol=1e-12)


def test_cost_indexation_and_real_growth():
    # Fixed 100, CPI path as above, real growth 3 %, cpi_plus 1 point; the index grows each
    # January by the CPI of the year just ended + 1 point:
    #   2028: 100 × 1.00 × (1 + 0.03 + 0.01)            = 104
    #   2029: 100 × 1.03 × 1.04 × (1 + 0.05 + 0.01)     = 113.5472
    m = with_lines(plain(operation_years=2), cpi=CPI_PATH, costs=[
        CostLine(name="C", kind="fixed", value=100.0, real_growth=0.03, indexation="cpi_plus",
                 index_spread=0.01)])
    np.testing.assert_allclose(evaluate(m).line("opex"), [0, 104, 113.5472], rtol=1e-12)


def test_major_maintenance_every_n_years():
    # 500 every 3 years of operation (years 3 and 6 of 7), CPI 0.
    m = with_lines(plain(operation_years=7), cpi=[0.0], costs=[
        CostLine(name="Major", kind="fixed", value=500.0, every_years=3)])
    np.testing.assert_allclose(evaluate(m).line("opex"), [0, 0, 0, 500, 0, 0, 500, 0])


def test_major_maintenance_every_n_years_in_a_quarterly_model():
    # Quarterly, 2 operating years, 400 every 2 years: the whole 400 falls in operating year 2,
    # 100 a quarter; nothing in year 1. CPI 0, no construction.
    m = with_lines(plain(periods_per_year=4, construction_months=0, operation_years=2),
                   cpi=[0.0], costs=[CostLine(name="Major", kind="fixed", value=400.0,
                                              every_years=2)])
    opex = evaluate(m).line("opex")
    np.testing.assert_allclose(opex, [0] * 4 + [100] * 4)
    assert opex.sum() == pytest.approx(400.0)


def test_quarterly_amounts_are_a_quarter_of_the_annual_and_ramp_up_counts_years():
    # Quarterly, no construction, 2 years: revenue 1,200 a year, ramp-up [0.5]:
    # year 1 quarters 1,200 × 0.5 / 4 = 150, year 2 quarters 1,200 / 4 = 300 (CPI 0).
    m = with_lines(plain(periods_per_year=4, construction_months=0, operation_years=2),
                   cpi=[0.0], revenues=[RevenueLine(name="R", kind="fixed", base_value=1200.0,
                                                    ramp_up=[0.5])],
                   costs=[CostLine(name="F", kind="fixed", value=400.0)])
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"), [150] * 4 + [300] * 4)
    np.testing.assert_allclose(res.line("opex"), [100] * 8)


def test_monthly_grid_and_annual_totals_match_annual_model():
    # Same inputs on an annual and a monthly grid (no CAPEX, no tax): each calendar year's
    # revenue and opex add up to the annual model's (indexation is yearly, amounts spread evenly).
    base = with_lines(plain(operation_years=3), cpi=CPI_PATH, revenues=[
        RevenueLine(name="R", kind="fixed", base_value=1200.0, ramp_up=[0.6, 0.8])],
        costs=[CostLine(name="F", kind="fixed", value=300.0),
               CostLine(name="V", kind="percent_of_revenue", value=0.1)])
    annual = evaluate(base)
    monthly = evaluate(dc.replace(base, timeline=dc.replace(base.timeline, periods_per_year=12)))
    assert monthly.grid.T == 48
    for name in ("revenue", "opex", "ebitda"):
        by_year = monthly.line(name).reshape(4, 12).sum(axis=1)
        np.testing.assert_allclose(by_year, annual.line(name), rtol=1e-12, err_msg=name)


# ---------------------------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------------------------

def test_phases_fill_whole_periods_or_are_refused():
    # 18 months of construction fill 6 quarters but not whole years.
    ok = evaluate(plain(periods_per_year=4, construction_months=18, operation_years=2))
    assert ok.grid.T == 6 + 8
    with pytest.raises(ModelError):
        evaluate(plain(periods_per_year=1, construction_months=18, operation_years=2))


def test_phase_flags_and_operating_years():
    res = evaluate(plain(periods_per_year=2, construction_months=12, operation_years=3))
    g = res.grid
    np.testing.assert_array_equal(g.construction[0], [1, 1, 0, 0, 0, 0, 0, 0])
    np.testing.assert_array_equal(g.operation[0], [0, 0, 1, 1, 1, 1, 1, 1])
    np.testing.assert_array_equal(g.op_year[0], [0, 0, 1, 1, 2, 2, 3, 3])
    np.testing.assert_array_equal(g.last[0], [0] * 7 + [1])
    assert g.labels()[:3] == ["2027-01", "2027-07", "2028-01"]


def test_timeline_shape():
    t = Timeline(start_date="2030-03-01", periods_per_year=12, construction_months=5,
                 operation_years=1)
    res = evaluate(dc.replace(plain(), timeline=t))
    assert res.grid.T == 17
    assert res.grid.end_dates()[0] == date(2030, 3, 31)
    assert res.grid.end_dates()[-1] == date(2031, 7, 31)


def test_annual_periods_starting_mid_year_take_the_index_of_the_year_they_begin():
    # Start 1 July 2027, annual periods: Jul 2027–Jun 2028 (construction), Jul 2028–Jun 2029
    # and Jul 2029–Jun 2030 (operation). Each period is priced at the index of the calendar
    # year in which it begins: 1,000 × I(2028) = 1,000 × 1.03 and 1,000 × I(2029)
    # = 1,000 × 1.03 × 1.05 (CPI path above, indexed each January by the year just ended).
    m = with_lines(plain(start_date="2027-07-01", operation_years=2),
                   revenues=[RevenueLine(name="R", kind="fixed", base_value=1000.0)], cpi=CPI_PATH)
    res = evaluate(m)
    np.testing.assert_allclose(res.line("revenue"), [0, 1030, 1081.5], rtol=1e-12)
    assert res.grid.end_dates() == [date(2028, 6, 30), date(2029, 6, 30), date(2030, 6, 30)]
    assert res.grid.labels() == ["2027-07", "2028-07", "2029-07"]
