"""The inputs of a corporate vehicle, declared once like a property's (:mod:`core.inputs`).

A vehicle is a company the District forms to hold and exploit many of its properties with a
private partner. It holds each property's concession as its own project company (the property
model, embedded in the vehicle file or referenced by path), pays the vehicle's own overheads,
structuring costs and debt, and pays dividends to its shareholders: the District, which
contributes the properties in kind, and the partner, which contributes cash.

Amounts are in the vehicle's currency unit and in prices of ``base_year`` unless a field says
otherwise; rates are annual fractions. The vehicle works in calendar years (see
:mod:`.consolidation`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pppmodeler.core.inputs import CURRENCY_UNITS, PROPERTY_KINDS, Model, _f, _lines, _section

SOURCES = ("embedded", "file")


@dataclass
class Holding:
    """One property in the vehicle: what the inventory says of it, and its concession model.

    ``source`` says where the model is: ``embedded`` (``model`` here) or ``file`` (a ``.pppm``
    at ``file``, relative to the vehicle file, evaluated at ``scenario`` — empty for its base
    case). ``included`` takes a property out of the consolidation without losing it.
    """

    code: str = _f("", "Código", "Code")
    name: str = _f("", "Nombre", "Name")
    kind: str = _f("fiscal", "Tipo de bien", "Property type", choices=PROPERTY_KINDS)
    comuna: str = _f("", "Comuna", "Comuna")
    latitude: float = _f(0.0, "Latitud", "Latitude", "degrees", lo=-90, hi=90)
    longitude: float = _f(0.0, "Longitud", "Longitude", "degrees", lo=-180, hi=180)
    area_m2: float = _f(0.0, "Área", "Area", "m²", lo=0)
    included: bool = _f(True, "Incluido en el vehículo", "Included in the vehicle")
    source: str = _f("embedded", "Origen del modelo", "Model source", choices=SOURCES)
    file: str = _f("", "Archivo del modelo (.pppm)", "Model file (.pppm)")
    scenario: str = _f("", "Escenario del modelo", "Scenario of the model")
    model: Model = _section(Model, "Modelo de concesión", "Concession model")


@dataclass
class Setup:
    """When the vehicle starts, in what unit, and at what prices."""

    start_year: int = _f(2027, "Año de constitución", "Year of incorporation", lo=1990,
                         hi=2100, integer=True)
    base_year: int = _f(2027, "Año base de precios", "Base year of prices", lo=1990, hi=2100,
                        integer=True)
    cpi: list = _f([0.04], "IPC anual desde el año base", "Annual CPI from the base year",
                   item="fraction", lo=-0.5, hi=2.0)
    currency_unit: str = _f("millions", "Unidad monetaria", "Currency unit",
                            choices=CURRENCY_UNITS)


@dataclass
class Costs:
    """The vehicle's own costs, beyond its properties'."""

    overheads: float = _f(0.0, "Gastos generales anuales", "Annual overheads", "currency",
                          lo=0)
    structuring: float = _f(0.0, "Costos de estructuración (primer año)",
                            "Structuring costs (first year)", "currency", lo=0)


@dataclass
class Capital:
    """Who puts what into the vehicle. Shares in the vehicle follow the contributions at
    incorporation: the District's is ``district_in_kind / (district_in_kind + partner_equity)``
    (all of it when both are zero)."""

    district_in_kind: float = _f(0.0, "Aporte en especie del Distrito (inmuebles)",
                                 "District contribution in kind (properties)", "currency",
                                 lo=0)
    partner_equity: float = _f(0.0, "Aporte de capital del socio privado",
                               "Private partner's equity", "currency", lo=0)
    debt_amount: float = _f(0.0, "Deuda del vehículo", "Vehicle debt", "currency", lo=0)
    debt_rate: float = _f(0.11, "Tasa de la deuda del vehículo (nominal)",
                          "Vehicle debt rate (nominal)", "fraction", lo=0, hi=1)
    debt_tenor_years: int = _f(10, "Plazo de la deuda del vehículo", "Vehicle debt tenor",
                               "years", lo=1, hi=40, integer=True)


@dataclass
class Dividends:
    """What the vehicle pays out of the cash it has each year."""

    payout_ratio: float = _f(1.0, "Proporción de la caja repartida",
                             "Share of available cash paid out", "fraction", lo=0, hi=1)
    minimum_cash: float = _f(0.0, "Caja mínima retenida", "Minimum cash kept", "currency",
                             lo=0)


@dataclass
class Valuation:
    social_rate_real: float = _f(0.09, "Tasa social de descuento (real)",
                                 "Social discount rate (real)", "fraction", lo=-0.5, hi=2)
    partner_rate: float = _f(0.14, "Costo del capital del socio (nominal)",
                             "Partner's cost of equity (nominal)", "fraction", lo=-0.5, hi=2)


@dataclass
class Vehicle:
    """A corporate vehicle: its terms and the properties it holds."""

    name: str = _f("", "Nombre del vehículo", "Vehicle name")
    setup: Setup = _section(Setup, "Constitución", "Set-up")
    costs: Costs = _section(Costs, "Costos del vehículo", "Vehicle costs")
    capital: Capital = _section(Capital, "Capital y deuda", "Capital and debt")
    dividends: Dividends = _section(Dividends, "Dividendos", "Dividends")
    valuation: Valuation = _section(Valuation, "Valoración", "Valuation")
    holdings: list = _lines(Holding, "Inmuebles", "Properties")
