"""A SYNTHETIC property inventory: 3,520 made-up properties shaped like the agency's.

No row describes a real property. Names say so ("Inmueble sintético 0001"), codes and
matrículas start with ``SINT``, and the column "Origen" of every row says "sintético". The only
public facts used are the names of Medellín's 16 comunas and the rough position of each
(:data:`COMUNAS`, centres approximate to about a kilometre, good only to scatter points).
Everything else is drawn at random with the assumptions below, chosen to look plausible:

- kinds: 75 % uso público, 20 % fiscal, 5 % BIC (:data:`KIND_SHARES`);
- areas: lognormal by kind (:data:`AREA_M2`: median and log standard deviation), at least 20 m²;
- CBML: comuna, a random barrio and block, and the property's number as lot (so no two
  properties share one); matrícula ``SINT-`` and the number;
- comuna: uniform; coordinates: normal around the comuna's centre, 0.006° (≈ 650 m) apart;
- cadastral value (pesos): area × a value per m² by kind (:data:`VALUE_PER_M2`) × a lognormal
  factor of the comuna (σ 0.35, drawn once) × a lognormal factor of the property (σ 0.4);
- current income (pesos a year): a share of properties by kind earns 0.3–1 % of its cadastral
  value a month (leases, permits); the rest earns 0.

The generator uses :class:`random.Random` (Mersenne Twister, whose sequence Python keeps
stable across versions), so the same seed gives the same file on every machine. The file is
written as Excel in es-CO writes "CSV UTF-8": UTF-8 with a BOM, ``;`` between columns, decimal
comma and thousands point — so importing it exercises the importer's es-CO reading.

The shipped copy is ``resources/inventory/synthetic_inventory.csv``; regenerate it with
``python -m pppmodeler.vehicle.synthetic resources/inventory/synthetic_inventory.csv``.
"""

from __future__ import annotations

import csv
import io
import math
import os
import random
import sys
from pathlib import Path

from .records import InventoryRecord

SEED = 20270101
COUNT = 3520
ORIGIN = "sintético"

# The 16 comunas of Medellín's urban area, with approximate centres (latitude, longitude).
COMUNAS = (
    ("01 - Popular", 6.2950, -75.5450), ("02 - Santa Cruz", 6.2970, -75.5560),
    ("03 - Manrique", 6.2760, -75.5480), ("04 - Aranjuez", 6.2800, -75.5600),
    ("05 - Castilla", 6.2950, -75.5750), ("06 - Doce de Octubre", 6.3030, -75.5870),
    ("07 - Robledo", 6.2770, -75.6000), ("08 - Villa Hermosa", 6.2550, -75.5500),
    ("09 - Buenos Aires", 6.2350, -75.5550), ("10 - La Candelaria", 6.2500, -75.5680),
    ("11 - Laureles-Estadio", 6.2500, -75.5900), ("12 - La América", 6.2550, -75.6050),
    ("13 - San Javier", 6.2550, -75.6200), ("14 - El Poblado", 6.2050, -75.5700),
    ("15 - Guayabal", 6.2100, -75.5850), ("16 - Belén", 6.2250, -75.6000),
)
KIND_SHARES = (("uso_publico", 0.75), ("fiscal", 0.20), ("bic", 0.05))
AREA_M2 = {"uso_publico": (1200.0, 1.2), "fiscal": (600.0, 1.0), "bic": (1500.0, 0.8)}
VALUE_PER_M2 = {"uso_publico": 450_000.0, "fiscal": 1_800_000.0, "bic": 2_500_000.0}
INCOME_SHARE = {"uso_publico": 0.05, "fiscal": 0.40, "bic": 0.30}
USES = {"uso_publico": ("Parque", "Plazoleta", "Zona verde", "Andén y separador",
                        "Escenario deportivo"),
        "fiscal": ("Lote", "Oficinas", "Bodega", "Local comercial", "Parqueadero"),
        "bic": ("Edificio patrimonial", "Casa patrimonial", "Teatro", "Estación antigua")}
