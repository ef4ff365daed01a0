"""What a vehicle's numbers need the analyst to know: assumptions its properties disagree on.

Each property is evaluated with its own CPI path and social discount rate, and the vehicle
discounts and indexes with its own. When they differ the consolidated numbers mix assumptions;
that is not an error (a property may have been modelled earlier) but it must be said.
"""

from __future__ import annotations

from pppmodeler.core.guardrails import Message
from pppmodeler.core.inputs import Model

from .terms import Vehicle


def checks(vehicle: Vehicle, models: list[tuple[str, Model]]) -> list[Message]:
    """Warnings about ``models`` (``(holding name, model)``, the included holdings)."""
    found = []
    for name, model in models:
        if (list(model.macro.cpi) != list(vehicle.setup.cpi)
                or int(model.macro.base_year) != int(vehicle.setup.base_year)):
            found.append(Message("warning", "vehicle.check.cpi", "setup.cpi",
                                 {"name": name}))
        if float(model.valuation.social_rate_real) != float(vehicle.valuation.social_rate_real):
            found.append(Message("warning", "vehicle.check.social_rate",
                                 "valuation.social_rate_real", {"name": name}))
    return found
