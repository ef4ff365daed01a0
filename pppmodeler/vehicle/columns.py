"""Which column of an inventory file holds which field of :class:`.records.InventoryRecord`.

Headers are compared by :func:`.records.key` — without accents, case, punctuation, units in
brackets or stop words — against the Spanish and English names in :data:`HEADER_NAMES`, so
"Matrícula inmobiliaria", "MATRICULA_INMOBILIARIA" and "matricula inmobiliaria" are the same
header, and "Área (m²)" and "Avalúo catastral ($)" are recognised. A file whose headers are
different names its columns explicitly: ``{"area_m2": "Superficie útil"}``; an explicit name
is compared the same way and wins over the recognised ones.

The first column that matches a field is used; a later column that matches the same field, and
every column that matches none, are reported as not used.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pppmodeler.i18n.messages import Phrase

from .records import FIELDS, IDENTITY_FIELDS, REQUIRED_FIELDS, key

# Unit words that may follow a header ("Área m²", "Avalúo catastral COP").
UNIT_WORDS = ("m2", "mts2", "mt2", "metros cuadrados", "cop", "$", "pesos", "anual", "ano")

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "code": ("codigo", "cod", "code", "id", "codigo inmueble", "codigo bien", "property code",
             "id inmueble"),
    "matricula": ("matricula", "matricula inmobiliaria", "numero matricula", "no matricula",
                  "folio matricula", "folio matricula inmobiliaria", "fmi",
                  "registration", "registration number", "land registry number"),
    "cbml": ("cbml", "codigo cbml"),
    "name": ("nombre", "nombre inmueble", "nombre bien", "name", "property name"),
    "kind": ("tipo", "tipo bien", "tipo inmueble", "clase bien", "naturaleza",
             "naturaleza juridica", "type", "kind", "property type"),
    "area_m2": ("area", "area total", "area terreno", "superficie", "area m2", "area_m2",
                "area sq m", "gross area"),
    "comuna": ("comuna", "nombre comuna", "comuna nombre"),
    "barrio": ("barrio", "nombre barrio", "neighbourhood", "neighborhood"),
    "latitude": ("latitud", "latitude", "lat"),
    "longitude": ("longitud", "longitude", "lon", "lng", "long"),
    "cadastral_value": ("avaluo catastral", "avaluo", "valor catastral", "cadastral value"),
    "current_use": ("uso actual", "uso", "destinacion", "destinacion actual", "current use"),
    "current_income": ("ingreso actual", "ingresos actuales", "ingreso", "ingresos",
                       "renta actual", "canon actual", "current income", "income"),
}


def header_key(header: str) -> str:
    """A header reduced for comparison, unit words at its end left out."""
    reduced = key(header.replace("_", " "))
    for unit in sorted(UNIT_WORDS, key=len, reverse=True):
        if reduced.endswith(" " + unit):
            return reduced[: -len(unit) - 1]
    return reduced


_FIELD_OF = {header_key(name): f for f, names in HEADER_NAMES.items() for name in names}


@dataclass
class Columns:
    """The outcome of matching headers: ``positions`` field → column index, and what was
    left out (``unused`` headers with the reason)."""

    headers: list[str]
    positions: dict[str, int] = field(default_factory=dict)
    unused: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        """The header of the column that holds field ``name``."""
        return self.headers[self.positions[name]]

    def missing(self) -> list[str]:
        """Required fields without a column (an identity column counts once for all three)."""
        lacking = [f for f in REQUIRED_FIELDS if f not in self.positions]
        if not any(f in self.positions for f in IDENTITY_FIELDS):
            lacking.insert(0, Phrase("inventory.word.identity_fields"))
        return lacking


def match_columns(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> Columns:
    """Match ``headers`` to fields; ``mapping`` ({field: header}) names columns explicitly.

    Raises ValueError when ``mapping`` names an unknown field or a header the file lacks.
    """
    found = Columns([str(h) for h in headers])
    keys = [header_key(h) for h in found.headers]
    for name, header in (mapping or {}).items():
        if name not in FIELDS:
            raise ValueError(Phrase("inventory.error.mapping_field", name=repr(name),
                                    fields=", ".join(FIELDS)))
        if header_key(str(header)) not in keys:
            raise ValueError(Phrase("inventory.error.mapping_header", header=repr(header),
                                    name=name, columns=_listed(found.headers)))
        found.positions[name] = keys.index(header_key(str(header)))
    taken = set(found.positions.values())
    for i, reduced in enumerate(keys):
        if i in taken or not reduced:
            continue
        name = _FIELD_OF.get(reduced)
        if name is None:
            found.unused.append(Phrase("inventory.unused.unknown", header=repr(found.headers[i])))
        elif name in found.positions:
            found.unused.append(Phrase("inventory.unused.repeated", header=repr(found.headers[i]),
                                       name=name, used=repr(found.header(name))))
        else:
            found.positions[name] = i
    return found


def _listed(headers: Sequence[str]) -> str:
    return ", ".join(repr(h) for h in headers if h.strip()) or Phrase("inventory.word.none")
