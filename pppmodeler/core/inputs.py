"""The inputs of one property's concession, declared once.

Every input is a dataclass field whose metadata carries its unit, valid range and labels in
Spanish and English. The JSON Schema of the scenario file, the validation messages, the
``--set`` paths and the desktop forms are all derived from these declarations.

Amounts are in the model's currency unit (``Property.currency_unit``) and in prices of
``Macro.base_year`` unless a field says otherwise; rates are annual fractions (0.09 = 9 %);
durations are in years or months as the field name says. Nothing here assumes annual periods:
the timeline converts.

A numeric field may hold a numpy array of shape ``(n,)`` instead of a float: the engine then
evaluates ``n`` iterations at once (Monte Carlo, sensitivities, goal seek).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any

CURRENCY_UNITS = ("pesos", "thousands", "millions")
PROPERTY_KINDS = ("uso_publico", "fiscal", "bic")
MECHANISMS = ("app_private_initiative", "app_public_initiative", "concession", "aeep", "lease")
INDEXATIONS = ("cpi", "cpi_plus", "none")
REVENUE_KINDS = ("rent_per_m2", "unit_fee", "fixed", "percent_of_line")
COST_KINDS = ("fixed", "per_m2", "percent_of_revenue", "per_unit")
SIZINGS = ("gearing", "amount")
DRAWDOWNS = ("pro_rata", "equity_first")
REPAYMENTS = ("annuity", "equal_principal", "sculpted")
END_MODES = ("reversion", "terminal_value")
PERIODS_PER_YEAR = (1, 2, 4, 12)


def _f(default: Any, es: str, en: str, unit: str = "", lo: float | None = None,
       hi: float | None = None, choices: tuple | None = None, integer: bool = False,
       item: str = "") -> Any:
    """A declared input: default, labels, unit and valid range (``lo``/``hi`` inclusive).

    ``item`` names the unit of each element of a list field (e.g. a fraction per period).
    """
    meta = {"es": es, "en": en, "unit": unit, "lo": lo, "hi": hi, "choices": choices,
            "integer": integer, "item": item}
    if isinstance(default, (list, dict)):
        return field(default_factory=lambda d=default: type(d)(d), metadata=meta)
    return field(default=default, metadata=meta)


def _section(cls: type, es: str, en: str) -> Any:
    return field(default_factory=cls, metadata={"es": es, "en": en, "section": True})


def _lines(cls: type, es: str, en: str) -> Any:
    return field(default_factory=list, metadata={"es": es, "en": en, "line": cls})


@dataclass
class Property:
    code: str = _f("", "Código", "Code")
    name: str = _f("", "Nombre del inmueble", "Property name")
    kind: str = _f("fiscal", "Tipo de bien", "Property type", choices=PROPERTY_KINDS)
    mechanism: str = _f("concession", "Mecanismo", "Mechanism", choices=MECHANISMS)
    comuna: str = _f("", "Comuna", "Comuna")
    area_m2: float = _f(0.0, "Área construida", "Gross area", "m²", lo=0)
    leasable_area_m2: float = _f(0.0, "Área arrendable", "Leasable area", "m²", lo=0)
    currency_unit: str = _f("millions", "Unidad monetaria", "Currency unit",
                            choices=CURRENCY_UNITS)
    heritage_intervention_authorised: bool = _f(
        False, "Intervención BIC autorizada", "Heritage intervention authorised")


@dataclass
class Timeline:
    start_date: str = _f("2027-01-01", "Fecha de inicio del modelo", "Model start date",
                         "date")
    periods_per_year: int = _f(1, "Periodos por año", "Periods per year",
                               choices=PERIODS_PER_YEAR, integer=True)
    construction_months: int = _f(12, "Construcción / rehabilitación",
                                    "Construction / rehabilitation", "months", lo=0, hi=120,
                                    integer=True)
    operation_years: int = _f(20, "Operación", "Operation", "years", lo=1, hi=60,
                                integer=True)
    extension_years: float = _f(0.0, "Prórrogas posibles", "Possible extensions", "years",
                                lo=0, hi=30)
    legal_max_years: float = _f(30.0, "Plazo máximo legal", "Legal maximum term", "years",
                                lo=1, hi=99)


@dataclass
class Macro:
    base_year: int = _f(2027, "Año base de precios", "Base year of prices", lo=1990, hi=2100,
                        integer=True)
    cpi: list = _f([0.04], "IPC anual desde el año base", "Annual CPI from the base year",
                   item="fraction", lo=-0.5, hi=2.0)


@dataclass
class RevenueLine:
    name: str = _f("", "Nombre", "Name")
    kind: str = _f("fixed", "Tipo", "Kind", choices=REVENUE_KINDS)
    base_value: float = _f(0.0, "Valor base (año, precios base; en % de otra línea, la fracción)",
                           "Base value (per year, base prices; for % of a line, the fraction)",
                           "currency", lo=0)
    area_m2: float = _f(0.0, "Área", "Area", "m²", lo=0)
    volume: float = _f(0.0, "Volumen anual", "Annual volume", "units", lo=0)
    of_line: str = _f("", "Porcentaje de la línea", "Percent of line")
    ramp_up: list = _f([], "Ocupación en los primeros años", "Occupancy in the first years",
                       item="fraction", lo=0, hi=1)
    stabilised_occupancy: float = _f(1.0, "Ocupación estabilizada", "Stabilised occupancy",
                                     "fraction", lo=0, hi=1)
    vacancy: float = _f(0.0, "Vacancia", "Vacancy allowance", "fraction", lo=0, hi=1)
    collection_loss: float = _f(0.0, "Cartera incobrable", "Collection loss", "fraction",
                                lo=0, hi=1)
    real_growth: float = _f(0.0, "Crecimiento real anual", "Real growth per year",
                            "fraction", lo=-0.5, hi=1)
    indexation: str = _f("cpi", "Indexación", "Indexation", choices=INDEXATIONS)
    index_spread: float = _f(0.0, "Puntos sobre IPC", "Points over CPI", "fraction",
                             lo=-0.2, hi=0.5)
    start_year: int = _f(1, "Año de operación inicial", "First operating year", lo=1,
                           integer=True)
    end_year: int = _f(0, "Año de operación final (0 = hasta el fin)",
                         "Last operating year (0 = to the end)", lo=0, integer=True)
    revenue_share_applies: bool = _f(True, "Sujeta a participación del Distrito",
                                     "Subject to the District's revenue share")


@dataclass
class CostLine:
    name: str = _f("", "Nombre", "Name")
    kind: str = _f("fixed", "Tipo", "Kind", choices=COST_KINDS)
    value: float = _f(0.0, "Valor (año, precios base; en % de ingresos, la fracción)",
                      "Value (per year, base prices; for % of revenue, the fraction)",
                      "currency", lo=0)
    area_m2: float = _f(0.0, "Área", "Area", "m²", lo=0)
    volume: float = _f(0.0, "Volumen anual", "Annual volume", "units", lo=0)
    units_from: str = _f("", "Unidades de la línea de ingreso", "Units of revenue line")
    real_growth: float = _f(0.0, "Crecimiento real anual", "Real growth per year",
                            "fraction", lo=-0.5, hi=1)
    indexation: str = _f("cpi", "Indexación", "Indexation", choices=INDEXATIONS)
    index_spread: float = _f(0.0, "Puntos sobre IPC", "Points over CPI", "fraction",
                             lo=-0.2, hi=0.5)
    every_years: int = _f(0, "Cada N años (mantenimiento mayor; 0 = todos)",
                            "Every N years (major maintenance; 0 = every year)", lo=0,
                            integer=True)
    start_year: int = _f(1, "Año de operación inicial", "First operating year", lo=1,
                           integer=True)
    end_year: int = _f(0, "Año de operación final (0 = hasta el fin)",
                         "Last operating year (0 = to the end)", lo=0, integer=True)


@dataclass
class CapexItem:
    name: str = _f("", "Nombre", "Name")
    amount: float = _f(0.0, "Monto (precios base)", "Amount (base prices)", "currency", lo=0)
    schedule: list = _f([], "Desembolso por periodo de construcción (vacío = uniforme)",
                        "Disbursement per construction period (empty = even)",
                        item="fraction", lo=0, hi=1)
    contingency: float = _f(0.0, "Contingencia", "Contingency", "fraction", lo=0, hi=1)
    life_years: float = _f(10.0, "Vida útil fiscal", "Tax depreciation life", "years", lo=1,
                           hi=100)
    indexation: str = _f("cpi", "Indexación", "Indexation", choices=INDEXATIONS)
    index_spread: float = _f(0.0, "Puntos sobre IPC", "Points over CPI", "fraction",
                             lo=-0.2, hi=0.5)
    replacement_every_years: int = _f(0, "Reposición cada N años (0 = nunca)",
                                        "Replacement every N years (0 = never)", lo=0,
                                        integer=True)
    replacement_fraction: float = _f(0.0, "Fracción repuesta", "Fraction replaced",
                                     "fraction", lo=0, hi=2)


@dataclass
class District:
    canon: float = _f(0.0, "Canon fijo anual", "Fixed annual canon", "currency", lo=0)
    canon_indexation: str = _f("cpi", "Indexación del canon", "Canon indexation",
                               choices=INDEXATIONS)
    canon_spread: float = _f(0.0, "Puntos sobre IPC (canon)", "Points over CPI (canon)",
                             "fraction", lo=-0.2, hi=0.5)
    revenue_share: float = _f(0.0, "Participación en ingresos", "Revenue share", "fraction",
                              lo=0, hi=1)
    return_share: float = _f(0.0, "Participación en excedentes", "Share of excess returns",
                             "fraction", lo=0, hi=1)
    return_threshold_irr: float = _f(0.15, "TIR umbral de excedentes",
                                     "Excess-return IRR threshold", "fraction", lo=0, hi=1)
    capital_grant: float = _f(0.0, "Aporte de capital del Distrito", "District capital grant",
                              "currency", lo=0)
    availability_payment: float = _f(0.0, "Pago por disponibilidad anual",
                                     "Annual availability payment", "currency", lo=0)
    availability_indexation: str = _f("cpi", "Indexación del pago por disponibilidad",
                                      "Availability payment indexation", choices=INDEXATIONS)
    availability_years: int = _f(0, "Años de pago por disponibilidad (0 = toda la operación)",
                                   "Availability payment years (0 = whole operation)", lo=0,
                                   integer=True)
    public_disbursement_cap: float = _f(0.20, "Tope de desembolsos públicos (IP)",
                                        "Cap on public disbursements (private initiative)",
                                        "fraction", lo=0, hi=1)


@dataclass
class Taxes:
    income_tax_rate: float = _f(0.35, "Impuesto de renta", "Corporate income tax", "fraction",
                                lo=0, hi=1)
    ica_rate: float = _f(0.007, "ICA sobre ingresos brutos", "ICA on gross revenue",
                         "fraction", lo=0, hi=0.1)
    gmf_enabled: bool = _f(False, "Aplicar GMF", "Apply GMF")
    gmf_rate: float = _f(0.004, "GMF sobre egresos", "GMF on outflows", "fraction", lo=0,
                         hi=0.05)
    gmf_deductible_share: float = _f(0.5, "Parte deducible del GMF", "Deductible share of GMF",
                                     "fraction", lo=0, hi=1)
    loss_carryforward_years: int = _f(12, "Años para compensar pérdidas",
                                        "Years to carry losses forward", lo=0, hi=100,
                                        integer=True)


@dataclass
class WorkingCapital:
    receivable_days: float = _f(0.0, "Días de cartera", "Receivable days", "days", lo=0,
                                hi=365)
    payable_days: float = _f(0.0, "Días de proveedores", "Payable days", "days", lo=0, hi=365)


@dataclass
class Financing:
    sizing: str = _f("gearing", "Dimensionamiento", "Sizing", choices=SIZINGS)
    gearing: float = _f(0.6, "Apalancamiento (% de necesidades)", "Gearing (% of funding needs)",
                        "fraction", lo=0, hi=1)
    amount: float = _f(0.0, "Monto de la deuda", "Debt amount", "currency", lo=0)
    drawdown: str = _f("pro_rata", "Desembolso", "Drawdown", choices=DRAWDOWNS)
    rate: float = _f(0.10, "Tasa de interés (E.A.)", "Interest rate (effective annual)",
                     "fraction", lo=0, hi=1)
    upfront_fee: float = _f(0.0, "Comisión de estructuración", "Upfront fee", "fraction", lo=0,
                            hi=0.2)
    commitment_fee: float = _f(0.0, "Comisión de compromiso (anual, sobre no desembolsado)",
                               "Commitment fee (annual, on undrawn)", "fraction", lo=0, hi=0.2)
    grace_years: float = _f(0.0, "Gracia a capital desde el inicio de operación",
                            "Principal grace from start of operation", "years", lo=0, hi=30)
    tenor_years: float = _f(10.0, "Plazo desde el inicio de operación",
                            "Tenor from start of operation", "years", lo=0, hi=60)
    repayment: str = _f("annuity", "Amortización", "Repayment", choices=REPAYMENTS)
    target_dscr: float = _f(1.30, "ICSD objetivo (esculpida)", "Target DSCR (sculpted)", "x",
                            lo=0.5, hi=10)
    dsra_months: float = _f(0.0, "Cuenta de reserva (meses de servicio)",
                            "DSRA (months of debt service)", "months", lo=0, hi=24)
    lockup_dscr: float = _f(0.0, "ICSD de bloqueo de dividendos (0 = sin bloqueo)",
                            "Dividend lock-up DSCR (0 = none)", "x", lo=0, hi=10)
    covenant_dscr: float = _f(1.30, "ICSD mínimo (covenant)", "Minimum DSCR covenant", "x",
                              lo=0, hi=10)


@dataclass
class EndOfConcession:
    mode: str = _f("reversion", "Fin de la concesión", "End of concession", choices=END_MODES)
    residual_value: float = _f(0.0, "Valor residual para el Distrito (precios base)",
                               "Residual value to the District (base prices)", "currency", lo=0)
    terminal_growth_real: float = _f(0.0, "Crecimiento real a perpetuidad",
                                     "Real perpetual growth", "fraction", lo=-0.5, hi=0.2)


@dataclass
class Valuation:
    project_rate: float = _f(0.12, "Tasa de descuento del proyecto (nominal)",
                             "Project discount rate (nominal)", "fraction", lo=-0.5, hi=2)
    equity_rate: float = _f(0.14, "Costo del patrimonio (nominal)", "Cost of equity (nominal)",
                            "fraction", lo=-0.5, hi=2)
    social_rate_real: float = _f(0.09, "Tasa social de descuento (real)",
                                 "Social discount rate (real)", "fraction", lo=-0.5, hi=2)
    target_equity_irr: float = _f(0.13, "TIR objetivo del inversionista",
                                  "Target equity IRR", "fraction", lo=-0.5, hi=2)
    psc_cost_npv: float = _f(0.0, "Costo neto del comparador público (VPN; 0 = sin CPP)",
                             "Public sector comparator net cost (NPV; 0 = none)", "currency",
                             lo=0)


@dataclass
class Model:
    """One property's concession: every input of the engine."""

    property: Property = _section(Property, "Inmueble", "Property")
    timeline: Timeline = _section(Timeline, "Cronograma", "Timeline")
    macro: Macro = _section(Macro, "Macroeconomía", "Macro")
    revenues: list = _lines(RevenueLine, "Ingresos", "Revenues")
    costs: list = _lines(CostLine, "Costos de operación", "Operating costs")
    capex: list = _lines(CapexItem, "Inversión (CAPEX)", "Investment (CAPEX)")
    district: District = _section(District, "Condiciones del Distrito", "District terms")
    taxes: Taxes = _section(Taxes, "Impuestos", "Taxes")
    working_capital: WorkingCapital = _section(WorkingCapital, "Capital de trabajo",
                                               "Working capital")
    financing: Financing = _section(Financing, "Financiación", "Financing")
    end: EndOfConcession = _section(EndOfConcession, "Fin de la concesión", "End of concession")
    valuation: Valuation = _section(Valuation, "Valoración", "Valuation")


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready data of a model or any part of it (numpy values become lists)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [to_dict(v) for v in obj]
    if hasattr(obj, "tolist"):
        return obj.tolist()
    return obj


def from_dict(cls: type, data: dict) -> Any:
    """Build ``cls`` from already-validated plain data (see ``fileformat.validate``).

    Missing fields take their declared defaults; the validator has refused unknown ones.
    """
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.metadata.get("section"):
            value = from_dict(f.default_factory, value)
        elif "line" in f.metadata:
            value = [from_dict(f.metadata["line"], v) for v in value]
        elif isinstance(value, list):
            value = list(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def default_of(f: Any) -> Any:
    """The declared default of a dataclass field."""
    if f.default is not MISSING:
        return f.default
    return f.default_factory()
