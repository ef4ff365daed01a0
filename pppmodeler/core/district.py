"""What the District receives and pays under the concession, before the return share.

Conventions
-----------
- The fixed canon and availability payments are annual amounts in base-year prices, indexed,
  paid over the operation phase (availability payments for their first N years if N > 0).
- The revenue share is a fraction of the revenue of the lines subject to it.
- ICA is levied on gross revenue, availability payments included; it is District income.
- The capital grant is in base-year prices, indexed, and paid pro rata with construction spend.
- Under reversion, the District receives the residual value of the assets (base-year prices,
  indexed) at the end of the concession; the concessionaire receives nothing for them.
- The share of excess returns depends on the equity's cash and is computed in the waterfall.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .batch import col
from .indexation import Prices
from .inputs import District, EndOfConcession
from .timeline import Grid


@dataclass
class DistrictFlows:
    canon: np.ndarray
    revenue_share: np.ndarray
    availability: np.ndarray     # paid by the District to the concessionaire
    grant: np.ndarray            # paid by the District during construction
    residual_value: np.ndarray   # received by the District at reversion


def district_flows(terms: District, end: EndOfConcession, grid: Grid, prices: Prices,
                   revenue_shared: np.ndarray, construction_spend: np.ndarray) -> DistrictFlows:
    op = grid.operation
    canon = col(terms.canon) * prices.index(terms.canon_indexation, terms.canon_spread) * op
    ap_years = np.rint(col(terms.availability_years)).astype(int)
    ap_on = op * ((ap_years == 0) | (grid.op_year <= ap_years))
    availability = (col(terms.availability_payment)
                    * prices.index(terms.availability_indexation) * ap_on)
    spend_total = construction_spend.sum(axis=1, keepdims=True)
    spend_share = np.divide(construction_spend, spend_total,
                            out=np.zeros_like(construction_spend), where=spend_total > 0)
    grant = col(terms.capital_grant) * prices.index("cpi") * spend_share
    residual = (col(end.residual_value) * prices.index("cpi") * grid.last
                * (end.mode == "reversion"))
    return DistrictFlows(canon=canon / grid.ppy, revenue_share=col(terms.revenue_share)
                         * revenue_shared, availability=availability / grid.ppy,
                         grant=grant, residual_value=residual)
