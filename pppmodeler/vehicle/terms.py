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

from dataclasses import dataclass, fields

from pppmodeler.analysis.settings import (DISTRIBUTIONS, MAX_ITERATIONS, SAMPLINGS, SIDES,
                                          Correlation, Distribution, Hurdle)
from pppmodeler.core.inputs import CURRENCY_UNITS, PROPERTY_KINDS, Model, _f, _lines, _section

SOURCES = ("embedded", "file")
MULTIPLIERS = ("revenue_price", "occupancy", "opex", "capex")
POINTS = ("cpi", "interest_rate")
FACTORS = MULTIPLIERS + POINTS
"""The portfolio factors of the vehicle Monte Carlo (see :class:`MonteCarlo`), in the order of
the sampled columns."""
METRICS = ("partner_irr", "partner_npv", "district_npv_vehicle", "district_npv_standalone",
           "district_gain", "peak_contributions", "min_vehicle_dscr", "total_dividends")
"""The vehicle's metrics (the keys of :data:`.consolidation.UNITS`, which imports this module)."""


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
    debt_grace_years: int = _f(0, "Años de gracia (solo intereses)",
                               "Grace years (interest only)", "years", lo=0,
                               hi=40, integer=True)


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
class Factor:
    """The distribution of a multiplier factor: the parameters of
    :class:`pppmodeler.analysis.settings.Distribution` (without ``path``: the factor is named
    by its place in :class:`Factors`), so :mod:`pppmodeler.analysis.distributions` reads it
    (:meth:`distribution`). The default is a point mass at 1: no uncertainty."""

    kind: str = _f("triangular", "Distribución", "Distribution", choices=DISTRIBUTIONS)
    low: float = _f(1.0, "Mínimo", "Minimum", lo=-1e15, hi=1e15)
    mode: float = _f(1.0, "Más probable", "Most likely", lo=-1e15, hi=1e15)
    high: float = _f(1.0, "Máximo", "Maximum", lo=-1e15, hi=1e15)
    mean: float = _f(1.0, "Media", "Mean", lo=-1e15, hi=1e15)
    sd: float = _f(0.0, "Desviación estándar", "Standard deviation", lo=0, hi=1e15)
    values: list = _f([], "Valores", "Values", lo=-1e15, hi=1e15)
    weights: list = _f([], "Pesos", "Weights", lo=0, hi=1e15)

    def distribution(self, name: str) -> Distribution:
        """This factor as an analysis distribution on ``name``."""
        return Distribution(path=name, **{f.name: getattr(self, f.name) for f in fields(self)})


@dataclass
class PointsFactor(Factor):
    """The distribution of a factor added in points (0.01 = one percentage point); the
    default is a point mass at 0."""

    low: float = _f(0.0, "Mínimo", "Minimum", lo=-1e15, hi=1e15)
    mode: float = _f(0.0, "Más probable", "Most likely", lo=-1e15, hi=1e15)
    high: float = _f(0.0, "Máximo", "Maximum", lo=-1e15, hi=1e15)
    mean: float = _f(0.0, "Media", "Mean", lo=-1e15, hi=1e15)


@dataclass
class Factors:
    """One factor per risk every property shares, drawn once per iteration (see
    :class:`MonteCarlo` for what each moves)."""

    revenue_price: Factor = _section(Factor, "Precio de los ingresos (×)", "Revenue price (×)")
    occupancy: Factor = _section(Factor, "Ocupación estabilizada (×)",
                                 "Stabilised occupancy (×)")
    opex: Factor = _section(Factor, "Costos de operación (×)", "Operating costs (×)")
    capex: Factor = _section(Factor, "Inversión (×)", "Capex (×)")
    cpi: PointsFactor = _section(PointsFactor, "IPC (+ puntos)", "CPI (+ points)")
    interest_rate: PointsFactor = _section(PointsFactor, "Tasa de interés (+ puntos)",
                                           "Interest rate (+ points)")


@dataclass
class FactorCorrelation(Correlation):
    """A rank correlation between two factors."""

    first: str = _f("revenue_price", "Primer factor", "First factor", choices=FACTORS)
    second: str = _f("occupancy", "Segundo factor", "Second factor", choices=FACTORS)


