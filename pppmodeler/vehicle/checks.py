"""What a vehicle's numbers need the analyst to know: assumptions its properties disagree on,
and a vehicle debt its properties' cash does not cover.

Each property is evaluated with its own CPI path and social discount rate, and the vehicle
discounts and indexes with its own. When they differ the consolidated numbers mix assumptions;
that is not an error (a property may have been modelled earlier) but it must be said.
"""

from __future__ import annotations

import numpy as np

from pppmodeler.core.guardrails import Message
from pppmodeler.core.inputs import Model

from .consolidation import VehicleResults
from .terms import Vehicle


def checks(vehicle: Vehicle, models: list[tuple[str, Model]]) -> list[Message]:
    """Warnings about ``models`` (``(holding name, model)``, the included holdings)."""
    found = [] if models else [Message("warning", "vehicle.check.empty", "holdings")]
    for name, model in models:
        if (list(model.macro.cpi) != list(vehicle.setup.cpi)
                or int(model.macro.base_year) != int(vehicle.setup.base_year)):
            found.append(Message("warning", "vehicle.check.cpi", "setup.cpi",
                                 {"name": name}))
        if float(model.valuation.social_rate_real) != float(vehicle.valuation.social_rate_real):
            found.append(Message("warning", "vehicle.check.social_rate",
                                 "valuation.social_rate_real", {"name": name}))
    return found


def debt_cover(results: VehicleResults) -> list[Message]:
    """A warning when, in some years, the properties' cash less the overheads does not cover
    the vehicle's debt service (the DSCR below 1, or negative while properties are being
    built): the shareholders then pay it with contributions."""
    lines = results.vehicle
    service = (lines["interest"] + lines["principal"])[0]
    available = (lines["from_properties"] - lines["overheads"])[0]
    short = (service > 0) & (available < service)
    if not short.any():
        return []
    years = [int(y) for y in results.years[short]]
    return [Message("warning", "vehicle.check.debt_cover", "capital.debt_amount",
                    {"count": len(years), "first": years[0]})]


def debt_above_needs(results: VehicleResults) -> list[Message]:
    """A warning when the vehicle borrows more than its cash ever needs: the excess is paid
    out at once as dividends and repaid later, which raises the District's NPV only because
    the debt rate is below the social discount rate, not because the vehicle earns more."""
    lines = results.vehicle
    drawn = float(lines["debt_drawdown"][0].sum())
    if drawn <= 0:
        return []
    before_debt = (lines["from_properties"] + lines["partner_equity"] - lines["overheads"]
                   - lines["structuring"])[0]
    need = max(0.0, float(-np.cumsum(before_debt).min()))
    if drawn <= need * (1 + 1e-9):
        return []
    return [Message("warning", "vehicle.check.debt_above_needs", "capital.debt_amount",
                    {"debt": round(drawn, 2), "need": round(need, 2)})]
