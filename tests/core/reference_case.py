"""The worked concession of shared/REFERENCE_CASE.md, as inputs and as its published numbers."""

from pppmodeler.core.inputs import (CapexItem, CostLine, District, Financing, Macro, Model,
                                    RevenueLine, Taxes, Timeline, Valuation)


def reference_model() -> Model:
    return Model(
        timeline=Timeline(start_date="2027-01-01", periods_per_year=1, construction_months=12,
                          operation_years=10),
        macro=Macro(base_year=2027, cpi=[0.04]),
        revenues=[RevenueLine(name="Rent", kind="fixed", base_value=3000.0,
                              ramp_up=[0.75, 0.90], stabilised_occupancy=0.95)],
        costs=[CostLine(name="Fixed O&M", kind="fixed", value=300.0),
               CostLine(name="Variable O&M", kind="percent_of_revenue", value=0.10)],
        capex=[CapexItem(name="Works", amount=10000.0, life_years=10)],
        district=District(canon=100.0, revenue_share=0.05),
        taxes=Taxes(income_tax_rate=0.35, ica_rate=0.007, loss_carryforward_years=12),
        financing=Financing(sizing="gearing", gearing=0.6, rate=0.10, tenor_years=8,
                            repayment="annuity"),
        valuation=Valuation(project_rate=0.12, equity_rate=0.14, social_rate_real=0.09),
    )


LINES = {
    "revenue": [0.00, 2340.00, 2920.32, 3205.86, 3334.10, 3467.46, 3606.16, 3750.41, 3900.42, 4056.44, 4218.70],
    "opex": [0.00, 546.00, 616.51, 658.05, 684.37, 711.74, 740.21, 769.82, 800.61, 832.64, 865.94],
    "canon": [0.00, 104.00, 108.16, 112.49, 116.99, 121.67, 126.53, 131.59, 136.86, 142.33, 148.02],
    "revenue_share": [0.00, 117.00, 146.02, 160.29, 166.70, 173.37, 180.31, 187.52, 195.02, 202.82, 210.93],
    "ica": [0.00, 16.38, 20.44, 22.44, 23.34, 24.27, 25.24, 26.25, 27.30, 28.40, 29.53],
    "ebitda": [0.00, 1556.62, 2029.19, 2252.60, 2342.70, 2436.41, 2533.86, 2635.22, 2740.63, 2850.25, 2964.26],
    "depreciation": [0.00] + [1000.00] * 10,
    "interest": [0.00, 600.00, 547.53, 489.82, 426.34, 356.50, 279.69, 195.19, 102.24, 0.00, 0.00],
    "principal": [0.00, 524.66, 577.13, 634.84, 698.33, 768.16, 844.98, 929.47, 1022.42, 0.00, 0.00],
    "tax": [0.00, 0.00, 153.40, 266.97, 320.73, 377.97, 438.96, 504.01, 573.44, 647.59, 687.49],
    "unlevered_tax": [0.00, 194.82, 360.22, 438.41, 469.95, 502.74, 536.85, 572.33, 609.22, 647.59, 687.49],
    "capex": [10000.00] + [0.00] * 10,
    "debt_drawdown": [6000.00] + [0.00] * 10,
    "equity_injection": [4000.00] + [0.00] * 10,
    "cfads": [0.00, 1556.62, 1875.79, 1985.62, 2021.97, 2058.44, 2094.90, 2131.21, 2167.19, 2202.66, 2276.77],
    "fcff": [-10000.00, 1361.80, 1668.97, 1814.19, 1872.76, 1933.67, 1997.01, 2062.89, 2131.41, 2202.66, 2276.77],
    "fcfe": [-4000.00, 431.96, 751.13, 860.96, 897.31, 933.78, 970.24, 1006.54, 1042.53, 2202.66, 2276.77],
    "district": [0.00, 237.38, 274.62, 295.22, 307.03, 319.31, 332.08, 345.37, 359.18, 373.55, 388.49],
}

METRICS = {
    "project_irr": 0.1302160697,
    "project_irr_pretax": 0.1831493602,
    "equity_irr": 0.1901090477,
    "project_npv": 409.0854615,
    "equity_npv": 925.8646142,
    "district_npv": 1451.78348,
    "min_dscr": 1.38407547,
    "avg_dscr": 1.766278104,
    "payback_years": 6.675316651,
    "peak_debt": 6000,
}