@dataclass
class VehicleHurdle(Hurdle):
    """A threshold on a vehicle metric; missing it counts toward its probability."""

    metric: str = _f("district_gain", "Indicador", "Metric", choices=METRICS)
    side: str = _f("below", "Se incumple si está", "Missed when", choices=SIDES)
    threshold: float = _f(0.0, "Umbral", "Threshold", lo=-1e15, hi=1e15)


@dataclass
class MonteCarlo:
    """The vehicle's Monte Carlo: portfolio factors shared by all its properties, plus each
    property's own revenue noise (:mod:`.montecarlo` runs it).

    Conventions
    -----------
    - Every iteration draws one value of each factor, shared by all the properties (and the
      vehicle): ``revenue_price`` multiplies the base value of every revenue line except
      ``percent_of_line`` ones (which follow their base line already); ``occupancy``
      multiplies the stabilised occupancy of the same lines (the ramp-up is not moved), and
      the result stops at 1; ``opex`` multiplies every cost line's value (a percent-of-revenue
      cost's fraction too); ``capex`` every capex item's amount (its replacements follow);
      ``cpi`` adds points to every year of each property's CPI path **and** of the vehicle's
      own (``setup.cpi``); ``interest_rate`` adds points to each property's
      ``financing.rate`` and to the vehicle's own ``capital.debt_rate``. Multipliers
      below 0 are taken as 0; every moved input is then clipped to its valid range.
    - The distributions are those of the property Monte Carlo
      (:mod:`pppmodeler.analysis.distributions`), in the factor's unit: a multiplier (1 = the
      model as entered) or points as a fraction (0.01 = one percentage point). A factor of
      zero width is a point mass: the defaults (1, and 0 points) switch every factor off.
    - ``correlations`` are Spearman rank correlations between factors, imposed by
      Iman–Conover; ``sampling`` and ``seed`` as in the property Monte Carlo: one seed gives
      the same numbers to the last digit, whatever the blocks and workers of the run.
    - ``idiosyncratic_sd``: each property's own revenue multiplier, lognormal with mean 1 and
      this standard deviation, independent across properties and of the factors; it
      multiplies ``revenue_price`` for that property. With many properties it averages out
      in the vehicle while the factors do not: that is the diversification the run shows.
    - A hurdle is missed when the vehicle metric is strictly on its wrong side or has no value
      (as :mod:`pppmodeler.analysis.mcresult`), e.g. ``district_gain`` below 0, or
      ``partner_irr`` below the partner's cost of equity.
    """

    iterations: int = _f(1_000, "Iteraciones", "Iterations", lo=1, hi=MAX_ITERATIONS,
                         integer=True)
    seed: int = _f(20270101, "Semilla", "Seed", lo=0, hi=2**32 - 1, integer=True)
    sampling: str = _f("latin_hypercube", "Muestreo", "Sampling", choices=SAMPLINGS)
    factors: Factors = _section(Factors, "Factores del portafolio", "Portfolio factors")
    idiosyncratic_sd: float = _f(0.0, "Desviación propia de los ingresos de cada inmueble",
                                 "Each property's own revenue standard deviation",
                                 "fraction", lo=0, hi=10)
    correlations: list = _lines(FactorCorrelation, "Correlaciones", "Correlations")
    hurdles: list = _lines(VehicleHurdle, "Umbrales", "Hurdles")


@dataclass
class Vehicle:
    """A corporate vehicle: its terms and the properties it holds."""

    name: str = _f("", "Nombre del vehículo", "Vehicle name")
    setup: Setup = _section(Setup, "Constitución", "Set-up")
    costs: Costs = _section(Costs, "Costos del vehículo", "Vehicle costs")
    capital: Capital = _section(Capital, "Capital y deuda", "Capital and debt")
    dividends: Dividends = _section(Dividends, "Dividendos", "Dividends")
    valuation: Valuation = _section(Valuation, "Valoración", "Valuation")
    montecarlo: MonteCarlo = _section(MonteCarlo, "Montecarlo", "Monte Carlo")
    holdings: list = _lines(Holding, "Inmuebles", "Properties")
