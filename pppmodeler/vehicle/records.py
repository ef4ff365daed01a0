"""One property of the agency's inventory, and the vocabulary shared by its readers.

Fields follow GLOSSARY.md ("Property inventory"). Conventions:

- ``kind`` is one of :data:`KINDS` (the model's ``property.kind``): ``uso_publico`` (bien de uso
  público), ``fiscal`` (bien fiscal) or ``bic`` (bien de interés cultural).
- ``area_m2`` in square metres; ``cadastral_value`` (avalúo catastral) and ``current_income``
  (per year) in pesos as the file gives them; ``latitude`` and ``longitude`` in decimal degrees
  (WGS84), west negative.
- An optional field the file leaves empty, or whose value had to be refused, is ``None``
  (text fields: ``""``): missing is never turned into zero.
- ``row`` is the row of the source file the record came from, numbered as the user sees it
  (the header of a file that starts with it is row 1).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pppmodeler.core.inputs import PROPERTY_KINDS
from pppmodeler.i18n.messages import Phrase

KINDS = PROPERTY_KINDS

TEXT_FIELDS = ("code", "matricula", "cbml", "name", "kind", "comuna", "barrio", "current_use")
NUMBER_FIELDS = ("area_m2", "latitude", "longitude", "cadastral_value", "current_income")
FIELDS = ("code", "matricula", "cbml", "name", "kind", "area_m2", "comuna", "barrio",
          "latitude", "longitude", "cadastral_value", "current_use", "current_income")
IDENTITY_FIELDS = ("code", "matricula", "cbml")
"""A row needs at least one of these to say which property it is."""
REQUIRED_FIELDS = ("name", "kind", "area_m2")

# Medellín's plausible box: the urban comunas lie within about 6.16-6.34 N and -75.63 to
# -75.54 W; the rural corregimientos reach about 6.38 N, -75.72 W (San Sebastián de Palmitas)
# and -75.47 W (Santa Elena). A margin is kept so that a property on the edge is not refused.
LATITUDE_RANGE = (6.10, 6.40)
LONGITUDE_RANGE = (-75.75, -75.40)

# Spellings of each kind, as :func:`key` reduces them (no accents, lower case, words only).
KIND_SPELLINGS = {
    "uso_publico": ("uso publico", "bien uso publico", "bienes uso publico", "espacio publico",
                    "public use"),
    "fiscal": ("fiscal", "bien fiscal", "bienes fiscales", "fiscales"),
    "bic": ("bic", "bien interes cultural", "bienes interes cultural",
            "bien interes cultural bic", "patrimonio", "patrimonial", "heritage"),
}
# Words left out when comparing names of kinds and headers: "Bien de uso público" is "bien uso
# publico".
STOP_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "en", "y", "of", "the"})


@dataclass(frozen=True)
class InventoryRecord:
    """One property as the inventory gives it (see the module's conventions)."""

    code: str = ""
    matricula: str = ""
    cbml: str = ""
    name: str = ""
    kind: str = ""
    area_m2: float = 0.0
    comuna: str = ""
    barrio: str = ""
    latitude: float | None = None
    longitude: float | None = None
    cadastral_value: float | None = None
    current_use: str = ""
    current_income: float | None = None
    row: int = 0

    @property
    def label(self) -> str:
        """How to name the property to a user: its code, else matrícula, else CBML."""
        return self.code or self.matricula or self.cbml or f"row {self.row}"


def key(text: str) -> str:
    """``text`` reduced for comparison: no accents, lower case, ``m²`` as ``m2``, words
    separated by one space, stop words left out ("Área (m²)" → "area m2")."""
    plain = unicodedata.normalize("NFKD", text.replace("²", "2"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9$]+", plain)
    return " ".join(w for w in words if w not in STOP_WORDS)


_KIND_OF = {spelling: kind for kind, spellings in KIND_SPELLINGS.items()
            for spelling in spellings}


def parse_kind(text: str) -> str:
    """The kind a cell names (``"Uso público"`` → ``uso_publico``); ValueError if none."""
    found = _KIND_OF.get(key(text.replace("_", " ")))
    if found is None:
        raise ValueError(Phrase("inventory.problem.unknown_kind", text=repr(text)))
    return found


def identity_key(text: str) -> str:
    """A matrícula or CBML reduced for de-duplication: upper case, without spaces, dashes,
    dots, slashes or underscores ("001-123 456" and "001123456" are the same)."""
    return re.sub(r"[\s\-._/]+", "", text).upper()