SCATTER_DEGREES = 0.006
MIN_AREA_M2 = 20.0

HEADERS = ("Código", "Matrícula inmobiliaria", "CBML", "Nombre", "Tipo de bien", "Área (m²)",
           "Comuna", "Barrio", "Latitud", "Longitud", "Avalúo catastral", "Uso actual",
           "Ingreso actual (año)", "Origen")
KIND_TEXT = {"uso_publico": "Uso público", "fiscal": "Fiscal", "bic": "BIC"}


def generate(count: int = COUNT, seed: int = SEED) -> list[InventoryRecord]:
    """``count`` synthetic properties; the same ``seed`` gives the same list."""
    rng = random.Random(seed)
    comuna_factor = [rng.lognormvariate(0.0, 0.35) for _ in COMUNAS]
    return [_property(rng, i, comuna_factor) for i in range(1, count + 1)]


def _property(rng: random.Random, i: int, comuna_factor: list[float]) -> InventoryRecord:
    kind = _kind(rng.random())
    c = rng.randrange(len(COMUNAS))
    comuna, lat, lon = COMUNAS[c]
    median, sigma = AREA_M2[kind]
    area = round(max(MIN_AREA_M2, rng.lognormvariate(math.log(median), sigma)), 1)
    value = area * VALUE_PER_M2[kind] * comuna_factor[c] * rng.lognormvariate(0.0, 0.4)
    earns = rng.random() < INCOME_SHARE[kind]
    income = value * rng.uniform(0.003, 0.01) * 12 if earns else 0.0
    barrio, block = rng.randrange(1, 20), rng.randrange(1, 1000)
    return InventoryRecord(
        code=f"SINT-{i:04d}", matricula=f"SINT-{i:07d}",
        cbml=f"{c + 1:02d}{barrio:02d}{block:03d}{i:04d}",   # the lot number keeps it unique
        name=f"Inmueble sintético {i:04d}", kind=kind, area_m2=area, comuna=comuna,
        barrio=f"Barrio sintético {c + 1:02d}-{barrio:02d}",
        latitude=round(rng.gauss(lat, SCATTER_DEGREES), 6),
        longitude=round(rng.gauss(lon, SCATTER_DEGREES), 6),
        cadastral_value=float(round(value, -3)), current_use=rng.choice(USES[kind]),
        current_income=float(round(income, -3)), row=i + 1)


def _kind(u: float) -> str:
    for kind, share in KIND_SHARES:
        if u < share:
            return kind
        u -= share
    return KIND_SHARES[-1][0]


def es_co(value: float, decimals: int) -> str:
    """``value`` as es-CO writes it: ``1.234.567,8``."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def csv_text(records: list[InventoryRecord]) -> str:
    """The records as the text of a ``;``-separated es-CO CSV file (no BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(HEADERS)
    for r in records:
        writer.writerow([r.code, r.matricula, r.cbml, r.name, KIND_TEXT[r.kind],
                         es_co(r.area_m2, 1), r.comuna, r.barrio, es_co(r.latitude, 6),
                         es_co(r.longitude, 6), es_co(r.cadastral_value, 0), r.current_use,
                         es_co(r.current_income, 0), ORIGIN])
    return out.getvalue()


def write_csv(path: str | os.PathLike, count: int = COUNT, seed: int = SEED) -> Path:
    """Write the synthetic inventory to ``path`` (UTF-8 with a BOM, as Excel reads it)."""
    path = Path(path)
    path.write_text(csv_text(generate(count, seed)), encoding="utf-8-sig", newline="")
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m pppmodeler.vehicle.synthetic OUTPUT.csv", file=sys.stderr)
        return 2
    print(f"wrote {write_csv(args[0])}: {COUNT:,} synthetic properties, seed {SEED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
