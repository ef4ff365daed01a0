"""A first concession model of a property: the bundled sample of its kind, scaled to its area.

Templates (:func:`templates_by_kind`) are the bundled samples, each standing for the kind its
``property.kind`` declares: ``heritage_building`` for ``bic``, ``public_parking`` for
``fiscal``, ``public_space_aeep`` for ``uso_publico``.

The scaling rule (:func:`scaled_inputs`), with ``r`` = the property's area ÷ the template's
``property.area_m2``:

- areas: ``property.area_m2`` becomes the property's area; ``property.leasable_area_m2`` and
  the ``area_m2`` of rent-per-m² revenue lines and per-m² cost lines are multiplied by ``r``
  (the template's share of leasable and serviced area is kept);
- volumes: the ``volume`` of unit-fee revenue lines and per-unit cost lines × ``r`` (a car
  park half the size sells half the hours);
- fixed amounts × ``r``: fixed revenue and cost lines, CAPEX amounts, the District's canon,
  capital grant and availability payment, a debt amount (sizing by amount), the residual value
  and the public sector comparator's cost;
- unchanged: prices per m² and per unit, percentages, occupancies and ramp-ups, rates, the
  timeline, taxes and financing terms.

Every flow of the model is then ``r`` times the template's, so IRRs, DSCRs and payback are the
template's and NPVs are ``r`` times its NPVs: area alone sets the size of a deal, not whether
it is viable. ``price`` (1 by default) multiplies the base value (price) of rent-per-m²,
unit-fee and fixed revenue lines, to let a location premium (see
:func:`.screening.price_index`) tell properties of one kind apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pppmodeler import bundled
from pppmodeler.core.inputs import Model
from pppmodeler.fileformat import loads

# Per kind of line: the field multiplied by the area ratio.
REVENUE_DRIVER = {"rent_per_m2": "area_m2", "unit_fee": "volume", "fixed": "base_value"}
COST_DRIVER = {"per_m2": "area_m2", "per_unit": "volume", "fixed": "value"}
PRICED_REVENUES = ("rent_per_m2", "unit_fee", "fixed")
SCALED_AMOUNTS = ("property.leasable_area_m2", "district.canon", "district.capital_grant",
                  "district.availability_payment", "financing.amount", "end.residual_value",
                  "valuation.psc_cost_npv")


@dataclass(frozen=True)
class Template:
    """A bundled sample used as the first model of every property of its kind."""

    name: str
    model: Model

    @property
    def area_m2(self) -> float:
        return float(self.model.property.area_m2)


def templates_by_kind() -> dict[str, Template]:
    """The bundled sample of each kind, by its ``property.kind``; ValueError when two samples
    declare one kind or a sample's area is not positive."""
    found: dict[str, Template] = {}
    for name in bundled.sample_names():
        model = loads(bundled.sample_text(name), source=name).model
        kind = model.property.kind
        if kind in found:
            raise ValueError(f"the samples {found[kind].name} and {name} are both of kind "
                             f"{kind}: say which one is the template")
        if not model.property.area_m2 > 0:
            raise ValueError(f"the sample {name} has no area: it cannot be scaled")
        found[kind] = Template(name, model)
    return found


def scaled_inputs(template: Template, area_m2: np.ndarray,
                  price: np.ndarray | float = 1.0) -> dict[str, np.ndarray]:
    """The inputs that the scaling rule changes, as ``{path: values}`` with one value per
    property (``area_m2`` and ``price`` of shape ``(n,)``). Inputs that are 0 in the template
    stay 0 and are left out."""
    model = template.model
    ratio = np.asarray(area_m2, dtype=float) / template.area_m2
    price = np.broadcast_to(np.asarray(price, dtype=float), ratio.shape)
    out = {"property.area_m2": np.asarray(area_m2, dtype=float)}

    def scale(path: str, value: float, factor: np.ndarray) -> None:
        if value:
            out[path] = value * factor

    for path in SCALED_AMOUNTS:
        section, name = path.split(".")
        scale(path, getattr(getattr(model, section), name), ratio)
    priced = bool(np.any(price != 1.0))
    for i, line in enumerate(model.revenues):
        driver = REVENUE_DRIVER.get(line.kind)
        if driver and driver != "base_value":
            scale(f"revenues[{i}].{driver}", getattr(line, driver), ratio)
        by_area, by_price = driver == "base_value", priced and line.kind in PRICED_REVENUES
        if by_area or by_price:
            factor = (ratio if by_area else 1.0) * (price if by_price else 1.0)
            scale(f"revenues[{i}].base_value", line.base_value, factor)
    for i, line in enumerate(model.costs):
        if line.kind in COST_DRIVER:
            driver = COST_DRIVER[line.kind]
            scale(f"costs[{i}].{driver}", getattr(line, driver), ratio)
    for i, item in enumerate(model.capex):
        scale(f"capex[{i}].amount", item.amount, ratio)
    return out
