"""The balance sheet, built from the period lines; it must balance every period.

Assets: fixed assets (all capitalised spend less depreciation and write-off), cash kept in the
project, the DSRA and receivables. Liabilities and equity: senior debt, payables, paid-in
equity (all injections) and retained earnings (net income less distributions). Because
distributions may exceed accumulated profit (depreciation frees cash), retained earnings can be
negative: that is a return of capital, shown in the same line.
"""

from __future__ import annotations

import numpy as np


def balance_sheet(lines: dict) -> dict:
    """Balance-sheet lines (end of period) and ``balance_check`` = assets − liabilities − equity."""
    capitalised = (lines["construction_capex"] + lines["lifecycle_capex"] + lines["gmf_capex"]
                   - lines["grant"] + lines["idc"] + lines["fees"])
    fixed_assets = np.cumsum(capitalised - lines["depreciation"] - lines["write_off"], axis=1)
    total_assets = (fixed_assets + lines["cash_balance"] + lines["dsra_balance"]
                    + lines["receivables"])
    paid_in = np.cumsum(lines["equity_injection"], axis=1)
    retained = np.cumsum(lines["net_income"] - lines["distributions"], axis=1)
    total_funding = lines["debt_balance"] + lines["payables"] + paid_in + retained
    return dict(fixed_assets=fixed_assets, total_assets=total_assets,
                paid_in_equity=paid_in, retained_earnings=retained,
                total_liabilities_equity=total_funding,
                balance_check=total_assets - total_funding)
