"""A first vehicle from inventory records: each property with its screening model embedded.

Each record becomes a :class:`.terms.Holding` carrying the first concession model that
screening gives it (the bundled sample of its kind scaled to its area, :mod:`.scaling`), named
and coded as the inventory says. The vehicle starts when the earliest template starts, with the
templates' CPI path. The District's contribution in kind is the sum of the properties' cadastral
values (avalúo catastral, in pesos in the inventory), a conservative floor of what the
properties are worth, converted to the vehicle's unit; properties without one add nothing and
are counted in the notes. Everything else (partner equity, debt, overheads) starts at zero for
the analyst to set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from pppmodeler.core import paths
from pppmodeler.core.specs import unused_name
from pppmodeler.i18n.messages import Phrase

from .consolidation import UNIT_SIZE
from .records import InventoryRecord
from .scaling import Template, scaled_inputs, templates_by_kind
from .terms import Capital, Holding, Setup, Vehicle


def holding_of(record: InventoryRecord, template: Template) -> Holding:
    """The holding of one record, with its template scaled to its area."""
    scaled = scaled_inputs(template, np.array([record.area_m2]))
    model = paths.apply(template.model, {p: float(v[0]) for p, v in scaled.items()})
    model = replace(model, property=replace(model.property, name=record.name,
                                            code=record.code or record.matricula or record.cbml,
                                            comuna=record.comuna))
    return Holding(code=record.code or record.matricula or record.cbml, name=_name(record),
                   kind=record.kind, comuna=record.comuna,
                   latitude=record.latitude or 0.0, longitude=record.longitude or 0.0,
                   area_m2=record.area_m2, model=model)


def _name(record: InventoryRecord) -> str:
    # holdings are addressed by name and must differ: the label makes a repeated name unique
    return f"{record.name} ({record.label})" if record.name else record.label


def vehicle_from_records(records: Sequence[InventoryRecord], name: str = "",
                         templates: dict[str, Template] | None = None
                         ) -> tuple[Vehicle, list[Phrase]]:
    """A vehicle holding every record of a kind that has a template, and notes on what was
    assumed or left out (English as ``str``, in another language by ``text(lang)``)."""
    templates = templates or templates_by_kind()
    notes, holdings = [], []
    for record in records:
        if record.kind not in templates:
            notes.append(Phrase("vehicle.build.no_template", label=record.label,
                                kind=repr(record.kind)))
            continue
        holdings.append(holding_of(record, templates[record.kind]))
    first = min((t.model for t in templates.values()), key=lambda m: m.timeline.start_date)
    unit = first.property.currency_unit
    valued = [r.cadastral_value for r in records if r.cadastral_value]
    missing = sum(1 for r in records if not r.cadastral_value and r.kind in templates)
    if missing:
        notes.append(Phrase("vehicle.build.no_cadastral_value" if missing > 1 else
                            "vehicle.build.no_cadastral_value_one", count=missing))
    setup = Setup(start_year=int(first.timeline.start_date[:4]), base_year=first.macro.base_year,
                  cpi=list(first.macro.cpi), currency_unit=unit)
    capital = Capital(district_in_kind=float(sum(valued)) / UNIT_SIZE[unit])
    return Vehicle(name=name, setup=setup, capital=capital, holdings=_distinct(holdings)), notes


def _distinct(holdings: list[Holding]) -> list[Holding]:
    """Holdings whose names are still repeated get a counter (the vehicle file refuses
    repeated names)."""
    taken: set[str] = set()
    out = []
    for h in holdings:
        name = unused_name(h.name, taken, " #")
        taken.add(name)
        out.append(h if name == h.name else replace(h, name=name))
    return out
